// Reads everything the vault holds about one person, for the access copy (GDPR art. 15, 20):
// their row, programmes and enrolments, notes with addenda, assessments, consents, documents
// (metadata here, bytes apart), the recruitment profile and its photo, the audit entries naming their audit reference, their requests
// and corrections, postponements of their retention items, the retention rules with the day each deletes, and
// any other table that names them by participant_id. SQL only here.
import { readIssuer } from '../domain/issuer';
import { notFound } from '../domain/errors';
import { localDate } from '../retention/calendar';
import type { Database, Row, SqlParams } from '../vault/database';
import { AccessCopyData } from './access-data-schema';
import type { AccessLocale } from './access-passphrase';
import { retentionFor } from './access-retention';

/** Tables read by name below; any other table with a participant_id column goes to `additional`. */
const KNOWN_TABLES = new Set([
  'participants',
  'enrolments',
  'notes',
  'note_addenda',
  'assessments',
  'consents',
  'documents',
  'document_contents',
  'requests',
  'corrections',
  'disclosures',
  'profiles',
  'profile_photos',
]);

/** A document's original bytes and the name it is attached under. */
export type AccessAttachment = Readonly<{ name: string; mimeType: string; bytes: Uint8Array }>;

export type AccessContent = Readonly<{ data: AccessCopyData; attachments: AccessAttachment[] }>;

/**
 * Everything about participant `participantId`, validated by the strict `AccessCopyData` schema,
 * and each document's bytes. `now` and `timeZone` (IANA) date the copy and the retention dates.
 * Reads only; the caller audits the export.
 * @throws DomainError notFound('participant'); ZodError if the vault holds a column the schema
 *   does not name (a migration added one: name it in access-data-schema.ts).
 */
export function loadAccessContent(
  db: Database,
  input: Readonly<{
    participantId: number;
    locale: AccessLocale;
    requestId: number | null;
    now: Date;
    timeZone: string;
  }>,
): AccessContent {
  const id = input.participantId;
  const participant = row(db, 'SELECT * FROM participants WHERE id = ?', [id]);
  if (!participant) throw notFound('participant');
  const addenda = rows(
    db,
    `SELECT a.* FROM note_addenda a JOIN notes n ON n.id = a.note_id
     WHERE n.participant_id = ? ORDER BY a.created_at, a.id`,
    [id],
  );
  const notes = rows(db, 'SELECT * FROM notes WHERE participant_id = ? ORDER BY occurred_at, id', [
    id,
  ]).map((n) => ({ ...n, addenda: addenda.filter((a) => a.noteId === n.id) }));
  const documents = rows(db, 'SELECT * FROM documents WHERE participant_id = ? ORDER BY id', [id]);
  const profile = row(db, 'SELECT * FROM profiles WHERE participant_id = ?', [id]);
  const photo = row(
    db,
    'SELECT participant_id, mime_type, size, sha256, created_at FROM profile_photos WHERE participant_id = ?',
    [id],
  );
  // The photo's attachment is named like a document's, after them, so no name is taken twice.
  const names = attachmentNames([
    ...documents.map((d) => String(d.fileName)),
    ...(photo ? [`profile-photo.${photo.mimeType === 'image/png' ? 'png' : 'jpg'}`] : []),
  ]);
  const issuer = readIssuer(db);
  const data = AccessCopyData.parse({
    format: 'fortrolig-access-copy',
    version: 1,
    generatedAt: input.now.toISOString(),
    locale: input.locale,
    timeZone: input.timeZone,
    controller: issuer,
    requestId: input.requestId,
    participant,
    programmes: rows(
      db,
      `SELECT * FROM programmes WHERE id IN (
         SELECT programme_id FROM enrolments WHERE participant_id = $id
         UNION SELECT programme_id FROM notes WHERE participant_id = $id
         UNION SELECT programme_id FROM assessments WHERE participant_id = $id
         UNION SELECT programme_id FROM documents WHERE participant_id = $id) ORDER BY starts_on, id`,
      { id },
    ),
    enrolments: rows(
      db,
      'SELECT * FROM enrolments WHERE participant_id = ? ORDER BY enrolled_on, id',
      [id],
    ),
    notes,
    assessments: rows(
      db,
      'SELECT * FROM assessments WHERE participant_id = ? ORDER BY taken_on, id',
      [id],
    ).map((a) => ({ ...a, scores: JSON.parse(String(a.scores)) as unknown })),
    consents: rows(db, 'SELECT * FROM consents WHERE participant_id = ? ORDER BY given_on, id', [
      id,
    ]),
    documents: documents.map((d, i) => ({ ...d, attachmentName: names[i] })),
    profile: profile ? withLists(profile) : null,
    profilePhoto: photo ? { ...photo, attachmentName: names[documents.length] } : null,
    audit: rows(db, 'SELECT * FROM audit_log WHERE subject_ref = ? ORDER BY at, id', [
      participant.auditRef ?? null,
    ]),
    requests: rows(db, 'SELECT * FROM requests WHERE participant_id = ? ORDER BY received_on, id', [
      id,
    ]),
    corrections: rows(
      db,
      'SELECT * FROM corrections WHERE participant_id = ? ORDER BY changed_at, id',
      [id],
    ),
    retentionPostponements: postponementsOf(db, id),
    retention: retentionFor(db, id, input.now, input.timeZone),
    disclosures: hasTable(db, 'disclosures')
      ? rows(db, 'SELECT * FROM disclosures WHERE participant_id = ? ORDER BY shared_on, id', [id])
      : [],
    additional: otherTables(db, id),
  });
  const bytes = db.prepare('SELECT bytes FROM document_contents WHERE document_id = ?');
  const attachments = data.documents.map((d) => ({
    name: d.attachmentName,
    mimeType: d.mimeType,
    bytes: bytes.get<{ bytes: Uint8Array<ArrayBuffer> }>([d.id])?.bytes ?? new Uint8Array(0),
  }));
  if (data.profilePhoto)
    attachments.push({
      name: data.profilePhoto.attachmentName,
      mimeType: data.profilePhoto.mimeType,
      bytes:
        db
          .prepare('SELECT bytes FROM profile_photos WHERE participant_id = ?')
          .get<{ bytes: Uint8Array<ArrayBuffer> }>([id])?.bytes ?? new Uint8Array(0),
    });
  return { data, attachments };
}

