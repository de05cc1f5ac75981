// Failures of the machine, not of the vault, answer typed codes through the real IPC dispatch:
// a read-only data folder (storageReadOnly), a full disk (diskFull), a foreign-key miss
// (notFound), a NUL byte in search text (normal results). Real SQLCipher, real keychain, and as
// root real read-only mounts and a real full tmpfs; without root, the fallbacks named per test.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../main/ipc/contract';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import type { Core } from '../../main/ipc/handlers';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { MemoryLogger } from '../../main/vault/logger';
import type { OpenDatabase } from '../../main/vault/database';
import { openSqlCipher } from '../../main/vault/sqlcipher-driver';
import { Vault } from '../../main/vault/vault';
import { TEST_KDF, TEST_PASSPHRASE, removeDir, sha256File, tempDir } from '../support/temp-vault';

const IS_ROOT = process.getuid?.() === 0;
const NOW = new Date('2026-11-22T10:00:00Z');

/**
 * Can this process mount (root with CAP_SYS_ADMIN, as in the CI container)? Probed once.
 * FORTROLIG_TEST_NO_MOUNT=1 forces the fallbacks, to check them on a machine that can mount.
 */
const CAN_MOUNT = IS_ROOT && process.env.FORTROLIG_TEST_NO_MOUNT !== '1' && probeMount();

function probeMount(): boolean {
  const dir = tempDir('fortrolig-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, ...args: string[]): void {
  execFileSync(command, args, { stdio: 'pipe' });
}

/** Unmounts, lazily if a file in it is still held (the test then fails on its own assertions). */
function unmount(dir: string): void {
  try {
    run('umount', dir);
  } catch {
    run('umount', '-l', dir);
  }
}

type Host = Readonly<{ vault: Vault; dispatch: Dispatch; logger: MemoryLogger }>;

function host(dataDir: string, openDatabase?: OpenDatabase): Host {
  const logger = new MemoryLogger();
  const vault = new Vault({
    dataDir,
    keyStore: new KeytarKeyStore(),
    logger,
    kdfCost: TEST_KDF,
    ...(openDatabase ? { openDatabase } : {}),
  });
  const core: Core = { vault, dataDir, now: () => NOW };
  return { vault, dispatch: createDispatch(core, logger), logger };
}

/** The value of an answer that must be ok; fails the test with the error code otherwise. */
function ok<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}

/** Creates a vault with one Danish programme and one enrolled participant; returns their ids. */
async function caseload(dispatch: Dispatch) {
  ok(await dispatch('vault.create', { passphrase: TEST_PASSPHRASE }));
  const programme = ok(
    await dispatch('programmes.create', {
      name: 'Jobsøgning efterår',
      funder: 'Jobcenter Aarhus',
      country: 'DK',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
    }),
  ) as { id: number };
  const saved = ok(
    await dispatch('participants.create', {
      givenName: 'Søren',
      familyName: 'Ærø',
      nationalId: { country: 'DK', value: '070761-4285' },
      email: 'soeren@example.dk',
      phone: '+45 12 34 56 78',
      programmeId: programme.id,
      enrolledOn: '2026-09-01',
    }),
  ) as { participant: { id: number } };
  return { programmeId: programme.id, participantId: saved.participant.id };
}

function noteInput(ids: { programmeId: number; participantId: number }, body: string) {
  return { ...ids, occurredAt: '2026-11-20T10:00:00.000Z', kind: 'meeting', body };
}

async function notesOf(dispatch: Dispatch, participantId: number) {
  const page = ok(
    await dispatch('sessionNotes.listForParticipant', { participantId, limit: 100 }),
  ) as { notes: { id: number; body: string }[] };
  return page.notes.map((n) => ({ id: n.id, body: n.body })).sort((a, b) => a.id - b.id);
}

/** sha256 of every file in the folder, by name. */
function snapshot(dir: string): Record<string, string | null> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, sha256File(join(dir, name))]),
  );
}

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch {
      // best effort: the next cleanup must still run
    }
  }
});

/** Locks the vault and removes its keychain entry when the test ends. */
function disposeLater(h: Host): void {
  cleanups.push(async () => {
    const id = h.vault.vaultId();
    h.vault.lock();
    if (id) await new KeytarKeyStore().delete(keychainAccount(id)).catch(() => false);
  });
}

const READ_ONLY_VARIANT = CAN_MOUNT
  ? 'root: a read-only bind mount of the data folder'
  : IS_ROOT
    ? 'root without mount: chattr +i on the data folder and its files'
    : 'not root: chmod a-w on the data folder and its files';

