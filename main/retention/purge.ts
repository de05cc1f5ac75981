// The purge: one transaction removes every row in scope (FTS rows follow through triggers), marks
// the vault for the finishing steps, and appends the deletion record, so a crash leaves the vault
// wholly before or wholly after.
import type { Database } from '../vault/database';
import { DomainError, notFound } from '../domain/errors';
import { appendDeletionRecord, type CertificateBody, type DeletionRecord } from './certificates';
import {
  applyTombstone,
  personRefs,
  programmeCreatedAt,
  rowStamps,
  writeTombstone,
  type Tombstone,
} from './tombstones';
import { type Country } from '../domain/vocabulary';
import type { IsoDate } from '../domain/brands';
import { profileCategoriesHeld, profileCounts } from '../domain/profile';
import type { ProfileCategory } from '../domain/profile-vocabulary';

export const SHRED_PENDING_KEY = 'shredPending';

export type PurgeCounts = Record<string, number>;

export type CloseOutReview = Readonly<{
  programmeId: number;
  counts: PurgeCounts;
  participants: readonly Readonly<{
    id: number;
    givenName: string;
    familyName: string;
    keptFor: readonly string[];
    restricted: boolean;
  }>[];
}>;

export type PaperChecklist = Readonly<Record<number, 'shredded' | 'none'>>;

type Scope = Readonly<{ programmeId: number; exclusive: number[]; shared: number[] }>;

/** What a close-out would remove: counts per category and every participant affected. */
export function reviewCloseOut(db: Database, programmeId: number): CloseOutReview {
  const scope = scopeOf(db, programmeId);
  const people = db
    .prepare(
      `SELECT p.id, p.given_name AS givenName, p.family_name AS familyName,
         (SELECT json_group_array(pr.name) FROM enrolments e JOIN programmes pr ON pr.id = e.programme_id
            WHERE e.participant_id = p.id AND e.programme_id != $programme) AS keptFor,
         EXISTS (SELECT 1 FROM restrictions r WHERE r.participant_id = p.id AND r.lifted_at IS NULL) AS restricted
       FROM participants p JOIN enrolments e ON e.participant_id = p.id AND e.programme_id = $programme
       ORDER BY p.sort_key, p.id`,
    )
    .all<{
      id: number;
      givenName: string;
      familyName: string;
      keptFor: string;
      restricted: number;
    }>({
      programme: programmeId,
    })
    .map((r) => ({
      ...r,
      keptFor: JSON.parse(r.keptFor) as string[],
      restricted: r.restricted === 1,
    }));
  return { programmeId, counts: countScope(db, scope), participants: people };
}

/** Removes the programme's data; a participant enrolled elsewhere keeps what belongs there. */
export function purgeProgramme(
  db: Database,
  input: Readonly<{
    programmeId: number;
    paper: PaperChecklist;
    record: Omit<CertificateBody, 'scope' | 'counts' | 'paperNotes' | 'kind'>;
  }>,
): DeletionRecord {
  return db.transaction(() => {
    const programme = db
      .prepare('SELECT id, country, status FROM programmes WHERE id = ?')
      .get<{ id: number; country: Country; status: string }>([input.programmeId]);
    if (!programme) throw notFound('programme');
    if (programme.status === 'closed') throw new DomainError('programmeClosed');
    const scope = scopeOf(db, input.programmeId);
    const everyone = [...scope.exclusive, ...scope.shared];
    if (everyone.some((id) => !input.paper[id]))
      throw new DomainError('paperChecklistIncomplete', 'paper');
    const counts = countScope(db, scope);
    const tombstone: Tombstone = {
      kind: 'programme',
      programmeId: input.programmeId,
      programmeCreatedAt: programmeCreatedAt(db, input.programmeId),
      people: personRefs(db, scope.exclusive),
    };
    applyTombstone(db, tombstone, input.record.at);
    markShredPending(db);
    return appendWithTombstone(db, tombstone, {
      ...input.record,
      kind: 'programmeCloseOut',
      scope: {
        programmeId: input.programmeId,
        country: programme.country,
        participantsErased: scope.exclusive.length,
        participantsKeptForOtherProgrammes: scope.shared.length,
      },
      counts,
      paperNotes: tallyPaper(everyone, input.paper),
    });
  });
}

