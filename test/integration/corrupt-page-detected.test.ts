// A flipped byte in a data page is reported as VaultCorruptError; no query returns wrong data silently.
import { openSync, readSync, writeSync, closeSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VaultCorruptError } from '../../main/vault/errors';
import { runIntegrityChecks } from '../../main/vault/integrity';
import { caseNoteBodies, writeNote } from '../support/session-note-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

const PAGE = 4096;

function flipByte(path: string, offset: number): void {
  const fd = openSync(path, 'r+');
  const b = Buffer.alloc(1);
  readSync(fd, b, 0, 1, offset);
  b[0] = b[0]! ^ 0x5a;
  writeSync(fd, b, 0, 1, offset);
  closeSync(fd);
}

describe('corrupt page', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('check reports VaultCorruptError and reading the damaged notes fails loudly', async () => {
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    const bodies: string[] = [];
    for (let i = 0; i < 300; i++) {
      const body = `Notat ${i} ${'indhold '.repeat(30)}`;
      bodies.push(body);
      writeNote(vault.db, body);
    }
    vault.db.pragmaValue('wal_checkpoint(TRUNCATE)');
    expect(runIntegrityChecks(vault.db).ok).toBe(true);
    // The notes table's root page: with 300 notes an interior page every read of notes passes
    // through. (A page picked by position could be the schema's, which unlock reads: as the schema
    // grows with each migration, the middle of the file moved onto it.)
    const root = Number(
      vault.db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'notes'").get()?.rootpage,
    );
    vault.lock();

    const pages = statSync(vault.paths.db).size / PAGE;
    expect(pages).toBeGreaterThan(10);
    expect(root).toBeGreaterThan(1);
    flipByte(vault.paths.db, (root - 1) * PAGE + 1000);

    await vault.unlock();
    expect(() => vault.check()).toThrow(VaultCorruptError);
    let read: string[] | null = null;
    try {
      read = caseNoteBodies(vault.db);
    } catch (err) {
      expect(String((err as { code?: string }).code)).toMatch(/SQLITE_(CORRUPT|NOTADB|IOERR)/);
    }
    // Either the query failed, or (if the flipped page is not a notes page) it returned exactly the truth.
    if (read !== null) expect(read).toEqual(bodies);
    vault.lock();
  });
});
