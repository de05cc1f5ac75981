// The recruitment profile (seeds/004): one optional profile and one optional photo per participant,
// read and saved whole; and what retention needs of it, per category (profile-vocabulary.ts).
import { createHash } from 'node:crypto';
import type { Database } from '../vault/database';
import { byteCount, instant, type ByteCount, type Instant } from './brands';
import { recordAudit } from './audit';
import { DomainError, notFound } from './errors';
import {
  MAX_PHOTO_BYTES,
  PROFILE_CATEGORIES,
  PROFILE_LISTS,
  type Gender,
  type MaritalStatus,
  type PhotoType,
  type ProfileCategory,
  type ProfileList,
  type SalaryCurrency,
  type SalaryPeriod,
} from './profile-vocabulary';
import { normalizeFreeText } from './text';

export type SalaryExpectation = Readonly<{
  /** Whole kroner. */
  amount: number;
  currency: SalaryCurrency;
  period: SalaryPeriod;
}>;

/** The profile's fields as the consultant writes them; every one optional (null or empty). */
export type ProfileFields = Readonly<
  {
    /** YYYY-MM-DD. */
    dateOfBirth: string | null;
    maritalStatus: MaritalStatus | null;
    gender: Gender | null;
    nationality: string | null;
    /** YYYY-MM-DD: the first day the person can start. */
    availableFrom: string | null;
    availability: string | null;
    salary: SalaryExpectation | null;
  } & Record<ProfileList, readonly string[]>
>;

export type ProfilePhotoInfo = Readonly<{
  mimeType: PhotoType;
  /** Bytes. */
  size: ByteCount;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  /** When it was added: ISO UTC. */
  createdAt: Instant;
}>;

export type RecruitmentProfile = Omit<ProfileFields, ProfileList> &
  Readonly<Record<ProfileList, string[]>> &
  Readonly<{
    participantId: number;
    photo: ProfilePhotoInfo | null;
    /** When the fields were last saved (ISO UTC); null when nothing has been written. */
    updatedAt: Instant | null;
  }>;

/** The list columns, in the vault's names ("references" is an SQL keyword). */
const LIST_COLUMNS: Readonly<Record<ProfileList, string>> = {
  workExperience: 'work_experience',
  references: 'job_references',
  qualifications: 'qualifications',
  certificates: 'certificates',
  languages: 'languages',
  evaluations: 'evaluations',
};

/** Per category of the profile row: the SQL (over alias `pf`) saying it holds something. */
const HELD: Readonly<Record<Exclude<ProfileCategory, 'profile.photo'>, string>> = {
  'profile.personal':
    '(pf.date_of_birth IS NOT NULL OR pf.marital_status IS NOT NULL OR pf.gender IS NOT NULL OR pf.nationality IS NOT NULL)',
  'profile.competence':
    "(pf.work_experience != '[]' OR pf.job_references != '[]' OR pf.qualifications != '[]' OR pf.certificates != '[]' OR pf.languages != '[]')",
  'profile.terms':
    '(pf.available_from IS NOT NULL OR pf.availability IS NOT NULL OR pf.salary_amount IS NOT NULL)',
  'profile.evaluations': "(pf.evaluations != '[]')",
};

/** Per category of the profile row: the assignments that empty it. */
const CLEAR: Readonly<Record<Exclude<ProfileCategory, 'profile.photo'>, string>> = {
  'profile.personal':
    'date_of_birth = NULL, marital_status = NULL, gender = NULL, nationality = NULL',
  'profile.competence':
    "work_experience = '[]', job_references = '[]', qualifications = '[]', certificates = '[]', languages = '[]'",
  'profile.terms':
    'available_from = NULL, availability = NULL, salary_amount = NULL, salary_currency = NULL, salary_period = NULL',
  'profile.evaluations': "evaluations = '[]'",
};

type ProfileRow = {
  dateOfBirth: string | null;
  maritalStatus: MaritalStatus | null;
  gender: Gender | null;
  nationality: string | null;
  availableFrom: string | null;
  availability: string | null;
  salaryAmount: number | null;
  salaryCurrency: SalaryCurrency | null;
  salaryPeriod: SalaryPeriod | null;
  updatedAt: Instant;
} & Record<ProfileList, string>;

/**
 * The participant's profile: every field (null or empty when not recorded), the photo's info (no
 * bytes) and when it was last saved. A participant without a profile gets an empty one.
 * @throws DomainError notFound('participant').
 */
