// Guards renderer/src/i18n/GLOSSARY.md: no Danish or Norwegian text that reaches a person uses a
// word the glossary says not to use (whole words, any case). Reads every message of the da and nb
// trees and the main-process texts (certificate, access copy, preset and category names, the
// built-in note templates).
import { describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import { nb } from '../../renderer/src/i18n/nb';
import { WORDS as CERTIFICATE_WORDS } from '../../main/retention/certificate-text';
import { ACCESS_WORDS } from '../../main/requests/access-text';
import { CATEGORY_LABELS } from '../../main/retention/category-labels';
import { PRESET_LABELS } from '../../main/retention/preset-labels';
import { DEFAULT_TEMPLATES } from '../../main/domain/templates';

type Text = Readonly<{ key: string; text: string }>;

/** Every string under `value`, with its key path; functions are called with placeholders. */
function texts(value: unknown, key: string): Text[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (typeof value === 'function') {
    const out = (value as (...a: unknown[]) => unknown)('7', 'X', 'Y', 'Z');
    return texts(out, `${key}()`);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${key}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, key ? `${key}.${k}` : k));
  return [];
}

type Forbidden = Readonly<{
  /** A word or phrase (regex source, matched whole and case-insensitively). */
  word: string;
  /** What to say instead, for the failure message. */
  use: string;
}>;

/** The glossary's "do not use" column, per language. */
const FORBIDDEN: Readonly<Record<'da' | 'nb', readonly Forbidden[]>> = {
  da: [
    {
      word: 'afslut forløb(?:et)?',
      use: 'Afslut deltagelse (one person) / Afslut forløbet (close-out)',
    },
    { word: 'tilføj rettelse', use: 'Skriv en tilføjelse' },
    { word: '(?:papir|samtale)?note(?:n|r|rne)?', use: 'notat' },
    { word: 'sidste kontakt', use: 'seneste kontakt' },
    { word: 'norsk(?:e)? personnummer(?:et)?', use: 'norsk fødselsnummer' },
    { word: 'cpr-/personnummer(?:et)?', use: 'personnummer' },
    { word: '(?:sletnings)?certifikat(?:et|er|erne)?', use: 'slettebevis' },
    { word: 'udkast', use: 'kladde' },
    { word: 'taget den', use: 'Testdato (a test) / Taget (a backup)' },
    { word: 'kodeord|password', use: 'adgangssætning (til gendannelse)' },
    { word: 'nøglekæde|keychain', use: 'nøglering' },
    // Norwegian in Danish.
    {
      word: 'tiltak(?:et)?|deltaker(?:e|en|ne)?|sletting(?:en)?|tillegg(?:et)?|passordfrase(?:n)?|innsyn|forespørsel',
      use: 'the Danish word',
    },
  ],
  nb: [
    { word: 'forløp(?:et|ene)?|forløb(?:et)?', use: 'tiltak' },
    {
      word: 'avslutt tiltak(?:et)?',
      use: 'Avslutt deltakelse (one person) / Avslutt tiltaket (close-out)',
    },
    { word: 'legg til tillegg', use: 'Skriv et tillegg' },
    {
      word: 'personnummer(?:et)?|personnumre(?:ne)?',
      use: 'fødselsnummer (NO), CPR-nummer (DK), ID-nummer (either)',
    },
    { word: 'fødselsnr', use: 'fødselsnummer' },
    { word: '(?:slette)?sertifikat(?:et|er|ene)?', use: 'sletteattest' },
    { word: 'kladd', use: 'utkast' },
    { word: 'passord(?:et)? for gjenoppretting', use: 'passordfrase for gjenoppretting' },
    { word: 'nøkkelknippe|keychain', use: 'nøkkelring' },
    { word: 'innsigelse|korrigering', use: 'protest / retting' },
    { word: 'registrert i (?:tiltaket|det tiltaket|\\{\\{programmes?\\}\\})', use: 'meldt på' },
    // Danish in Norwegian.
    {
      word: 'deltager(?:e|en|ne)?|sletning(?:en)?|slettebevis(?:et)?|tilføjelse|tilmeld(?:t|ing)|nøglering|adgangssætning(?:en)?|indsigt|berigtigelse',
      use: 'the Norwegian word',
    },
  ],
};

/** Legitimate uses of a forbidden word, by key path, each with why. */
const ALLOWED: readonly Readonly<{ lang: 'da' | 'nb'; key: RegExp; word: string; why: string }>[] =
  [
    {
      lang: 'da',
      key: /^profile\.fields\.certificates$/,
      word: '(?:sletnings)?certifikat(?:et|er|erne)?',
      why: 'the recruitment profile: a licence or a trade certificate, not a deletion record',
    },
    {
      lang: 'nb',
      key: /^profile\.fields\.certificates$/,
      word: '(?:slette)?sertifikat(?:et|er|ene)?',
      why: 'the recruitment profile: a licence or a trade certificate, not a deletion record',
    },
  ];

function trees(lang: 'da' | 'nb'): Text[] {
  return [
    ...texts(lang === 'da' ? da : nb, ''),
    ...texts(CERTIFICATE_WORDS[lang], 'main.certificate'),
    ...texts(ACCESS_WORDS[lang], 'main.accessCopy'),
    ...texts(CATEGORY_LABELS[lang], 'main.categories'),
    ...texts(PRESET_LABELS[lang], 'main.presets'),
    ...texts(DEFAULT_TEMPLATES[lang], 'main.templates'),
  ];
}

describe('glossary words', () => {
  for (const lang of ['da', 'nb'] as const) {
    it(`${lang}: no text uses a word the glossary says not to use`, () => {
      const all = trees(lang);
      expect(all.length).toBeGreaterThan(500);
      const hits: string[] = [];
      for (const { word, use } of FORBIDDEN[lang]) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${word})(?![\\p{L}\\p{N}])`, 'iu');
        for (const { key, text } of all) {
          const m = re.exec(text);
          if (!m) continue;
          if (ALLOWED.some((a) => a.lang === lang && a.key.test(key) && a.word === word)) continue;
          hits.push(`${key}: "${m[0]}" (use ${use}) in “${text}”`);
        }
      }
      expect(hits).toEqual([]);
    });
  }

  it('catches a forbidden word as a whole word only, in any case', () => {
    const re = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${w})(?![\\p{L}\\p{N}])`, 'iu');
    expect(re('forløp(?:et|ene)?').test('Forløpet er avsluttet')).toBe(true);
    expect(re('(?:papir|samtale)?note(?:n|r|rne)?').test('Jeg har noteret koden')).toBe(false);
    expect(re('(?:papir|samtale)?note(?:n|r|rne)?').test('Papirnoter makuleret')).toBe(true);
  });
});