/**
 * Erases one person now (a data-subject request, or a due item): everything about them.
 * `within`, if given, runs in the same transaction once the record is written (the request it
 * answers is closed with it, so neither lands without the other).
 */
export function purgeParticipant(
  db: Database,
  input: Readonly<{
    participantId: number;
    paper: 'shredded' | 'none';
    record: Omit<CertificateBody, 'scope' | 'counts' | 'paperNotes' | 'kind'>;
    within?: (record: DeletionRecord) => void;
  }>,
): DeletionRecord {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([input.participantId]))
      throw notFound('participant');
    const counts = countPeople(db, [input.participantId]);
    const tombstone: Tombstone = { kind: 'people', people: personRefs(db, [input.participantId]) };
    return eraseOnePerson(db, tombstone, counts, 1, input);
  });
}

/**
 * Erases everything of one person except the agreements `keepConsentIds` a retention rule keeps
 * and the name and national ID those agreements name (contact details, last contact,
 * disclosures and the corrections trail go too), in one transaction with its record; then
 * `within` (the request closed as partly refused). Counts are of what goes.
 * @throws DomainError notFound('participant').
 */
export function purgeAllButKept(
  db: Database,
  input: Readonly<{
    participantId: number;
    keepConsentIds: readonly number[];
    paper: 'shredded' | 'none';
    record: Omit<CertificateBody, 'scope' | 'counts' | 'paperNotes' | 'kind'>;
    within?: (record: DeletionRecord) => void;
  }>,
): DeletionRecord {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([input.participantId]))
      throw notFound('participant');
    const gone = rowsAllButKept(db, input.participantId, input.keepConsentIds);
    const counts = countRows(db, gone);
    const [person] = personRefs(db, [input.participantId]);
    const tombstone: Tombstone = {
      kind: 'rows',
      person: person!,
      contact: true,
      rows: {
        notes: rowStamps(db, 'notes', gone.notes),
        assessments: rowStamps(db, 'assessments', gone.assessments),
        documents: rowStamps(db, 'documents', gone.documents),
        consents: rowStamps(db, 'consents', gone.consents),
        enrolments: rowStamps(db, 'enrolments', gone.enrolments),
        ...(gone.profile.length > 0 && { profile: gone.profile }),
      },
    };
    return eraseOnePerson(db, tombstone, counts, 0, input);
  });
}

/**
 * What an erasure keeping the agreements `keepConsentIds` removes, per category: the counts its
 * record will hold (purgeAllButKept). @throws DomainError notFound('participant').
 */
export function reviewAllButKept(
  db: Database,
  participantId: number,
  keepConsentIds: readonly number[],
): PurgeCounts {
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([participantId]))
    throw notFound('participant');
  return countRows(db, rowsAllButKept(db, participantId, keepConsentIds));
}

/** Every row of the person, but the agreements kept. */
function rowsAllButKept(
  db: Database,
  participantId: number,
  keepConsentIds: readonly number[],
): Rows {
  const ids = (table: string) =>
    db
      .prepare(`SELECT id FROM ${table} WHERE participant_id = ? ORDER BY id`)
      .all<{ id: number }>([participantId])
      .map((r) => r.id);
  const keep = new Set(keepConsentIds);
  return {
    notes: ids('notes'),
    assessments: ids('assessments'),
    documents: ids('documents'),
    consents: ids('consents').filter((id) => !keep.has(id)),
    enrolments: ids('enrolments'),
    profile: profileCategoriesHeld(db, participantId),
  };
}

/** The tail both erasures share: apply the tombstone, mark pending, write the record, `within`. */
function eraseOnePerson(
  db: Database,
  tombstone: Tombstone,
  counts: PurgeCounts,
  erased: 0 | 1,
  input: Readonly<{
    participantId: number;
    paper: 'shredded' | 'none';
    record: Omit<CertificateBody, 'scope' | 'counts' | 'paperNotes' | 'kind'>;
    within?: ((record: DeletionRecord) => void) | undefined;
  }>,
): DeletionRecord {
  applyTombstone(db, tombstone, input.record.at);
  markShredPending(db);
  const record = appendWithTombstone(db, tombstone, {
    ...input.record,
    kind: 'participantErasure',
    scope: {
      programmeId: null,
      country: null,
      participantsErased: erased,
      participantsKeptForOtherProgrammes: 0,
    },
    counts,
    paperNotes: tallyPaper([input.participantId], { [input.participantId]: input.paper }),
  });
  input.within?.(record);
  return record;
}

