// The one text boundary: how names, free text and file names are stored, searched, confirmed and
// sorted. Pure and browser-safe (no node:* imports), so the window and the core share it.
//
// Unicode sources: UAX #15 (normalisation forms; NFC is what is stored), the general category
// Cf (format characters: U+00AD soft hyphen, U+200B–U+200D zero-width space / non-joiner /
// joiner, U+2060 word joiner, U+FEFF byte-order mark), UAX #9 (bidirectional algorithm: the
// explicit embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and the implicit
// marks U+200E LRM, U+200F RLM, U+061C ALM), and CLDR's Danish and Norwegian collation tailorings
// (æ, ø, å after z; ä, ö, ü and "aa" as secondary variants of æ, ø, y and å).

/** Invisible format characters (Cf) that split or disguise words; removed where a word matters. */
// ZWJ outside the class: inside one, a linter reads it as joining its neighbours.
const FORMAT = /[\u00ad\u200b\u200c\u2060\ufeff]|\u200d/gu;
/** UAX #9 explicit embeddings, overrides and isolates: they reorder what the reader sees. */
const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;
/** UAX #9 implicit marks (LRM, RLM, ALM): harmless, needed beside some right-to-left names. */
const DIRECTION_MARKS = /[\u200e\u200f\u061c]/gu;
/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\u{10800}-\u{10fff}]/u;
/** C0 and C1 controls; whitespace controls among them become spaces in a name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/gu;
/** Space separators (Zs: NBSP, narrow NBSP, figure space, …) and line/paragraph separators. */
const SPACES = /[\p{Zs}\t\n\v\f\r\u2028\u2029]+/gu;

/** The outcome of normalising a name or file name: the stored form, or why it is refused. */
export type NormalizedText = { ok: true; text: string } | { ok: false; code: 'directionControl' };

/**
 * A person's name (or another one-line label such as a programme name) as it is stored: NFC,
 * every space separator (NBSP included) a plain space, runs collapsed and trimmed, format
 * characters and controls removed, direction marks kept only when the name has right-to-left
 * letters. Refused (`directionControl`) when it holds a UAX #9 embedding, override or isolate.
 */
export function normalizeName(raw: string): NormalizedText {
  if (DIRECTION_CONTROL.test(raw)) return { ok: false, code: 'directionControl' };
  let text = raw
    .normalize('NFC')
    .replace(FORMAT, '')
    .replace(SPACES, ' ')
    .replace(CONTROLS, '')
    .replace(/ {2,}/gu, ' ')
    .trim();
  if (!RIGHT_TO_LEFT.test(text)) text = text.replace(DIRECTION_MARKS, '');
  return { ok: true, text };
}

/**
 * A file name as stored and shown: NFC, format characters and controls removed, surrounding
 * spaces trimmed; direction marks kept only beside right-to-left letters. Refused
 * (`directionControl`) when it holds an embedding, override or isolate: `CV\u202Efdp.exe` would
 * show as `CVexe.pdf`.
 */
export function normalizeFileName(raw: string): NormalizedText {
  if (DIRECTION_CONTROL.test(raw)) return { ok: false, code: 'directionControl' };
  let text = raw.normalize('NFC').replace(FORMAT, '').replace(CONTROLS, '').trim();
  if (!RIGHT_TO_LEFT.test(text)) text = text.replace(DIRECTION_MARKS, '');
  return { ok: true, text };
}

/**
 * Free text (notes, addenda, summaries, reasons) as stored: NFC only, so what the consultant
 * wrote is kept character for character; the search index gets `searchIndexText` of it.
 */
export function normalizeFreeText(raw: string): string {
  return raw.normalize('NFC');
}

/**
 * What the search index reads of a text: NFC with format characters and every direction
 * control or mark removed, so `Ny\u00ADgård` and `Berg\u200Bstrøm` are one word each.
 * The SQL triggers apply the same removal (see SEARCH_INDEX_REMOVED).
 */
export function searchIndexText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(FORMAT, '')
    .replace(DIRECTION_CONTROLS, '')
    .replace(DIRECTION_MARKS, '');
}

/** The code points searchIndexText removes, for the index triggers' replace() chain. */
export const SEARCH_INDEX_REMOVED: readonly number[] = [
  0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c,
  0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
];

/** Letters that do not decompose but have a plain-Latin reading. */
const FOLD_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  å: 'a',
  ß: 'ss',
  ı: 'i',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  œ: 'oe',
  ς: 'σ',
};
const DIGRAPHS: Readonly<Record<string, string>> = {
  ø: 'oe',
  ö: 'oe',
  å: 'aa',
  ä: 'ae',
  ü: 'ue',
};

/**
 * The folded form a name or a query is matched in when the exact form finds nothing better:
 * full lower case (so Turkish İ/I/ı/i all reach i), ø→o, æ→ae, å→a, ß→ss, then every combining
 * mark removed after canonical decomposition (diacritics, Vietnamese tones, Arabic harakat and
 * Hebrew niqqud, which those scripts treat as optional), and the Arabic tatweel dropped.
 * `sorensen`, `Sørensen` and `SØRENSEN` fold alike.
 */
export function foldForSearch(raw: string): string {
  return foldLetters(searchIndexText(raw).toLowerCase(), FOLD_LETTERS);
}

