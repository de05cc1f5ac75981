// Reads what computeDue needs from the vault, and names each due item for the screen.
import { restrictedParticipantIds } from '../requests/restriction';
import type { Database } from '../vault/database';
import { notFound } from '../domain/errors';
import { addPeriod, localDate, toLocalDate } from './calendar';
import {
  computeDueFlagged,
  nextDueByParticipant,
  programmeStatus,
  type DueItem,
  type InvalidRule,
  type ProgrammeStatus,
  type RetentionData,
} from './due';
import { listPresets, presetForCountry } from './policies';
import type { CategoryPlanHelpers, CategoryTarget } from './purge';

export function loadRetentionData(db: Database): RetentionData {
  const programmes = db
    .prepare(
      'SELECT id, ends_on AS endsOn, status, country, retention_preset_id AS presetId FROM programmes',
    )
    .all<{
      id: number;
      endsOn: string;
      status: 'active' | 'closing' | 'closed';
      country: 'DK' | 'NO';
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
      `SELECT participant_id AS id, 'sessionNotes' AS category, programme_id AS programmeId FROM notes GROUP BY 1, 3
       UNION SELECT participant_id, 'assessments', programme_id FROM assessments GROUP BY 1, 3
       UNION SELECT participant_id, 'documents.' || kind, programme_id FROM documents GROUP BY 1, 2, 3
       UNION SELECT e.participant_id, 'enrolmentData', e.programme_id FROM enrolments e
         JOIN programmes pr ON pr.id = e.programme_id
         WHERE NOT (e.status = 'active' AND pr.status != 'closed') GROUP BY 1, 3
       UNION SELECT participant_id, 'consents', NULL FROM consents WHERE withdrawn_on IS NOT NULL GROUP BY 1`,
    )
    .all<{ id: number; category: string; programmeId: number | null }>()) {
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
       FROM participants p`,
    )
    .all<{ id: number; lastContactAt: string | null; programmeIds: string }>()
    .map((p) => ({
      ...p,
      programmeIds: JSON.parse(p.programmeIds) as number[],
      holds: holds.get(p.id) ?? [],
    }));
  const documents = db
    .prepare(
      'SELECT id, participant_id AS participantId, kind, created_at AS createdAt, reconfirmed_on AS reconfirmedOn FROM documents',
    )
    .all<{
      id: number;
      participantId: number;
      kind: string;
      createdAt: string;
      reconfirmedOn: string | null;
    }>();
  const consents = db
    .prepare(
      'SELECT id, participant_id AS participantId, withdrawn_on AS withdrawnOn FROM consents',
    )
    .all<{ id: number; participantId: number; withdrawnOn: string | null }>();
  const postponements = db
    .prepare('SELECT item_key AS itemKey, until FROM retention_postponements')
    .all<{ itemKey: string; until: string }>();
  return { programmes, participants, documents, consents, postponements };
}

export type LabelledDueItem = DueItem & { label: string };

/** Everything due now or within `horizonDays`, each with the name the consultant knows it by. */
export function dueWithLabels(
  db: Database,
  now: Date,
  timeZone: string,
  horizonDays: number,
): { today: string; items: LabelledDueItem[]; invalidRules: InvalidRule[] } {
  const today = localDate(now, timeZone);
  const { items, invalidRules } = computeDueFlagged(listPresets(db, now), loadRetentionData(db), {
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
 * category and row. Programme items go through the close-out instead.
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

/** The caseload's next-due column: the earliest retention date per participant, from computeDue. */
export function nextDueDates(db: Database, now: Date, timeZone: string): Map<number, string> {
  const data = loadRetentionData(db);
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
