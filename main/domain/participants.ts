// Participants: names, a validated national ID kept masked behind a keyed look-up hash, contact details.
import { randomUUID } from 'node:crypto';
import type { Database } from '../vault/database';
import { recordAudit } from './audit';
import { nameSearchForms, nameSortKey, normalizeFreeText } from './text';
import { storedName } from './text-fields';
import { DomainError, notFound } from './errors';
import { nationalIdLookupHash } from './national-id-hash';
import {
  maskNationalId,
  validateNationalId,
  type NationalIdKind,
  type NationalIdWarningCode,
} from './national-ids';

/** What is stored: the form told apart from the digits, or none. */
export type StoredIdKind = 'cpr' | 'fnr' | 'd-number' | 'h-number' | 'none';

export type NationalIdInput = Readonly<{
  country: 'DK' | 'NO' | 'none';
  value?: string | undefined;
}>;

export type ParticipantInput = Readonly<{
  givenName: string;
  familyName: string;
  nationalId: NationalIdInput;
  email: string;
  phone?: string | null | undefined;
  address?: string | null | undefined;
}>;

export type Participant = Readonly<{
  id: number;
  givenName: string;
  familyName: string;
  nationalIdKind: StoredIdKind;
  /** DDMMYY-•••• (or DDMMYY••••• for Norwegian numbers); null when none is recorded. */
  nationalIdMasked: string | null;
  email: string;
  phone: string | null;
  address: string | null;
  lastContactAt: string | null;
  createdAt: string;
  updatedAt: string;
}>;

export type SavedParticipant = Readonly<{
  participant: Participant;
  warnings: NationalIdWarningCode[];
}>;

type Row = {
  id: number;
  given_name: string;
  family_name: string;
  national_id_kind: StoredIdKind;
  national_id: string | null;
  email: string;
  phone: string | null;
  address: string | null;
  last_contact_at: string | null;
  audit_ref: string;
  created_at: string;
  updated_at: string;
};

/** The stored forms of a name: NFC, cleaned, with its sort key and folded search words. */
function names(input: ParticipantInput) {
  const givenName = storedName(input.givenName, 'givenName');
  const familyName = storedName(input.familyName, 'familyName');
  return {
    givenName,
    familyName,
    sortKey: nameSortKey(familyName, givenName),
    folded: nameSearchForms(`${givenName} ${familyName}`),
  };
}

/**
 * Stores a new participant; names pass the text boundary (text-fields.ts).
 * @throws DomainError directionControl, invalidNationalId, duplicateNationalId.
 */
