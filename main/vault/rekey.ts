// The key lifecycle's state machine: the rekey (crypto-shredding) and the reconciliation every
// unlock runs. Written down first, because the states are on disk and in the keychain.
//
// Durable stores: D = vault.db (encrypted under one key), K = vault.key.json (current key
// sealed, optionally a pending key sealed, each with its MAC), C = keychain entry
// `vault:<id>`, N = keychain entry `vault:<id>:next`, P = recovery block pinned inside D.
// k = the key D opens with now, k' = the next key. "—" = absent.
//
//  state            D    K (current / pending)   C     N     how it is reached (one write each)
//  S0 stable        k    k / —                   k     —     (start; end of every path)
//  S1 next kept     k    k / —                   k     k'    rekey.keychainSetNext
//  S2 recorded      k    k / k'                  k     k'    rekey.keyFilePending
//  S3 rekeyed       k'   k / k'                  k     k'    rekey.database (one SQLite transaction)
//  S4 file final    k'   k' / —                  k     k'    rekey.keyFileCurrent
//  S5 keychain      k'   k' / —                  k'    k'    rekey.keychainSetCurrent  (old key gone)
//  S0' stable       k'   k' / —                  k'    —     rekey.keychainDeleteNext
//
// Invariants, in every state and after any crash or failed write:
//  1. K records the key D opens with (as current or pending), sealed to the pinned recovery
//     key and MAC'd with it: the passphrase always opens the vault.
//  2. C or N holds the key D opens with, unless the keychain was unreachable (then K alone).
//  3. No write ever removes the only record of the live key: a rekey starts only when the open
//     key is K's current key (else FinishingPendingError), and it writes k' to N and K before D.
//  4. "Old key destroyed" is claimed only after C = k' is confirmed (rekey.confirmDestroyed or
//     unlock.confirmDestroyed); until then a certificate says the destruction is pending.
//
// Failures: a failed write before S3 aborts the rekey with nothing lost (S1/S2 are rolled back
// at the next unlock: D still opens with k, so k' is dropped from K and N). A failed
// rekey.database locks the vault (SQLCipher's in-memory codec state is then unknown); the next
// unlock tries k and k'. A failed write after S3 leaves the vault open and the rest pending:
// the next unlock (or the next rekey, which first finishes) completes S4–S0'. If the keychain
// is unreachable when a rekey starts, C and N are skipped and K alone records k'.
//
// Unlock (reconcile) from any state, once D has opened with some key x (keychain C or N, or the
// passphrase): trust K only if its MAC verifies with x and its recovery block has the pinned
// public key (or, via the passphrase, the private key proved it); else rebuild K from the pin.
// Then write K = (x / —) if it is not already (unlock.keyFile), pin K's recovery block
// (unlock.pin), C = x (unlock.keychainSetCurrent), delete N (unlock.keychainDeleteNext), and
// confirm pending destructions (unlock.confirmDestroyed). A failed K or pin write locks the
// vault again with a typed error (unlock is all-or-nothing); a failed keychain write is left
// pending and retried at the next unlock.
import type { Database } from './database';
import type { DurableWrites } from './durable';
import { FinishingPendingError, KeychainLockedError, KeychainUnavailableError } from './errors';
import { confirmKeyDestruction, noteRekeyCovers } from './key-destruction';
import { addKeyId, keyId, readKeyIds } from './key-ids';
import {
  keyFileFor,
  keyRole,
  readKeyFileState,
  withPendingKey,
  writeKeyFile,
  type KeyFile,
  type KeyFileRead,
  type RecoveryBlock,
} from './key-file';
import { keychainAccount, nextKeychainAccount, type KeyStore } from './key-store';
import type { Logger } from './logger';
import { readRecoveryPin, sameRecovery, writeRecoveryPin } from './recovery-pin';

/** Everything the lifecycle steps touch; `key` is the key D is open with (not owned here). */
export type KeyContext = Readonly<{
  db: Database;
  key: Buffer;
  vaultId: string;
  keyFilePath: string;
  keyStore: KeyStore;
  durable: DurableWrites;
  logger: Logger;
}>;

/**
 * What the recovery copy was found to be at unlock: 'ok'; 'repaired' (K was missing, damaged,
 * or not authentic, and was rebuilt from the pinned block); 'missing' (no pin and no usable K:
 * the consultant must set a new recovery passphrase).
 */
export type RecoveryState = 'ok' | 'repaired' | 'missing';
/**
 * The keychain after unlock: 'ok' (C = live key, or emptied of older keys; N gone), 'pending'
 * (a write failed; retried next unlock), 'unavailable', 'skipped' (not asked to), or
 * 'conflict' (an entry holds a key this vault never had, and was left untouched).
 */
