// Turns each zod issue from the contract's schemas into one of our translated texts (da, nb, en),
// so a form never shows zod's English. No React here: the unit tests use it in plain Node.
import type { z } from 'zod';
import type { ScoreRule } from '@core/ipc/schemas/caseload';

/** The i18n keys a field's error can show (da, nb, en in renderer/src/i18n). */
export type FormErrorKey =
  | 'common.required'
  | 'participant.emailInvalid'
  | 'assessments.errors.number'
  | 'assessments.errors.scaleOrder'
  | 'assessments.errors.outsideScale'
  | 'assessments.errors.duplicateName'
  | 'errors.invalidNationalId'
  | 'formErrors.tooLong'
  | 'formErrors.controlCharacter'
  | 'formErrors.date'
  | 'errors.validation';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const empty = (input: unknown) =>
  input === undefined || input === null || (typeof input === 'string' && input.trim() === '');

/**
 * The text for one issue, by its path first (a field whose words say more than the code's) and
 * then by its code. Empty input is always "required": the contract's Line() says it as too_small,
 * z.email() and z.iso.date() as invalid_format, Id as invalid_type.
 */
export function formErrorKey(issue: Issue): FormErrorKey {
  const field = issue.path?.[0];
  if (field === 'nationalId') return 'errors.invalidNationalId';
  if (field === 'scores') {
    const rule = scoreRule(issue);
    if (rule) return rule;
  }
  if (empty(issue.input)) return 'common.required';
  switch (issue.code) {
    case 'too_small':
      return 'common.required';
    case 'too_big':
      return 'formErrors.tooLong';
    case 'invalid_format':
      if (issue.format === 'email') return 'participant.emailInvalid';
      if (issue.format === 'date') return 'formErrors.date';
      // Line()'s only pattern: no control characters (tabs, line breaks) in a one-line field.
      if (issue.format === 'regex') return 'formErrors.controlCharacter';
      return 'errors.validation';
    default:
      return 'errors.validation';
  }
}

/**
 * A score row's own words: the contract's rules (ScoreInput's scale order and range, a name used
 * twice) by their `rule`, and a value, lowest or highest that is not a number (NaN from the form's
 * reading, or beyond ±1,000,000). Null for anything the general rules say well (a name too long).
 */
function scoreRule(issue: Issue): FormErrorKey | null {
  if (issue.code === 'custom') {
    const rule = (issue.params as { rule?: ScoreRule } | undefined)?.rule;
    if (rule) return `assessments.errors.${rule}` as const;
  }
  const cell = issue.path?.[2];
  const numeric = cell === 'value' || cell === 'min' || cell === 'max';
  if (numeric && !empty(issue.input)) return 'assessments.errors.number';
  return null;
}

/** Zod's per-parse error map: every issue's message becomes its FormErrorKey. */
export const formErrorMap: z.core.$ZodErrorMap = (issue) => ({ message: formErrorKey(issue) });
