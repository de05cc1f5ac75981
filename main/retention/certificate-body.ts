// The hashed body of a deletion record, as a schema the main process and the window share (no node
// imports). Fields added later are optional, so records written before them still parse, and their
// hashes, computed over what was stored, still verify.
import { z } from 'zod';
import { COUNTRIES } from '../domain/vocabulary';

export const CertificateBody = z
  .object({
    kind: z.enum(['programmeCloseOut', 'participantErasure', 'categoryPurge']),
    at: z.string(),
    consultant: z.string(),
    scope: z
      .object({
        programmeId: z.number().int().nullable(),
        country: z.enum(COUNTRIES).nullable(),
        participantsErased: z.number().int(),
        participantsKeptForOtherProgrammes: z.number().int(),
      })
      .strict(),
    counts: z.record(z.string(), z.number().int()),
    rule: z
      .object({ presetId: z.string().nullable(), trigger: z.string(), reason: z.string() })
      .strict(),
    paperNotes: z.object({ shredded: z.number().int(), none: z.number().int() }).strict(),
    /**
     * 'vaultRekeyFollows': the rekey runs after the purge (every record written now).
     * 'vaultRekeyedOldKeyDestroyed': records written before that distinction; they keep their
     * claim, and their value, or the chain would no longer verify.
     */
    cryptoShredding: z.enum(['vaultRekeyedOldKeyDestroyed', 'vaultRekeyFollows']),
    /**
     * 'backupReplacementFollows': older backups are deleted and a fresh one taken after the purge;
     * whether that is done is read from the vault (DeletionRecord.backupsReplaced), not claimed.
     * 'olderBackupsDeletedFreshBackupTaken': records from before that distinction keep their claim.
     */
    backups: z.enum([
      'olderBackupsDeletedFreshBackupTaken',
      'backupReplacementFollows',
      'noBackupFolderConfigured',
    ]),
    /**
     * The programme as it was named when its data went (a programme is not personal data), so the
     * certificate names it even if it is renamed later. Absent on records from before it was kept.
     */
    programme: z.object({ name: z.string(), funder: z.string() }).strict().optional(),
    /**
     * The rule's words at the time: the preset's name and its rules for this trigger (category and
     * ISO 8601 period), so an edited preset does not rewrite what an old certificate says.
     */
    basis: z
      .object({
        presetName: z.string(),
        rules: z.array(
          z
            .object({
              category: z.string(),
              period: z.string(),
              /** The notice does not name the category: the organisation's own choice. */
              ownChoice: z.literal(true).optional(),
            })
            .strict(),
        ),
      })
      .strict()
      .optional(),
    /** The machine's time zone when the record was written (IANA name, e.g. Europe/Oslo). */
    timeZone: z.string().optional(),
    /** The data-subject request this erasure answers (GDPR art. 17), by its number and receipt. */
    request: z.object({ id: z.number().int(), receivedOn: z.string() }).strict().optional(),
    /**
     * What a retention rule required to be kept although the person asked for erasure (e.g. an
     * agreement inside its 10 years): category, how many, until when (YYYY-MM-DD), which preset.
     */
    keptByLaw: z
      .array(
        z
          .object({
            category: z.string(),
            count: z.number().int(),
            until: z.string().nullable(),
            presetId: z.string(),
            presetName: z.string(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
export type CertificateBody = z.infer<typeof CertificateBody>;

/** A consultant value written before the name setting existed: a placeholder, not a name. */
export const PLACEHOLDER_CONSULTANT = 'consultant';
