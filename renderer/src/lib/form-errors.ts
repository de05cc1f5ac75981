// The forms' resolver: react-hook-form checks each form with the contract's own zod schemas,
// and every issue's message is one of our translation keys (form-error-keys.ts), never zod's English.
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { formErrorMap, type FormErrorKey } from './form-error-keys';

export type { FormErrorKey };

/**
 * react-hook-form's resolver for a form whose schema ends in the contract's schema: the values it
 * hands to onSubmit are the channel's parsed input; each error's message is a FormErrorKey.
 */
export function contractResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  return zodResolver(schema, { error: formErrorMap });
}

/**
 * The error key for a field, or null. A nested issue (a score's name, the national ID's value)
 * counts for the field it sits under.
 */
export function fieldErrorKey<T extends FieldValues>(
  errors: FieldErrors<T>,
  field: keyof T & string,
): FormErrorKey | null {
  const found = (node: unknown): string | null => {
    if (!node || typeof node !== 'object') return null;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'ref' || key === 'types') continue;
      const inner = found(child);
      if (inner) return inner;
    }
    return null;
  };
  return found(errors[field]) as FormErrorKey | null;
}
