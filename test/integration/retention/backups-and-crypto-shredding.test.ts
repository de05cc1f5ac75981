// Encrypted backups: taken, pruned, restored with the passphrase; and after a close-out, neither the
// old key nor a backup from before it opens with any key the app still holds.
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listParticipantNotes } from '../../../main/domain/session-notes';
import type { Database } from '../../../main/vault/database';
import {
  listBackups,
  pruneBackups,
  replaceBackupsAfterShredding,
  restoreBackup,
  takeBackup,
} from '../../../main/retention/backups';
import { getDeletionRecord } from '../../../main/retention/certificates';
import { closeOutProgramme } from '../../../main/retention/close-out';
import { VaultExistsError, WrongPassphraseError } from '../../../main/vault/errors';
import { readKeyFile, unwrapKey } from '../../../main/vault/key-file';
import { keychainAccount } from '../../../main/vault/key-store';
import { KeytarKeyStore } from '../../../main/vault/keytar-key-store';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { NOW, twoProgrammes, type Marked } from '../../support/two-programmes';

/** Every session note (with its addenda) of the two programmes' participants, as the timeline reads them. */
function sessionNotes(db: Database, m: Marked) {
  return [...m.onlyA, m.shared, ...m.onlyB].map(
    (id) => listParticipantNotes(db, id, { limit: 100 }).notes,
  );
}

function opens(path: string, key: Uint8Array): boolean {
  const db = openSqlCipher(path, key);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

describe('backups', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('are ciphertext, keep N generations, and restore with the passphrase into an empty folder', async () => {
    const { vault } = testVault(join(dir, 'vault'));
    await vault.create(TEST_PASSPHRASE);
    const m = twoProgrammes(vault.db, 2, 2);
    const folder = join(dir, 'usb');
    mkdirSync(folder, { mode: 0o700 }); // picked in the OS dialog: it exists
    for (let i = 0; i < 4; i++) takeBackup(vault, folder, new Date(NOW.getTime() + i * 86_400_000));
    expect(listBackups(folder, vault.vaultId()!)).toHaveLength(4);
    expect(pruneBackups(folder, vault.vaultId()!, 2)).toBe(2);
    const [newest] = listBackups(folder, vault.vaultId()!);
    expect(readdirSync(folder).sort()).toHaveLength(4); // two .db and two .key.json
    const raw = readFileSync(join(folder, newest!.name));
    expect(raw.includes(Buffer.from(m.gone[0]!))).toBe(false);
    expect(newest!.name).not.toMatch(/Alfa|Giv|Fam/);
    const notes = sessionNotes(vault.db, m);
    expect(notes.flat().length).toBeGreaterThan(0);
    vault.lock();

    const target = join(dir, 'new-laptop');
    await expect(
      restoreBackup(join(folder, newest!.name), 'wrong passphrase!!', target),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
    await restoreBackup(join(folder, newest!.name), TEST_PASSPHRASE, target);
    const { vault: restored } = testVault(target);
    await restored.unlockWithPassphrase(TEST_PASSPHRASE);
    expect(sessionNotes(restored.db, m)).toEqual(notes);
    restored.lock();
    await expect(
      restoreBackup(join(folder, newest!.name), TEST_PASSPHRASE, target),
    ).rejects.toBeInstanceOf(VaultExistsError);
  });

  it('after a close-out: old key dead, pre-close-out backup opens with no key the app holds, older backups replaced', async () => {
    const keychain = new KeytarKeyStore();
    const { vault } = testVault(join(dir, 'vault'), keychain);
    const { vaultId } = await vault.create(TEST_PASSPHRASE);
    const m = twoProgrammes(vault.db, 2, 2);
    const folder = join(dir, 'backups');
    mkdirSync(folder, { mode: 0o700 }); // picked in the OS dialog: it exists
    const before = takeBackup(vault, folder, NOW);
    // Someone copied last week's backup elsewhere: it must become noise to the app.
    mkdirSync(join(dir, 'stray'));
    copyFileSync(join(folder, before.name), join(dir, 'stray', 'old.db'));
    const oldKey = (await keychain.get(keychainAccount(vaultId)))!;
    expect(opens(join(dir, 'stray', 'old.db'), oldKey)).toBe(true);

    const paper = Object.fromEntries([...m.onlyA, m.shared].map((id) => [id, 'shredded' as const]));
    const record = await closeOutProgramme(
      {
        vault,
        now: () => new Date(NOW.getTime() + 60_000),
        actor: 'KB',
        backupsConfigured: () => true,
        replaceBackups: async () => (
          replaceBackupsAfterShredding(vault, folder, new Date(NOW.getTime() + 120_000)),
          true
        ),
      },
      { programmeId: m.a, typedName: 'Forløb Alfa', paper, presetId: 'dk-jobcentre-coaching' },
    );
    // Claimed at the purge as following; read as done from the finishing marker.
    expect(record.record.body.backups).toBe('backupReplacementFollows');
    expect(record.finishing).toBe('done');
    expect(getDeletionRecord(vault.db, record.record.id)?.backupsReplaced).toBe(true);
    vault.lock();

    const newKey = (await keychain.get(keychainAccount(vaultId)))!;
    const viaPassphrase = await unwrapKey(readKeyFile(vault.paths.keyFile), TEST_PASSPHRASE);
    expect(viaPassphrase.equals(newKey)).toBe(true);
    expect(opens(vault.paths.db, oldKey)).toBe(false);
    expect(opens(vault.paths.db, newKey)).toBe(true);
    for (const key of [newKey, viaPassphrase])
      expect(opens(join(dir, 'stray', 'old.db'), key)).toBe(false);

    const backups = listBackups(folder, vaultId);
    expect(backups.map((b) => b.name)).not.toContain(before.name);
    expect(backups).toHaveLength(1);
    expect(opens(join(folder, backups[0]!.name), newKey)).toBe(true);
    const fresh = openSqlCipher(join(folder, backups[0]!.name), newKey);
    expect(
      fresh
        .prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?')
        .get([`"${m.gone.find((g) => g.startsWith('NOTE'))!}"`]),
    ).toEqual({ n: 0 });
    fresh.close();
  });
});
