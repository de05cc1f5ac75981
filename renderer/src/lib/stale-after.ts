// Which answers in the window's cache a call makes stale: the one table of the rule, read by
// useVaultMutation and callVault (vault-query.ts). test/unit/stale-after-table.test.ts derives the
// channel list from the contract: a channel added there fails it until it is classified here.
import type { ChannelName } from '@core/ipc/contract';

/**
 * Channels whose answers are cached under the key [channel, input]: they only read (no audit row
 * a second look would skip) and hold nothing that must not stay in memory until the lock.
 */
export const CACHED_READS = [
  'vault.status',
  'settings.get',
  'settings.issuer.get',
  'programmes.list',
  'programmes.get',
  'participants.get',
  'participants.corrections',
  'enrolments.list',
  'caseload.list',
  'caseload.counts',
  'sessionNotes.get',
  'sessionNotes.listForParticipant',
  'templates.list',
  'documents.list',
  'assessments.list',
  'assessments.instruments',
  'consents.list',
  'profile.get',
  'search.query',
  'requests.list',
  'requests.counts',
  'requests.reviewErasure',
  'disclosures.list',
  'retention.due',
  'retention.review',
  'retention.reviewErase',
  'retention.reviewItem',
  'retention.progress',
  'retention.presets.list',
  'retention.certificates.list',
  'backups.status',
  'import.progress',
] as const;

/** A read listed in CACHED_READS and present in the contract. */
export type CachedRead = Extract<ChannelName, (typeof CACHED_READS)[number]>;
/** Every other channel: a write, or a call whose answer must not be cached. */
export type Call = Exclude<ChannelName, CachedRead>;

/**
 * What a call's success makes stale: the cached reads to fetch again, or 'everything' for a
 * shredding, an erasure or a change of vault (every answer may hold what is gone; answers no
 * screen shows are dropped, the shown ones fetched again).
 */
export type Stale = readonly (typeof CACHED_READS)[number][] | 'everything';

// Groups that several writes move together.
/** Who is in the caseload and where: rows, counts, the programme list and pages. */
const CASELOAD = ['caseload.list', 'caseload.counts', 'programmes.list', 'programmes.get'] as const;
/** What the search index holds: names, notes, addenda, test summaries. */
const SEARCH = ['search.query'] as const;
/** What is due for shredding, and what a shredding would remove. */
const DUE = [
  'retention.due',
  'retention.review',
  'retention.reviewErase',
  'retention.reviewItem',
] as const;
/** The participant page's head: name, tasks, last contact, restriction. */
const PERSON = ['participants.get'] as const;
/** Requests, their banner counts and an erasure's review. */
const REQUESTS = ['requests.list', 'requests.counts', 'requests.reviewErasure'] as const;
/** Test results, and the instruments (with their scales) they were taken with. */
const ASSESSMENTS = ['assessments.list', 'assessments.instruments'] as const;
/** A note's list and the note itself. */
const NOTES = ['sessionNotes.listForParticipant', 'sessionNotes.get'] as const;

/**
 * Every call (each channel not in CACHED_READS) with what its success makes stale. A call that
 * changes nothing stands here with [], so that a new channel is classified rather than forgotten.
 */