/**
 * What erasing one person removes: counts per category (the same counts the record will hold).
 * Throws DomainError notFound('participant').
 */
export function reviewParticipantErasure(db: Database, participantId: number): PurgeCounts {
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([participantId]))
    throw notFound('participant');
  return countPeople(db, [participantId]);
}

/** The deletion record and its tombstone, in the caller's (the purge's) transaction. */
function appendWithTombstone(
  db: Database,
  tombstone: Tombstone,
  body: CertificateBody,
): DeletionRecord {
  const record = appendDeletionRecord(db, body);
  writeTombstone(db, record.id, tombstone);
  return record;
}

/**
 * Whether a purge is committed whose finishing steps (merge, vacuum, rekey, backups) are not all done.
 */
export function shredPending(db: Database): boolean {
  return !!db.prepare('SELECT 1 AS x FROM meta WHERE key = ?').get([SHRED_PENDING_KEY]);
}

/** Clears the pending-finishing marker, once every finishing step is done. */
export function clearShredPending(db: Database): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run([SHRED_PENDING_KEY]);
}

/** Sets the pending-finishing marker, inside the purge's transaction. */
export function markShredPending(db: Database): void {
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')").run([SHRED_PENDING_KEY]);
}

function scopeOf(db: Database, programmeId: number): Scope {
  if (!db.prepare('SELECT 1 AS x FROM programmes WHERE id = ?').get([programmeId]))
    throw notFound('programme');
  const rows = db
    .prepare(
      `SELECT e.participant_id AS id,
         EXISTS (SELECT 1 FROM enrolments o WHERE o.participant_id = e.participant_id AND o.programme_id != e.programme_id) AS shared
       FROM enrolments e WHERE e.programme_id = ?`,
    )
    .all<{ id: number; shared: number }>([programmeId]);
  return {
    programmeId,
    exclusive: rows.filter((r) => !r.shared).map((r) => r.id),
    shared: rows.filter((r) => r.shared).map((r) => r.id),
  };
}

/** Counts per category of everything a close-out removes (the programme's rows plus whole exclusive people). */
function countScope(db: Database, scope: Scope): PurgeCounts {
  const inProgramme = { programme: scope.programmeId };
  const n = (sql: string) => Number(db.prepare(sql).get(inProgramme)?.n ?? 0);
  const counts: PurgeCounts = {
    sessionNotes: n('SELECT count(*) AS n FROM notes WHERE programme_id = $programme'),
    addenda: n(
      'SELECT count(*) AS n FROM note_addenda a JOIN notes t ON t.id = a.note_id WHERE t.programme_id = $programme',
    ),
    assessments: n('SELECT count(*) AS n FROM assessments WHERE programme_id = $programme'),
    enrolmentData: n('SELECT count(*) AS n FROM enrolments WHERE programme_id = $programme'),
  };
  for (const r of db
    .prepare(
      'SELECT kind, count(*) AS n FROM documents WHERE programme_id = $programme GROUP BY kind',
    )
    .all<{ kind: string; n: number }>(inProgramme)) {
    counts[`documents.${r.kind}`] = r.n;
  }
  // Exclusive people go entirely: add what they hold outside this programme (or in none).
  const rest = countPeople(db, scope.exclusive, scope.programmeId);
  for (const [k, v] of Object.entries(rest)) counts[k] = (counts[k] ?? 0) + v;
  return counts;
}

