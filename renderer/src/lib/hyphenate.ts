// Soft hyphens in a programme's name shown in a narrow column, placed by TeX's Danish hyphenation
// patterns (the hyphen package). CSS `hyphens: auto` would do this in a browser, but Electron
// ships no hyphenation dictionaries on Windows and Linux (Electron issue 33692), so there
// "virksomhedspraktik" broke anywhere. With soft hyphens the line breaks only where a reader
// splits the word, and shows the hyphen; a screen reader and a copy ignore them. Norwegian names
// use the Danish patterns too: the bokmål patterns weigh 560 kB against Danish's 20 kB, and the
// two spellings split compounds alike ("ar·beids·prak·sis" missing one place at most).
import { hyphenateSync } from 'hyphen/da';

/** Words shorter than this never need breaking in the side column. */
const MIN_WORD = 10;

/** `text` with U+00AD at every place the Danish patterns allow a word of 10+ letters to split. */
export function withSoftHyphens(text: string): string {
  return hyphenateSync(text, { minWordLength: MIN_WORD });
}