export function getProfile(db: Database, participantId: number): RecruitmentProfile {
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([participantId]))
    throw notFound('participant');
  const row = db
    .prepare(
      `SELECT date_of_birth AS dateOfBirth, marital_status AS maritalStatus, gender, nationality,
         ${PROFILE_LISTS.map((l) => `${LIST_COLUMNS[l]} AS "${l}"`).join(', ')},
         available_from AS availableFrom, availability, salary_amount AS salaryAmount,
         salary_currency AS salaryCurrency, salary_period AS salaryPeriod, updated_at AS updatedAt
       FROM profiles WHERE participant_id = ?`,
    )
    .get<ProfileRow>([participantId]);
  const photo =
    db
      .prepare(
        'SELECT mime_type AS mimeType, size, sha256, created_at AS createdAt FROM profile_photos WHERE participant_id = ?',
      )
      .get<ProfilePhotoInfo>([participantId]) ?? null;
  const lists = Object.fromEntries(
    PROFILE_LISTS.map((l) => [l, row ? (JSON.parse(row[l]) as string[]) : []]),
  ) as Record<ProfileList, string[]>;
  return {
    participantId,
    dateOfBirth: row?.dateOfBirth ?? null,
    maritalStatus: row?.maritalStatus ?? null,
    gender: row?.gender ?? null,
    nationality: row?.nationality ?? null,
    ...lists,
    availableFrom: row?.availableFrom ?? null,
    availability: row?.availability ?? null,
    salary:
      row && row.salaryAmount !== null && row.salaryCurrency && row.salaryPeriod
        ? { amount: row.salaryAmount, currency: row.salaryCurrency, period: row.salaryPeriod }
        : null,
    photo,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** A text as stored: NFC, trimmed; null when nothing is left. */
function storedText(raw: string | null): string | null {
  const text = raw === null ? '' : normalizeFreeText(raw).trim();
  return text === '' ? null : text;
}

/**
 * Saves the whole profile (every field replaced; list entries trimmed, empty ones dropped, texts
 * NFC), `now` its update instant (ISO UTC). A profile left with nothing in it is removed, so
 * retention sees nothing held. The photo is kept apart (setProfilePhoto). Returns the profile.
 * @throws DomainError notFound('participant').
 */
export function saveProfile(
  db: Database,
  participantId: number,
  fields: ProfileFields,
  now: Date,
): RecruitmentProfile {
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([participantId]))
    throw notFound('participant');
  const lists = PROFILE_LISTS.map((l) =>
    JSON.stringify(fields[l].map((e) => storedText(e)).filter((e): e is string => e !== null)),
  );
  const values = [
    fields.dateOfBirth,
    fields.maritalStatus,
    fields.gender,
    storedText(fields.nationality),
    ...lists,
    fields.availableFrom,
    storedText(fields.availability),
    fields.salary?.amount ?? null,
    fields.salary?.currency ?? null,
    fields.salary?.period ?? null,
  ];
  const at = now.toISOString();
  db.transaction(() => {
    if (values.every((v) => v === null || v === '[]')) {
      db.prepare('DELETE FROM profiles WHERE participant_id = ?').run([participantId]);
      return;
    }
    const columns = [
      'date_of_birth',
      'marital_status',
      'gender',
      'nationality',
      ...PROFILE_LISTS.map((l) => LIST_COLUMNS[l]),
      'available_from',
      'availability',
      'salary_amount',
      'salary_currency',
      'salary_period',
    ];
    db.prepare(
      `INSERT INTO profiles (participant_id, ${columns.join(', ')}, created_at, updated_at)
       VALUES (?, ${columns.map(() => '?').join(', ')}, ?, ?)
       ON CONFLICT (participant_id) DO UPDATE SET
         ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = excluded.updated_at`,
    ).run([participantId, ...values, at, at]);
  });
  return getProfile(db, participantId);
}

