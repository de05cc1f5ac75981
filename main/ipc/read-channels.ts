// Which channels the read worker answers, and which the vault worker may run while the read
// worker stays open. Both lists are allowlists: a channel added to the contract later runs on
// the vault worker and revokes the reader until it is classified here on purpose
// (docs/ARCHITECTURE.md, "The read worker"; states and transitions in host/reader-gate.ts).
import type { ChannelName } from './contract';

/**
 * Reads with no write at all (not even a temp table or an audit row), answered from the read
 * worker's query-only connection while the vault worker is busy (a backup, an import, an access
 * copy). A read that turns out to write anyway (SQLITE_READONLY) is handed to the vault worker.
 */
export const READ_CHANNELS = [
  'caseload.list',
  'caseload.counts',
  'participants.get',
  'programmes.list',
  'programmes.get',
  'enrolments.list',
  'sessionNotes.get',
  'sessionNotes.listForParticipant',
  'documents.list',
  'assessments.list',
  'assessments.instruments',
  'consents.list',
  'profile.get',
  'profile.photo',
  'search.query',
  'requests.list',
  'requests.counts',
] as const satisfies readonly ChannelName[];

/**
 * Calls the vault worker runs without revoking the reader: they change rows in place under the
 * same key and file, so the reader's next read transaction simply sees the committed result.
 * Anything else — lock, unlock, create, restore, rekey and every key or recovery change, every
 * shredding, purge, erasure and deletion (so no decrypted page of deleted data stays cached in
 * the reader), and every channel not listed — revokes the reader first and grants it again
 * afterwards if the vault is still unlocked.
 */
export const READER_KEEPING_CHANNELS = [
  ...READ_CHANNELS,
  'vault.status',
  'settings.get',
  'settings.issuer.get',
  'settings.setIdleLock',
  'settings.dismissRecoveryReminder',
  'settings.issuer.save',
  'programmes.create',
  'programmes.update',
  'participants.create',
  'participants.update',
  'participants.corrections',
  'participants.revealNationalId',
  'participants.restrict',
  'participants.liftRestriction',
  'enrolments.create',
  'enrolments.end',
  'sessionNotes.createDraft',
  'sessionNotes.saveDraft',
  'sessionNotes.lock',
  'sessionNotes.addAddendum',
  'templates.list',
  'templates.update',
  'documents.add',
  'documents.content',
  'documents.reconfirm',
  'assessments.add',
  'assessments.update',
  'consents.add',
  'consents.withdraw',
  // Replaces fields in place; a photo replaced or deleted revokes (its old bytes are gone).
  'profile.save',
  'requests.log',
  'requests.recordIdentity',
  'requests.extend',
  'requests.start',
  'requests.close',
  'requests.exportAccessCopy',
  'requests.reviewErasure',
  'disclosures.record',
  'disclosures.list',
  'retention.due',
  'retention.review',
  'retention.reviewErase',
  'retention.reviewItem',
  'retention.postpone',
  'retention.presets.list',
  'retention.presets.save',
  'retention.certificates.list',
  'retention.certificates.export',
  'backups.status',
  'backups.run',
  'backups.configure',
  'backups.chooseFolder',
  'import.open',
  'import.preview',
  'import.commit',
  'import.close',
] as const satisfies readonly ChannelName[];

const READS: ReadonlySet<string> = new Set(READ_CHANNELS);
const KEEPING: ReadonlySet<string> = new Set(READER_KEEPING_CHANNELS);

/** True for a channel the read worker answers (READ_CHANNELS). */
export function isReadChannel(channel: string): boolean {
  return READS.has(channel);
}

/** True for a channel the vault worker may run while the reader stays granted. */
export function keepsReader(channel: string): boolean {
  return KEEPING.has(channel);
}
