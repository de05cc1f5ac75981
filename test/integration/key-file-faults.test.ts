// The key-lifecycle faults a careful review found, each as its own case: an empty vault.db, a
// missing key file, a swapped recovery public key, a flipped bit in each key-file field, KDF
// parameters raised and lowered, and a keychain write failing once at each rekey step.
import { readFileSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendDeletionRecord,
  getDeletionRecord,
  type CertificateBody,
} from '../../main/retention/certificates';
import type { DurablePoint } from '../../main/vault/durable';
import {
  KeyFileMissingError,
  KeychainUnavailableError,
  RecoveryDamagedError,
  VaultCorruptError,
  WrongPassphraseError,
} from '../../main/vault/errors';
import { destructionPending } from '../../main/vault/key-destruction';
import { readKeyFile, readKeyFileState, unwrapKeys } from '../../main/vault/key-file';
import { keychainAccount, nextKeychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { Vault } from '../../main/vault/vault';
import { caseNoteBodies, writeNote } from '../support/session-note-case';
import { TEST_KDF, TEST_PASSPHRASE, removeDir, sha256File, tempDir } from '../support/temp-vault';

const keychain = new KeytarKeyStore();
let dir: string;

beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

/** The session notes vaultWithNotes() writes, oldest first. */
const THREE_NOTES = ['note 0', 'note 1', 'note 2'];

async function vaultWithNotes(n = 3) {
  const vault = new Vault({ dataDir: dir, keyStore: keychain, kdfCost: TEST_KDF });
  const { vaultId } = await vault.create(TEST_PASSPHRASE);
  for (let i = 0; i < n; i++) writeNote(vault.db, `note ${i}`);
  vault.lock();
  return { vault, vaultId };
}

type Json = Record<string, unknown>;
function editKeyFile(vault: Vault, edit: (file: Json) => void): void {
  const file = JSON.parse(readFileSync(vault.paths.keyFile, 'utf8')) as Json;
  edit(file);
  writeFileSync(vault.paths.keyFile, JSON.stringify(file, null, 2));
}

/** Flips one bit in a base64 field, keeping it valid base64 of the same length. */
function flipBit(b64: string): string {
  const bytes = Buffer.from(b64, 'base64');
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
  return bytes.toString('base64');
}

describe('an empty or foreign vault.db is never opened as a vault', () => {
  it('refuses a 0-byte vault.db as damaged and leaves it untouched', async () => {
    const { vault } = await vaultWithNotes();
    truncateSync(vault.paths.db, 0);
    await expect(vault.unlock()).rejects.toBeInstanceOf(VaultCorruptError);
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      VaultCorruptError,
    );
    expect(statSync(vault.paths.db).size).toBe(0);
    expect(vault.state()).toBe('locked');
  });

  it('refuses a truncated header', async () => {
    const { vault } = await vaultWithNotes();
    truncateSync(vault.paths.db, 1000);
    const before = sha256File(vault.paths.db);
    await expect(vault.unlock()).rejects.toThrow(/header truncated/);
    expect(sha256File(vault.paths.db)).toBe(before);
  });

  it('refuses a database that opens with the key but has no schema', async () => {
    const { vault, vaultId } = await vaultWithNotes();
    const key = (await keychain.get(keychainAccount(vaultId)))!;
    unlinkSync(vault.paths.db);
    const { openSqlCipher } = await import('../../main/vault/sqlcipher-driver');
    const foreign = openSqlCipher(vault.paths.db, key);
    foreign.exec('CREATE TABLE scratch (x); DROP TABLE scratch; VACUUM;');
    foreign.close();
    await expect(vault.unlock()).rejects.toThrow(/no schema/);
    expect(vault.state()).toBe('locked');
  });
});

