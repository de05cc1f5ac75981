// A deletion certificate's words are written once, in main/retention/certificate-text.ts: the PDF
// prints every line of the sheet built from them (read back with Poppler) in da, nb and en, and the
// renderer's translations hold no second copy (the window lays out the same sheet; the e2e test
// retention-flows.test.ts reads the window's certificate and its PDF against that sheet).
import { describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { certificatePdf } from '../../main/retention/certificate-pdf';
import {
  certificateSheet,
  WORDS,
  type CertificateContext,
  type CertificateSheet,
} from '../../main/retention/certificate-text';
import { GENESIS_HASH, recordHash, type CertificateBody } from '../../main/retention/certificates';
import { pdfText, wordsInOrder } from '../support/pdf-text';

const LOCALES = ['da', 'nb', 'en'] as const;

const closeOut: CertificateBody = {
  kind: 'programmeCloseOut',
  at: '2026-11-22T12:00:00.000Z',
  consultant: 'Kirsten Bang',
  scope: {
    programmeId: 3,
    country: 'NO',
    participantsErased: 14,
    participantsKeptForOtherProgrammes: 1,
  },
  counts: { participant: 14, sessionNotes: 212, addenda: 9 },
  rule: { presetId: 'no-recruitment-guidance', trigger: 'lastContact', reason: 'due' },
  paperNotes: { shredded: 12, none: 3 },
  cryptoShredding: 'vaultRekeyFollows',
  backups: 'backupReplacementFollows',
  programme: { name: 'Jobbklar Vest 2026', funder: 'NAV Vestland' },
  basis: {
    presetName: 'Norwegian recruitment and guidance',
    rules: [
      { category: 'sessionNotes', period: 'P3Y' },
      { category: 'addenda', period: 'P3Y' },
    ],
  },
  timeZone: 'Europe/Oslo',
};

/** An erasure on request, with an agreement a rule keeps: the facts a close-out does not have. */
const erasure: CertificateBody = {
  kind: 'participantErasure',
  at: '2026-03-29T00:30:00.000Z',
  consultant: 'Kirsten Bang',
  scope: {
    programmeId: null,
    country: 'NO',
    participantsErased: 1,
    participantsKeptForOtherProgrammes: 0,
  },
  counts: { participant: 1, sessionNotes: 4 },
  rule: { presetId: null, trigger: 'request', reason: 'request' },
  paperNotes: { shredded: 0, none: 1 },
  cryptoShredding: 'vaultRekeyFollows',
  backups: 'noBackupFolderConfigured',
  timeZone: 'Europe/Oslo',
  request: { id: 7, receivedOn: '2026-03-02' },
  keptByLaw: [
    {
      category: 'consents',
      count: 1,
      until: '2036-01-31',
      presetId: 'no-recruitment-guidance',
      presetName: 'Norwegian recruitment and guidance',
    },
  ],
};

const record = (body: CertificateBody, oldKeyDestroyed: boolean) => ({
  id: 3,
  body,
  prevHash: GENESIS_HASH,
  hash: recordHash(GENESIS_HASH, body),
  oldKeyDestroyed,
  backupsReplaced: oldKeyDestroyed,
});

const context: CertificateContext = {
  issuer: {
    consultantName: 'Kirsten Bang',
    organisationName: 'Karriereveien AS',
    organisationAddress: 'Strandgaten 18\n5013 Bergen',
  },
  timeZone: 'Europe/Oslo',
};

/** Every line the sheet gives a reader, as the window and the PDF must both show it. */
function sheetLines(sheet: CertificateSheet): string[] {
  return [
    sheet.title,
    sheet.kind,
    sheet.organisation.name,
    ...sheet.organisation.address,
    ...sheet.facts.flatMap((f) => [f.label, f.value]),
    sheet.counts.heading,
    ...sheet.counts.rows.flatMap((r) => [r.label, r.value]),
    sheet.beyondReach.heading,
    ...sheet.beyondReach.paragraphs,
    sheet.verification.label,
    sheet.verification.code,
    sheet.verification.howTo,
    sheet.verification.fingerprintLabel,
    sheet.verification.fingerprint,
    sheet.footer,
  ];
}

/** Every string in a nested message object, with its dotted key. */
function leaves(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, key ? `${key}.${k}` : k));
}

/**
 * The rule vocabulary ("ved seneste kontakt", "all data"): the retention timeline words its own
 * sentences with the same phrases, so they are not the certificate's texts, and not checked here.
 */
const RULE_VOCABULARY = new Set(['at0', 'after', 'units', 'allData', 'and']);

/** Window texts that state one of the certificate's facts in their own place, not on a certificate. */
const SAME_FACT_ELSEWHERE = new Set([
  'retention.settings.noFolder', // the backup settings: no folder chosen yet
]);

/**
 * The translation keys whose text is one of the certificate's own sentences or labels (those of
 * two words or more and 12 characters or longer: a lone "Regel" may well be the window's own).
 */
function copiesIn(messages: unknown, locale: (typeof LOCALES)[number]): string[] {
  const words = new Set(
    leaves(WORDS[locale])
      .filter(([key]) => !RULE_VOCABULARY.has(key.split('.')[0]!))
      .map(([, s]) => s)
      .filter((s) => s.includes(' ') && s.length >= 12),
  );
  return leaves(messages)
    .filter(([key, s]) => words.has(s) && !SAME_FACT_ELSEWHERE.has(key))
    .map(([key]) => key);
}

describe('certificate texts live once', () => {
  for (const [name, body] of [
    ['close-out, finishing pending', closeOut],
    ['erasure on request with a kept agreement', erasure],
  ] as const)
    for (const destroyed of [true, false])
      it.each(LOCALES)(
        `%s, ${name}, old key ${destroyed ? 'destroyed' : 'pending'}: the PDF prints every line of the sheet`,
        async (locale) => {
          const r = record(body, destroyed);
          const sheet = certificateSheet(r, locale, context);
          const text = pdfText((await certificatePdf(r, locale, context)).bytes);
          for (const line of sheetLines(sheet)) expect(wordsInOrder(text, line), line).toBe(true);
          // The sheet's words are the source's: its claims, paragraphs and footer verbatim.
          const w = WORDS[locale];
          expect(sheetLines(sheet)).toContain(destroyed ? w.cryptoLine : w.cryptoPending);
          for (const p of w.beyondReachText) expect(text).toContain(p);
          expect(text).toContain(w.footer);
          expect(text).toContain(sheet.title);
          expect(text).toContain(sheet.verification.howTo);
        },
      );

  it.each([
    ['da', da],
    ['nb', nb],
    ['en', en],
  ] as const)(
    '%s: the renderer’s translations hold none of the certificate’s sentences or labels',
    (locale, messages) => {
      expect(copiesIn(messages, locale)).toEqual([]);
      // What is left under retention.certificate is the window's own: the chain, export, errors.
      expect(Object.keys(messages.retention.certificate).sort()).toEqual([
        'chainBroken',
        'chainOk_one',
        'chainOk_other',
        'exportJson',
        'exportPdf',
        'unreadable',
        'viewPdf',
      ]);
    },
  );

  it('finds a certificate sentence planted in a translation (positive control)', () => {
    const planted = {
      ...en,
      extra: { line: WORDS.en.cryptoLine, kind: WORDS.en.kind.categoryPurge },
    };
    expect(copiesIn(planted, 'en')).toEqual(['extra.line', 'extra.kind']);
  });
});
