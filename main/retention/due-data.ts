// Reads what computeDue needs from the vault, and names each due item for the screen.
import { restrictedParticipantIds } from '../requests/restriction';
import type { Database } from '../vault/database';
import { notFound } from '../domain/errors';
import { addDays, addPeriod, localDate, toLocalDate } from './calendar';
import { dueCandidateIds } from './due-candidates';
import {
  computeDueFlagged,
  nextDueByParticipant,
  programmeStatus,
  type DueItem,
  type DueOptions,
  type InvalidRule,
  type ProgrammeStatus,
  type RetentionData,
} from './due';
import { listPresets, presetForCountry, type Preset } from './policies';
import type { CategoryPlanHelpers, CategoryTarget } from './purge';
import { type Country } from '../domain/vocabulary';
import { profileHoldingsSql } from '../domain/profile';
import type { IsoDate } from '../domain/brands';

/**
 * What computeDue reads, from the vault: every programme and postponement, and the participants
 * (with what they hold), documents and consents, of every person, or of only the people in
 * `participantIds` (ids; their documents and consents too). A person's due items depend on their
 * own rows, programmes, presets and postponements only, so computeDue over a subset answers the
 * whole vault's items for exactly those people.
 */
export function loadRetentionData(db: Database, participantIds?: readonly number[]): RetentionData {
  // One JSON array bound as a parameter: `IN (SELECT value FROM json_each(?))` uses each table's
  // participant index, and a missing list means everyone.
  const only = participantIds ? JSON.stringify(participantIds) : null;
  const of = (column: string) =>
    only === null ? '1' : `${column} IN (SELECT value FROM json_each($only))`;
  const params = only === null ? undefined : { only };
  const programmes = db
    .prepare(
      'SELECT id, ends_on AS endsOn, status, country, retention_preset_id AS presetId FROM programmes',
    )
    .all<{
      id: number;
      endsOn: string;
      status: 'active' | 'closing' | 'closed';
      country: Country;
      presetId: string | null;
    }>()
    .map((p) => ({
      id: p.id,
      endsOn: p.endsOn,
      status: p.status,
      presetId: p.presetId ?? presetForCountry(p.country),
    }));
  // What each person still holds, per category and the preset of the programme it belongs to:
  // one pass over each table, not a subquery per person.
  const holds = new Map<number, { category: string; presetId: string | null }[]>();
  const programmePreset = new Map(programmes.map((p) => [p.id, p.presetId]));
  for (const h of db
    .prepare(
      `SELECT participant_id AS id, 'sessionNotes' AS category, programme_id AS programmeId FROM notes
         WHERE ${of('participant_id')} GROUP BY 1, 3
       UNION SELECT participant_id, 'assessments', programme_id FROM assessments
         WHERE ${of('participant_id')} GROUP BY 1, 3
       UNION SELECT participant_id, 'documents.' || kind, programme_id FROM documents
         WHERE ${of('participant_id')} GROUP BY 1, 2, 3
       UNION SELECT e.participant_id, 'enrolmentData', e.programme_id FROM enrolments e
         JOIN programmes pr ON pr.id = e.programme_id
         WHERE NOT (e.status = 'active' AND pr.status != 'closed') AND ${of('e.participant_id')} GROUP BY 1, 3
       UNION SELECT participant_id, 'consents', NULL FROM consents
         WHERE withdrawn_on IS NOT NULL AND ${of('participant_id')} GROUP BY 1
       UNION ${profileHoldingsSql(of)}`,
    )
    .all<{ id: number; category: string; programmeId: number | null }>(params)) {
    const list = holds.get(h.id) ?? [];
    list.push({
      category: h.category,
      presetId: h.programmeId === null ? null : (programmePreset.get(h.programmeId) ?? null),
    });
    holds.set(h.id, list);
  }
  const participants = db
    .prepare(
      `SELECT p.id, p.last_contact_at AS lastContactAt,
         (SELECT json_group_array(e.programme_id) FROM enrolments e WHERE e.participant_id = p.id) AS programmeIds
       FROM participants p WHERE ${of('p.id')}`,
    )
    .all<{ id: number; lastContactAt: string | null; programmeIds: string }>(params)
    .map((p) => ({
      ...p,
      programmeIds: JSON.parse(p.programmeIds) as number[],
      holds: holds.get(p.id) ?? [],
    }));
  const documents = db
    .prepare(
      `SELECT id, participant_id AS participantId, kind, created_at AS createdAt, reconfirmed_on AS reconfirmedOn
       FROM documents WHERE ${of('participant_id')}`,
    )
    .all<{
      id: number;
      participantId: number;
      kind: string;
      createdAt: string;
      reconfirmedOn: string | null;
    }>(params);
  const consents = db
    .prepare(
      `SELECT id, participant_id AS participantId, withdrawn_on AS withdrawnOn FROM consents
       WHERE ${of('participant_id')}`,
    )
    .all<{ id: number; participantId: number; withdrawnOn: string | null }>(params);
  const postponements = db
    .prepare('SELECT item_key AS itemKey, until FROM retention_postponements')
    .all<{ itemKey: string; until: string }>();
  return { programmes, participants, documents, consents, postponements };
}