/** Everything whole-participant deletion removes, optionally leaving out rows already counted for a programme. */
function countPeople(
  db: Database,
  ids: readonly number[],
  exceptProgramme: number | null = null,
): PurgeCounts {
  const p = { ids: JSON.stringify(ids), except: exceptProgramme };
  const inIds = 'IN (SELECT value FROM json_each($ids))';
  const notExcept = '($except IS NULL OR programme_id IS NOT $except)';
  const n = (sql: string) => Number(db.prepare(sql).get(p)?.n ?? 0);
  const counts: PurgeCounts = {
    participant: ids.length,
    sessionNotes: n(
      `SELECT count(*) AS n FROM notes WHERE participant_id ${inIds} AND ${notExcept}`,
    ),
    addenda: n(
      `SELECT count(*) AS n FROM note_addenda a JOIN notes t ON t.id = a.note_id WHERE t.participant_id ${inIds} AND ($except IS NULL OR t.programme_id IS NOT $except)`,
    ),
    assessments: n(
      `SELECT count(*) AS n FROM assessments WHERE participant_id ${inIds} AND ${notExcept}`,
    ),
    enrolmentData: n(
      `SELECT count(*) AS n FROM enrolments WHERE participant_id ${inIds} AND ${notExcept}`,
    ),
    consents: n(`SELECT count(*) AS n FROM consents WHERE participant_id ${inIds}`),
    auditReferences: n(
      `SELECT count(*) AS n FROM audit_log WHERE subject_ref IN (SELECT audit_ref FROM participants WHERE id ${inIds})`,
    ),
  };
  for (const r of db
    .prepare(
      `SELECT kind, count(*) AS n FROM documents WHERE participant_id ${inIds} AND ${notExcept} GROUP BY kind`,
    )
    .all<{ kind: string; n: number }>(p)) {
    counts[`documents.${r.kind}`] = r.n;
  }
  // The profile belongs to no programme: an erased person's goes whole.
  Object.assign(counts, profileCounts(db, p.ids));
  return counts;
}

function tallyPaper(
  ids: readonly number[],
  paper: PaperChecklist,
): { shredded: number; none: number } {
  return {
    shredded: ids.filter((id) => paper[id] === 'shredded').length,
    none: ids.filter((id) => paper[id] === 'none').length,
  };
}

/** One due item's category, for one person: what its rule removes, what stays and why. */
export type CategoryTarget = Readonly<{
  /** The due item's key (its rule, category and row). */
  itemKey: string;
  participantId: number;
  presetId: string;
  trigger: 'lastContact' | 'reconfirmation' | 'agreementEnd';
  category: string;
  period: string;
  /** Local date: rows whose own date plus the period is on or before it are due. */
  today: string;
  timeZone: string;
  documentId?: number | undefined;
  consentId?: number | undefined;
}>;

/** Why something of the person stays: an enrolment in a programme under other rules, not yet due, or still in force. */
export type KeptReason =
  | Readonly<{ kind: 'programme'; programme: string }>
  | Readonly<{ kind: 'notYetDue' }>
  | Readonly<{ kind: 'stillActive' }>
  | Readonly<{ kind: 'otherRule' }>;

export type CategoryReview = Readonly<{
  participantId: number;
  /** Counts per category of what goes. */
  counts: PurgeCounts;
  /** True when the rule names the person, or nothing would be left that any rule keeps. */
  wholePerson: boolean;
  kept: readonly Readonly<{ category: string; count: number; reason: KeptReason }>[];
}>;

type Rows = {
  notes: number[];
  assessments: number[];
  documents: number[];
  consents: number[];
  enrolments: number[];
  /** The profile's categories (one "row" each: the profile has no row per field). */
  profile: ProfileCategory[];
};

type RowInfo = {
  table: keyof Rows;
  id: number;
  category: string;
  programmeId: number | null;
  programme: string | null;
  presetId: string | null;
  date: string | null;
  active: boolean;
};

