// The certificate PDF is one valid A4 page a job centre can file, read back with Poppler in each
// language: its own labels and none of another's, the organisation, consultant, programme and
// funder, local time with the zone, the rule in words, the copies beyond the app's reach (and that
// the current recovery passphrase still opens them), and a verification code. Names outside
// Windows-1252 print (embedded DejaVu Sans). It claims the old key destroyed only when confirmed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { certificatePdf } from '../../main/retention/certificate-pdf';
import type { CertificateContext } from '../../main/retention/certificate-text';
import {
  recordHash,
  verifyChain,
  GENESIS_HASH,
  type CertificateBody,
} from '../../main/retention/certificates';

const LOCALES = ['da', 'nb', 'en'] as const;
type Locale = (typeof LOCALES)[number];

/** A record as written since bodies carry the programme, the rule's words and the zone. */
const body: CertificateBody = {
  kind: 'programmeCloseOut',
  at: '2026-11-22T12:00:00.000Z',
  consultant: 'Kirsten Bang',
  scope: {
    programmeId: 3,
    country: 'NO',
    participantsErased: 14,
    participantsKeptForOtherProgrammes: 1,
  },
  counts: { sessionNotes: 212, addenda: 9 },
  rule: { presetId: 'no-recruitment-guidance', trigger: 'lastContact', reason: 'due' },
  paperNotes: { shredded: 12, none: 3 },
  cryptoShredding: 'vaultRekeyedOldKeyDestroyed',
  backups: 'olderBackupsDeletedFreshBackupTaken',
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
const record = (b: CertificateBody, extra: Partial<{ oldKeyDestroyed: boolean }> = {}) => ({
  id: 3,
  body: b,
  prevHash: GENESIS_HASH,
  hash: recordHash(GENESIS_HASH, b),
  oldKeyDestroyed: true,
  backupsReplaced: true,
  ...extra,
});
const context: CertificateContext = {
  issuer: {
    consultantName: 'Kirsten Bang',
    organisationName: 'Karriereveien AS',
    organisationAddress: 'Strandgaten 18\n5013 Bergen',
  },
  timeZone: 'Europe/Oslo',
};

/** Each language's own labels; the test checks them present, and the others' absent. */
const LABELS: Record<Locale, readonly string[]> = {
  da: [
    'Slettebevis nr. 3',
    'Afslutning af forløb',
    'Konsulent',
    'Tidspunkt',
    'Forløb',
    'Opdragsgiver',
    'Regel',
    'Deltagere slettet helt',
    'Papirnotater',
    'Krypteringsnøgle',
    'Sikkerhedskopier',
    'Slettede oplysninger',
    'Kontrolkode',
    'Fingeraftryk (SHA-256)',
    'Kopier uden for Fortroligs rækkevidde',
  ],
  nb: [
    'Sletteattest nr. 3',
    'Avslutning av tiltak',
    'Konsulent',
    'Tidspunkt',
    'Tiltak',
    'Oppdragsgiver',
    'Regel',
    'Deltakere slettet helt',
    'Papirnotater',
    'Krypteringsnøkkel',
    'Sikkerhetskopier',
    'Slettede opplysninger',
    'Kontrollkode',
    'Fingeravtrykk (SHA-256)',
    'Kopier utenfor Fortroligs rekkevidde',
  ],
  en: [
    'Deletion certificate no. 3',
    'Programme close-out',
    'Consultant',
    'Time',
    'Programme',
    'Funder',
    'Rule',
    'Participants erased entirely',
    'Paper notes',
    'Encryption key',
    'Backups',
    'Deleted data',
    'Verification code',
    'Fingerprint (SHA-256)',
    'Copies beyond Fortrolig’s reach',
  ],
};

const WHEN: Record<Locale, string> = {
  da: '22. november 2026 kl. 13:00 (CET)',
  nb: '22. november 2026 kl. 13:00 (CET)',
  en: '22 November 2026, 13:00 (CET)',
};
const RULE: Record<Locale, string> = {
  da: 'Samtalenotater og tilføjelser til notater: 3 år efter seneste kontakt — kilde: Norsk rekruttering og vejledning',
  nb: 'Samtalenotater og tillegg til notater: 3 år etter siste kontakt — kilde: Norsk rekruttering og veiledning',
  en: 'Session notes and note addenda: 3 years after the last contact — source: Norwegian recruitment and guidance',
};
const FILE: Record<Locale, string> = {
  da: 'slettebevis-2026-11-22-nr-3.pdf',
  nb: 'sletteattest-2026-11-22-nr-3.pdf',
  en: 'deletion-certificate-2026-11-22-no-3.pdf',
};
const DESTROYED = {
  da: 'Arkivet er krypteret med en ny nøgle; den gamle nøgle er destrueret.',
  nb: 'Arkivet er kryptert med en ny nøkkel; den gamle nøkkelen er destruert.',
  en: 'The vault was re-encrypted under a new key; the old key was destroyed.',
} as const;
const PENDING = {
  da: 'Afventer: Arkivet krypteres med en ny nøgle, og den gamle nøgle destrueres, når Fortrolig gør makuleringen færdig (næste gang du låser op). Beviset viser det, så snart det er sket.',
  nb: 'Venter: Arkivet krypteres med en ny nøkkel, og den gamle nøkkelen destrueres når Fortrolig fullfører makuleringen (neste gang du låser opp). Attesten viser det så snart det er gjort.',
  en: 'Pending: the vault is re-encrypted under a new key and the old key destroyed when Fortrolig next finishes its steps (the next time you unlock). This certificate says so once it is done.',
} as const;

/** Which copies the app cannot reach, that the current passphrase opens them, and what to do. */
const BEYOND_REACH: Record<Locale, readonly string[]> = {
  da: [
    'Fortrolig kan ikke nå kopier af datamappen eller af sikkerhedskopierne, der er lavet uden om appen: på et andet drev eller en USB-nøgle, i en sikkerhedskopi fra styresystemet (fx Time Machine eller Windows Filhistorik), i en synkroniseringstjeneste eller i en roamingprofil på en server.',
    'En sådan kopi kan stadig åbnes med den nuværende adgangssætning til gendannelse. Åbnes den i Fortrolig på denne computer, gentages de sletninger, der er registreret, siden kopien blev lavet, før noget vises.',
    'Sådan sikrer du, at ingen kan åbne sådanne kopier: Skift adgangssætningen til gendannelse, og makulér den gamle, hvis du har skrevet den ned (ældre kopier kan kun åbnes med den gamle). Slet de kopier, du kender til.',
  ],
  nb: [
    'Fortrolig kan ikke nå kopier av datamappen eller av sikkerhetskopiene som er laget utenom appen: på en annen disk eller en minnepinne, i en sikkerhetskopi fra operativsystemet (for eksempel Time Machine eller Windows Filhistorikk), i en synkroniseringstjeneste eller i en roamingprofil på en server.',
    'En slik kopi kan fortsatt åpnes med den nåværende passordfrasen for gjenoppretting. Åpnes den i Fortrolig på denne datamaskinen, gjentas slettingene som er registrert siden kopien ble laget, før noe vises.',
    'Slik sikrer du at ingen kan åpne slike kopier: Bytt passordfrasen for gjenoppretting, og makuler den gamle hvis du har skrevet den ned (eldre kopier kan bare åpnes med den gamle). Slett kopiene du vet om.',
  ],
  en: [
    'Fortrolig cannot reach copies of its data folder or of its backups that were made outside the app: on another drive or a USB stick, in an operating-system backup (such as Time Machine or Windows File History), in a sync service, or in a roaming profile on a server.',
    'Such a copy still opens with the current recovery passphrase. If it is opened in Fortrolig on this computer, the deletions recorded since the copy was made are carried out again before anything is shown.',
    'So that nobody can open such copies: change the recovery passphrase and shred the old one if you wrote it down (older copies open only with the old one). Delete the copies you know of.',
  ],
};

const FOOTER: Record<Locale, string> = {
  da: 'Beviset indeholder ingen oplysninger om deltagerne: ingen navne, personnumre eller notatindhold.',
  nb: 'Attesten inneholder ingen opplysninger om deltakerne: ingen navn, ID-numre eller notatinnhold.',
  en: 'This certificate holds no information about participants: no names, national ID numbers or note content.',
};

/** Runs a Poppler or qpdf tool on the PDF's bytes. */
function tool(bytes: Uint8Array, command: string, args: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  try {
    writeFileSync(join(dir, 'c.pdf'), bytes);
    return execFileSync(
      command,
      [...args, join(dir, 'c.pdf'), ...(command === 'qpdf' ? [] : ['-'])],
      {
        encoding: 'utf8',
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** Whitespace folded, so a value wrapped in its column reads as one sentence. */
const pdfText = (bytes: Uint8Array) => tool(bytes, 'pdftotext', ['-layout']).replace(/\s+/g, ' ');

describe('certificate PDF', () => {
  it.each(LOCALES)(
    '%s: one A4 page that qpdf passes, titled and named in the language',
    async (locale) => {
      const pdf = await certificatePdf(record(body), locale, context);
      expect(pdf.fileName).toBe(FILE[locale]);
      expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
      const doc = await PDFDocument.load(pdf.bytes);
      expect(doc.getPageCount()).toBe(1);
      expect(doc.getTitle()).toBe(LABELS[locale][0]);
      expect(tool(pdf.bytes, 'qpdf', ['--check'])).toContain('No syntax or stream encoding errors');
      // The font is embedded and subsetted: the whole PDF is far smaller than one DejaVu face.
      expect(pdf.bytes.length).toBeLessThan(120_000);
    },
  );

  it.each(LOCALES)('%s: its own labels and facts, none of another language', async (locale) => {
    const text = pdfText((await certificatePdf(record(body), locale, context)).bytes);
    for (const label of LABELS[locale]) expect(text).toContain(label);
    // A product's name ("Time Machine") is the same in every language, and no label of any.
    const words = text.replaceAll('Time Machine', '');
    for (const other of LOCALES.filter((l) => l !== locale)) {
      for (const label of LABELS[other].filter((x) => !LABELS[locale].includes(x)))
        expect(words, `${locale} has ${other}'s "${label}"`).not.toContain(label);
    }
    expect(text).toContain('Karriereveien AS');
    expect(text).toContain('Strandgaten 18');
    expect(text).toContain('5013 Bergen');
    expect(text).toContain('Kirsten Bang');
    expect(text).toContain('Jobbklar Vest 2026');
    expect(text).toContain('NAV Vestland');
    expect(text).toContain(WHEN[locale]);
    expect(text).toContain(RULE[locale]);
    expect(text).toMatch(/(Samtalenotater|Session notes) 212/);
    // The verification code: the hash's first 16 hex digits in groups of four.
    const code = record(body).hash.slice(0, 16).match(/.{4}/g)!.join(' ');
    expect(text).toContain(code);
    expect(text).toContain(record(body).hash);
    // No internal ids, English chain labels, raw UTC or "Forløb (id)".
    for (const internal of [
      'no-recruitment-guidance',
      'lastContact',
      'prev',
      'hash',
      '2026-11-22T',
      '(id)',
      ' · ',
    ])
      expect(text).not.toContain(internal);
    if (locale === 'nb') expect(text.toLowerCase()).not.toContain('forløp');
  });

  it.each(LOCALES)('%s: names outside Windows-1252 print and read back', async (locale) => {
    for (const name of ['Máret Ŋ.', 'Łukasz K.']) {
      const b = { ...body, consultant: name };
      const pdf = await certificatePdf(record(b), locale, {
        ...context,
        issuer: {
          ...context.issuer,
          consultantName: name,
          organisationName: 'Ŋuvttat Ø. & Łódź AS',
        },
      });
      expect((await PDFDocument.load(pdf.bytes)).getPageCount()).toBe(1);
      const text = pdfText(pdf.bytes);
      expect(text).toContain(name);
      expect(text).toContain('Ŋuvttat Ø. & Łódź AS');
      // The file name carries no personal data.
      expect(pdf.fileName).toBe(FILE[locale]);
    }
  });

  it.each(LOCALES)(
    '%s: names the copies beyond reach, that the current passphrase opens them, and what to do',
    async (locale) => {
      const text = pdfText((await certificatePdf(record(body), locale, context)).bytes);
      for (const sentence of BEYOND_REACH[locale]) expect(text).toContain(sentence);
      for (const other of LOCALES.filter((l) => l !== locale))
        for (const sentence of BEYOND_REACH[other]) expect(text).not.toContain(sentence);
    },
  );

  it.each(LOCALES)('%s: a confirmed destruction is stated as done', async (locale) => {
    const text = pdfText((await certificatePdf(record(body), locale, context)).bytes);
    expect(text).toContain(DESTROYED[locale]);
    for (const l of LOCALES) expect(text).not.toContain(PENDING[l]);
  });

  it.each(LOCALES)(
    '%s: the longest sheet stays on one page, inside the margins',
    async (locale) => {
      const b: CertificateBody = {
        ...body,
        cryptoShredding: 'vaultRekeyFollows',
        backups: 'backupReplacementFollows',
        counts: Object.fromEntries(
          [
            'participant',
            'enrolmentData',
            'sessionNotes',
            'addenda',
            'assessments',
            'consents',
            'auditReferences',
            'documents.cv',
            'documents.application',
            'documents.interview',
            'documents.testReport',
            'documents.other',
          ].map((c, i) => [c, 1000 + i]),
        ),
      };
      const long = {
        ...context,
        issuer: {
          consultantName: 'Kirsten Margrethe Bang-Østergaard',
          organisationName: 'Karriereveien Rekruttering og Veiledning AS, avdeling Vestland',
          organisationAddress:
            'c/o Bergen Næringsråd\nStrandgaten 18, 3. etasje\nPostboks 112 Sentrum\n5013 Bergen\nNorge',
        },
      };
      const pending = record(b, { oldKeyDestroyed: false });
      const pdf = await certificatePdf({ ...pending, backupsReplaced: false }, locale, long);
      expect((await PDFDocument.load(pdf.bytes)).getPageCount()).toBe(1);
      const text = pdfText(pdf.bytes);
      expect(text).toContain(PENDING[locale]);
      for (const sentence of BEYOND_REACH[locale]) expect(text).toContain(sentence);
      // Twelve categories in two columns: each value still on its label's row.
      expect(text).toMatch(
        /(Tilmeldinger \(inkl\. CPR\)|Påmeldinger \(inkl\. ID-nummer\)|Enrolments \(incl\. national ID\)) 1\D?001 /,
      );
      expect(text).toMatch(/(Andre dokumenter|Other documents) 1\D?011/);
      for (const l of LOCALES) {
        expect(text).not.toContain(DESTROYED[l]);
        if (l !== locale) expect(text).not.toContain(PENDING[l]);
      }
      // Every word inside the page: right margin 56 pt; below the bottom margin only the footer.
      const words = [
        ...tool(pdf.bytes, 'pdftotext', ['-bbox']).matchAll(
          /<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({ xMax: Number(m[1]), yMax: Number(m[2]), word: m[3]! }));
      expect(words.length).toBeGreaterThan(100);
      expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(595.28 - 56 + 1);
      const footer = FOOTER[locale].split(' ');
      const inBottomMargin = words.filter((w) => w.yMax > 841.89 - 56);
      expect(inBottomMargin.map((w) => w.word)).toEqual(footer);
    },
  );

  it('a record from before the body kept programme, rule words and zone still verifies and reads well', async () => {
    const legacy: CertificateBody = {
      kind: 'programmeCloseOut',
      at: '2026-11-22T10:00:00.000Z',
      consultant: 'consultant',
      scope: {
        programmeId: 3,
        country: 'DK',
        participantsErased: 2,
        participantsKeptForOtherProgrammes: 0,
      },
      counts: { sessionNotes: 5 },
      rule: {
        presetId: 'dk-jobcentre-coaching',
        trigger: 'programmeEnd',
        reason: 'programme ended',
      },
      paperNotes: { shredded: 2, none: 0 },
      cryptoShredding: 'vaultRekeyedOldKeyDestroyed',
      backups: 'noBackupFolderConfigured',
    };
    const r = record(legacy);
    expect(verifyChain([r])).toEqual({ ok: true, records: 1 });
    const pdf = await certificatePdf(r, 'da', {
      issuer: {
        consultantName: 'Łukasz K.',
        organisationName: 'Jobvejen ApS',
        organisationAddress: '',
      },
      programme: { name: 'Jobsøgning Nord', funder: 'Jobcenter Aalborg' },
      timeZone: 'Europe/Copenhagen',
    });
    const text = pdfText(pdf.bytes);
    // The placeholder "consultant" is not a name: the consultant's name from Settings is shown.
    expect(text).toContain('Konsulent Łukasz K.');
    expect(text).toContain('Forløb Jobsøgning Nord');
    expect(text).toContain('Opdragsgiver Jobcenter Aalborg');
    expect(text).toContain('22. november 2026 kl. 11:00 (CET)');
    expect(text).toContain('Ved forløbets afslutning — kilde: Dansk jobcenterforløb');
    expect(text).toContain('Ingen mappe til sikkerhedskopier er valgt.');
    expect(pdf.fileName).toBe('slettebevis-2026-11-22-nr-3.pdf');
  });
});