/**
 * computeDueFlagged over this vault, reading only the people who can have an item due on or
 * before today + horizonDays (due-candidates.ts: SQL on indexed dates) rather than the whole
 * caseload. Same answer as `computeDueFlagged(presets, loadRetentionData(db), options)`, the
 * reference (held equal by test/integration/retention/due-fast-path-equals-reference.test.ts);
 * milliseconds at 10,000 people when few are near a date, and no slower than the reference
 * when the horizon reaches everyone.
 */
export function computeVaultDue(
  db: Database,
  presets: readonly Preset[],
  options: DueOptions,
): { items: DueItem[]; invalidRules: InvalidRule[] } {
  const limit = addDays(options.today, options.horizonDays ?? 0);
  const data = loadRetentionData(db, dueCandidateIds(db, presets, limit));
  return computeDueFlagged(presets, data, options);
}

export type LabelledDueItem = DueItem & { label: string };

/** Everything due now or within `horizonDays`, each with the name the consultant knows it by. */
export function dueWithLabels(
  db: Database,
  now: Date,
  timeZone: string,
  horizonDays: number,
): { today: IsoDate; items: LabelledDueItem[]; invalidRules: InvalidRule[] } {
  const today = localDate(now, timeZone);
  const { items, invalidRules } = computeVaultDue(db, listPresets(db, now), {
    today,
    timeZone,
    horizonDays,
  });
  // A participant under restriction (art. 18) is only stored: no rule of theirs falls due.
  const restricted = restrictedParticipantIds(db);
  const programmeName = db.prepare('SELECT name FROM programmes WHERE id = ?');
  const personName = db.prepare(
    "SELECT given_name || ' ' || family_name AS name FROM participants WHERE id = ?",
  );
  return {
    today,
    invalidRules,
    items: items
      .filter(
        (item) => item.scope.kind === 'programme' || !restricted.has(item.scope.participantId),
      )
      .map((item) => {
        const s = item.scope;
        const label =
          s.kind === 'programme'
            ? String(programmeName.get([s.programmeId])?.name ?? '')
            : String(personName.get([s.participantId])?.name ?? '');
        return { ...item, label };
      }),
  };
}

/** How a category purge dates rows and maps a programme's country to its default preset. */
export const categoryPlanHelpers: CategoryPlanHelpers = {
  addPeriod,
  toLocalDate,
  presetForCountry: (country) => presetForCountry(country === 'NO' ? 'NO' : 'DK'),
};

/**
 * The due item (due now) with this key, as the category purge it asks for: its person, rule,
 * category and row. Programme items go through the close-out instead. Throws DomainError
 * notFound('dueItem') for a key not due now, or a programme's.
 */
export function categoryTargetFor(
  db: Database,
  now: Date,
  timeZone: string,
  itemKey: string,
): { item: LabelledDueItem; target: CategoryTarget } {
  const { today, items } = dueWithLabels(db, now, timeZone, 0);
  const item = items.find((x) => x.key === itemKey && x.effectiveOn <= today);
  if (!item || item.scope.kind === 'programme' || item.trigger === 'programmeEnd')
    throw notFound('dueItem');
  const s = item.scope;
  return {
    item,
    target: {
      itemKey,
      participantId: s.participantId,
      presetId: item.presetId,
      trigger: item.trigger,
      category: item.categories[0] ?? 'participant',
      period: item.period,
      today,
      timeZone,
      documentId: s.kind === 'document' ? s.documentId : undefined,
      consentId: s.kind === 'consent' ? s.consentId : undefined,
    },
  };
}

/** Far enough ahead that every computable rule's date falls inside (periods are at most 100 years). */
const EVERYTHING_DAYS = 2 * 36_525;

/**
 * The caseload's next-due column: the earliest retention date (YYYY-MM-DD) per participant, from
 * computeDue over everyone, or over `participantIds` only (a page of the caseload: the same dates
 * for them, since each person's items depend only on their own rows and the programmes).
 */
export function nextDueDates(
  db: Database,
  now: Date,
  timeZone: string,
  participantIds?: readonly number[],
): Map<number, string> {
  const data = loadRetentionData(db, participantIds);
  const { items } = computeDueFlagged(listPresets(db, now), data, {
    today: localDate(now, timeZone),
    timeZone,
    horizonDays: EVERYTHING_DAYS,
  });
  return nextDueByParticipant(items, data);
}

/** Each programme's status as shown: closing once its end date has passed (see programmeStatus). */
export function programmeStatuses(
  db: Database,
  now: Date,
  timeZone: string,
): { programmeId: number; status: ProgrammeStatus }[] {
  const today = localDate(now, timeZone);
  return db
    .prepare('SELECT id, ends_on AS endsOn, status FROM programmes ORDER BY id')
    .all<{ id: number; endsOn: string; status: ProgrammeStatus }>()
    .map((p) => ({ programmeId: p.id, status: programmeStatus(p.status, p.endsOn, today) }));
}
