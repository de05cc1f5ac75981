// Facts, then claims (issue 8 item 4): each finishing step after a purge leaves a durable marker
// and never runs again; a failure after the purge answers "deleted, finishing pending: why" (not
// `internal`); the certificate claims the backups and the old key only once they are true; the
// next unlock finishes only what is owed and never answers an error with the vault left open; a
// backup killed between any two of its steps leaves nothing a close-out does not remove. Real
// SQLCipher, the real keychain, and as root a real full tmpfs.
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  IpcResult,
} from '../../../main/ipc/contract';
import { createDispatch } from '../../../main/ipc/dispatch';

/** The dispatch, typed per channel as the page sees it. */
type Dispatch = <C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<IpcResult<ChannelOutput<C>>>;
import type { Core } from '../../../main/ipc/handlers';
import { replaceBackupsAfterShredding, takeBackup } from '../../../main/retention/backups';
import { closeOutProgramme } from '../../../main/retention/close-out';
import type { DurablePoint, DurableWrites } from '../../../main/vault/durable';
import { keychainAccount } from '../../../main/vault/key-store';
import { KeytarKeyStore } from '../../../main/vault/keytar-key-store';
import { MemoryLogger } from '../../../main/vault/logger';
import { Vault } from '../../../main/vault/vault';
import { CrashSignal } from '../../support/fault-plan';
import { TEST_KDF, TEST_PASSPHRASE, removeDir, tempDir } from '../../support/temp-vault';
import { NOW, twoProgrammes, type Marked } from '../../support/two-programmes';

const keychain = new KeytarKeyStore();

/** The durable seam with one hook: run `before(point)` ahead of each write (a crash, a full disk). */
class HookedWrites implements DurableWrites {
  readonly trace: DurablePoint[] = [];
  before: (point: DurablePoint) => void = () => {};
  write<T>(point: DurablePoint, run: () => T): T {
    this.trace.push(point);
    this.before(point);
    return run();
  }
  async writeAsync<T>(point: DurablePoint, run: () => Promise<T>): Promise<T> {
    this.trace.push(point);
    this.before(point);
    return run();
  }
}

function ok<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}

type Host = { vault: Vault; dispatch: Dispatch; writes: HookedWrites; core: Core };

function host(dataDir: string, backupFolder: () => string | null): Host {
  const writes = new HookedWrites();
  const logger = new MemoryLogger();
  const vault = new Vault({
    dataDir,
    keyStore: keychain,
    logger,
    kdfCost: TEST_KDF,
    durable: writes,
  });
  let clock = NOW.getTime();
  const core: Core = {
    vault,
    dataDir,
    now: () => new Date((clock += 60_000)),
    actor: 'KB',
    pickFolder: async () => backupFolder(),
  };
  return { vault, dispatch: createDispatch(core, logger) as unknown as Dispatch, writes, core };
}

function paperFor(m: Marked): Record<string, 'shredded'> {
  return Object.fromEntries([...m.onlyA, m.shared].map((id) => [String(id), 'shredded' as const]));
}

type Cert = {
  id: number;
  oldKeyDestroyed: boolean;
  backupsReplaced: boolean;
  body: { backups: string };
};

async function certificate(dispatch: Dispatch, id: number): Promise<Cert> {
  const list = ok(await dispatch('retention.certificates.list', {})) as unknown as {
    records: Cert[];
  };
  return list.records.find((r) => r.id === id)!;
}

async function currentKey(vaultId: string): Promise<string> {
  return (await keychain.get(keychainAccount(vaultId)))!.toString('hex');
}

