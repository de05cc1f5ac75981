// Who issues the documents the app writes (deletion certificates, and the participant-rights
// documents): the consultant's name and the organisation's name and address.
//
// Kept inside the encrypted vault (the `meta` table), not in settings.json: a consultant's name is
// personal data, settings.json is readable while locked and holds nothing personal, the documents
// that print these are written only while unlocked, and the vault's backups carry them to a new
// laptop with everything else.
import { z } from 'zod';
import type { Database } from '../vault/database';

const META_KEY = 'issuer';

export const Issuer = z
  .object({
    consultantName: z.string().max(200),
    organisationName: z.string().max(200),
    /** Street, postcode and town; line breaks allowed. */
    organisationAddress: z.string().max(500),
  })
  .strict();
export type Issuer = z.infer<typeof Issuer>;

export const EMPTY_ISSUER: Issuer = {
  consultantName: '',
  organisationName: '',
  organisationAddress: '',
};

/** The stored issuer, or empty fields when none is set (or the stored value cannot be read). */
export function readIssuer(db: Database): Issuer {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get<{ value: string }>([META_KEY]);
  if (!row) return EMPTY_ISSUER;
  try {
    return Issuer.parse(JSON.parse(row.value));
  } catch {
    return EMPTY_ISSUER;
  }
}

/**
 * Who acts, for records, trails and audits: the consultant named in Settings once set, else
 * `sessionActor` (the session's initials, or an older setting), else the placeholder
 * 'consultant' that the window shows in words.
 */
export function actingConsultant(db: Database, sessionActor: string | undefined): string {
  return readIssuer(db).consultantName || sessionActor || 'consultant';
}

/** Saves the issuer: each field trimmed and in NFC, an address's lines trimmed and blank ones dropped. */
export function saveIssuer(db: Database, input: Issuer): Issuer {
  const issuer = Issuer.parse({
    consultantName: input.consultantName.normalize('NFC').trim(),
    organisationName: input.organisationName.normalize('NFC').trim(),
    organisationAddress: input.organisationAddress
      .normalize('NFC')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
  });
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run([
    META_KEY,
    JSON.stringify(issuer),
  ]);
  return issuer;
}
