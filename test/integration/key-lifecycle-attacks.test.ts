// Attacks on the key lifecycle: sequences of crashes, failing writes and hostile edits of the
// data folder or the backup folder, each against real SQLCipher files and the real keychain.
// Each case says whether it was a defect (fixed since, the test now guards it) or defended;
// a plain `it` is an attack that is properly defended and must stay so.
import { createHash, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupIfDue, listBackups, restoreBackup, takeBackup } from '../../main/retention/backups';
import type { DurablePoint, DurableWrites } from '../../main/vault/durable';
import {
  KeychainUnavailableError,
  RecoveryDamagedError,
  VaultCorruptError,
  VaultError,
  WrongPassphraseError,
} from '../../main/vault/errors';
import {
  keyFileFor,
  readKeyFile,
  readKeyFileState,
  unwrapKeys,
  writeKeyFile,
  type KeyFile,
} from '../../main/vault/key-file';
import { keychainAccount, nextKeychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { migrate } from '../../main/vault/migrate';
import { readRecoveryPin, writeRecoveryPin } from '../../main/vault/recovery-pin';
import { openSqlCipher } from '../../main/vault/sqlcipher-driver';
import { Vault, configureConnection } from '../../main/vault/vault';
import { caseNoteBodies, writeNote } from '../support/session-note-case';
import { TEST_KDF, TEST_PASSPHRASE, removeDir, sha256File, tempDir } from '../support/temp-vault';

const keychain = new KeytarKeyStore();
const NEW_PASSPHRASE = 'en ny og meget længere genopretningssætning';
let dir: string;
let spare: string;

beforeEach(() => {
  dir = tempDir();
  spare = tempDir('fortrolig-attacks-spare-');
});
afterEach(() => {
  removeDir(dir);
  removeDir(spare);
});

function newVault(durable?: DurableWrites, dataDir = dir): Vault {
  return new Vault({ dataDir, keyStore: keychain, kdfCost: TEST_KDF, durable });
}

/** The session notes vaultWithNotes() writes, oldest first. */
const THREE_NOTES = ['note 0', 'note 1', 'note 2'];

async function vaultWithNotes(n = 3) {
  const vault = newVault();
  const { vaultId } = await vault.create(TEST_PASSPHRASE);
  for (let i = 0; i < n; i++) writeNote(vault.db, `note ${i}`);
  vault.lock();
  return { vault, vaultId };
}

/** A durable-write seam that makes the named writes fail once each (the error the real write gives). */
function failOnce(...points: DurablePoint[]): DurableWrites {
  const left = new Set(points);
  const failure = (p: DurablePoint) =>
    /keychain/.test(p)
      ? new KeychainUnavailableError('timeout')
      : /keyFile/.test(p)
        ? Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
        : Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  return {
    write: (p, run) => {
      if (left.delete(p)) throw failure(p);
      return run();
    },
    writeAsync: (p, run) => {
      if (left.delete(p)) return Promise.reject(failure(p));
      return run();
    },
  };
}

type Json = Record<string, unknown>;
function editJson(path: string, edit: (file: Json) => void): void {
  const file = JSON.parse(readFileSync(path, 'utf8')) as Json;
  edit(file);
  writeFileSync(path, JSON.stringify(file, null, 2));
}

/** The key file's checksum as the app computes it (canonical JSON, sorted keys), for a careful attacker. */
function withChecksum(file: Json): Json {
  const canonical = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : v && typeof v === 'object'
        ? `{${Object.entries(v as Json)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
            .join(',')}}`
        : JSON.stringify(v);
  const { checksum: _c, ...rest } = file;
  return { ...rest, checksum: createHash('sha256').update(canonical(rest)).digest('hex') };
}

async function keychainKey(vaultId: string): Promise<Buffer | null> {
  return keychain.get(keychainAccount(vaultId));
}

describe('hostile edits of vault.key.json', () => {
  // DEFENDED: a key file whose vault id cannot be read (a 0-byte file left by a sync client,
  // or garbage) makes unlock try every `vault:<uuid>` entry, and the pin rebuilds the file.
  it('a 0-byte key file: the keychain unlock still opens and repairs it from the pin', async () => {
    const { vault } = await vaultWithNotes();
    truncateSync(vault.paths.keyFile, 0);
    const report = await vault.unlock();
    expect(report.recovery).toBe('repaired');
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    vault.lock();
  });

  // FIXED, was a defect (README: "a key file that was damaged ... is noticed at the next unlock and rebuilt
  // from the pinned copy"). The vault id of a damaged (unauthenticated) key file is trusted to
  // pick the keychain entry. An edit of that one field (a random UUID; the checksum no longer
  // matches, so the file is "damaged") makes unlock() look only at `vault:<random>`:
  // keychainEntryMissing, although `vault:<real id>` holds the key. The passphrase says
  // recoveryDamaged and restoreKeyFile refuses (a key file exists): no way forward in the app,
  // though the fallback that a missing or unreadable-id file gets (try every `vault:<uuid>`,
  // repair from the pin) would open it. Severity: medium (denial of access; nothing lost).
  it('a damaged key file naming another vault id: the keychain unlock still opens', async () => {
    const { vault } = await vaultWithNotes();
    editJson(vault.paths.keyFile, (f) => (f.vaultId = randomUUID()));
    expect(readKeyFileState(vault.paths.keyFile).kind).toBe('damaged');
    const report = await vault.unlock();
    expect(report.recovery).toBe('repaired');
    vault.lock();
  });

  // FIXED, was a defect (redirects recovery / the passphrase silently stops working). A legacy format-2 file
  // has no MAC and is accepted on its keyCheck alone, and the keyCheck is in plain sight in the
  // format-3 file. An attacker who can write the data folder once downgrades the file (format 2,
  // drop mac and checksum) and changes the recovery block's KDF (or its wrapped private key),
  // keeping the public key. reconcile() compares only the *public key* with the pin, trusts the
  // file's block, rewrites the key file with it (now MAC'd, format 3) AND overwrites the pin
  // with it. The unlock reports recovery 'ok'; from then on the consultant's passphrase answers
  // wrongPassphrase, and the pinned copy that should repair it is gone. Severity: high (the
  // recovery path is destroyed silently; the next lost keychain entry loses the vault).
  it('a downgrade to format 2 with a changed KDF cannot overwrite the pinned recovery block', async () => {
    const { vault } = await vaultWithNotes();
    editJson(vault.paths.keyFile, (f) => {
      f.format = 'fortrolig-key/2';
      delete f.mac;
      delete f.checksum;
      ((f.recovery as Json).kdf as Json).N = 2 ** 15;
    });
    expect(readKeyFileState(vault.paths.keyFile).kind).toBe('ok');
    await vault.unlock();
    vault.lock();
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
  });

  // DEFENDED: the same downgrade with the attacker's own public key is caught by the pin.
  it('a downgrade to format 2 with a swapped public key is repaired, never sealed to', async () => {
    const { vault } = await vaultWithNotes();
    await vault.unlock();
    const attackerPub = generateKeyPairSync('x25519')
      .publicKey.export({ type: 'spki', format: 'der' })
      .toString('base64');
    editJson(vault.paths.keyFile, (f) => {
      f.format = 'fortrolig-key/2';
      delete f.mac;
      delete f.checksum;
      (f.recovery as Json).publicKey = attackerPub;
    });
    await vault.rekey();
    expect(readKeyFile(vault.paths.keyFile).recovery.publicKey).not.toBe(attackerPub);
    vault.lock();
    editJson(vault.paths.keyFile, (f) => {
      f.format = 'fortrolig-key/2';
      delete f.mac;
      delete f.checksum;
      (f.recovery as Json).publicKey = attackerPub;
    });
    expect((await vault.unlock()).recovery).toBe('repaired');
    expect(readRecoveryPin(vault.db)!.publicKey).not.toBe(attackerPub);
    vault.lock();
    expect(readKeyFile(vault.paths.keyFile).recovery.publicKey).not.toBe(attackerPub);
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
  });

  // DEFENDED: an attacker can seal a key of their own to the (public) recovery key and add it
  // as `pending` with a valid checksum; with the real vault.db in place it opens nothing, and
  // the next unlock drops it.
  it('an attacker-sealed pending key beside the real vault.db is dropped at unlock', async () => {
    const { vault, vaultId } = await vaultWithNotes();
    const file = readKeyFile(vault.paths.keyFile);
    const attackerKey = randomBytes(32);
    const forged = keyFileFor(vaultId, file.recovery, attackerKey);
    editJson(vault.paths.keyFile, (f) =>
      Object.assign(
        f,
        withChecksum({
          ...f,
          pending: { sealedKey: forged.sealedKey, keyCheck: forged.keyCheck },
        }),
      ),
    );
    expect(readKeyFile(vault.paths.keyFile).pending).toBeDefined();
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
    await vault.unlock();
    vault.lock();
    expect(readKeyFile(vault.paths.keyFile).pending).toBeUndefined();
  });

  // PARTLY DEFENDED (was: opens a foreign database as the vault, and loses the real key).
  // Sealing proves nothing and the MAC is keyed by the database key, so whoever supplies BOTH
  // files supplies the MAC key too: an attacker with write access to the data folder builds a
  // schema'd SQLCipher file under a key of their own and a format-3 key file for it using the
  // consultant's own (public) recovery block. Nothing inside the folder can tell that pair from
  // the real one, so the passphrase still opens it. What the app now guarantees: the vault
  // keeps ids of every key it has had, the keychain's `vault:<id>` holds a key the planted file
  // never had, so the keychain is left untouched (the real key survives, and the real vault.db
  // opens again with it once put back) and the unlock answers keychain 'conflict', which the
  // window turns into a warning to stop and call IT support. Severity now: medium (the
  // consultant is warned before typing anything into the planted vault).
  it('a foreign database planted with a key file: the real key stays in the keychain and the consultant is warned', async () => {
    const { vault, vaultId } = await vaultWithNotes();
    const realKey = (await keychainKey(vaultId))!;
    const file = readKeyFile(vault.paths.keyFile);
    const attackerKey = randomBytes(32);
    // The attacker's work, with only the data folder's files and the app's public source.
    const aside = join(spare, 'vault.db');
    writeFileSync(aside, readFileSync(vault.paths.db));
    unlinkSync(vault.paths.db);
    const foreign = openSqlCipher(vault.paths.db, attackerKey);
    configureConnection(foreign);
    migrate(foreign);
    writeRecoveryPin(foreign, file.recovery);
    foreign.pragmaValue('journal_mode = DELETE');
    foreign.close();
    writeKeyFile(vault.paths.keyFile, keyFileFor(vaultId, file.recovery, attackerKey));

    await expect(vault.unlock()).rejects.toBeInstanceOf(VaultError); // wrongKey
    const answer = await vault.unlockWithPassphrase(TEST_PASSPHRASE);
    expect(answer.keychain).toBe('conflict');
    const keptInKeychain = (await keychainKey(vaultId))!;
    vault.lock();
    expect(keptInKeychain.equals(realKey)).toBe(true);
    // The real vault, put back, opens with the keychain as before.
    writeFileSync(vault.paths.db, readFileSync(aside));
    const again = await vault.unlock();
    expect(again.recovery).toBe('repaired');
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
  });

  // FIXED, was a defect (low): a key file replaced by a folder (or any read error but ENOENT) makes unlock
  // throw the raw EISDIR error ("internal" at the IPC boundary) before any keychain key is
  // tried, although the keychain key opens vault.db and the pin could rebuild the file.
  it('a key file that is a folder: unlock answers a typed error or repairs, never a raw error', async () => {
    const { vault } = await vaultWithNotes();
    unlinkSync(vault.paths.keyFile);
    mkdirSync(vault.paths.keyFile);
    const outcome = await vault.unlock().then(
      () => 'opened',
      (err: unknown) => err,
    );
    vault.lock();
    expect(outcome === 'opened' || outcome instanceof VaultError).toBe(true);
  });

  // DEFENDED: KDF parameters at the very edge of the bounds cost seconds, not minutes or GiB.
  it('KDF parameters at the largest cost the bounds allow are refused within seconds', async () => {
    const { vault } = await vaultWithNotes();
    editJson(vault.paths.keyFile, (f) => {
      const kdf = (f.recovery as Json).kdf as Json;
      Object.assign(kdf, { N: 2 ** 17, r: 16, p: 4 });
      Object.assign(f, withChecksum(f));
    });
    expect(readKeyFileState(vault.paths.keyFile).kind).toBe('ok');
    const started = Date.now();
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    const took = Date.now() - started;
    console.info(`largest in-bounds scrypt (N=2^17, r=16, p=4): ${took} ms`);
    expect(took).toBeLessThan(30_000);
    expect((await vault.unlock()).recovery).toBe('repaired');
    vault.lock();
  }, 120_000);

  // DEFENDED: without a key file, a keychain holding another vault's keys opens nothing and
  // writes nothing.
  it('a missing key file with only another vault in the keychain: keyFileMissing, nothing written', async () => {
    const { vault, vaultId } = await vaultWithNotes();
    const other = newVault(undefined, spare);
    await other.create(TEST_PASSPHRASE);
    other.lock();
    unlinkSync(vault.paths.keyFile);
    await keychain.delete(keychainAccount(vaultId));
    const before = sha256File(vault.paths.db);
    await expect(vault.unlock()).rejects.toMatchObject({ code: 'keyFileMissing' });
    expect(vault.state()).toBe('locked');
    expect(existsSync(vault.paths.keyFile)).toBe(false);
    expect(sha256File(vault.paths.db)).toBe(before);
  });

  // DEFENDED: vault.db swapped for an older copy (a backup from before a shredding, under an
  // older key) is refused as damaged and nothing is rewritten.
  it('vault.db swapped for a copy under an older key is refused, keychain and key file untouched', async () => {
    const { vault, vaultId } = await vaultWithNotes();
    const older = join(spare, 'older.db');
    writeFileSync(older, readFileSync(vault.paths.db));
    await vault.unlock();
    await vault.rekey();
    vault.lock();
    const key = (await keychainKey(vaultId))!;
    const keyFile = sha256File(vault.paths.keyFile);
    writeFileSync(vault.paths.db, readFileSync(older));
    await expect(vault.unlock()).rejects.toBeInstanceOf(VaultCorruptError);
    // The passphrase opens the recovery copy, whose key does not open this file: the copy and
    // the file do not belong together, which the window explains as a recovery-copy problem.
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      RecoveryDamagedError,
    );
    expect(vault.state()).toBe('locked');
    expect((await keychainKey(vaultId))!.equals(key)).toBe(true);
    expect(sha256File(vault.paths.keyFile)).toBe(keyFile);
  });
});