describe('a missing key file beside vault.db', () => {
  it('is a locked, damaged vault (not "no vault"), and the keychain key repairs it from the pin', async () => {
    const { vault } = await vaultWithNotes();
    unlinkSync(vault.paths.keyFile);
    expect(vault.state()).toBe('locked');
    const report = await vault.unlock();
    expect(report.recovery).toBe('repaired');
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
    // The repaired file is the consultant's own recovery copy: the same passphrase opens it.
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    vault.lock();
  });

  it('without a keychain key says keyFileMissing, and touches nothing', async () => {
    const { vault, vaultId } = await vaultWithNotes();
    unlinkSync(vault.paths.keyFile);
    await keychain.delete(keychainAccount(vaultId));
    const before = sha256File(vault.paths.db);
    await expect(vault.unlock()).rejects.toBeInstanceOf(KeyFileMissingError);
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      KeyFileMissingError,
    );
    expect(sha256File(vault.paths.db)).toBe(before);
  });
});

describe('the recovery public key is authenticated', () => {
  it('a swapped public key is never sealed to: the rekey uses the pinned key and the passphrase still opens', async () => {
    const { vault } = await vaultWithNotes();
    await vault.unlock();
    const attacker = generateKeyPairSync('x25519');
    const attackerPub = attacker.publicKey
      .export({ type: 'spki', format: 'der' })
      .toString('base64');
    editKeyFile(vault, (f) => ((f.recovery as Json).publicKey = attackerPub));
    await vault.rekey();
    vault.lock();
    expect(readKeyFile(vault.paths.keyFile).recovery.publicKey).not.toBe(attackerPub);
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
  });

  it('a swapped public key is found and repaired at the next keychain unlock', async () => {
    const { vault } = await vaultWithNotes();
    const attacker = generateKeyPairSync('x25519');
    const attackerPub = attacker.publicKey
      .export({ type: 'spki', format: 'der' })
      .toString('base64');
    editKeyFile(vault, (f) => ((f.recovery as Json).publicKey = attackerPub));
    expect((await vault.unlock()).recovery).toBe('repaired');
    vault.lock();
    expect(readKeyFile(vault.paths.keyFile).recovery.publicKey).not.toBe(attackerPub);
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    vault.lock();
  });
});