describe(`a read-only data folder (${READ_ONLY_VARIANT})`, () => {
  /**
   * `writable` is the data folder; `view` shows the same files read-only. As root a read-only
   * bind mount, or the immutable attribute where mounting is not allowed (chmod alone does not
   * stop root); otherwise the write permissions are taken away. Without a mount the view is the
   * folder itself, so `writableWhile` lifts the protection while the writer opens the vault
   * (a file already open for writing stays writable, as with a drive that turns read-only).
   */
  function readOnlyView(writable: string) {
    if (CAN_MOUNT) {
      const view = tempDir('fortrolig-ro-view-');
      run('mount', '--bind', writable, view);
      run('mount', '-o', 'remount,bind,ro', view);
      cleanups.push(() => {
        unmount(view);
        rmSync(view, { recursive: true, force: true });
      });
      return { view, writableWhile: <T>(fn: () => Promise<T>) => fn() };
    }
    const paths = () => [...readdirSync(writable).map((name) => join(writable, name)), writable];
    const protect = () =>
      IS_ROOT ? run('chattr', '+i', ...paths()) : run('chmod', 'a-w', ...paths());
    const release = () =>
      IS_ROOT ? run('chattr', '-i', ...paths()) : run('chmod', 'u+w', ...paths());
    protect();
    cleanups.push(release);
    return {
      view: writable,
      writableWhile: async <T>(fn: () => Promise<T>) => {
        release();
        try {
          return await fn();
        } finally {
          protect();
        }
      },
    };
  }

  it('unlock answers storageReadOnly, and a note saved while it is open answers storageReadOnly; nothing changes', async () => {
    const dir = tempDir();
    cleanups.push(() => removeDir(dir));
    const writer = host(dir);
    disposeLater(writer);
    const ids = await caseload(writer.dispatch);
    const first = ok(
      await writer.dispatch('sessionNotes.createDraft', noteInput(ids, 'Første samtale: CV')),
    ) as { id: number };
    ok(await writer.dispatch('vault.lock', {}));
    const before = snapshot(dir);

    const { view, writableWhile } = readOnlyView(dir);
    const reader = host(view);
    disposeLater(reader);
    // Locked and read-only: SQLite cannot create the WAL index beside the file (SQLITE_CANTOPEN).
    expect(await reader.dispatch('vault.unlock', {})).toEqual({
      ok: false,
      error: { code: 'storageReadOnly' },
    });
    expect(snapshot(dir)).toEqual(before);

    // With the writer open, the WAL and its index exist, so the read-only view opens for reading;
    // every write through it fails, and answers storageReadOnly, not internal.
    ok(await writableWhile(() => writer.dispatch('vault.unlock', {})));
    ok(await reader.dispatch('vault.unlock', {}));
    const during = snapshot(dir);
    expect(
      await reader.dispatch('sessionNotes.createDraft', noteInput(ids, 'Anden samtale')),
    ).toEqual({ ok: false, error: { code: 'storageReadOnly' } });
    expect(
      await reader.dispatch('sessionNotes.saveDraft', { id: first.id, body: 'ændret' }),
    ).toEqual({ ok: false, error: { code: 'storageReadOnly' } });
    expect(snapshot(dir)).toEqual(during);
    expect(await notesOf(reader.dispatch, ids.participantId)).toEqual([
      { id: first.id, body: 'Første samtale: CV' },
    ]);
    expect(await notesOf(writer.dispatch, ids.participantId)).toEqual([
      { id: first.id, body: 'Første samtale: CV' },
    ]);
    expect(reader.logger.entries.filter((e) => e.event === 'ipc.failed')).toEqual([]);
  });
});

/** Full-disk variant: a real tmpfs when this process can mount, else a fault-injecting seam. */
const FULL_DISK_VARIANT = CAN_MOUNT
  ? 'root: a 12 MiB tmpfs filled to the last byte'
  : 'not root: the Database port seam raises SQLITE_FULL on every write';