describe('finishing steps: facts, then claims', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('fortrolig-finishing-');
  });
  afterEach(() => removeDir(dir));

  it('a backup killed between each of its steps, then a close-out: the folder holds only the fresh pair', async () => {
    for (const killAt of [
      'backup.take',
      'backup.keyFile',
      'backup.rename',
      'backup.prune',
    ] as const) {
      const caseDir = join(dir, killAt);
      const folder = join(caseDir, 'usb');
      const snapshot = join(caseDir, 'usb-at-crash');
      mkdirSync(folder, { recursive: true });
      const { vault, writes } = host(join(caseDir, 'data'), () => folder);
      await vault.create(TEST_PASSPHRASE);
      const m = twoProgrammes(vault.db, 2, 1);
      takeBackup(vault, folder, new Date('2026-11-20T08:00:00Z'));
      // Another vault's backup in the same folder is not this vault's to delete.
      const foreign = 'fortrolig-backup-20261101T080000000Z-ffffffff.db';
      writeFileSync(join(folder, foreign), 'not ours');

      // The process dies right before `killAt`: only what was on disk then survives.
      writes.before = (point) => {
        if (point !== killAt) return;
        writes.before = () => {};
        rmSync(snapshot, { recursive: true, force: true });
        execFileSync('cp', ['-a', folder, snapshot]);
        throw new CrashSignal(0);
      };
      const run =
        killAt === 'backup.prune'
          ? () => replaceBackupsAfterShredding(vault, folder, new Date('2026-11-21T08:00:00Z'))
          : () => takeBackup(vault, folder, new Date('2026-11-21T08:00:00Z'));
      expect(run).toThrow(CrashSignal);
      vault.lock();
      rmSync(folder, { recursive: true, force: true });
      renameSync(snapshot, folder);
      // A kill inside the key file's atomic write leaves its temp copy, sealed key and all.
      writeFileSync(
        join(
          folder,
          `.fortrolig-backup-20261121T080000000Z-${vault.vaultId()!.replace(/-/g, '').slice(0, 8)}.key.json.a1b2c3d4e5f6.tmp`,
        ),
        '{"sealed":"…"}',
      );
      const leftovers = readdirSync(folder).filter((f) => f !== foreign);
      expect(leftovers.length, `${killAt}: ${leftovers.join(', ')}`).toBeGreaterThan(2);

      await vault.unlock();
      const { record, finishing } = await closeOutProgramme(
        {
          vault,
          now: () => new Date('2026-11-22T10:00:00Z'),
          actor: 'KB',
          backupsConfigured: () => true,
          replaceBackups: async () => (
            replaceBackupsAfterShredding(vault, folder, new Date('2026-11-22T10:01:00Z')),
            true
          ),
        },
        { programmeId: m.a, typedName: 'Forløb Alfa', paper: paperFor(m), presetId: null },
      );
      expect(finishing).toBe('done');
      expect(record.body.backups).toBe('backupReplacementFollows');
      const left = readdirSync(folder).sort();
      expect(left, killAt).toEqual([
        foreign,
        expect.stringMatching(/^fortrolig-backup-20261122T100100000Z-[0-9a-f]{8}\.db$/),
        expect.stringMatching(/^fortrolig-backup-20261122T100100000Z-[0-9a-f]{8}\.key\.json$/),
      ]);
      vault.lock();
    }
  });

  it('backup folder gone: deleted and pending, no backup claim, the next unlock finishes without a second rekey', async () => {
    const folder = join(dir, 'usb');
    mkdirSync(folder);
    const { vault, dispatch, writes } = host(join(dir, 'data'), () => folder);
    ok(await dispatch('vault.create', { passphrase: TEST_PASSPHRASE }));
    const vaultId = vault.vaultId()!;
    const m = twoProgrammes(vault.db, 2, 1);
    expect(ok(await dispatch('backups.chooseFolder', {}))).toMatchObject({ outcome: 'chosen' });
    const old = ok(await dispatch('backups.run', {}));

    // The USB stick is unplugged (its mount point goes with it).
    renameSync(folder, join(dir, 'usb-unplugged'));
    const answer = ok(
      await dispatch('retention.closeOut', {
        programmeId: m.a,
        typedName: 'Forløb Alfa',
        paper: paperFor(m),
      }),
    );
    expect(answer.finishing).toEqual({ pending: 'backupFolderUnavailable', vaultLocked: false });
    expect(existsSync(folder)).toBe(false); // not recreated on the system disk
    const pending = await certificate(dispatch, answer.recordId);
    expect(pending.body.backups).toBe('backupReplacementFollows');
    expect(pending.backupsReplaced).toBe(false);
    expect(pending.oldKeyDestroyed).toBe(true); // the rekey ran: that claim is true
    const json = ok(
      await dispatch('retention.certificates.export', {
        id: answer.recordId,
        format: 'json',
        locale: 'en',
      }),
    );
    expect(JSON.parse(Buffer.from(json.contentBase64, 'base64').toString())).toMatchObject({
      finishing: { oldKeyDestroyed: true, backupsReplaced: false },
    });
    expect(ok(await dispatch('retention.due', {})).finishingPending).toBe(
      'backupFolderUnavailable',
    );

    // A locked unlock while the stick is still out: ok, pending, the rekey not run again.
    ok(await dispatch('vault.lock', {}));
    const keyAfterRekey = await currentKey(vaultId);
    writes.trace.length = 0;
    ok(await dispatch('vault.unlock', {}));
    expect(vault.state()).toBe('unlocked');
    expect(writes.trace).not.toContain('rekey.database');
    expect(writes.trace).not.toContain('shred.merge');
    expect(await currentKey(vaultId)).toBe(keyAfterRekey);

    // Plugged back in: the next unlock replaces the backups, and only that.
    ok(await dispatch('vault.lock', {}));
    renameSync(join(dir, 'usb-unplugged'), folder);
    writes.trace.length = 0;
    ok(await dispatch('vault.unlock', {}));
    expect(writes.trace).not.toContain('rekey.database');
    expect(writes.trace).toContain('backup.prune');
    expect(writes.trace).toContain('shred.clearPending');
    expect(await currentKey(vaultId)).toBe(keyAfterRekey);
    const done = await certificate(dispatch, answer.recordId);
    expect(done.backupsReplaced).toBe(true);
    expect(ok(await dispatch('retention.due', {})).finishingPending).toBeNull();
    const names = readdirSync(folder);
    expect(names).not.toContain(old.name);
    expect(names).toHaveLength(2);
    ok(await dispatch('vault.lock', {}));
  });

  it('an unforeseen failure after the purge answers deleted-and-pending, not internal', async () => {
    const { vault, dispatch, writes } = host(join(dir, 'data'), () => null);
    ok(await dispatch('vault.create', { passphrase: TEST_PASSPHRASE }));
    const m = twoProgrammes(vault.db, 2, 1);
    writes.before = (point) => {
      if (point === 'shred.compacted') throw new TypeError('something unforeseen');
    };
    const answer = ok(
      await dispatch('retention.closeOut', {
        programmeId: m.a,
        typedName: 'Forløb Alfa',
        paper: paperFor(m),
      }),
    );
    expect(answer.finishing).toEqual({ pending: 'unexpected', vaultLocked: false });
    const cert = await certificate(dispatch, answer.recordId);
    expect(cert.oldKeyDestroyed).toBe(false);
    expect(cert.body.backups).toBe('noBackupFolderConfigured');
    writes.before = () => {};
    ok(await dispatch('vault.lock', {}));
    ok(await dispatch('vault.unlock', {}));
    expect((await certificate(dispatch, answer.recordId)).oldKeyDestroyed).toBe(true);
    ok(await dispatch('vault.lock', {}));
  });

  it('the chain guards its newest record; the purge still appends', async () => {
    const { vault, dispatch } = host(join(dir, 'data'), () => null);
    ok(await dispatch('vault.create', { passphrase: TEST_PASSPHRASE }));
    const m = twoProgrammes(vault.db, 2, 1);
    const first = ok(
      await dispatch('retention.closeOut', {
        programmeId: m.a,
        typedName: 'Forløb Alfa',
        paper: paperFor(m),
      }),
    );
    const second = ok(
      await dispatch('retention.eraseParticipant', {
        participantId: m.onlyB[0]!,
        typedName: `Giv${'B0'}xq FamB0qz`,
        paper: 'none',
        reason: 'dataSubjectRequest',
      }),
    ).recordId;
    expect(second).toBeGreaterThan(first.recordId);
    expect(() =>
      vault.db.prepare('DELETE FROM deletion_records WHERE id = ?').run([second]),
    ).toThrow(/append-only/);
    expect(() => vault.db.prepare('DELETE FROM deletion_records').run()).toThrow(/append-only/);
    expect(() =>
      vault.db.prepare("UPDATE deletion_records SET prev_hash = 'x' WHERE id = ?").run([second]),
    ).toThrow(/append-only/);
    expect(vault.db.prepare('SELECT count(*) AS n FROM deletion_records').get()).toEqual({ n: 2 });
    ok(await dispatch('vault.lock', {}));
  });
});