describe('changing and resetting the recovery passphrase', () => {
  // FIXED, was a defect (the passphrase silently stops working). A passphrase change writes the key file,
  // then the pin. The pin write failing (disk full) makes changePassphrase answer diskFull, so
  // the consultant believes the change did not happen and keeps the old passphrase; but the
  // key file already holds the new wrap, and the next unlock pins it. From then on only the new
  // passphrase (typed once, into a dialog that said "failed") opens the recovery copy.
  // Severity: high (a forgotten passphrase is a lost vault the day the keychain is gone).
  it('a change that answers an error leaves the old passphrase working', async () => {
    const { vault } = await vaultWithNotes();
    const faulty = newVault(failOnce('passphrase.pin'));
    await faulty.unlock();
    await expect(faulty.changePassphrase(TEST_PASSPHRASE, NEW_PASSPHRASE)).rejects.toMatchObject({
      code: 'diskFull',
    });
    faulty.lock();
    await vault.unlock();
    vault.lock();
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    vault.lock();
  });

  // FIXED, was a defect (the passphrase change is rolled back by a stale key file). A key file from before
  // the change (every backup pair holds one; `vault restore-key-file` puts one back) is still
  // authentic: same database key (a passphrase change does not rekey), same recovery public
  // key. reconcile() accepts it because the MAC verifies and the public key equals the pin's,
  // then overwrites the pin with its OLD wrap. The unlock says recovery 'ok'; the new passphrase
  // answers wrongPassphrase and the old one (perhaps the one that leaked, the reason for the
  // change) works again. Severity: high.
  it('a key file from before a passphrase change cannot bring the old passphrase back', async () => {
    const { vault } = await vaultWithNotes();
    const before = readFileSync(vault.paths.keyFile);
    await vault.unlock();
    await vault.changePassphrase(TEST_PASSPHRASE, NEW_PASSPHRASE);
    vault.lock();
    writeFileSync(vault.paths.keyFile, before);
    await vault.unlock();
    vault.lock();
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE, false)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await vault.unlockWithPassphrase(NEW_PASSPHRASE, false);
    vault.lock();
  });

  // FIXED, was a defect (revocation): a passphrase change re-wraps the SAME recovery key pair, so the old
  // passphrase plus any old copy of the key file (each backup pair on the USB stick or network
  // drive has one) unwraps the private key that every later key is sealed to, even after a
  // shredding rekeyed the vault. Changing a passphrase that leaked therefore revokes nothing.
  // Severity: high for the case the feature exists for.
  it('after a passphrase change, the old passphrase and an old key file open no later key', async () => {
    const { vault } = await vaultWithNotes();
    const oldFile = readKeyFile(vault.paths.keyFile);
    await vault.unlock();
    await vault.changePassphrase(TEST_PASSPHRASE, NEW_PASSPHRASE);
    await vault.rekey(); // a shredding after the change
    vault.lock();
    const now = readKeyFile(vault.paths.keyFile);
    // The attacker's construction: the old wrapped private key beside today's sealed key.
    const spliced: KeyFile = {
      format: 'fortrolig-key/2',
      vaultId: now.vaultId,
      recovery: oldFile.recovery,
      sealedKey: now.sealedKey,
      keyCheck: now.keyCheck,
    };
    const opened = await unwrapKeys(spliced, TEST_PASSPHRASE).then(
      ({ current }) => {
        const db = openSqlCipher(vault.paths.db, current);
        try {
          return caseNoteBodies(db).length === 3;
        } finally {
          db.close();
        }
      },
      () => false,
    );
    expect(opened).toBe(false);
  });

  // DEFENDED: a crash between the key file and the pin of a passphrase change settles on the
  // new passphrase at the next unlock (the change never claimed success).
  it('a crash between the pin and the key file of a change settles on the new passphrase', async () => {
    const { vault } = await vaultWithNotes();
    // The process dies just before the key file is written: what is on disk then survives.
    const image = join(spare, 'image');
    const crash: DurableWrites = {
      write: (p, run) => {
        if (p === 'passphrase.keyFile') {
          mkdirSync(image, { recursive: true });
          for (const f of readdirSync(dir).filter((f) => !f.endsWith('-shm'))) {
            writeFileSync(join(image, f), readFileSync(join(dir, f)));
          }
          throw new Error('killed');
        }
        return run();
      },
      writeAsync: (_p, run) => run(),
    };
    const dying = newVault(crash);
    await dying.unlock();
    await expect(dying.changePassphrase(TEST_PASSPHRASE, NEW_PASSPHRASE)).rejects.toThrow();
    dying.lock();
    for (const f of readdirSync(dir)) rmSync(join(dir, f), { force: true });
    for (const f of readdirSync(image)) writeFileSync(join(dir, f), readFileSync(join(image, f)));
    // The pin is the authority: the key file is rebuilt from it, and the new passphrase opens.
    expect((await vault.unlock()).recovery).toBe('repaired');
    expect(readRecoveryPin(vault.db)).toEqual(readKeyFile(vault.paths.keyFile).recovery);
    vault.lock();
    await vault.unlockWithPassphrase(NEW_PASSPHRASE, false);
    vault.lock();
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE, false)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });
});