export const STALE_AFTER: Readonly<Record<string, Stale>> = {
  'vault.create': 'everything',
  'vault.unlock': 'everything',
  'vault.unlockWithPassphrase': 'everything',
  // Nothing to fetch again: the window empties the whole cache itself (App.tsx, forgetVaultAnswers).
  'vault.lock': [],
  'vault.restore': 'everything',
  'vault.keepKeyInKeychain': ['vault.status'],
  'vault.pickBackup': [],
  'vault.restoreKeyFile': ['vault.status'],
  // When the recovery passphrase last worked, and the 90-day reminder with it.
  'vault.changePassphrase': ['settings.get'],
  'vault.resetRecovery': ['settings.get'],
  'vault.verifyRecovery': ['settings.get'],
  'settings.setIdleLock': ['settings.get', 'vault.status'],
  'settings.dismissRecoveryReminder': ['settings.get'],
  'settings.issuer.save': ['settings.issuer.get'],
  'programmes.create': [...CASELOAD, ...DUE],
  // Name, dates, status and preset: caseload rows, enrolments, the due list and its banner.
  'programmes.update': [...CASELOAD, ...DUE, 'enrolments.list', ...PERSON, ...SEARCH],
  'participants.create': [...CASELOAD, ...DUE, ...SEARCH],
  'participants.update': [
    ...CASELOAD,
    ...DUE,
    ...SEARCH,
    ...PERSON,
    ...REQUESTS,
    'participants.corrections',
  ],
  // Audited, and the one answer that holds a national ID in full: never cached.
  'participants.revealNationalId': [],
  'participants.restrict': [...CASELOAD, ...DUE, ...SEARCH, ...PERSON, ...REQUESTS],
  'participants.liftRestriction': [...CASELOAD, ...DUE, ...SEARCH, ...PERSON, ...REQUESTS],
  'enrolments.create': [...CASELOAD, ...DUE, ...PERSON, 'enrolments.list'],
  'enrolments.end': [...CASELOAD, ...DUE, ...PERSON, 'enrolments.list'],
  // A draft's time counts as the person's last contact: the page's head and retention dates move.
  'sessionNotes.createDraft': [...NOTES, ...SEARCH, ...CASELOAD, ...DUE, ...PERSON],
  // Autosave, as the consultant types: not the notes list, which would otherwise be fetched
  // again at every pause in typing (the composer holds the draft's text).
  'sessionNotes.saveDraft': ['sessionNotes.get', ...SEARCH, 'caseload.list', ...DUE, ...PERSON],
  // A locked note is the last contact: caseload, the page's head and the retention dates move.
  'sessionNotes.lock': [...NOTES, ...SEARCH, ...CASELOAD, ...DUE, ...PERSON],
  'sessionNotes.discardDraft': [...NOTES, ...SEARCH, ...CASELOAD, ...DUE, ...PERSON],
  'sessionNotes.addAddendum': [...NOTES, ...SEARCH, ...REQUESTS],
  'templates.update': ['templates.list'],
  'documents.add': ['documents.list', ...DUE, ...PERSON],
  // A document's bytes: shown once in the viewer, not kept in memory.
  'documents.content': [],
  'documents.delete': ['documents.list', 'assessments.list', ...DUE, ...PERSON],
  'documents.reconfirm': ['documents.list', ...DUE, ...PERSON],
  // A result's scales are remembered per instrument for the next one.
  'assessments.add': [...ASSESSMENTS, 'documents.list', ...SEARCH, ...DUE],
  'assessments.update': [...ASSESSMENTS, ...SEARCH, ...DUE],
  'assessments.delete': [...ASSESSMENTS, ...SEARCH, ...DUE],
  // The recruitment profile is searched (languages, qualifications) and has retention categories.
  'profile.save': ['profile.get', ...SEARCH, ...DUE, ...PERSON],
  'profile.setPhoto': ['profile.get', ...DUE],
  // The photo's bytes, like a document's: shown while in view, not kept.
  'profile.photo': [],
  'profile.deletePhoto': ['profile.get', ...DUE],
  'consents.add': ['consents.list', ...DUE],
  'consents.withdraw': ['consents.list', ...DUE],
  'requests.log': [...REQUESTS, ...PERSON],
  'requests.recordIdentity': [...REQUESTS],
  'requests.extend': [...REQUESTS],
  'requests.start': [...REQUESTS],
  'requests.close': [...REQUESTS, ...PERSON],
  'requests.exportAccessCopy': [...REQUESTS],
  'requests.erase': 'everything',
  'disclosures.record': ['disclosures.list'],
  'retention.closeOut': 'everything',
  'retention.eraseParticipant': 'everything',
  'retention.purgeItem': 'everything',
  'retention.postpone': [...DUE],
  'retention.presets.save': ['retention.presets.list', ...DUE, ...CASELOAD],
  // A file made for download: nothing changes, and the bytes are not kept.
  'retention.certificates.export': [],
  'backups.configure': ['backups.status'],
  'backups.chooseFolder': ['backups.status'],
  // A new copy, and a finishing step left pending may be done now.
  'backups.run': ['backups.status', ...DUE],
  'import.open': ['import.progress'],
  // Asked by the import screen for each mapping it shows, about a list held in the host's memory.
  'import.preview': [],
  'import.commit': [
    ...CASELOAD,
    ...DUE,
    ...SEARCH,
    ...PERSON,
    'enrolments.list',
    'import.progress',
  ],
  'import.close': [],
};

/** What a successful `channel` makes stale (`[]` for a cached read, or one not classified yet). */
export function staleAfter(channel: ChannelName): Stale {
  return STALE_AFTER[channel] ?? [];
}
