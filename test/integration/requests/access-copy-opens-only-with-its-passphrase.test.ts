// The access copy (issue 9, item 2), read back with Debian's qpdf and Poppler as a person's PDF
// reader would: AES-256, closed without the passphrase; with it, the report in da, nb and en shows
// a note, its addendum, an assessment summary and the supervisory authority; the attachments are
// data.json and every document under its own name; data.json passes the zod schema and holds
// every column the vault holds about the person; no plaintext is left in the data or temp folder;
// the audit records the export and the request is completed by it (never before the identity
// check).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../main/domain/audit';
import { DomainError } from '../../../main/domain/errors';
import { exportAccessCopy } from '../../../main/requests/access-copy';
import { AccessCopyData } from '../../../main/requests/access-data-schema';
import { getRequest } from '../../../main/requests/register';
import type { Vault } from '../../../main/vault/vault';
import {
  ACCESS_NOW,
  LEAK_MARKERS,
  MARKERS,
  accessCase,
  type AccessCase,
} from '../../support/access-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const TZ = 'Europe/Copenhagen';

/**
 * The copy opened with its passphrase, in memory. Poppler's command-line tools keep at most 32
 * characters of -upw (a fixed 33-byte buffer in pdftotext.cc and pdfdetach.cc), while an AES-256
 * password may be 127 bytes and the 8-word passphrase is about 50: so qpdf, which takes the whole
 * passphrase, opens the file, and Poppler reads the opened bytes from stdin (fd://0). Nothing
 * decrypted touches the disk, so the leak scan below stays meaningful.
 */
function opened(file: string, passphrase: string): Buffer {
  return execFileSync('qpdf', [`--password=${passphrase}`, '--decrypt', file, '-'], {
    maxBuffer: 256 * 1024 * 1024,
  });
}

function pdfText(file: string, passphrase: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', 'fd://0', '-'], {
    input: opened(file, passphrase),
    encoding: 'utf8',
  });
}

/** The attachments' names as pdfdetach -list shows them, in its order. */
function attachments(file: string, passphrase: string): string[] {
  const out = execFileSync('pdfdetach', ['-list', '-enc', 'UTF-8', 'fd://0'], {
    input: opened(file, passphrase),
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.replace(/^\d+: /, ''));
}

/** One attachment's bytes, by name (qpdf --show-attachment writes them to stdout). */
function attachment(file: string, passphrase: string, name: string): Buffer {
  return execFileSync('qpdf', [`--password=${passphrase}`, `--show-attachment=${name}`, file], {
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Files under `dir` changed since `since` (ms), skipping what cannot be read. */
function filesSince(dir: string, since: number, depth = 3): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    try {
      const s = statSync(path);
      if (s.isDirectory()) return depth > 0 ? filesSince(path, since, depth - 1) : [];
      return s.isFile() && s.mtimeMs >= since && s.size < 64 * 1024 * 1024 ? [path] : [];
    } catch {
      return [];
    }
  });
}

function leaks(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return [];
    }
    return LEAK_MARKERS.flatMap((m) =>
      (['utf8', 'utf16le', 'latin1'] as const)
        .filter((enc) => bytes.includes(Buffer.from(m, enc)))
        .map((enc) => `${path}: ${m}/${enc}`),
    );
  });
}