describe('old keys after the next successful unlock', () => {
  // FIXED, was a defect (an old, shredded key stays in the keychain after a successful unlock). A rekey whose
  // keychain step failed (rekey.keychainSetCurrent: the keychain timed out) leaves C = k (the
  // old key) and N = k'. The certificate honestly says "pending". The next unlock with the
  // passphrase, choosing not to keep the key in the keychain, succeeds but touches no keychain
  // entry: `vault:<id>` still holds the key the shredding was meant to destroy (and N the live
  // one, against the consultant's choice). Deleting stale entries is not "keeping" the key.
  // Severity: medium (crypto-shredding incomplete; any copy made under k stays readable).
  it('a passphrase unlock that does not keep the key still removes the old key from the keychain', async () => {
    const { vault, vaultId } = await vaultWithNotes();
    const oldKey = (await keychainKey(vaultId))!;
    const faulty = newVault(failOnce('rekey.keychainSetCurrent'));
    await faulty.unlock();
    const report = await faulty.rekey();
    expect(report.oldKeyDestroyed).toBe(false);
    faulty.lock();
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
    const c = await keychainKey(vaultId);
    expect(c === null || !c.equals(oldKey)).toBe(true);
  });
});

describe('backups and restore', () => {
  // The consultant's backup folder exists (a missing one is an unplugged stick, refused).
  const folder = () => {
    mkdirSync(join(spare, 'backups'), { recursive: true });
    return join(spare, 'backups');
  };
  const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9, 0, 0));

  // FIXED, was a defect (a damaged or tampered key file is copied into every backup). takeBackup copies the
  // key file's bytes from disk without checking them against the open key; verifyCopy checks
  // only the database. A key file damaged while the vault is open (repaired only at the next
  // unlock) goes into each daily pair, and rotation removes the good pairs: after `generations`
  // days no backup in the folder can be restored with the passphrase. Severity: high (the
  // backups silently stop being backups).
  it('a key file damaged while the vault is open never makes every backup unrestorable', async () => {
    const { vault } = await vaultWithNotes();
    await vault.unlock();
    const good = backupIfDue(vault, folder(), 2, day(1))!;
    // Before the damage, the pair restores (so the failures below are the key file's).
    await restoreBackup(join(folder(), good.name), TEST_PASSPHRASE, join(spare, 'check'));
    editJson(vault.paths.keyFile, (f) => {
      const w = (f.recovery as Json).wrappedPrivateKey as Json;
      const bytes = Buffer.from(w.ciphertext as string, 'base64');
      bytes[3]! ^= 1;
      w.ciphertext = bytes.toString('base64');
    });
    for (const d of [2, 3, 4]) backupIfDue(vault, folder(), 2, day(d));
    vault.lock();
    const restorable: string[] = [];
    for (const b of listBackups(folder(), vault.vaultId()!)) {
      const target = join(spare, `restore-${b.name}`);
      try {
        await restoreBackup(join(folder(), b.name), TEST_PASSPHRASE, target);
        restorable.push(b.name);
      } catch {
        // not restorable
      }
    }
    expect(restorable).not.toEqual([]);
  });

  // FIXED, was a defect (a backup taken while a rekey is unfinished cannot be restored). A rekey whose last
  // key-file write failed (disk full) leaves the vault open under k' with the key file holding
  // k as current and k' as pending. A backup then (Backups → "Back up now") copies the database
  // under k' and that key file; restoreBackup unwraps only the *current* key, which does not
  // open the copy: "backup damaged". Severity: medium.
  it('a backup taken while the key file still holds the new key as pending restores', async () => {
    await vaultWithNotes();
    const faulty = newVault(failOnce('rekey.keyFileCurrent'));
    await faulty.unlock();
    await expect(faulty.rekey()).rejects.toMatchObject({ code: 'diskFull' });
    expect(faulty.state()).toBe('unlocked');
    expect(readKeyFile(faulty.paths.keyFile).pending).toBeDefined();
    const taken = takeBackup(faulty, folder(), day(5));
    faulty.lock();
    await restoreBackup(join(folder(), taken.name), TEST_PASSPHRASE, join(spare, 'restored'));
  });

  // FIXED, was a defect (daily backups stop for good). backupIfDue skips when the newest backup's *name*
  // says it is less than a day old, and a name dated in the future always does: one backup
  // taken while the clock was wrong (a dead RTC battery, a bad NTP answer), or an empty file
  // with such a name dropped in the backup folder, stops every daily backup until that date.
  // Nothing says so. Severity: medium (silent; a shredding's replacement clears it).
  it('a backup dated in the future does not stop the daily backups', async () => {
    const { vault, vaultId } = await vaultWithNotes();
    await vault.unlock();
    mkdirSync(folder(), { recursive: true });
    const short = vaultId.replace(/-/g, '').slice(0, 8);
    writeFileSync(join(folder(), `fortrolig-backup-20991231T000000000Z-${short}.db`), '');
    const taken = [3, 10, 20].map((d) => backupIfDue(vault, folder(), 7, day(d)));
    vault.lock();
    expect(taken.filter((t) => t !== null).length).toBeGreaterThan(0);
  });

  // DEFENDED: restore refuses a non-empty data folder and a pair whose key file is not the copy's.
  it('restore refuses a folder with a vault, and a pair whose key file belongs to another copy', async () => {
    const { vault } = await vaultWithNotes();
    await vault.unlock();
    const first = takeBackup(vault, folder(), day(1));
    await vault.rekey();
    const second = takeBackup(vault, folder(), day(2));
    vault.lock();
    await expect(
      restoreBackup(join(folder(), first.name), TEST_PASSPHRASE, dir),
    ).rejects.toMatchObject({ code: 'vaultExists' });
    // The newer key file beside the older database: the unwrapped key is not the copy's.
    writeFileSync(
      join(folder(), first.name.replace(/\.db$/, '.key.json')),
      readFileSync(join(folder(), second.name.replace(/\.db$/, '.key.json'))),
    );
    const target = join(spare, 'target');
    await expect(
      restoreBackup(join(folder(), first.name), TEST_PASSPHRASE, target),
    ).rejects.toBeInstanceOf(VaultCorruptError);
    expect(existsSync(join(target, 'vault.db'))).toBe(false);
    expect(existsSync(join(target, 'vault.key.json'))).toBe(false);
    expect(readdirSync(target).filter((n) => !n.startsWith('.'))).toEqual([]);
  });

  // FIXED, was a defect (misleading, and a dead end). restoreKeyFile promises that a key file from before a
  // later rekey "does not open, and unlocking says recoveryDamaged". It says vaultCorrupt
  // ("header unreadable": the vault is damaged) instead, because the file vouches for its own
  // sealed key; and since a key file is now in place, restoreKeyFile refuses the right pair
  // (vaultExists). The consultant is told an intact vault is broken and cannot try the next
  // backup pair. Severity: medium.
  it('a stale key file put back says recoveryDamaged, and a better one can still be put back', async () => {
    const { vault, vaultId } = await vaultWithNotes();
    const stale = join(spare, 'stale.key.json');
    writeFileSync(stale, readFileSync(vault.paths.keyFile));
    await vault.unlock();
    await vault.rekey();
    vault.lock();
    const good = join(spare, 'good.key.json');
    writeFileSync(good, readFileSync(vault.paths.keyFile));
    unlinkSync(vault.paths.keyFile);
    await keychain.delete(keychainAccount(vaultId));
    await keychain.delete(nextKeychainAccount(vaultId));
    vault.restoreKeyFile(stale);
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      RecoveryDamagedError,
    );
    vault.restoreKeyFile(good);
    await vault.unlockWithPassphrase(TEST_PASSPHRASE);
    vault.lock();
  });
});