describe('damage to the recovery copy is not silent', () => {
  const fields: [string, (f: Json) => void][] = [
    ['sealedKey.ciphertext', (f) => flip(f, 'sealedKey', 'ciphertext')],
    ['sealedKey.tag', (f) => flip(f, 'sealedKey', 'tag')],
    ['sealedKey.ephemeralPublicKey', (f) => flip(f, 'sealedKey', 'ephemeralPublicKey')],
    [
      'recovery.wrappedPrivateKey.ciphertext',
      (f) => flip(f, 'recovery', 'wrappedPrivateKey', 'ciphertext'),
    ],
    ['recovery.wrappedPrivateKey.iv', (f) => flip(f, 'recovery', 'wrappedPrivateKey', 'iv')],
    ['recovery.kdf.salt', (f) => flip(f, 'recovery', 'kdf', 'salt')],
    ['recovery.publicKey', (f) => flip(f, 'recovery', 'publicKey')],
    ['keyCheck', (f) => flip(f, 'keyCheck')],
    ['mac.current', (f) => flip(f, 'mac', 'current')],
  ];
  function flip(f: Json, ...path: string[]) {
    let o = f;
    for (const p of path.slice(0, -1)) o = o[p] as Json;
    const last = path.at(-1)!;
    o[last] = flipBit(o[last] as string);
  }

  for (const [name, damage] of fields) {
    it(`a flipped bit in ${name}: the passphrase says recoveryDamaged, the keychain unlock repairs it`, async () => {
      const { vault } = await vaultWithNotes();
      editKeyFile(vault, damage);
      await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
        RecoveryDamagedError,
      );
      expect((await vault.unlock()).recovery).toBe('repaired');
      vault.lock();
      await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
      expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
      vault.lock();
    });
  }

  it('a file whose checksum was recomputed after tampering is caught by its MAC', async () => {
    const { vault } = await vaultWithNotes();
    const { createHash } = await import('node:crypto');
    editKeyFile(vault, (f) => {
      f.keyCheck = flipBit(f.keyCheck as string);
      delete f.checksum;
      const canonical = (v: unknown): string =>
        Array.isArray(v)
          ? `[${v.map(canonical).join(',')}]`
          : v && typeof v === 'object'
            ? `{${Object.entries(v as Json)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
                .join(',')}}`
            : JSON.stringify(v);
      f.checksum = createHash('sha256').update(canonical(f)).digest('hex');
    });
    expect(readKeyFileState(vault.paths.keyFile).kind).toBe('ok');
    expect((await vault.unlock()).recovery).toBe('repaired');
    vault.lock();
  });

  it('KDF parameters raised past the bound are refused before any scrypt runs', async () => {
    const { vault } = await vaultWithNotes();
    editKeyFile(vault, (f) => (((f.recovery as Json).kdf as Json).N = 2 ** 24));
    const started = Date.now();
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      RecoveryDamagedError,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await vault.unlock()).recovery).toBe('repaired');
    vault.lock();
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    vault.lock();
  });

  it('KDF parameters raised within the bound, or lowered, say recoveryDamaged, not wrongPassphrase', async () => {
    for (const N of [2 ** 15, 2 ** 13]) {
      const { vault } = await vaultWithNotes();
      editKeyFile(vault, (f) => (((f.recovery as Json).kdf as Json).N = N));
      await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
        RecoveryDamagedError,
      );
      expect((await vault.unlock()).recovery).toBe('repaired');
      vault.lock();
      removeDir(dir);
      dir = tempDir();
    }
  });

  it('a wrong passphrase on an intact file is still wrongPassphrase', async () => {
    const { vault } = await vaultWithNotes();
    await expect(vault.unlockWithPassphrase('et forkert men langt kodeord')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });
});

const erasureBody: CertificateBody = {
  kind: 'participantErasure',
  at: '2026-11-22T10:00:00.000Z',
  consultant: 'KB',
  scope: {
    programmeId: null,
    country: null,
    participantsErased: 1,
    participantsKeptForOtherProgrammes: 0,
  },
  counts: { participant: 1 },
  rule: { presetId: null, trigger: 'request', reason: 'dataSubjectRequest' },
  paperNotes: { shredded: 0, none: 1 },
  cryptoShredding: 'vaultRekeyFollows',
  backups: 'noBackupFolderConfigured',
};