describe(`a full disk (${FULL_DISK_VARIANT})`, () => {
  /** A 12 MiB tmpfs; returns the data folder inside it and a way to fill and free it. */
  function smallDisk() {
    const mountPoint = tempDir('fortrolig-full-');
    run('mount', '-t', 'tmpfs', '-o', 'size=12m,mode=0700', 'tmpfs', mountPoint);
    cleanups.push(() => {
      unmount(mountPoint);
      rmSync(mountPoint, { recursive: true, force: true });
    });
    const dataDir = join(mountPoint, 'Fortrolig');
    mkdirSync(dataDir, { mode: 0o700 });
    const filler = join(mountPoint, 'filler');
    return {
      dataDir,
      /** Writes until ENOSPC: after this not one more block is free. */
      fill: () => {
        const fd = openSync(filler, 'a');
        const chunk = Buffer.alloc(64 * 1024, 0x5a);
        try {
          for (;;) writeSync(fd, chunk);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
        } finally {
          closeSync(fd);
        }
        // Fill the last partial block too.
        const last = openSync(filler, 'a');
        try {
          for (;;) writeSync(last, Buffer.alloc(512, 0x5a));
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
        } finally {
          closeSync(last);
        }
      },
      free: () => rmSync(filler),
    };
  }

  /** A seam for machines where nothing can be mounted: writes fail with SQLITE_FULL while `full`. */
  function faultyDisk() {
    const dataDir = tempDir();
    cleanups.push(() => removeDir(dataDir));
    const state = { full: false };
    const isWrite = (sql: string) => /^\s*(INSERT|UPDATE|DELETE|REPLACE|COMMIT)\b/i.test(sql);
    const full = () =>
      Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const openDatabase: OpenDatabase = (path, key) => {
      const db = openSqlCipher(path, key);
      return {
        ...db,
        exec: (sql) => {
          if (state.full && isWrite(sql)) throw full();
          return db.exec(sql);
        },
        prepare: (sql) => {
          const stmt = db.prepare(sql);
          return {
            ...stmt,
            run: (params) => {
              if (state.full && isWrite(sql)) throw full();
              return stmt.run(params);
            },
          };
        },
      };
    };
    return {
      dataDir,
      openDatabase,
      fill: () => void (state.full = true),
      free: () => void (state.full = false),
    };
  }

  it('a note save answers diskFull, and the vault still opens and holds every acknowledged note', async () => {
    const disk = CAN_MOUNT ? { ...smallDisk(), openDatabase: undefined } : faultyDisk();
    const h = host(disk.dataDir, disk.openDatabase);
    disposeLater(h);
    const ids = await caseload(h.dispatch);
    const acknowledged: { id: number; body: string }[] = [];
    const draft = ok(
      await h.dispatch('sessionNotes.createDraft', noteInput(ids, 'Kladde før disken blev fuld')),
    ) as { id: number };
    acknowledged.push({ id: draft.id, body: 'Kladde før disken blev fuld' });

    disk.fill();
    // Writes may still fit in pages SQLite allocated earlier; keep writing until one does not.
    let answer: IpcResult<unknown> | null = null;
    for (let i = 0; i < 200; i++) {
      const body = Array.from({ length: 4000 }, (_, w) => `samtale${i}ord${w}`).join(' ');
      answer = await h.dispatch('sessionNotes.createDraft', noteInput(ids, body));
      if (!answer.ok) break;
      acknowledged.push({ id: (answer.value as { id: number }).id, body });
    }
    expect(answer).toEqual({ ok: false, error: { code: 'diskFull' } });
    expect(
      await h.dispatch('sessionNotes.saveDraft', { id: draft.id, body: 'x'.repeat(90_000) }),
    ).toEqual({ ok: false, error: { code: 'diskFull' } });
    expect(h.logger.entries.filter((e) => e.event === 'ipc.failed')).toEqual([]);
    expect(await notesOf(h.dispatch, ids.participantId)).toEqual(acknowledged);

    ok(await h.dispatch('vault.lock', {}));
    disk.free();
    ok(await h.dispatch('vault.unlock', {}));
    expect(await notesOf(h.dispatch, ids.participantId)).toEqual(acknowledged);
    expect(h.vault.check().ok).toBe(true);
    // With room again, the same save succeeds.
    ok(await h.dispatch('sessionNotes.createDraft', noteInput(ids, 'Efter oprydning')));
  });
});

describe('a foreign-key miss', () => {
  it('answers notFound, not internal, and adds nothing', async () => {
    const dir = tempDir();
    cleanups.push(() => removeDir(dir));
    const h = host(dir);
    disposeLater(h);
    const ids = await caseload(h.dispatch);
    const assessment = {
      participantId: ids.participantId,
      programmeId: null,
      provider: 'MASTER Danmark',
      instrument: 'MPA',
      takenOn: '2026-10-01',
      scores: [{ name: 'Struktur', value: 7, min: 0, max: 10 }],
      summary: 'Stærk på samarbejde',
      reportDocumentId: null,
    };
    expect(await h.dispatch('assessments.add', { ...assessment, programmeId: 9999 })).toEqual({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(await h.dispatch('assessments.add', { ...assessment, reportDocumentId: 4242 })).toEqual({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(await h.dispatch('assessments.list', { participantId: ids.participantId })).toEqual({
      ok: true,
      value: [],
    });
    expect(h.logger.entries.filter((e) => e.event === 'ipc.failed')).toEqual([]);
  });
});

describe('a NUL byte in search', () => {
  it('gives the normal results for the visible text, not internal', async () => {
    const dir = tempDir();
    cleanups.push(() => removeDir(dir));
    const h = host(dir);
    disposeLater(h);
    const ids = await caseload(h.dispatch);
    ok(
      await h.dispatch(
        'sessionNotes.createDraft',
        noteInput(ids, 'Samtale om ansøgning til lagerjob i Ålborg'),
      ),
    );
    const plain = ok(await h.dispatch('search.query', { text: 'ansøgning' })) as unknown[];
    expect(plain.length).toBeGreaterThan(0);
    for (const text of [
      'ans\u0000øgning',
      '\u0000ansøgning',
      'ansøgning\u0000',
      '\u202eansøgning\u202c',
    ]) {
      expect(await h.dispatch('search.query', { text })).toEqual({ ok: true, value: plain });
    }
    expect(await h.dispatch('search.query', { text: '\u0000\u0001\u0085' })).toEqual({
      ok: true,
      value: [],
    });
    expect(h.logger.entries.filter((e) => e.event === 'ipc.failed')).toEqual([]);
  });
});