describe('backups need an unlocked vault and a folder picked in the main process', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('fortrolig-backup-folder-');
  });
  afterEach(() => removeDir(dir));

  it('refuses every backups.* channel while locked, and saves only an absolute, writable folder', async () => {
    let picked: string | null = null;
    const { dispatch } = host(join(dir, 'data'), () => picked);
    ok(await dispatch('vault.create', { passphrase: TEST_PASSPHRASE }));
    const good = join(dir, 'usb');
    mkdirSync(good);
    picked = good;
    expect(ok(await dispatch('backups.chooseFolder', {}))).toMatchObject({ outcome: 'chosen' });
    for (let i = 0; i < 4; i++) ok(await dispatch('backups.run', {}));
    const files = readdirSync(good).sort();
    ok(await dispatch('vault.lock', {}));

    for (const [channel, input] of [
      ['backups.status', {}],
      ['backups.configure', { generations: 2 }],
      ['backups.chooseFolder', {}],
      ['backups.run', {}],
    ] as const) {
      expect(await dispatch(channel, input as never), channel).toMatchObject({
        ok: false,
        error: { code: 'vaultLocked' },
      });
    }
    // Nothing pruned while locked (a locked configure once pruned 10 backups to 2).
    expect(readdirSync(good).sort()).toEqual(files);
    ok(await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE }));

    // Old free-text input is gone from the contract: a folder field is a validation error.
    expect(
      await dispatch('backups.configure', { folder: 'relative', generations: 3 } as never),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });

    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    for (const bad of ['relative/backups', `${good}\u0000/evil`, file, join(dir, 'missing')]) {
      picked = bad;
      const choice = ok(await dispatch('backups.chooseFolder', {}));
      expect(choice.outcome, JSON.stringify(bad)).toBe('notAFolder');
      expect(choice.status.folder).toBe(good);
    }
    picked = null;
    expect(ok(await dispatch('backups.chooseFolder', {})).outcome).toBe('cancelled');
    expect(ok(await dispatch('backups.status', {})).folder).toBe(good);
    expect(readdirSync(process.cwd()).some((f) => f.startsWith('fortrolig-backup-'))).toBe(false);
    ok(await dispatch('vault.lock', {}));
  });
});

