// Shared zod building blocks for the IPC contract. Renderer-safe: no electron, no node.
import { z } from 'zod';

export const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });
/** A short single-line text field: trimmed, non-empty, bounded, no control characters. */
export const Line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u);
/**
 * A one-line text field of at most `max` characters, no control characters, that may be null or absent.
 */
export const OptionalLine = (max: number) => Line(max).nullish();
/**
 * A free text of at most `max` characters (UTF-16 code units, zod's count); line breaks allowed.
 */
export const Text = (max: number) => z.string().max(max);