describe('access copy', () => {
  let dir: string;
  let out: string;
  let vault: Vault;
  let c: AccessCase;
  const started = Date.now();

  beforeAll(async () => {
    dir = tempDir();
    out = tempDir('fortrolig-out-');
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    c = accessCase(vault.db);
  });
  afterAll(() => {
    vault.lock();
    removeDir(dir);
    removeDir(out);
  });

  it.each([
    ['da', 'DK', 'indsigt-2026-11-29.pdf', 'Carl Jacobsens Vej 35'],
    ['nb', 'NO', 'innsyn-2026-11-29.pdf', 'Postboks 458 Sentrum'],
    ['en', 'DK', 'access-copy-2026-11-29.pdf', 'Carl Jacobsens Vej 35'],
  ] as const)(
    'in %s: AES-256, closed without the passphrase, and with it the notes, addendum, summary and Datatilsynet',
    async (locale, country, fileName, address) => {
      const person = country === 'DK' ? c.danish : c.norwegian;
      const copy = await exportAccessCopy(vault.db, {
        participantId: person,
        locale,
        folder: out,
        actor: 'Kirsten Bang',
        now: ACCESS_NOW,
        timeZone: TZ,
      });
      expect(copy.fileName).toBe(fileName);
      expect(copy.path).toBe(join(out, fileName));
      expect(copy.passphrase.split('-')).toHaveLength(8);

      const encryption = execFileSync(
        'qpdf',
        ['--show-encryption', `--password=${copy.passphrase}`, copy.path],
        { encoding: 'utf8' },
      );
      expect(encryption).toMatch(/^R = [56]$/m);
      expect(encryption).toMatch(/stream encryption method: AESv3/);
      expect(encryption).toMatch(/string encryption method: AESv3/);
      expect(encryption).toMatch(/file encryption method: AESv3/);

      const closed = spawnSync('pdftotext', [copy.path, '-'], { encoding: 'utf8' });
      expect(closed.status).not.toBe(0);
      expect(closed.stdout).toBe('');
      expect(closed.stderr).toMatch(/Incorrect password/);
      const wrong = spawnSync('qpdf', ['--password=korrekt-hest', '--decrypt', copy.path, '-']);
      expect(wrong.status).not.toBe(0);
      expect(wrong.stdout.length).toBe(0);

      const text = pdfText(copy.path, copy.passphrase).replace(/\s+/g, ' ');
      for (const marker of [MARKERS.note, MARKERS.addendum, MARKERS.summary])
        expect(text).toContain(marker);
      expect(text).toContain('Datatilsynet');
      expect(text).toContain(address);
      // The person's name in any script, and the national ID in full.
      if (country === 'DK') expect(text).toContain('Søren Ærø-Łukasz');
      if (country === 'DK') expect(text).toContain('070761-4285');
      // Each score with its own scale, in the copy's language and number format.
      if (country === 'DK')
        for (const score of locale === 'da'
          ? ['7 (skala 0–10)', '5,5 (skala 0–10)', '3 (skala 1–5)']
          : ['7 (scale 0–10)', '5.5 (scale 0–10)', '3 (scale 1–5)'])
          expect(text).toContain(score);
      // Art. 18: the restriction and its reason (the Norwegian person's data is restricted).
      if (locale === 'nb') expect(text).toContain('Begrenset fra 22. november 2026');
      if (locale === 'nb') expect(text).toContain('Bestrider at opplysningene er riktige');
    },
  );

  it('attaches data.json and each document under its own name; the bytes are the originals', async () => {
    const copy = await exportAccessCopy(vault.db, {
      participantId: c.danish,
      locale: 'da',
      folder: out,
      actor: 'KB',
      now: ACCESS_NOW,
      timeZone: TZ,
    });
    const names = attachments(copy.path, copy.passphrase);
    const expected = [
      'data.json',
      'CV Søren Ærø.pdf',
      'Ansøgning.docx',
      'CV Søren Ærø (2).pdf',
      'data (2).json',
    ];
    // The recruitment profile's photo after the documents.
    expect([...names].sort()).toEqual([...expected, 'profile-photo.png'].sort());
    c.documents.forEach((doc, i) => {
      const bytes = attachment(copy.path, copy.passphrase, expected[i + 1]!);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
    });
  });

  it('data.json passes the schema and holds every column of every row the vault holds about the person', async () => {
    const copy = await exportAccessCopy(vault.db, {
      participantId: c.danish,
      folder: out,
      actor: 'KB',
      now: ACCESS_NOW,
      timeZone: TZ,
    });
    expect(copy.locale).toBe('da');
    const data = AccessCopyData.parse(
      JSON.parse(attachment(copy.path, copy.passphrase, 'data.json').toString('utf8')),
    );
    const db = vault.db;
    const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
    /** Every column of `rows` equals the same-named field of the exported object with its id. */
    const roundTrips = (table: string, rows: Record<string, unknown>[], exported: unknown[]) => {
      expect(rows.length, table).toBeGreaterThan(0);
      expect(exported, table).toHaveLength(rows.length);
      for (const row of rows) {
        const twin = (exported as Record<string, unknown>[]).find((e) => e.id === row.id);
        expect(twin, `${table} ${String(row.id)}`).toBeDefined();
        for (const [column, value] of Object.entries(row)) {
          const expected = column === 'scores' ? JSON.parse(String(value)) : value;
          expect(twin![camel(column)], `${table}.${column}`).toEqual(expected);
        }
      }
    };
    const of = (sql: string, ...params: (string | number)[]) =>
      db.prepare(sql).all(params) as Record<string, unknown>[];
    const id = c.danish;
    roundTrips('participants', of('SELECT * FROM participants WHERE id = ?', id), [
      data.participant,
    ]);
    roundTrips(
      'programmes',
      of(
        'SELECT * FROM programmes WHERE id IN (SELECT programme_id FROM enrolments WHERE participant_id = ?)',
        id,
      ),
      data.programmes,
    );
    roundTrips(
      'enrolments',
      of('SELECT * FROM enrolments WHERE participant_id = ?', id),
      data.enrolments,
    );
    roundTrips('notes', of('SELECT * FROM notes WHERE participant_id = ?', id), data.notes);
    roundTrips(
      'note_addenda',
      of(
        'SELECT * FROM note_addenda WHERE note_id IN (SELECT id FROM notes WHERE participant_id = ?)',
        id,
      ),
      data.notes.flatMap((n) => n.addenda),
    );
    roundTrips(
      'assessments',
      of('SELECT * FROM assessments WHERE participant_id = ?', id),
      data.assessments,
    );
    roundTrips(
      'consents',
      of('SELECT * FROM consents WHERE participant_id = ?', id),
      data.consents,
    );
    roundTrips(
      'documents',
      of('SELECT * FROM documents WHERE participant_id = ?', id),
      data.documents,
    );
    // The copy holds every entry up to its own export, which is recorded after it is written.
    roundTrips(
      'audit_log',
      of(
        'SELECT * FROM audit_log WHERE subject_ref = (SELECT audit_ref FROM participants WHERE id = ?) ORDER BY id',
        id,
      ).slice(0, -1),
      data.audit,
    );
    roundTrips(
      'requests',
      of('SELECT * FROM requests WHERE participant_id = ?', id),
      data.requests,
    );
    roundTrips(
      'corrections',
      of('SELECT * FROM corrections WHERE participant_id = ?', id),
      data.corrections,
    );
    roundTrips(
      'retention_postponements',
      of(
        'SELECT * FROM retention_postponements WHERE item_key = ?',
        `lastContact:sessionNotes:participant:${id}`,
      ),
      data.retentionPostponements,
    );
    // The recruitment profile: every column, its lists parsed from their JSON text; the photo's
    // facts (its bytes are attached).
    const [profile] = of('SELECT * FROM profiles WHERE participant_id = ?', id);
    expect(profile).toBeDefined();
    for (const [column, value] of Object.entries(profile!))
      expect(
        (data.profile as Record<string, unknown>)[camel(column)],
        `profiles.${column}`,
      ).toEqual(typeof value === 'string' && value.startsWith('[') ? JSON.parse(value) : value);
    const [photo] = of(
      'SELECT participant_id, mime_type, size, sha256, created_at FROM profile_photos WHERE participant_id = ?',
      id,
    );
    for (const [column, value] of Object.entries(photo!))
      expect((data.profilePhoto as Record<string, unknown>)[camel(column)], column).toEqual(value);
    expect(attachment(copy.path, copy.passphrase, data.profilePhoto!.attachmentName)).toHaveLength(
      9,
    );
    // Every table that names a person by participant_id is either read above or carried whole.
    const tables = of(
      `SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
       WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND c.name = 'participant_id'`,
    ).map((t) => String(t.name));
    const covered = [
      'participants',
      'enrolments',
      'notes',
      'assessments',
      'consents',
      'documents',
      'requests',
      'corrections',
      'disclosures',
      'profiles',
      'profile_photos',
    ];
    for (const table of tables.filter((t) => !covered.includes(t)))
      expect(data.additional[table], table).toEqual(
        of(`SELECT * FROM "${table}" WHERE participant_id = ? ORDER BY rowid`, id).map((row) =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v])),
        ),
      );
    // The retention rule and the day each category goes, from the due computation.
    expect(data.retention.find((r) => r.category === 'sessionNotes')).toMatchObject({
      presetId: 'dk-jobcentre-coaching',
      trigger: 'programmeEnd',
      deleteOn: '2026-12-31',
    });
    expect(
      data.retention.find((r) => r.category === 'documents.cv' && r.trigger === 'reconfirmation'),
    ).toMatchObject({ period: 'P6M', deleteOn: '2027-05-22' });
  });

  it('leaves no plaintext of the copy in the data folder or the temp folder (and the scan finds a planted one)', async () => {
    const copy = await exportAccessCopy(vault.db, {
      participantId: c.danish,
      locale: 'da',
      folder: out,
      actor: 'KB',
      now: ACCESS_NOW,
      timeZone: TZ,
    });
    const scanned = [...filesSince(dir, started), ...filesSince(tmpdir(), started), copy.path];
    expect(scanned).toContain(copy.path);
    expect(leaks(scanned)).toEqual([]);
    // Positive control: the same scan finds the markers once data.json is saved in the clear.
    const scratch = tempDir('fortrolig-detach-');
    try {
      writeFileSync(
        join(scratch, 'data.json'),
        attachment(copy.path, copy.passphrase, 'data.json'),
      );
      expect(leaks(filesSince(scratch, started)).length).toBeGreaterThan(0);
    } finally {
      removeDir(scratch);
    }
  });

  it('is refused before the identity check; afterwards it completes the request and the audit records who, when and which request', async () => {
    const folderBefore = readdirSync(out).length;
    await expect(
      exportAccessCopy(vault.db, {
        participantId: c.norwegian,
        requestId: c.uncheckedRequest,
        folder: out,
        actor: 'KB',
        now: ACCESS_NOW,
        timeZone: TZ,
      }),
    ).rejects.toMatchObject({ code: 'identityNotChecked' } satisfies Partial<DomainError>);
    expect(readdirSync(out)).toHaveLength(folderBefore);

    const copy = await exportAccessCopy(vault.db, {
      participantId: c.danish,
      requestId: c.checkedRequest,
      folder: out,
      actor: 'Kirsten Bang',
      now: ACCESS_NOW,
      timeZone: TZ,
    });
    const request = getRequest(vault.db, c.checkedRequest);
    expect(request).toMatchObject({ status: 'completed', closedAt: ACCESS_NOW.toISOString() });
    expect(request.outcome).toContain(copy.fileName);
    const ref = vault.db
      .prepare('SELECT audit_ref FROM participants WHERE id = ?')
      .get<{ audit_ref: string }>([c.danish])!.audit_ref;
    expect(listAudit(vault.db, 1)[0]).toMatchObject({
      action: 'export',
      actor: 'Kirsten Bang',
      at: ACCESS_NOW.toISOString(),
      subjectRef: ref,
      detail: `accessCopy:request:${c.checkedRequest}`,
    });
    // A second answer to a completed request is refused.
    await expect(
      exportAccessCopy(vault.db, {
        participantId: c.danish,
        requestId: c.checkedRequest,
        folder: out,
        actor: 'KB',
        now: ACCESS_NOW,
        timeZone: TZ,
      }),
    ).rejects.toMatchObject({ code: 'requestClosed' });
    // The copy names the request it answers.
    expect(pdfText(copy.path, copy.passphrase)).toMatch(
      new RegExp(`Anmodning nr\\. ${c.checkedRequest}`),
    );
  });
});
