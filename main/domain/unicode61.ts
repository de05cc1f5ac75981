// The words SQLite's unicode61 tokenizer (remove_diacritics 0, as search_index uses it) cuts a
// text into, computed in code for search-names.ts (names matched in memory), bm25.ts (a row's
// words counted) and fts-expand.ts (typed words looked up in the index's vocabulary), which must
// see the words FTS5 sees. unicode61 decides with its own tables (Unicode 6.1 era, in SQLite's
// ext/fts5/fts5_unicode2.c), not JavaScript's, and the two differ in ways that reach ordinary text:
// - its word characters are L*, N* and Co, and also the combining diacritics it could remove
//   (most of U+0300–U+0331) even with remove_diacritics 0: "Ọ́lá" (NFC has no single letter for
//   Ọ́), "x̄" and any NFD word are one word each, where \p{L} alone cuts them in two;
// - it folds case character by character with case folding: ς, ſ, µ, ẛ, the Greek symbol letters
//   (ϐ ϑ ϕ ϖ ϰ ϱ ϵ) and U+1FBE become σ, s, μ, ṡ, β θ φ π κ ρ ε and ι, and İ is kept as it is,
//   where toLowerCase() keeps them, makes a word-final Σ ς and makes İ "i" + U+0307;
// - a few New Tai Lue and Vedic signs (U+19B0–U+19C0, U+19C8–U+19C9, U+1CF2–U+1CF3), marks in
//   Unicode 6.1 and letters since, separate words.
// Not mirrored (it would need unicode61's whole table): characters Unicode assigned after 6.1 are
// word characters to unicode61 (emoji such as 🤔 and skin tones, ₽, newer scripts' letters and
// marks), and its newer capitals (Cherokee, Georgian Mtavruli) are not lower-cased. Such text is
// matched and counted as JavaScript sees it; bm25.ts reads a row's length from FTS5 itself.

/** The combining diacritics unicode61 counts as word characters (fts5_unicode2.c's diacritics). */
const DIACRITICS =
  '\\u0300-\\u0304\\u0306-\\u030c\\u030f\\u0311\\u031b\\u0323-\\u0328\\u032d\\u032e\\u0330\\u0331';
const WORD = new RegExp(`[\\p{L}\\p{N}\\p{Co}${DIACRITICS}]+`, 'gu');
/** Letters to JavaScript that unicode61 reads as separators. */
const SEPARATING_LETTERS = /[\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3]/gu;
/** Lower-case letters unicode61 folds further (simple case folding), and to what. */
const FOLDED: Readonly<Record<string, string>> = {
  µ: 'μ',
  ſ: 's',
  ς: 'σ',
  ϐ: 'β',
  ϑ: 'θ',
  ϕ: 'φ',
  ϖ: 'π',
  ϰ: 'κ',
  ϱ: 'ρ',
  ϵ: 'ε',
  ẛ: 'ṡ',
  '\u1fbe': 'ι',
};
const FOLDS = /[µſςϐϑϕϖϰϱϵẛ\u1fbe]/gu;

/**
 * `text` case-folded as unicode61 folds it, with the letters it reads as separators made spaces:
 * every word unicode61Tokens finds in `text` is a substring of the result (for a quick test that
 * a text cannot hold a word before cutting it). Returns a string of the same characters otherwise.
 */
export function unicode61Fold(text: string): string {
  const lower = text.includes('\u0130')
    ? text
        .split('\u0130')
        .map((part) => part.toLowerCase())
        .join('\u0130')
    : text.toLowerCase();
  return lower.replace(SEPARATING_LETTERS, ' ').replace(FOLDS, (c) => FOLDED[c]!);
}

/**
 * The words of `text` as search_index's unicode61 tokenizer (remove_diacritics 0) cuts and folds
 * them, in order, for text in any normalisation form (unicode61 does not normalise: callers that
 * need NFC normalise first). Exact for characters Unicode 6.1 assigned; see the file comment for
 * the later ones. Returns an empty list for text with no word characters.
 */
export function unicode61Tokens(text: string): string[] {
  return unicode61Fold(text).match(WORD) ?? [];
}