/** Every row the person holds (besides the person), with its category, programme and own date. */
function rowsOf(db: Database, participantId: number, presetOf: (country: string) => string) {
  const p = { id: participantId };
  const programme = `LEFT JOIN programmes pr ON pr.id = x.programme_id`;
  const cols = `pr.name AS programme, coalesce(pr.retention_preset_id, pr.country) AS preset`;
  type R = {
    id: number;
    programmeId: number | null;
    programme: string | null;
    preset: string | null;
    date: string | null;
    kind?: string;
    active?: number;
  };
  const map = (table: Exclude<keyof Rows, 'profile'>, category: (r: R) => string) => (r: R) =>
    ({
      table,
      id: r.id,
      category: category(r),
      programmeId: r.programmeId,
      programme: r.programme,
      presetId: r.preset === null ? null : r.preset.length === 2 ? presetOf(r.preset) : r.preset,
      date: r.date,
      active: !!r.active,
    }) satisfies RowInfo;
  const q = (sql: string) => db.prepare(sql).all<R>(p);
  return [
    ...q(
      `SELECT x.id, x.programme_id AS programmeId, ${cols}, x.occurred_at AS date FROM notes x ${programme} WHERE x.participant_id = $id`,
    ).map(map('notes', () => 'sessionNotes')),
    ...q(
      `SELECT x.id, x.programme_id AS programmeId, ${cols}, x.taken_on AS date FROM assessments x ${programme} WHERE x.participant_id = $id`,
    ).map(map('assessments', () => 'assessments')),
    ...q(
      `SELECT x.id, x.programme_id AS programmeId, ${cols}, coalesce(x.reconfirmed_on, x.created_at) AS date, x.kind FROM documents x ${programme} WHERE x.participant_id = $id`,
    ).map(map('documents', (r) => `documents.${r.kind}`)),
    ...q(
      `SELECT x.id, NULL AS programmeId, NULL AS programme, NULL AS preset, coalesce(x.withdrawn_on, x.given_on) AS date, x.withdrawn_on IS NULL AS active FROM consents x WHERE x.participant_id = $id`,
    ).map(map('consents', () => 'consents')),
    ...q(
      `SELECT x.id, x.programme_id AS programmeId, ${cols}, coalesce(x.ended_on, x.enrolled_on) AS date, (x.status = 'active' AND pr.status != 'closed') AS active FROM enrolments x ${programme} WHERE x.participant_id = $id`,
    ).map(map('enrolments', () => 'enrolmentData')),
    // The profile belongs to no programme and has no date of its own: its last-contact rule
    // counts from the last contact alone.
    ...profileCategoriesHeld(db, participantId).map((category): RowInfo => ({
      table: 'profile',
      id: 0,
      category,
      programmeId: null,
      programme: null,
      presetId: null,
      date: null,
      active: false,
    })),
  ];
}

/**
 * Splits the person's rows into what the item's rule removes and what stays (with why). A row is
 * the rule's when it is of the rule's category, belongs to a programme following the rule's
 * preset (or to none), is no longer in force, and its own date plus the period has passed.
 */
function planCategory(
  db: Database,
  t: CategoryTarget,
  addPeriod: (date: IsoDate, period: string) => IsoDate,
  toLocal: (value: string, timeZone: string) => IsoDate,
  presetOf: (country: string) => string,
): { gone: Rows; review: CategoryReview } {
  const gone: Rows = {
    notes: [],
    assessments: [],
    documents: [],
    consents: [],
    enrolments: [],
    profile: [],
  };
  const keptMap = new Map<string, { category: string; count: number; reason: KeptReason }>();
  const keep = (category: string, reason: KeptReason) => {
    const key = `${category}\u0000${JSON.stringify(reason)}`;
    const entry = keptMap.get(key) ?? { category, count: 0, reason };
    entry.count += 1;
    keptMap.set(key, entry);
  };
  // A rule on the person itself reaches every category under its preset; the person goes once
  // nothing is left that another programme, a later date or a live agreement keeps.
  const everything = t.category === 'participant';
  for (const row of rowsOf(db, t.participantId, presetOf)) {
    const mine =
      t.trigger === 'reconfirmation'
        ? row.table === 'documents' && row.id === t.documentId
        : t.trigger === 'agreementEnd'
          ? row.table === 'consents' && row.id === t.consentId
          : everything || row.category === t.category;
    if (!mine) {
      // Another programme's rules keep it; else its own rule (another due item), or it is in force.
      keep(
        row.category,
        row.programmeId !== null && row.presetId !== t.presetId
          ? { kind: 'programme', programme: row.programme ?? '' }
          : row.active
            ? { kind: 'stillActive' }
            : { kind: 'otherRule' },
      );
      continue;
    }
    if (t.trigger === 'lastContact') {
      if (row.programmeId !== null && row.presetId !== t.presetId) {
        keep(row.category, { kind: 'programme', programme: row.programme ?? '' });
        continue;
      }
      if (row.active) {
        keep(row.category, { kind: 'stillActive' });
        continue;
      }
      if (row.date && addPeriod(toLocal(row.date, t.timeZone), t.period) > t.today) {
        keep(row.category, { kind: 'notYetDue' });
        continue;
      }
    }
    if (row.table === 'profile') gone.profile.push(row.category as ProfileCategory);
    else gone[row.table].push(row.id);
  }
  const leftOver = [...keptMap.values()].reduce((n, k) => n + k.count, 0);
  const wholePerson = leftOver === 0;
  const counts = wholePerson ? countPeople(db, [t.participantId]) : countRows(db, gone);
  return {
    gone,
    review: {
      participantId: t.participantId,
      counts,
      wholePerson,
      kept: wholePerson ? [] : [...keptMap.values()],
    },
  };
}

