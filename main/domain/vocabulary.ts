// Word lists of the caseload, written once as `as const` arrays; the TypeScript types and the IPC
// contract's zod enums are derived from them (as Signal writes StickerPackStatuses once). A
// migration's CHECK list stays as it was written: a migration is history and never changes.
// Renderer-safe: no imports.

/** The countries whose programmes and national IDs Fortrolig knows (seeds/: Denmark, Norway). */
export const COUNTRIES = ['DK', 'NO'] as const;
export type Country = (typeof COUNTRIES)[number];

/** A participant's national ID is Danish, Norwegian, or not recorded. */
export const ID_COUNTRIES = [...COUNTRIES, 'none'] as const;
export type IdCountry = (typeof ID_COUNTRIES)[number];

/** The longest note or addendum body accepted, in UTF-16 code units (about 60 pages of text). */
export const MAX_NOTE_TEXT = 100_000;