export type KeychainState = 'ok' | 'pending' | 'unavailable' | 'skipped' | 'conflict';
export type ReconcileReport = Readonly<{ recovery: RecoveryState; keychain: KeychainState }>;

/**
 * Brings K, P, C and N in line with the key D opened with (see the table above). The pin is the
 * authority on the recovery block: the key file must carry exactly the pinned block and be
 * authenticated by the live key, or it is rebuilt from the pin ('repaired'). Only a vault with
 * no pin yet (made before pinning) takes its block from the key file, once (trust on first
 * use); `verifiedRecovery`, a block the passphrase just proved, is preferred then.
 * `keychain`: 'store' puts the live key in C; 'clean' (a passphrase unlock asked not to keep
 * the key) only removes older keys of this vault; 'skip' touches nothing.
 * @throws DiskFullError / StorageReadOnlyError (or the raw error) when K or P cannot be
 *   written; the caller locks the vault. Keychain failures never throw.
 */
export async function reconcile(
  ctx: KeyContext,
  read: KeyFileRead,
  options: Readonly<{ verifiedRecovery?: RecoveryBlock; keychain: 'store' | 'clean' | 'skip' }>,
): Promise<ReconcileReport> {
  const { db, key, vaultId, durable } = ctx;
  const file = read.kind === 'ok' && read.file.vaultId === vaultId ? read.file : null;
  const pin = readRecoveryPin(db);
  const role = file ? keyRole(file, key) : null;

  let block: RecoveryBlock | null;
  let recovery: RecoveryState = 'ok';
  if (pin) {
    block = pin;
    if (!(file && role && sameRecovery(file.recovery, pin))) {
      recovery = 'repaired';
      ctx.logger.warn('vault.recoveryRepaired');
    }
  } else {
    block = options.verifiedRecovery ?? (file && role ? file.recovery : null);
    if (!block) {
      recovery = 'missing';
      ctx.logger.warn('vault.recoveryMissing');
    }
  }

  if (block) {
    const settled =
      file &&
      role === 'current' &&
      !file.pending &&
      file.format === 'fortrolig-key/3' &&
      sameRecovery(file.recovery, block);
    if (!settled) {
      durable.write('unlock.keyFile', () =>
        writeKeyFile(ctx.keyFilePath, keyFileFor(vaultId, block, key)),
      );
    }
    if (!pin) durable.write('unlock.pin', () => writeRecoveryPin(db, block));
  }
  const id = keyId(vaultId, key);
  if (!readKeyIds(db).includes(id)) durable.write('unlock.keyIds', () => addKeyId(db, id));
  const keychain =
    options.keychain === 'skip' ? 'skipped' : await settleKeychain(ctx, 'unlock', options.keychain);
  return { recovery, keychain };
}

/**
 * Sets C to the live key ('store') or removes an older key of this vault from it ('clean'),
 * and removes N; on success confirms pending key destructions. A keychain entry holding a key
 * this vault never had is left untouched ('conflict'): the vault.db in the folder may be an
 * older copy or a planted file, and that entry may be the only key to the consultant's real
 * vault. Never throws for the keychain; a failed database write for the confirmation is
 * logged and left pending (the claim is simply not made yet).
 */
async function settleKeychain(
  ctx: KeyContext,
  stage: 'unlock' | 'rekey',
  mode: 'store' | 'clean',
): Promise<KeychainState> {
  const { keyStore, vaultId, key, durable } = ctx;
  const ids = readKeyIds(ctx.db);
  const ours = (k: Buffer) => k.length === 32 && ids.includes(keyId(vaultId, k));
  let conflict = false;
  try {
    const current = await keyStore.get(keychainAccount(vaultId));
    const same = current !== null && current.equals(key);
    const older = current !== null && !same && ours(current);
    conflict ||= current !== null && !same && !older;
    current?.fill(0);
    if (!conflict && !same) {
      if (mode === 'store') {
        await durable.writeAsync(`${stage}.keychainSetCurrent`, () =>
          keyStore.set(keychainAccount(vaultId), key),
        );
      } else if (older) {
        await durable.writeAsync('unlock.keychainDeleteCurrent', () =>
          keyStore.delete(keychainAccount(vaultId)),
        );
      }
    }
    const next = await keyStore.get(nextKeychainAccount(vaultId));
    if (next !== null) {
      const removable = next.equals(key) || ours(next);
      next.fill(0);
      if (removable) {
        await durable.writeAsync(`${stage}.keychainDeleteNext`, () =>
          keyStore.delete(nextKeychainAccount(vaultId)),
        );
      } else {
        conflict = true;
      }
    }
  } catch (err) {
    if (!(err instanceof KeychainUnavailableError || err instanceof KeychainLockedError)) throw err;
    ctx.logger.warn('keychain.pending', { stage, reason: err.code });
    return err instanceof KeychainUnavailableError &&
      err.reason === 'noService' &&
      stage === 'unlock'
      ? 'unavailable'
      : 'pending';
  }
  if (conflict) {
    ctx.logger.warn('keychain.conflict', { stage });
    return 'conflict';
  }
  try {
    durable.write(`${stage}.confirmDestroyed`, () => confirmKeyDestruction(ctx.db));
  } catch {
    ctx.logger.warn('vault.destructionConfirmPending');
  }
  return 'ok';
}