/** The type the first bytes say, if JPEG (FF D8 FF) or PNG (89 'PNG' CR LF 1A LF); else null. */
export function photoTypeOf(bytes: Uint8Array): PhotoType | null {
  const starts = (sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

/**
 * Keeps the participant's photo in the vault (replacing any earlier one), `now` its instant.
 * Returns its info. Throws DomainError 'documentTooLarge' (field 'photo') over MAX_PHOTO_BYTES
 * (5 MiB) or when empty, 'validation' (field 'photo', detail 'photoType') when its bytes are not
 * the JPEG or PNG its type says, notFound('participant').
 */
export function setProfilePhoto(
  db: Database,
  participantId: number,
  photo: Readonly<{ mimeType: PhotoType; bytes: Uint8Array }>,
  now: Date,
): ProfilePhotoInfo {
  if (photo.bytes.length === 0 || photo.bytes.length > MAX_PHOTO_BYTES)
    throw new DomainError('documentTooLarge', 'photo');
  if (photoTypeOf(photo.bytes) !== photo.mimeType)
    throw new DomainError('validation', 'photo', ['photoType']);
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([participantId]))
    throw notFound('participant');
  const sha256 = createHash('sha256').update(photo.bytes).digest('hex');
  db.prepare(
    `INSERT INTO profile_photos (participant_id, mime_type, size, sha256, bytes, created_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (participant_id) DO UPDATE SET mime_type = excluded.mime_type, size = excluded.size,
       sha256 = excluded.sha256, bytes = excluded.bytes, created_at = excluded.created_at`,
  ).run([
    participantId,
    photo.mimeType,
    photo.bytes.length,
    sha256,
    new Uint8Array(photo.bytes),
    now.toISOString(),
  ]);
  return {
    mimeType: photo.mimeType,
    size: byteCount(photo.bytes.length),
    sha256,
    createdAt: instant(now),
  };
}

/**
 * The participant's photo: its type and bytes as stored.
 * @throws DomainError notFound('photo') when there is none.
 */
export function profilePhoto(
  db: Database,
  participantId: number,
): { mimeType: PhotoType; bytes: Uint8Array } {
  const row = db
    .prepare('SELECT mime_type AS mimeType, bytes FROM profile_photos WHERE participant_id = ?')
    .get<{ mimeType: PhotoType; bytes: Uint8Array<ArrayBuffer> }>([participantId]);
  if (!row) throw notFound('photo');
  return row;
}

/**
 * Deletes the participant's photo (audited: 'profilePhoto', never the image), its pages zeroed
 * (secure_delete) and the WAL checkpointed. @throws DomainError notFound('photo').
 */
export function deleteProfilePhoto(
  db: Database,
  participantId: number,
  actor: string,
  now: Date,
): void {
  db.transaction(() => {
    const row = db
      .prepare(
        'SELECT p.audit_ref AS ref FROM profile_photos f JOIN participants p ON p.id = f.participant_id WHERE f.participant_id = ?',
      )
      .get<{ ref: string }>([participantId]);
    if (!row) throw notFound('photo');
    db.prepare('DELETE FROM profile_photos WHERE participant_id = ?').run([participantId]);
    recordAudit(db, {
      at: now,
      actor,
      action: 'delete',
      subjectRef: row.ref,
      detail: 'profilePhoto',
    });
  });
  db.pragmaValue('wal_checkpoint(TRUNCATE)');
}

/**
 * SQL selecting (id: participant id, category, programmeId: NULL) for every profile category each
 * person holds, people limited by `where(column)` (an SQL condition on the given id column); for a
 * UNION with the other tables' holdings (retention/due-data.ts).
 */
export function profileHoldingsSql(where: (column: string) => string): string {
  const rows = (Object.keys(HELD) as (keyof typeof HELD)[]).map(
    (c) =>
      `SELECT pf.participant_id AS id, '${c}' AS category, NULL AS programmeId FROM profiles pf WHERE ${HELD[c]} AND ${where('pf.participant_id')}`,
  );
  rows.push(
    `SELECT participant_id AS id, 'profile.photo' AS category, NULL AS programmeId FROM profile_photos WHERE ${where('participant_id')}`,
  );
  return rows.join(' UNION ');
}

/** The profile categories the participant holds something in, in PROFILE_CATEGORIES order. */
export function profileCategoriesHeld(db: Database, participantId: number): ProfileCategory[] {
  const held = new Set(
    db
      .prepare(`SELECT category FROM (${profileHoldingsSql((col) => `${col} = $id`)})`)
      .all<{ category: string }>({ id: participantId })
      .map((r) => r.category),
  );
  return PROFILE_CATEGORIES.filter((c) => held.has(c));
}

/**
 * How many of the people `idsJson` (a JSON array of participant ids) hold something in each
 * profile category: counts for a purge's review and record (zero categories left out).
 */
export function profileCounts(db: Database, idsJson: string): Record<string, number> {
  const inIds = (col: string) => `${col} IN (SELECT value FROM json_each($ids))`;
  const counts: Record<string, number> = {};
  for (const r of db
    .prepare(`SELECT category, count(*) AS n FROM (${profileHoldingsSql(inIds)}) GROUP BY category`)
    .all<{ category: string; n: number }>({ ids: idsJson }))
    counts[r.category] = r.n;
  return counts;
}

/**
 * Empties the given categories of the participant's profile (the photo deleted), and removes the
 * profile row once nothing is left. Inside the caller's transaction (a purge or a tombstone).
 */
export function clearProfileCategories(
  db: Database,
  participantId: number,
  categories: readonly ProfileCategory[],
): void {
  for (const c of categories) {
    if (c === 'profile.photo')
      db.prepare('DELETE FROM profile_photos WHERE participant_id = ?').run([participantId]);
    else
      db.prepare(`UPDATE profiles SET ${CLEAR[c]} WHERE participant_id = ?`).run([participantId]);
  }
  db.prepare(
    `DELETE FROM profiles WHERE participant_id IN (SELECT pf.participant_id FROM profiles pf
       WHERE pf.participant_id = ? AND NOT (${Object.values(HELD).join(' OR ')}))`,
  ).run([participantId]);
}