/** The local date (YYYY-MM-DD) a copy made at `now` carries in its file name. */
export function accessCopyDate(now: Date, timeZone: string): string {
  return localDate(now, timeZone);
}

/**
 * Attachment names: each document's own file name, with path separators and control characters
 * replaced, and " (2)", " (3)" … before the extension when two are the same (ignoring case) or
 * one is called data.json (which is the copy's own).
 */
export function attachmentNames(fileNames: readonly string[]): string[] {
  const taken = new Set(['data.json']);
  return fileNames.map((raw) => {
    // eslint-disable-next-line no-control-regex
    const clean = raw.replace(/[/\\\u0000-\u001f\u007f]/g, '_').trim() || 'document';
    const dot = clean.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ''];
    let name = clean;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n})${ext}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A profile row with its list columns parsed from their JSON text. */
function withLists(profile: Row): Record<string, unknown> {
  const lists = [
    'workExperience',
    'jobReferences',
    'qualifications',
    'certificates',
    'languages',
    'evaluations',
  ];
  return Object.fromEntries(
    Object.entries(profile).map(([k, v]) => [
      k,
      lists.includes(k) ? (JSON.parse(String(v)) as unknown) : v,
    ]),
  );
}

/** Postponements of an item on the person, one of their documents or one of their agreements. */
function postponementsOf(db: Database, id: number): Row[] {
  const keys = [
    `%:participant:${id}`,
    ...rows(db, 'SELECT id FROM documents WHERE participant_id = ?', [id]).map(
      (d) => `%:document:${String(d.id)}`,
    ),
    ...rows(db, 'SELECT id FROM consents WHERE participant_id = ?', [id]).map(
      (c) => `%:consent:${String(c.id)}`,
    ),
  ];
  return rows(
    db,
    `SELECT * FROM retention_postponements
     WHERE EXISTS (SELECT 1 FROM json_each(?) k WHERE item_key LIKE k.value) ORDER BY recorded_at, id`,
    [JSON.stringify(keys)],
  );
}

/**
 * Rows of every other table with a participant_id column, by table name. Virtual tables are
 * left out: the search index only repeats text the copy already holds.
 */
function otherTables(db: Database, id: number): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  const tables = db
    .prepare(
      `SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
       WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND c.name = 'participant_id'
       ORDER BY m.name`,
    )
    .all<{ name: string }>();
  for (const { name } of tables) {
    if (KNOWN_TABLES.has(name) || !/^[a-z_][a-z0-9_]*$/.test(name)) continue;
    out[name] = rows(db, `SELECT * FROM "${name}" WHERE participant_id = ? ORDER BY rowid`, [id]);
  }
  return out;
}

function hasTable(db: Database, name: string): boolean {
  return !!db
    .prepare("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get([name]);
}

function rows(db: Database, sql: string, params: SqlParams): Row[] {
  return db.prepare(sql).all(params).map(camelCased);
}

function row(db: Database, sql: string, params: SqlParams): Row | undefined {
  const found = db.prepare(sql).get(params);
  return found && camelCased(found);
}

/** `given_name` → `givenName`, for every column of a row. */
function camelCased(r: Readonly<Row>): Row {
  return Object.fromEntries(
    Object.entries(r).map(([k, v]) => [
      k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
      v,
    ]),
  );
}
