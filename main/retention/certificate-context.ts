// What a certificate shows besides its record: who issues it (Settings, in the vault), the
// programme for a record written before the body kept it, and the machine's time zone.
import { readIssuer } from '../domain/issuer';
import type { Database } from '../vault/database';
import type { DeletionRecord } from './certificates';
import type { CertificateContext } from './certificate-text';

/** The programme a record names: its own copy, or for an older record the programme row (not personal data). */
export function recordProgramme(
  db: Database,
  record: DeletionRecord,
): { name: string; funder: string } | null {
  if (record.body.programme) return record.body.programme;
  if (record.body.scope.programmeId === null) return null;
  return (
    db
      .prepare('SELECT name, funder FROM programmes WHERE id = ?')
      .get<{ name: string; funder: string }>([record.body.scope.programmeId]) ?? null
  );
}

/**
 * What a record's certificate shows besides the record: the issuer (Settings, in the vault), the
 * programme (recordProgramme) and `timeZone` (IANA name) for records that carry none.
 */
export function certificateContext(
  db: Database,
  record: DeletionRecord,
  timeZone: string,
): CertificateContext {
  return { issuer: readIssuer(db), programme: recordProgramme(db, record), timeZone };
}