describe('a keychain write failing once during a rekey', () => {
  const points: DurablePoint[] = [
    'rekey.keychainSetCurrent',
    'rekey.keychainSetNext',
    'rekey.keychainDeleteNext',
  ];
  for (const point of points) {
    it(`at ${point}: the next keychain unlock opens, and destruction is claimed only once confirmed`, async () => {
      const { vault, vaultId } = await vaultWithNotes();
      let failed = false;
      const plan = {
        write: <T>(_p: DurablePoint, run: () => T) => run(),
        writeAsync: async <T>(p: DurablePoint, run: () => Promise<T>) => {
          if (p === point && !failed) {
            failed = true;
            throw new KeychainUnavailableError('timeout');
          }
          return run();
        },
      };
      const faulty = new Vault({
        dataDir: dir,
        keyStore: keychain,
        kdfCost: TEST_KDF,
        durable: plan,
      });
      await faulty.unlock();
      const record = faulty.db.transaction(() => appendDeletionRecord(faulty.db, erasureBody));
      if (point === 'rekey.keychainSetCurrent') {
        // As after a passphrase unlock that did not keep the key: the rekey must first put it back.
        await keychain.delete(keychainAccount(vaultId));
      }
      const outcome = await faulty.rekey().catch((err: unknown) => err);
      if (point === 'rekey.keychainDeleteNext') {
        // The database is rekeyed and C holds the new key, but the keychain has not confirmed
        // it holds nothing else: the certificate must still say "pending".
        expect(outcome).toMatchObject({ oldKeyDestroyed: false });
        expect(destructionPending(faulty.db)).toBe(true);
        expect(getDeletionRecord(faulty.db, record.id)?.oldKeyDestroyed).toBe(false);
      } else {
        // Before the database changed: the rekey is refused, nothing changed.
        expect(outcome).toBeInstanceOf(KeychainUnavailableError);
      }
      faulty.lock();
      if (point === 'rekey.keychainSetCurrent') await vault.unlockWithPassphrase(TEST_PASSPHRASE);
      else await vault.unlock();
      expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
      expect(destructionPending(vault.db)).toBe(false);
      expect(getDeletionRecord(vault.db, record.id)?.oldKeyDestroyed).toBe(
        point === 'rekey.keychainDeleteNext',
      );
      vault.lock();
      await vault.unlock();
      vault.lock();
      expect(await keychain.get(nextKeychainAccount(vaultId))).toBeNull();
      const file = readKeyFile(vault.paths.keyFile);
      const { current, pending } = await unwrapKeys(file, TEST_PASSPHRASE);
      expect(pending).toBeNull();
      expect((await keychain.get(keychainAccount(vaultId)))!.equals(current)).toBe(true);
    });
  }

  it('a rekey refuses to start while the open key is only the pending one', async () => {
    const { vault } = await vaultWithNotes();
    let fail = true;
    const plan = {
      write: <T>(p: DurablePoint, run: () => T) => {
        if ((p === 'rekey.keyFileCurrent' || p === 'unlock.keyFile') && fail) {
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        }
        return run();
      },
      writeAsync: <T>(_p: DurablePoint, run: () => Promise<T>) => run(),
    };
    const faulty = new Vault({
      dataDir: dir,
      keyStore: keychain,
      kdfCost: TEST_KDF,
      durable: plan,
    });
    await faulty.unlock();
    await expect(faulty.rekey()).rejects.toThrow(); // the database is rekeyed, the file is not final
    // Still open on the new key, recorded only as pending: a second rekey must not overwrite it.
    await expect(faulty.rekey()).rejects.toMatchObject({ code: 'diskFull' });
    expect(readKeyFile(vault.paths.keyFile).pending).toBeDefined();
    faulty.lock();
    fail = false;
    await vault.unlock();
    expect(readKeyFile(vault.paths.keyFile).pending).toBeUndefined();
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
    await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
    vault.lock();
  });
});

describe('the way forward without a key file and without a keychain key', () => {
  it('putting back the key file of a backup pair opens the vault with the passphrase', async () => {
    const { vault, vaultId } = await vaultWithNotes();
    const spare = join(dir, 'spare.key.json');
    writeFileSync(spare, readFileSync(vault.paths.keyFile));
    unlinkSync(vault.paths.keyFile);
    await keychain.delete(keychainAccount(vaultId));
    await expect(vault.unlock()).rejects.toBeInstanceOf(KeyFileMissingError);
    writeFileSync(join(dir, 'garbage.key.json'), '{"format":"nope"}');
    expect(() => vault.restoreKeyFile(join(dir, 'garbage.key.json'))).toThrow(RecoveryDamagedError);
    vault.restoreKeyFile(spare);
    await vault.unlockWithPassphrase(TEST_PASSPHRASE);
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
    await vault.unlock();
    vault.lock();
  });

  it('a vault whose recovery copy is lost gets a new one from the open key and a new passphrase', async () => {
    const { vault } = await vaultWithNotes();
    await vault.unlock();
    await vault.resetRecovery('en helt ny genopretning med lang tekst');
    vault.lock();
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await vault.unlockWithPassphrase('en helt ny genopretning med lang tekst', false);
    expect(caseNoteBodies(vault.db)).toEqual(THREE_NOTES);
    vault.lock();
  });
});