describe('verifying the recovery passphrase', () => {
  // FIXED, was a defect (an empty database passes for the vault). verifyRecovery on a locked vault opens
  // vault.db with the unwrapped key and runs one query, without the size and schema checks
  // unlock makes: a 0-byte vault.db (which unlock refuses as damaged) "verifies", so the app
  // tells the consultant the passphrase opens the vault while nothing is there to open.
  // Severity: low-medium.
  it('verifyRecovery refuses a 0-byte vault.db as unlock does', async () => {
    const { vault } = await vaultWithNotes();
    truncateSync(vault.paths.db, 0);
    await expect(vault.unlock()).rejects.toBeInstanceOf(VaultCorruptError);
    await expect(vault.verifyRecovery(TEST_PASSPHRASE)).rejects.toBeInstanceOf(VaultError);
  });

  // DEFENDED: while unlocked, a stale (pre-rekey) key file does not verify.
  it('verifyRecovery while unlocked refuses a key file that holds an older key', async () => {
    const { vault } = await vaultWithNotes();
    const stale = readFileSync(vault.paths.keyFile);
    await vault.unlock();
    await vault.rekey();
    writeFileSync(vault.paths.keyFile, stale);
    await expect(vault.verifyRecovery(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      RecoveryDamagedError,
    );
    vault.lock();
  });
});
