// The certificate PDF is a real one-page PDF carrying the record's facts and hash, in each language.
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
const record = { id: 1, body, prevHash: GENESIS_HASH, hash: recordHash(GENESIS_HASH, body) };

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
});
