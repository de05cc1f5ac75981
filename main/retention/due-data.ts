// Reads what computeDue needs from the vault, and names each due item for the screen.
import type { Database } from '../vault/database';
import { localDate } from './calendar';
import { computeDueFlagged, type DueItem, type InvalidRule, type RetentionData } from './due';
import { listPresets, presetForCountry } from './policies';

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
  const participants = db
    .prepare(
      `SELECT p.id, p.last_contact_at AS lastContactAt,
         (SELECT json_group_array(e.programme_id) FROM enrolments e WHERE e.participant_id = p.id) AS programmeIds
       FROM participants p`,
    )
    .all<{ id: number; lastContactAt: string | null; programmeIds: string }>()
    .map((p) => ({ ...p, programmeIds: JSON.parse(p.programmeIds) as number[] }));
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
  const programmeName = db.prepare('SELECT name FROM programmes WHERE id = ?');
  const personName = db.prepare(
    "SELECT given_name || ' ' || family_name AS name FROM participants WHERE id = ?",
  );
  return {
    today,
    invalidRules,
    items: items.map((item) => {
      const s = item.scope;
      const label =
        s.kind === 'programme'
          ? String(programmeName.get([s.programmeId])?.name ?? '')
          : String(personName.get([s.participantId])?.name ?? '');
      return { ...item, label };
    }),
  };
}
