// The text boundary applied: every domain function that stores a name, a file name or an instant
// passes it through here, so the window, the import and the CLI all store the same form.
import { instant, type Instant } from './brands';
import { DomainError } from './errors';
import { normalizeFileName, normalizeName } from './text';

/**
 * A name as stored (see text.ts normalizeName).
 * @throws DomainError directionControl (with `field`) when it holds a bidi embedding, override
 *   or isolate.
 */
export function storedName(raw: string, field: string): string {
  const r = normalizeName(raw);
  if (!r.ok) throw new DomainError(r.code, field);
  return r.text;
}

/** A file name as stored (see text.ts normalizeFileName). @throws DomainError directionControl. */
export function storedFileName(raw: string, field: string): string {
  const r = normalizeFileName(raw);
  if (!r.ok) throw new DomainError(r.code, field);
  return r.text;
}

/**
 * An instant, whatever UTC offset it was written with, as UTC ISO (`toISOString`), so instants
 * order and compare as text. @throws DomainError invalidDates when it is not a date.
 */
export function storedInstant(raw: string, field: string): Instant {
  const t = new Date(raw);
  if (Number.isNaN(t.getTime())) throw new DomainError('invalidDates', field);
  return instant(t);
}