function countRows(db: Database, rows: Rows): PurgeCounts {
  const ids = (xs: number[]) => ({ ids: JSON.stringify(xs) });
  const inIds = 'IN (SELECT value FROM json_each($ids))';
  const counts: PurgeCounts = {};
  const put = (k: string, n: number) => {
    if (n > 0) counts[k] = (counts[k] ?? 0) + n;
  };
  put('sessionNotes', rows.notes.length);
  put(
    'addenda',
    Number(
      db
        .prepare(`SELECT count(*) AS n FROM note_addenda WHERE note_id ${inIds}`)
        .get(ids(rows.notes))?.n ?? 0,
    ),
  );
  put('assessments', rows.assessments.length);
  put('consents', rows.consents.length);
  put('enrolmentData', rows.enrolments.length);
  for (const category of rows.profile) put(category, 1);
  for (const r of db
    .prepare(`SELECT kind, count(*) AS n FROM documents WHERE id ${inIds} GROUP BY kind`)
    .all<{ kind: string; n: number }>(ids(rows.documents)))
    put(`documents.${r.kind}`, r.n);
  return counts;
}

export type CategoryPlanHelpers = Readonly<{
  addPeriod: (date: IsoDate, period: string) => IsoDate;
  toLocalDate: (value: string, timeZone: string) => IsoDate;
  presetForCountry: (country: string) => string;
}>;

/**
 * What a due item's rule would remove for its person, and what stays and why. Throws DomainError
 * notFound('participant') for a person no longer in the vault.
 */
export function reviewCategoryPurge(
  db: Database,
  target: CategoryTarget,
  h: CategoryPlanHelpers,
): CategoryReview {
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([target.participantId]))
    throw notFound('participant');
  return planCategory(db, target, h.addPeriod, h.toLocalDate, h.presetForCountry).review;
}

/**
 * One rule's category for one person, in one transaction with its deletion record: the rows the
 * rule names go (addenda, contents and search entries follow by cascade and triggers); the person
 * goes too when the rule names the person or nothing is left that any rule keeps.
 */
export function purgeCategory(
  db: Database,
  input: Readonly<{
    target: CategoryTarget;
    helpers: CategoryPlanHelpers;
    paper: 'shredded' | 'none';
    basis: NonNullable<CertificateBody['basis']> | undefined;
    record: Omit<CertificateBody, 'scope' | 'counts' | 'paperNotes' | 'kind' | 'basis'>;
  }>,
): DeletionRecord & { review: CategoryReview } {
  return db.transaction(() => {
    const t = input.target;
    if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([t.participantId]))
      throw notFound('participant');
    const { gone, review } = planCategory(
      db,
      t,
      input.helpers.addPeriod,
      input.helpers.toLocalDate,
      input.helpers.presetForCountry,
    );
    if (Object.keys(review.counts).length === 0) throw notFound('dueItem');
    const [person] = personRefs(db, [t.participantId]);
    const tombstone: Tombstone = review.wholePerson
      ? { kind: 'people', people: [person!] }
      : {
          kind: 'rows',
          person: person!,
          rows: {
            notes: rowStamps(db, 'notes', gone.notes),
            assessments: rowStamps(db, 'assessments', gone.assessments),
            documents: rowStamps(db, 'documents', gone.documents),
            consents: rowStamps(db, 'consents', gone.consents),
            enrolments: rowStamps(db, 'enrolments', gone.enrolments),
            ...(gone.profile.length > 0 && { profile: gone.profile }),
          },
        };
    applyTombstone(db, tombstone, input.record.at);
    db.prepare('DELETE FROM retention_postponements WHERE item_key = ?').run([t.itemKey]);
    markShredPending(db);
    const record = appendWithTombstone(db, tombstone, {
      ...input.record,
      kind: 'categoryPurge',
      scope: {
        programmeId: null,
        country: null,
        participantsErased: review.wholePerson ? 1 : 0,
        participantsKeptForOtherProgrammes: 0,
      },
      counts: review.counts,
      paperNotes: tallyPaper([t.participantId], { [t.participantId]: input.paper }),
      ...(input.basis && { basis: input.basis }),
    });
    return { ...record, review };
  });
}
