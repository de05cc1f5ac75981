// The certificate PDF is a real one-page PDF carrying the record's facts and hash, in each language,
// and it says the old key is destroyed only when the record says the vault confirmed it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { certificatePdf } from '../../main/retention/certificate-pdf';
import { recordHash, GENESIS_HASH, type CertificateBody } from '../../main/retention/certificates';

const body: CertificateBody = {
  kind: 'programmeCloseOut',
  at: '2026-11-22T10:00:00.000Z',
  consultant: 'KB',
  scope: {
    programmeId: 3,
    country: 'DK',
    participantsErased: 14,
    participantsKeptForOtherProgrammes: 1,
  },
  counts: { sessionNotes: 212, assessments: 9, 'documents.cv': 20 },
  rule: { presetId: 'dk-jobcentre-coaching', trigger: 'programmeEnd', reason: 'programme ended' },
  paperNotes: { shredded: 12, none: 3 },
  cryptoShredding: 'vaultRekeyedOldKeyDestroyed',
  backups: 'olderBackupsDeletedFreshBackupTaken',
};
const record = {
  id: 1,
  body,
  prevHash: GENESIS_HASH,
  hash: recordHash(GENESIS_HASH, body),
  oldKeyDestroyed: true,
};

const DESTROYED = {
  da: 'Arkivet er krypteret med en ny nøgle; den gamle nøgle er destrueret.',
  nb: 'Arkivet er kryptert med en ny nøkkel; den gamle nøkkelen er destruert.',
  en: 'The vault was re-encrypted under a new key; the old key was destroyed.',
} as const;
const PENDING = {
  da: 'Afventer: Arkivet krypteres med en ny nøgle, og den gamle nøgle destrueres, når Fortrolig gør makuleringen færdig (næste gang du låser op). Certifikatet viser det, så snart det er sket.',
  nb: 'Venter: Arkivet krypteres med en ny nøkkel, og den gamle nøkkelen destrueres når Fortrolig fullfører makuleringen (neste gang du låser opp). Sertifikatet viser det så snart det er gjort.',
  en: 'Pending: the vault is re-encrypted under a new key and the old key destroyed when Fortrolig next finishes its steps (the next time you unlock). This certificate says so once it is done.',
} as const;
const LOCALES = ['da', 'nb', 'en'] as const;

/** The PDF's text as Poppler (a real PDF reader) reads it back. */
function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  try {
    writeFileSync(join(dir, 'c.pdf'), bytes);
    return execFileSync('pdftotext', ['-layout', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every word with its bounding box, in points, as Poppler lays it out. */
function pdfBoxes(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  try {
    writeFileSync(join(dir, 'c.pdf'), bytes);
    return execFileSync('pdftotext', ['-bbox', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace folded, so a line wrapped in the value column reads as one sentence. */
const folded = (text: string) => text.replace(/\s+/g, ' ');

describe('certificate PDF', () => {
  it.each(['da', 'nb', 'en'] as const)(
    '%s: one A4 page that parses, titled with the record',
    async (locale) => {
      const bytes = await certificatePdf(record, locale);
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
      expect(doc.getTitle()).toMatch(/1$/);
      // Read it back as Poppler (a real PDF reader) sees it.
      const dir = mkdtempSync(join(tmpdir(), 'cert-'));
      try {
        writeFileSync(join(dir, 'c.pdf'), bytes);
        const text = execFileSync('pdftotext', ['-layout', join(dir, 'c.pdf'), '-'], {
          encoding: 'utf8',
        });
        expect(text).toContain(record.hash);
        expect(text).toMatch(/(Samtalenoter|Samtalenotater|Session notes)\s+212/);
        expect(text).toContain(
          { da: 'Sletningscertifikat', nb: 'Slettesertifikat', en: 'Deletion certificate' }[locale],
        );
        expect(text).toMatch(/makuleret|makulert|shredded/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it.each(LOCALES)('%s: a confirmed destruction is stated as done', async (locale) => {
    const text = folded(pdfText(await certificatePdf(record, locale)));
    expect(text).toContain(DESTROYED[locale]);
    for (const l of LOCALES) expect(text).not.toContain(PENDING[l]);
  });

  it.each(LOCALES)('%s: an unconfirmed destruction is stated as pending', async (locale) => {
    const pending = {
      ...record,
      body: { ...body, cryptoShredding: 'vaultRekeyFollows' as const },
      oldKeyDestroyed: false,
    };
    const bytes = await certificatePdf(pending, locale);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    const text = folded(pdfText(bytes));
    expect(text).toContain(PENDING[locale]);
    for (const l of LOCALES) {
      expect(text).not.toContain(DESTROYED[l]);
      if (l !== locale) expect(text).not.toContain(PENDING[l]);
    }
    // Wrapped inside the page: no word reaches past the right margin (56 pt on A4).
    const right = Math.max(
      ...[...pdfBoxes(bytes).matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])),
    );
    expect(right).toBeLessThanOrEqual(595.28 - 56 + 1);
  });
});