/** What a rekey did: the keychain's state at its end, and whether the old key is confirmed gone. */
export type RekeyReport = Readonly<{ keychain: KeychainState; oldKeyDestroyed: boolean }>;

/**
 * Crypto-shredding: S0 → S0' of the table above, re-encrypting D under a fresh random key.
 * `adopt(next)` is called right after D is rekeyed: the caller then holds `next` as the live
 * key and zeroes the old one. Refuses (FinishingPendingError) unless the open key is K's
 * current key; repairs K from the pin first if K's recovery block is not the pinned one.
 * @throws FinishingPendingError, KeychainUnavailableError/KeychainLockedError (a keychain that
 *   answers but cannot take k': nothing changed), DiskFullError/StorageReadOnlyError (K could
 *   not be written), the driver's error from PRAGMA rekey (the caller must lock).
 */
export async function rekey(
  ctx: KeyContext,
  next: Buffer,
  adopt: (next: Buffer) => void,
): Promise<RekeyReport> {
  const { db, key, vaultId, durable, keyStore } = ctx;
  const read = readKeyFileState(ctx.keyFilePath);
  const file: KeyFile | null = read.kind === 'ok' ? read.file : null;
  if (!file || keyRole(file, key) !== 'current') throw new FinishingPendingError();
  const pin = readRecoveryPin(db);
  const block = pin ?? file.recovery;

  // S0: is the keychain there? If it answers, it must hold k before k' can be staged.
  // A keychain that cannot be reached is skipped (K alone records k'); one that answers but
  // then fails a write aborts the rekey before anything changed.
  // A keychain entry holding a key this vault never had is not ours to overwrite: then the
  // keychain is left out of this rekey as if unreachable.
  let keychainUsable = true;
  let same = false;
  try {
    const c = await keyStore.get(keychainAccount(vaultId));
    same = c !== null && c.equals(key);
    if (c !== null && !same && !readKeyIds(db).includes(keyId(vaultId, c))) keychainUsable = false;
    c?.fill(0);
  } catch (err) {
    if (!(err instanceof KeychainUnavailableError || err instanceof KeychainLockedError)) throw err;
    keychainUsable = false;
  }
  if (keychainUsable && !same) {
    await durable.writeAsync('rekey.keychainSetCurrent', () =>
      keyStore.set(keychainAccount(vaultId), key),
    );
  }
  // The vault learns k' is its own before any store holds it, so a keychain entry with k' is
  // never taken for a foreign key.
  durable.write('rekey.keyIds', () => addKeyId(db, keyId(vaultId, next)));
  // S1: the keychain keeps k' before anything else changes; a failure here changes nothing.
  if (keychainUsable) {
    await durable.writeAsync('rekey.keychainSetNext', () =>
      keyStore.set(nextKeychainAccount(vaultId), next),
    );
  }
  // S2: K records k' (sealed to the pinned recovery key), authenticated by k and by k'.
  const base = keyFileFor(vaultId, block, key);
  durable.write('rekey.keyFilePending', () =>
    writeKeyFile(ctx.keyFilePath, withPendingKey(base, key, next)),
  );
  // S3: the database itself. Old-key pages must not linger in the WAL, hence the checkpoints.
  db.pragmaValue('wal_checkpoint(TRUNCATE)');
  durable.write('rekey.database', () => db.rekey(next));
  db.pragmaValue('wal_checkpoint(TRUNCATE)');
  adopt(next);
  // Every deletion record so far is now in a file no surviving key opens, once S5 confirms.
  durable.write('rekey.covers', () => noteRekeyCovers(db));
  const live = { ...ctx, key: next };
  // S4: K holds k' alone.
  durable.write('rekey.keyFileCurrent', () =>
    writeKeyFile(ctx.keyFilePath, keyFileFor(vaultId, block, next)),
  );
  ctx.logger.info('vault.rekeyed');
  // S5, S0': C = k' (the old key leaves the keychain), N removed, destruction confirmed.
  if (!keychainUsable) return { keychain: 'unavailable', oldKeyDestroyed: false };
  const keychain = await settleKeychain(live, 'rekey', 'store');
  return { keychain, oldKeyDestroyed: keychain === 'ok' };
}
