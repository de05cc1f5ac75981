// The raw bytes of vault.db, -wal and -shm never contain note text or a CPR-like number.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeNote } from '../support/session-note-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

const MARKER = 'MARKØR-fjord-7f3a9c';
const CPR = '0707614285';

function rawFiles(db: string): Buffer[] {
  return [db, `${db}-wal`, `${db}-shm`].filter(existsSync).map((p) => readFileSync(p));
}

function leaks(buf: Buffer): string[] {
  const found: string[] = [];
  for (const needle of [MARKER, CPR, '070761-4285']) {
    for (const enc of ['utf8', 'utf16le', 'latin1'] as const) {
      if (buf.includes(Buffer.from(needle, enc))) found.push(`${needle}/${enc}`);
    }
  }
  return found;
}

describe('no plaintext on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('finds neither marker nor CPR in db, wal or shm, while open and after lock', async () => {
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    for (let i = 0; i < 200; i++) {
      writeNote(
        vault.db,
        `Samtale ${i}: ${MARKER} CPR ${CPR} og 070761-4285. ${'tekst '.repeat(i % 40)}`,
      );
    }
    // While open, the WAL holds the recent pages: they must be ciphertext too.
    expect(existsSync(`${vault.paths.db}-wal`)).toBe(true);
    const open = rawFiles(vault.paths.db);
    expect(open.reduce((n, b) => n + b.length, 0)).toBeGreaterThan(50_000);
    expect(open.flatMap(leaks)).toEqual([]);
    vault.lock();
    expect(rawFiles(vault.paths.db).flatMap(leaks)).toEqual([]);
  });

  it('the same check finds the marker in an unkeyed database (the search is not blind)', async () => {
    const { openSqlCipher } = await import('../../main/vault/sqlcipher-driver');
    const { migrate } = await import('../../main/vault/migrate');
    const path = `${dir}/plain.db`;
    const db = openSqlCipher(path, null);
    db.pragmaValue('journal_mode = WAL');
    migrate(db);
    writeNote(db, `${MARKER} ${CPR}`);
    expect(rawFiles(path).flatMap(leaks).length).toBeGreaterThan(0);
    db.close();
  });
});
