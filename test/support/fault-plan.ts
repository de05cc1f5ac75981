// A DurableWrites seam for the crash-point tests: it numbers every durable write of a run, and at
// chosen numbers either "kills the writer" (snapshots the data folder, backup folder and keychain
// entries exactly as they are before that write, then aborts) or makes that one write fail with
// the error the real write gives (ENOSPC, SQLITE_FULL, a keychain that does not answer).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DurablePoint, DurableWrites } from '../../main/vault/durable';
import { KeychainUnavailableError } from '../../main/vault/errors';
import { keychainAccount, nextKeychainAccount, type KeyStore } from '../../main/vault/key-store';

export class CrashSignal extends Error {
  constructor(readonly at: number) {
    super(`crash before durable write #${at}`);
  }
}

/** What survives a crash: files on disk and the keychain's two entries for the vault. */
export type Snapshot = Readonly<{
  dir: string;
  current: Buffer | null;
  next: Buffer | null;
}>;

/** The error each kind of write really fails with when the disk is full or the keychain balks. */
export function failureFor(point: DurablePoint): Error {
  // The ledger's entries and head are keychain writes too.
  if (/keychain|^ledger\.(entry|head)$/i.test(point))
    return new KeychainUnavailableError('timeout');
  if (/keyFile|backup\.rename|backup\.prune|create\./.test(point)) {
    return Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
  }
  return Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
}

export type Directive = 'crash' | 'fail';

/** Shared across the runs of one case, so write numbers continue after a simulated restart. */
export type Counter = { n: number; trace: DurablePoint[] };

export class FaultPlan implements DurableWrites {
  constructor(
    private readonly counter: Counter,
    private readonly directives: ReadonlyMap<number, Directive>,
    private readonly onCrash: (at: number) => Promise<void> | void,
  ) {}

  #next(point: DurablePoint): { at: number; directive: Directive | undefined } {
    const at = this.counter.n++;
    this.counter.trace.push(point);
    return { at, directive: this.directives.get(at) };
  }

  write<T>(point: DurablePoint, run: () => T): T {
    const { at, directive } = this.#next(point);
    if (directive === 'crash') {
      const snap = this.onCrash(at);
      if (snap instanceof Promise)
        throw new Error('a synchronous crash needs a synchronous snapshot');
      throw new CrashSignal(at);
    }
    if (directive === 'fail') throw failureFor(point);
    return run();
  }

  async writeAsync<T>(point: DurablePoint, run: () => Promise<T>): Promise<T> {
    const { at, directive } = this.#next(point);
    if (directive === 'crash') {
      await this.onCrash(at);
      throw new CrashSignal(at);
    }
    if (directive === 'fail') throw failureFor(point);
    return run();
  }
}

/**
 * Copies the durable state as it is now. The keychain is read through `peek`, a synchronous
 * view kept by the recording key store, because a synchronous write cannot await the keychain.
 */
export function snapshotFiles(dataDir: string, backupDir: string, into: string): void {
  mkdirSync(into, { recursive: true });
  for (const [from, name] of [
    [dataDir, 'data'],
    [backupDir, 'backups'],
  ] as const) {
    const to = join(into, name);
    mkdirSync(to, { recursive: true });
    if (!existsSync(from)) continue;
    for (const f of readdirSync(from)) {
      // The -shm index is rebuilt from the WAL at open; a crash does not keep it meaningfully.
      if (f.endsWith('-shm')) continue;
      cpSync(join(from, f), join(to, f));
    }
  }
}

/** Puts a snapshot's files back in place of the live folders. */
export function restoreFiles(from: string, dataDir: string, backupDir: string): void {
  for (const [dir, name] of [
    [dataDir, 'data'],
    [backupDir, 'backups'],
  ] as const) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(from, name), dir, { recursive: true });
  }
}

/** What the keychain holds for one vault: its two key entries and its text entries (the ledger). */
export type KeychainSnapshot = {
  current: Buffer | null;
  next: Buffer | null;
  texts?: ReadonlyMap<string, string>;
};

/**
 * The real keychain, with a synchronous mirror of this vault's two key entries and of every text
 * entry written through it (the shredding ledger), kept current by every call through it, so a
 * crash inside a synchronous write can record them.
 */
export class MirroredKeyStore implements KeyStore {
  readonly mirror = new Map<string, Buffer | null>();
  readonly #texts = new Map<string, string | null>();
  constructor(private readonly real: KeyStore) {}

  async get(account: string): Promise<Buffer | null> {
    const v = await this.real.get(account);
    this.mirror.set(account, v ? Buffer.from(v) : null);
    return v;
  }
  async set(account: string, key: Uint8Array): Promise<void> {
    await this.real.set(account, key);
    this.mirror.set(account, Buffer.from(key));
  }
  async delete(account: string): Promise<boolean> {
    const removed = await this.real.delete(account);
    this.mirror.set(account, null);
    if (this.#texts.has(account)) this.#texts.set(account, null);
    return removed;
  }
  accounts(): Promise<string[]> {
    return this.real.accounts();
  }
  async getText(account: string): Promise<string | null> {
    const text = await this.real.getText(account);
    this.#texts.set(account, text);
    return text;
  }
  async setText(account: string, text: string): Promise<void> {
    await this.real.setText(account, text);
    this.#texts.set(account, text);
  }

  /** Re-reads both key entries from the keychain into the mirror. */
  async sync(vaultId: string): Promise<void> {
    await this.get(keychainAccount(vaultId));
    await this.get(nextKeychainAccount(vaultId));
  }

  /** The vault's entries as last seen: both keys (copies) and every text entry under it. */
  peek(vaultId: string): KeychainSnapshot {
    const c = this.mirror.get(keychainAccount(vaultId)) ?? null;
    const n = this.mirror.get(nextKeychainAccount(vaultId)) ?? null;
    const prefix = `${keychainAccount(vaultId)}:`;
    const texts = new Map<string, string>();
    for (const [account, text] of this.#texts)
      if (text !== null && account.startsWith(prefix)) texts.set(account, text);
    return { current: c && Buffer.from(c), next: n && Buffer.from(n), texts };
  }

  /**
   * Makes the real keychain hold exactly these entries for the vault: the two keys, and the
   * text entries given (none when `texts` is left out; every other text entry is removed).
   */
  async put(vaultId: string, entries: KeychainSnapshot) {
    for (const [account, value] of [
      [keychainAccount(vaultId), entries.current],
      [nextKeychainAccount(vaultId), entries.next],
    ] as const) {
      if (value) await this.set(account, value);
      else await this.delete(account);
    }
    const prefix = `${keychainAccount(vaultId)}:`;
    const wanted = entries.texts ?? new Map<string, string>();
    for (const [account, text] of [...this.#texts]) {
      if (text !== null && account.startsWith(prefix) && !wanted.has(account))
        await this.delete(account);
    }
    for (const [account, text] of wanted) await this.setText(account, text);
  }
}