export function createParticipant(
  db: Database,
  input: ParticipantInput,
  now: Date,
): SavedParticipant {
  const name = names(input);
  const id = checkNationalId(db, input.nationalId, null, now);
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO participants (given_name, family_name, sort_key, name_folded, national_id_kind, national_id,
         national_id_hash, email, phone, address, audit_ref, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run([
      name.givenName,
      name.familyName,
      name.sortKey,
      name.folded,
      id.kind,
      id.digits,
      id.hash,
      normalizeFreeText(input.email),
      contact(input.phone),
      contact(input.address),
      randomUUID(),
      at,
      at,
    ]);
  return { participant: getParticipant(db, lastInsertRowid), warnings: id.warnings };
}

/**
 * Replaces a participant's names, national ID and contact details (NFC; `now` the update's
 * instant, ISO UTC). Returns the participant and any national-ID warnings. Throws DomainError
 * notFound('participant'), and the DomainError codes of the national-ID check
 * ('invalidNationalId', 'duplicateNationalId') and of the name fields.
 */
export function updateParticipant(
  db: Database,
  participantId: number,
  input: ParticipantInput,
  now: Date,
): SavedParticipant {
  getParticipant(db, participantId);
  const name = names(input);
  const id = checkNationalId(db, input.nationalId, participantId, now);
  db.prepare(
    `UPDATE participants SET given_name = ?, family_name = ?, sort_key = ?, name_folded = ?, national_id_kind = ?,
       national_id = ?, national_id_hash = ?, email = ?, phone = ?, address = ?, updated_at = ? WHERE id = ?`,
  ).run([
    name.givenName,
    name.familyName,
    name.sortKey,
    name.folded,
    id.kind,
    id.digits,
    id.hash,
    normalizeFreeText(input.email),
    contact(input.phone),
    contact(input.address),
    now.toISOString(),
    participantId,
  ]);
  return { participant: getParticipant(db, participantId), warnings: id.warnings };
}

/**
 * One participant as shown (national ID masked). Throws DomainError notFound('participant').
 */
export function getParticipant(db: Database, id: number): Participant {
  const row = db.prepare('SELECT * FROM participants WHERE id = ?').get<Row>([id]);
  if (!row) throw notFound('participant');
  return toParticipant(row);
}

/**
 * The full national ID for a deliberate reveal or copy (`purpose`), the CPR as DDMMYY-SSSS; null
 * when none is stored. Every call is audited with `actor` and `now` (ISO UTC), never the number.
 * Throws DomainError notFound('participant').
 */
export function revealNationalId(
  db: Database,
  participantId: number,
  purpose: 'reveal' | 'copy',
  actor: string,
  now: Date,
): string | null {
  const row = db
    .prepare('SELECT national_id, national_id_kind, audit_ref FROM participants WHERE id = ?')
    .get<Row>([participantId]);
  if (!row) throw notFound('participant');
  recordAudit(db, {
    at: now,
    actor,
    action: purpose,
    subjectRef: row.audit_ref,
    detail: 'nationalId',
  });
  if (!row.national_id) return null;
  return row.national_id_kind === 'cpr'
    ? `${row.national_id.slice(0, 6)}-${row.national_id.slice(6)}`
    : row.national_id;
}

/** Finds a participant by national ID through the keyed hash (the number itself is never searched). */
export function findByNationalId(db: Database, input: NationalIdInput): number | null {
  if (input.country === 'none' || !input.value) return null;
  const kind: NationalIdKind = input.country === 'DK' ? 'cpr' : 'norwegian';
  const result = validateNationalId(kind, input.value);
  if (!result.normalized) return null;
  const hash = nationalIdLookupHash(hashKey(db), kind, result.normalized);
  const row = db
    .prepare('SELECT id FROM participants WHERE national_id_hash = ?')
    .get<{ id: number }>([hash]);
  return row?.id ?? null;
}

/**
 * The person a full national ID (10 digits: CPR; 11: Norwegian) belongs to, spaces and hyphens
 * ignored, through the keyed hash; null for anything else or nobody.
 */
export function findByAnyNationalId(db: Database, text: string): number | null {
  const digits = text.replace(/[\s\-\u2010-\u2013]/gu, '');
  if (!/^[0-9]{10,11}$/u.test(digits)) return null;
  return findByNationalId(db, { country: digits.length === 10 ? 'DK' : 'NO', value: digits });
}

/**
 * The name a consultant types to confirm an erasure: given and family name as stored (NFC, one
 * space between). Throws DomainError `notFound` ('participant') for an unknown id. Personal data:
 * compare it, never log it.
 */
export function participantFullName(db: Database, id: number): string {
  const row = db
    .prepare("SELECT given_name || ' ' || family_name AS name FROM participants WHERE id = ?")
    .get<{ name: string }>([id]);
  if (!row) throw notFound('participant');
  return row.name;
}

/**
 * The participant's random audit reference (the audit log never names the person). Throws
 * DomainError notFound('participant').
 */
export function participantAuditRef(db: Database, id: number): string {
  const row = db
    .prepare('SELECT audit_ref FROM participants WHERE id = ?')
    .get<{ audit_ref: string }>([id]);
  if (!row) throw notFound('participant');
  return row.audit_ref;
}

function checkNationalId(
  db: Database,
  input: NationalIdInput,
  selfId: number | null,
  now: Date,
): {
  kind: StoredIdKind;
  digits: string | null;
  hash: string | null;
  warnings: NationalIdWarningCode[];
} {
  if (input.country === 'none') return { kind: 'none', digits: null, hash: null, warnings: [] };
  const kind: NationalIdKind = input.country === 'DK' ? 'cpr' : 'norwegian';
  const result = validateNationalId(kind, input.value ?? '', { today: now });
  if (!result.valid || !result.normalized || !result.form) {
    throw new DomainError(
      'invalidNationalId',
      'nationalId.value',
      result.errors.map((e) => e.code),
    );
  }
  const hash = nationalIdLookupHash(hashKey(db), kind, result.normalized);
  const other = db
    .prepare('SELECT id FROM participants WHERE national_id_hash = ? AND id IS NOT ?')
    .get<{ id: number }>([hash, selfId]);
  // The other person's row id (never a name or number), so the window can link to them.
  if (other)
    throw new DomainError('duplicateNationalId', 'nationalId.value', [`participant:${other.id}`]);
  const stored: StoredIdKind =
    kind === 'cpr'
      ? 'cpr'
      : result.form === 'd-number'
        ? 'd-number'
        : result.form === 'h-number'
          ? 'h-number'
          : 'fnr';
  return {
    kind: stored,
    digits: result.normalized,
    hash,
    warnings: result.warnings.map((w) => w.code),
  };
}

function hashKey(db: Database): Buffer {
  const row = db
    .prepare("SELECT value FROM meta WHERE key = 'nationalIdHashKey'")
    .get<{ value: string }>();
  if (!row) throw new Error('vault has no national-ID hash key');
  return Buffer.from(row.value, 'hex');
}

function toParticipant(row: Row): Participant {
  const country: NationalIdKind = row.national_id_kind === 'cpr' ? 'cpr' : 'norwegian';
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    nationalIdKind: row.national_id_kind,
    nationalIdMasked: row.national_id ? maskNationalId(country, row.national_id) : null,
    email: row.email,
    phone: row.phone,
    address: row.address,
    lastContactAt: row.last_contact_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A phone number or address as stored: NFC like every text (domain/text.ts), null when absent. */
function contact(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : normalizeFreeText(value);
}
