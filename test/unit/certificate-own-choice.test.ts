// The certificate's rule words say which rules the privacy notice names and which are the
// organisation's own choice (the Norwegian preset's categories the notice does not name), in
// da, nb and en; a record from before the mark keeps its words.
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, recordHash, type CertificateBody } from '../../main/retention/certificates';
import { certificateSheet } from '../../main/retention/certificate-text';

const body: CertificateBody = {
  kind: 'participantErasure',
  at: '2026-11-22T12:00:00.000Z',
  consultant: 'Kirsten Bang',
  scope: {
    programmeId: 3,
    country: 'NO',
    participantsErased: 1,
    participantsKeptForOtherProgrammes: 0,
  },
  counts: { sessionNotes: 4, participant: 1, 'documents.cv': 1 },
  rule: { presetId: 'no-recruitment-guidance', trigger: 'lastContact', reason: 'due' },
  paperNotes: { shredded: 1, none: 0 },
  cryptoShredding: 'vaultRekeyedOldKeyDestroyed',
  backups: 'olderBackupsDeletedFreshBackupTaken',
  programme: { name: 'Jobbklar Vest 2026', funder: 'NAV Vestland' },
  basis: {
    presetName: 'Norwegian recruitment and guidance',
    rules: [
      { category: 'sessionNotes', period: 'P3Y' },
      { category: 'participant', period: 'P3Y', ownChoice: true },
      { category: 'documents.cv', period: 'P3Y', ownChoice: true },
      { category: 'assessments', period: 'P3Y', ownChoice: true },
    ],
  },
  timeZone: 'Europe/Oslo',
};

const sheetText = (b: CertificateBody, locale: 'da' | 'nb' | 'en') =>
  JSON.stringify(
    certificateSheet(
      {
        id: 4,
        body: b,
        hash: recordHash(GENESIS_HASH, b),
        oldKeyDestroyed: true,
        backupsReplaced: true,
      },
      locale,
      {
        issuer: {
          consultantName: 'Kirsten Bang',
          organisationName: 'Karriereveien AS',
          organisationAddress: '',
        },
        timeZone: 'Europe/Oslo',
      },
    ),
  );

describe('own choice in the certificate’s rule words', () => {
  it.each([
    [
      'da',
      'Samtalenotater: 3 år efter seneste kontakt; Deltagere og CV’er: 3 år efter seneste kontakt (organisationens eget valg, ikke nævnt i privatlivspolitikken)',
    ],
    [
      'nb',
      'Samtalenotater: 3 år etter siste kontakt; Deltakere og CV-er: 3 år etter siste kontakt (virksomhetens eget valg, ikke nevnt i personvernerklæringen)',
    ],
    [
      'en',
      'Session notes: 3 years after the last contact; Participants and CVs: 3 years after the last contact (the organisation’s own choice, not named in the privacy notice)',
    ],
  ] as const)('%s', (locale, words) => {
    expect(sheetText(body, locale)).toContain(words);
  });

  it('a record without the mark reads as before', () => {
    const old: CertificateBody = {
      ...body,
      basis: {
        presetName: 'Norwegian recruitment and guidance',
        rules: [{ category: 'sessionNotes', period: 'P3Y' }],
      },
      counts: { sessionNotes: 4 },
    };
    const text = sheetText(old, 'en');
    expect(text).toContain('Session notes: 3 years after the last contact');
    expect(text).not.toContain('own choice');
  });
});