const IS_ROOT = process.getuid?.() === 0;
const CAN_MOUNT = IS_ROOT && process.env.FORTROLIG_TEST_NO_MOUNT !== '1' && probeMount();

function probeMount(): boolean {
  const probe = tempDir('fortrolig-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/** Writes until the file system says ENOSPC; returns the filler's path. */
function fill(dir: string): string {
  const path = join(dir, 'filler.bin');
  const fd = openSync(path, 'a');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  // Top up the last partial blocks.
  try {
    for (;;) writeFileSync(path, Buffer.alloc(512, 1), { flag: 'a' });
  } catch {
    // full
  }
  return path;
}

describe.runIf(CAN_MOUNT)('a close-out on a full disk (a real tmpfs, as root)', () => {
  let root: string;
  let mount: string;
  beforeEach(() => {
    root = tempDir('fortrolig-full-');
    mount = join(root, 'disk');
    mkdirSync(mount);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m,mode=0700', 'tmpfs', mount]);
  });
  afterEach(() => {
    try {
      execFileSync('umount', [mount]);
    } catch {
      execFileSync('umount', ['-l', mount]);
    }
    removeDir(root);
  });

  it('answers deleted-and-pending (diskFull), claims nothing not done, and the next unlock finishes', async () => {
    const dataDir = join(mount, 'data');
    const { vault, dispatch, writes } = host(dataDir, () => null);
    ok(await dispatch('vault.create', { passphrase: TEST_PASSPHRASE }));
    const m = twoProgrammes(vault.db, 3, 3);
    let filler: string | null = null;
    // The disk fills up right after the purge committed (another program, a big download).
    writes.before = (point) => {
      if (point === 'shred.merge' && !filler) filler = fill(mount);
    };
    const answer = ok(
      await dispatch('retention.closeOut', {
        programmeId: m.a,
        typedName: 'Forløb Alfa',
        paper: paperFor(m),
      }),
    );
    writes.before = () => {};
    expect(answer.finishing).toMatchObject({ pending: 'diskFull' });
    expect(filler).not.toBeNull();
    // Deleted: the people are gone, whatever the finishing says.
    for (const id of m.onlyA)
      expect(
        vault.db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([id]),
      ).toBeUndefined();
    const cert = await certificate(dispatch, answer.recordId);
    expect(cert.oldKeyDestroyed).toBe(false);
    expect(cert.backupsReplaced).toBe(false);
    expect(cert.body.backups).toBe('noBackupFolderConfigured');

    // An unlock while the disk is still full: either it opens (finishing still pending) or it
    // answers an error with the vault locked; never an error with the vault left open.
    ok(await dispatch('vault.lock', {}));
    const whileFull = await dispatch('vault.unlock', {});
    if (whileFull.ok) {
      // Closing the vault truncated its WAL, which may have freed enough to finish already.
      expect(vault.state()).toBe('unlocked');
    } else {
      expect(whileFull.error.code).not.toBe('internal');
      expect(vault.state()).not.toBe('unlocked');
    }
    if (vault.state() === 'unlocked') ok(await dispatch('vault.lock', {}));

    // Space freed: the next unlock finishes, and the claims become true.
    rmSync(filler!);
    ok(await dispatch('vault.unlock', {}));
    const done = await certificate(dispatch, answer.recordId);
    expect(done.oldKeyDestroyed).toBe(true);
    expect(ok(await dispatch('retention.due', {})).finishingPending).toBeNull();
    ok(await dispatch('vault.lock', {}));
  });
});