function foldLetters(lower: string, letters: Readonly<Record<string, string>>): string {
  return [...lower]
    .map((c) => letters[c] ?? FOLD_LETTERS[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .normalize('NFC');
}

/**
 * Every folded spelling a name is indexed under (space-separated words): the plain fold, the
 * Nordic digraph spelling (ø→oe, å→aa, æ/ä→ae, ö→oe, ü→ue) and that with "aa" read as å, so
 * `sorensen`, `soerensen`, `aagaard` and `ågård` each find the names they mean.
 */
export function nameSearchForms(name: string): string {
  const lower = searchIndexText(name).toLowerCase();
  const plain = foldLetters(lower, FOLD_LETTERS);
  const digraph = foldLetters(lower, DIGRAPHS);
  const words = new Set([
    ...plain.split(' '),
    ...digraph.split(' '),
    ...digraph.replace(/aa/gu, 'a').split(' '),
  ]);
  return [...words].filter((w) => w !== '').join(' ');
}

/**
 * Does a typed confirmation match the expected text (a programme's or a person's name)? Both are
 * NFC-normalised, stripped of every format character and direction mark or control (a
 * right-to-left mark is never something a person types on purpose), spaces unified and
 * trimmed; letters and their case must then be the same. The window and the core both call it.
 */
export function confirmationMatches(typed: string, expected: string): boolean {
  const canonical = (s: string) =>
    searchIndexText(s).replace(CONTROLS, '').replace(SPACES, ' ').trim();
  const want = canonical(expected);
  return want !== '' && canonical(typed) === want;
}

// ---- Collation -----------------------------------------------------------------------------

/**
 * Primary order of what is not a plain letter, then digits, a–z, æ, ø, å (CLDR root order for
 * punctuation, with the Danish/Norwegian tailoring of the last three letters).
 */
const PRIMARY_ORDER = [
  ' ',
  '_',
  '-',
  '\u2013',
  ',',
  ';',
  ':',
  '!',
  '?',
  '.',
  "'",
  '\u2019',
  '"',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '@',
  '*',
  '/',
  '\\',
  '&',
  '#',
  '%',
  '`',
  '^',
  '+',
  '<',
  '=',
  '>',
  '|',
  '~',
  '$',
  '\u0000', // any other punctuation or symbol
  ...'0123456789abcdefghijklmnopqrstuvwxyzæøå',
];
const PRIMARY = new Map(PRIMARY_ORDER.map((c, i) => [c, String.fromCodePoint(0x100 + i)]));
const OTHER_SYMBOL = PRIMARY.get('\u0000')!;
/** DUCET's secondary order of the common combining marks. */
const MARK_ORDER = [
  0x301, 0x300, 0x306, 0x302, 0x30c, 0x30a, 0x308, 0x30b, 0x303, 0x307, 0x327, 0x328, 0x304,
];
/** Tailored letters: their base letters and a secondary weight after every plain accent. */
const TAILORED: Readonly<Record<string, readonly [string, number]>> = {
  æ: ['æ', 0],
  ä: ['æ', 20],
  ø: ['ø', 0],
  ö: ['ø', 20],
  ő: ['ø', 21],
  å: ['å', 0],
  ü: ['y', 20],
  ű: ['y', 21],
  đ: ['d', 20],
  ð: ['d', 21],
  ł: ['l', 20],
  ı: ['i', 20],
  ß: ['ss', 20],
  þ: ['th', 20],
};

/** Primary and secondary weights of one string, one secondary per primary. */
function weights(text: string): [string, string] {
  const chars = [...searchIndexText(text).replace(SPACES, ' ').trim().toLowerCase()];
  let primary = '';
  let secondary = '';
  const put = (p: string, s: number) => {
    primary += p;
    secondary += String.fromCodePoint(0x21 + s);
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === 'a' && chars[i + 1] === 'a') {
      // "aa" is å (CLDR da/nb): Aagaard sorts after Østergaard, as in the CPR register.
      put(PRIMARY.get('å')!, 20);
      i++;
      continue;
    }
    const tailored = TAILORED[c];
    if (tailored) {
      const [base, sec] = tailored;
      [...base].forEach((b, k) => put(PRIMARY.get(b)!, k === base.length - 1 ? sec : 0));
      continue;
    }
    const [base = c, ...marks] = [...c.normalize('NFD')];
    const mark = marks[0]?.codePointAt(0);
    const at = mark === undefined ? -1 : MARK_ORDER.indexOf(mark);
    const sec = mark === undefined ? 0 : at >= 0 ? at + 1 : 15;
    const known = PRIMARY.get(base);
    if (known) put(known, sec);
    else if (/\p{L}|\p{N}/u.test(base)) {
      // Other scripts after the Latin ones, in code-point order (Greek, Cyrillic, Hebrew, Arabic…).
      put(String.fromCodePoint(Math.min(0x10000 + base.codePointAt(0)!, 0x10fffd)), sec);
    } else if (!/\p{M}/u.test(base)) put(OTHER_SYMBOL, sec);
  }
  return [primary, secondary];
}

/**
 * The key a person sorts by, compared as plain text (SQLite BINARY, JS `<`): family name, then
 * given name, each by primary letters (case ignored; æ, ø, å after z; "aa" as å; ä, ö as æ, ø;
 * ü as y) and then by accents, as `Intl.Collator('da' | 'nb', { sensitivity: 'accent' })`
 * orders them. Computed once when a name is stored; names equal under it tie (sort by id).
 */
export function nameSortKey(familyName: string, givenName: string): string {
  const [fp, fs] = weights(familyName);
  const [gp, gs] = weights(givenName);
  // ' ' is below every weight, so a shorter name sorts before a longer one it begins.
  return `${fp} ${fs} ${gp} ${gs}`;
}
