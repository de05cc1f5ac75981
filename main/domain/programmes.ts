// Programmes ("forløb"): funder, country, dates, status and the retention preset they follow;
// with participant counts for the caseload.
import { storedName } from './text-fields';
import { DEFAULT_PRESETS, presetForCountry } from '../retention/policies';
import type { Database } from '../vault/database';
import { DomainError, notFound } from './errors';
import { type Country } from './vocabulary';

export type { Country };
export type ProgrammeStatus = 'active' | 'closing' | 'closed';

export type ProgrammeInput = Readonly<{
  name: string;
  funder: string;
  country: Country;
  startsOn: string;
  endsOn: string;
  retentionPresetId?: string | null | undefined;
}>;

export type Programme = Readonly<{
  id: number;
  name: string;
  funder: string;
  country: Country;
  startsOn: string;
  endsOn: string;
  status: ProgrammeStatus;
  retentionPresetId: string | null;
  activeParticipants: number;
}>;

const SELECT = `
  SELECT p.id, p.name, p.funder, p.country, p.starts_on AS startsOn, p.ends_on AS endsOn, p.status,
         p.retention_preset_id AS retentionPresetId,
         (SELECT count(*) FROM enrolments e WHERE e.programme_id = p.id AND e.status = 'active') AS activeParticipants
  FROM programmes p`;

/**
 * A new programme stores its preset: the one chosen, else its country's default (DK: the Danish
 * job-centre preset, NO: the Norwegian one). An older programme without one (null) follows its
 * country's default until it is edited.
 */
export function createProgramme(db: Database, input: ProgrammeInput, now: Date): Programme {
  checkDates(input);
  const presetId = input.retentionPresetId ?? presetForCountry(input.country);
  checkPreset(db, presetId);
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO programmes (name, funder, country, starts_on, ends_on, retention_preset_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run([
      storedName(input.name, 'name'),
      storedName(input.funder, 'funder'),
      input.country,
      input.startsOn,
      input.endsOn,
      presetId,
      at,
      at,
    ]);
  return getProgramme(db, lastInsertRowid);
}

/**
 * Replaces a programme's name, funder, country, dates (YYYY-MM-DD) and preset, and its status when
 * given; `now` the update's instant (ISO UTC). Returns the programme. Throws DomainError
 * notFound('programme') or notFound('retentionPreset'), 'invalidDates' when it would end before
 * it starts, and the name fields' DomainError codes.
 */
export function updateProgramme(
  db: Database,
  id: number,
  input: ProgrammeInput & Readonly<{ status?: ProgrammeStatus | undefined }>,
  now: Date,
): Programme {
  checkDates(input);
  if (input.retentionPresetId != null) checkPreset(db, input.retentionPresetId);
  const { changes } = db
    .prepare(
      `UPDATE programmes SET name = ?, funder = ?, country = ?, starts_on = ?, ends_on = ?,
         retention_preset_id = coalesce(?, retention_preset_id), status = coalesce(?, status), updated_at = ?
       WHERE id = ?`,
    )
    .run([
      storedName(input.name, 'name'),
      storedName(input.funder, 'funder'),
      input.country,
      input.startsOn,
      input.endsOn,
      input.retentionPresetId ?? null,
      input.status ?? null,
      now.toISOString(),
      id,
    ]);
  if (changes === 0) throw notFound('programme');
  return getProgramme(db, id);
}

/** One programme. Throws DomainError notFound('programme'). */
export function getProgramme(db: Database, id: number): Programme {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get<Programme>([id]);
  if (!row) throw notFound('programme');
  return row;
}

/** Every programme, or only those with `status`, in the order the list shows them. */
export function listProgrammes(db: Database, status?: ProgrammeStatus): Programme[] {
  return db
    .prepare(
      `${SELECT} WHERE ($status IS NULL OR p.status = $status) ORDER BY p.status = 'closed', p.ends_on, p.name`,
    )
    .all<Programme>({ status: status ?? null });
}

/** A preset in the vault, or a default one the vault writes on first use. */
function checkPreset(db: Database, presetId: string): void {
  if (DEFAULT_PRESETS.some((p) => p.id === presetId)) return;
  const row = db.prepare('SELECT 1 AS found FROM retention_presets WHERE id = ?').get([presetId]);
  if (!row) throw notFound('retentionPreset');
}

function checkDates(input: ProgrammeInput): void {
  if (input.endsOn < input.startsOn) throw new DomainError('invalidDates', 'endsOn');
}
