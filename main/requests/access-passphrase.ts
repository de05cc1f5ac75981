// The passphrase that opens an access copy: words drawn at random from a list in the person's
// language, shown once to the consultant (to be sent by another channel) and never stored.
import { randomInt } from 'node:crypto';
import { DA_WORDS } from './passphrase-words-da';
import { EN_WORDS } from './passphrase-words-en';
import { NB_WORDS } from './passphrase-words-nb';

export type AccessLocale = 'da' | 'nb' | 'en';

/** Each list as an array of exactly 1,024 words (10 bits a word). */
export const PASSPHRASE_WORDS: Readonly<Record<AccessLocale, readonly string[]>> = {
  da: split(DA_WORDS),
  nb: split(NB_WORDS),
  en: split(EN_WORDS),
};

/**
 * 8 words of 10 bits: 80 bits. The copy is encrypted with PDF's AES-256 revision 5, whose
 * password check is one salted SHA-256, so the passphrase alone must outlast an offline guesser:
 * 2^80 SHA-256 guesses is beyond any attacker the copy has to fear.
 */
export const PASSPHRASE_WORD_COUNT = 8;

/** Between words: a hyphen reads unambiguously in an SMS and over the phone ("bindestreg"). */
export const PASSPHRASE_SEPARATOR = '-';

/** log2(list size) × words: the passphrase's entropy in bits (80 for 8 words of 1,024). */
export function passphraseBits(locale: AccessLocale): number {
  return Math.log2(PASSPHRASE_WORDS[locale].length) * PASSPHRASE_WORD_COUNT;
}

/**
 * A fresh passphrase in `locale`: 8 words joined by hyphens, each drawn independently and
 * uniformly with crypto.randomInt (the OS's CSPRNG, no modulo bias), e.g.
 * "kanin-havre-lanterne-…". Returned to the caller only: never logged, stored or audited.
 */
export function generateAccessPassphrase(locale: AccessLocale): string {
  const words = PASSPHRASE_WORDS[locale];
  return Array.from({ length: PASSPHRASE_WORD_COUNT }, () => words[randomInt(words.length)]!).join(
    PASSPHRASE_SEPARATOR,
  );
}

function split(list: string): readonly string[] {
  return Object.freeze(list.trim().split(/\s+/));
}
