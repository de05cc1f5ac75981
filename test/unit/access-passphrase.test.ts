// The access copy's passphrase: 8 words from a list of exactly 1,024 unique, plain lowercase
// words in the person's language (80 bits), drawn with the OS's CSPRNG; a fresh one each time.
import { describe, expect, it } from 'vitest';
import {
  PASSPHRASE_SEPARATOR,
  PASSPHRASE_WORD_COUNT,
  PASSPHRASE_WORDS,
  generateAccessPassphrase,
  passphraseBits,
} from '../../main/requests/access-passphrase';

const LOCALES = ['da', 'nb', 'en'] as const;

describe('access-copy passphrases', () => {
  it.each(LOCALES)('the %s list has 1,024 unique words of 3 to 9 letters a–z', (locale) => {
    const words = PASSPHRASE_WORDS[locale];
    expect(words).toHaveLength(1024);
    expect(new Set(words).size).toBe(1024);
    for (const word of words) expect(word).toMatch(/^[a-z]{3,9}$/);
  });

  it('no word is another with a plural or infinitive -s or -e added (car/cars, fisk/fiske)', () => {
    for (const locale of LOCALES) {
      const words = new Set(PASSPHRASE_WORDS[locale]);
      const pairs = [...words].flatMap((w) =>
        ['s', 'e'].filter((end) => words.has(w + end)).map((end) => `${w}/${w}${end}`),
      );
      expect(pairs, locale).toEqual([]);
    }
  });

  it.each(LOCALES)('a %s passphrase is 8 listed words, at least 80 bits', (locale) => {
    expect(passphraseBits(locale)).toBeGreaterThanOrEqual(80);
    const passphrase = generateAccessPassphrase(locale);
    const words = passphrase.split(PASSPHRASE_SEPARATOR);
    expect(words).toHaveLength(PASSPHRASE_WORD_COUNT);
    for (const word of words) expect(PASSPHRASE_WORDS[locale]).toContain(word);
  });

  it('draws afresh every time and uses the whole list', () => {
    const seen = new Set<string>();
    const phrases = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const p = generateAccessPassphrase('da');
      phrases.add(p);
      for (const w of p.split(PASSPHRASE_SEPARATOR)) seen.add(w);
    }
    expect(phrases.size).toBe(2000);
    // 16,000 draws from 1,024 words leave a given word out with probability e^-15.6.
    expect(seen.size).toBe(1024);
  });
});
