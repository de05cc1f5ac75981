// Rectification with a trail (GDPR art. 16): a participant's details are changed in one
// transaction with one trail row per changed field (when, who, why, which request). A reason is
// asked for when identity data changes (name, national ID) or while a rectification request of
// the person is open. No old value is kept except an old national ID's masked form. Fields are
// compared in their stored forms, so a name typed again decomposed, with a no-break space or a
// soft hyphen is no correction and leaves the row as it was.
import { DomainError, notFound } from '../domain/errors';
import { maskNationalId, type NationalIdKind } from '../domain/national-ids';
import {
  updateParticipant,
  type ParticipantInput,
  type SavedParticipant,
} from '../domain/participants';
import { normalizeFreeText, normalizeName } from '../domain/text';
import type { Database } from '../vault/database';
import { IDENTITY_FIELDS, OPEN_STATUSES, sqlList, type CorrectedField } from './vocabulary';

/** One change in the trail; `changedAt` ISO UTC; `oldMasked` only for a national ID. */
export type Correction = Readonly<{
  id: number;
  field: CorrectedField;
  changedAt: string;
  changedBy: string;
  reason: string;
  requestId: number | null;
  oldMasked: string | null;
}>;

type Raw = {
  given_name: string;
  family_name: string;
  national_id_kind: string;
  national_id: string | null;
  email: string;
  phone: string | null;
  address: string | null;
  updated_at: string;
};

const COLUMN_OF: Readonly<Record<CorrectedField, readonly (keyof Raw)[]>> = {
  givenName: ['given_name'],
  familyName: ['family_name'],
  nationalId: ['national_id_kind', 'national_id'],
  email: ['email'],
  phone: ['phone'],
  address: ['address'],
};

/** The stored kind as validateNationalId names it, for masking an old number. */
const MASK_KIND: Readonly<Record<string, NationalIdKind>> = {
  cpr: 'cpr',
  fnr: 'norwegian',
  'd-number': 'norwegian',
  'h-number': 'norwegian',
};

/**
 * Changes a participant's details and writes the trail, all or nothing.
 * `change.reason` is required (trimmed, non-empty) when a name or the national ID changes or
 * while a rectification request of this person is open; `change.requestId`, when given, must
 * be an open request of this person.
 * @returns the saved participant (with national-ID warnings) and the trail rows written.
 * @throws DomainError notFound('participant' | 'request'), reasonRequired('reason'), and
 *   updateParticipant's errors (invalidNationalId, duplicateNationalId).
 */
export function rectifyParticipant(
  db: Database,
  participantId: number,
  input: ParticipantInput,
  change: Readonly<{ reason?: string | undefined; requestId?: number | undefined; actor: string }>,
  now: Date,
): SavedParticipant & { corrections: Correction[] } {
  return db.transaction(() => {
    const before = raw(db, participantId);
    if (change.requestId !== undefined) {
      const open = db
        .prepare(
          `SELECT 1 AS x FROM requests WHERE id = ? AND participant_id = ? AND status IN (${sqlList(OPEN_STATUSES)})`,
        )
        .get([change.requestId, participantId]);
      if (!open) throw notFound('request');
    }
    const saved = updateParticipant(db, participantId, keepStoredForms(before, input), now);
    const after = raw(db, participantId);
    const changed = (Object.keys(COLUMN_OF) as CorrectedField[]).filter((f) =>
      COLUMN_OF[f].some((c) => before[c] !== after[c]),
    );
    if (changed.length === 0) {
      // Nothing was corrected, so the row keeps the time it last changed.
      db.prepare('UPDATE participants SET updated_at = ? WHERE id = ?').run([
        before.updated_at,
        participantId,
      ]);
      return {
        ...saved,
        participant: { ...saved.participant, updatedAt: before.updated_at },
        corrections: [],
      };
    }
    const reason = change.reason?.trim() ?? '';
    const openRectification = !!db
      .prepare(
        `SELECT 1 AS x FROM requests WHERE participant_id = ? AND kind = 'rectification' AND status IN (${sqlList(OPEN_STATUSES)})`,
      )
      .get([participantId]);
    const needsReason =
      changed.some((f) => (IDENTITY_FIELDS as readonly string[]).includes(f)) ||
      (openRectification && changed.length > 0);
    if (needsReason && reason === '') throw new DomainError('reasonRequired', 'reason');
    const insert = db.prepare(
      `INSERT INTO corrections (participant_id, field, changed_at, changed_by, reason, request_id, old_masked)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const field of changed) {
      const oldMasked =
        field === 'nationalId' && before.national_id
          ? maskNationalId(MASK_KIND[before.national_id_kind] ?? 'cpr', before.national_id)
          : null;
      insert.run([
        participantId,
        field,
        now.toISOString(),
        change.actor,
        reason,
        change.requestId ?? null,
        oldMasked,
      ]);
    }
    const trail = listCorrections(db, participantId);
    return { ...saved, corrections: trail.slice(-changed.length) };
  });
}

/** The person's trail, oldest first. */
export function listCorrections(db: Database, participantId: number): Correction[] {
  return db
    .prepare(
      `SELECT id, field, changed_at AS changedAt, changed_by AS changedBy, reason,
         request_id AS requestId, old_masked AS oldMasked
       FROM corrections WHERE participant_id = ? ORDER BY changed_at, id`,
    )
    .all<Correction>([participantId]);
}

/**
 * The input with every name, phone and address that equals the stored one in normalised form
 * replaced by the stored one: NFD against NFC, a no-break space or a soft hyphen is the same
 * name (normalizeName), the same text (NFC), and must not count as a correction.
 */
function keepStoredForms(before: Raw, input: ParticipantInput): ParticipantInput {
  const name = (s: string) => {
    const r = normalizeName(s);
    return r.ok ? r.text : s;
  };
  const text = (s: string | null | undefined) =>
    s === null || s === undefined ? null : normalizeFreeText(s).trim();
  const sameName = (typed: string, stored: string) => name(typed) === name(stored);
  const sameText = (typed: string | null | undefined, stored: string | null) =>
    text(typed) === text(stored);
  return {
    ...input,
    givenName: sameName(input.givenName, before.given_name) ? before.given_name : input.givenName,
    familyName: sameName(input.familyName, before.family_name)
      ? before.family_name
      : input.familyName,
    phone: sameText(input.phone, before.phone) ? before.phone : input.phone,
    address: sameText(input.address, before.address) ? before.address : input.address,
  };
}

function raw(db: Database, participantId: number): Raw {
  const row = db
    .prepare(
      'SELECT given_name, family_name, national_id_kind, national_id, email, phone, address, updated_at FROM participants WHERE id = ?',
    )
    .get<Raw>([participantId]);
  if (!row) throw notFound('participant');
  return row;
}
