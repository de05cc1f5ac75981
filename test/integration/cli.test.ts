// The admin CLI end to end: init from piped stdin, unlock-check, seed, check (also on a damaged file), bench --json.
import { openSync, readSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { readKeyFile } from '../../main/vault/key-file';
import { removeDir, tempDir } from '../support/temp-vault';
import { vaultCli } from '../support/vault-cli';

describe('vault CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('init, unlock-check, seed with a marker, check', async () => {
    const init = await vaultCli(['init', '--data-dir', dir], 'en lang og hemmelig sætning\n');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/key is in the OS keychain/);
    expect((await vaultCli(['unlock-check', '--data-dir', dir])).code).toBe(0);
    const seeded = await vaultCli([
      'seed',
      '--notes',
      '300',
      '--marker',
      'QXMARK',
      '--data-dir',
      dir,
    ]);
    // Notes belong to participants' enrolments: without --participants, one person for ten notes.
    expect(seeded.stdout).toMatch(/Wrote 30 participants, 300 notes and 0 documents/);
    const nobody = await vaultCli([
      'seed',
      '--participants',
      '0',
      '--notes',
      '5',
      '--data-dir',
      dir,
    ]);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/at least 1/);
    const caseload = await vaultCli([
      'seed',
      '--participants',
      '40',
      '--notes',
      '200',
      '--documents',
      '5',
      '--data-dir',
      dir,
    ]);
    expect(caseload.stdout).toMatch(/Wrote 40 participants, 200 notes and 5 documents/);
    const check = await vaultCli(['check', '--data-dir', dir]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/quick_check and cipher_integrity_check passed/);
  });

  it('unlock-check exits 1 with the reason when the keychain entry is gone; check falls back to the piped passphrase', async () => {
    await vaultCli(['init', '--data-dir', dir], 'en lang og hemmelig sætning\n');
    const { vaultId } = readKeyFile(join(dir, 'vault.key.json'));
    await new KeytarKeyStore().delete(keychainAccount(vaultId));
    const failed = await vaultCli(['unlock-check', '--data-dir', dir]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/keychainEntryMissing/);
    const check = await vaultCli(['check', '--data-dir', dir], 'en lang og hemmelig sætning\n');
    expect(check.code).toBe(0);
    expect((await vaultCli(['unlock-check', '--data-dir', dir])).code).toBe(0);
  });

  it('check reports vaultCorrupt after a byte in a data page is flipped', async () => {
    await vaultCli(['init', '--data-dir', dir], 'en lang og hemmelig sætning\n');
    await vaultCli(['seed', '--notes', '2000', '--data-dir', dir]);
    const db = join(dir, 'vault.db');
    const pages = statSync(db).size / 4096;
    expect(pages).toBeGreaterThan(20);
    const fd = openSync(db, 'r+');
    const b = Buffer.alloc(1);
    const at = Math.floor(pages * 0.6) * 4096 + 2000;
    readSync(fd, b, 0, 1, at);
    b[0] = b[0]! ^ 0xff;
    writeSync(fd, b, 0, 1, at);
    closeSync(fd);
    const check = await vaultCli(['check', '--data-dir', dir]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/vaultCorrupt/);
  });

  it('bench --json prints one JSON line with keyed and unkeyed figures, then a table', async () => {
    // Tiny sizes: the erasure, with-documents and crypto-ceiling rows must still be produced.
    const bench = await vaultCli([
      'bench',
      '--json',
      '--quick',
      '--notes',
      '50',
      '--documents-mb',
      '1',
    ]);
    expect(bench.code).toBe(0);
    const [line, ...table] = bench.stdout.trim().split('\n');
    type Side = Record<string, number>;
    type Shred = { seconds: number; rekeyMBs: number | null; documentsMB?: number };
    const result = JSON.parse(line!) as {
      vault: { keyed: Side; unkeyed: Side };
      caseload: { keyed: Side; unkeyed: Side };
      closeOut: { keyed: Shred; unkeyed: Shred };
      erasure: { keyed: Shred; unkeyed: Shred };
      withDocuments: {
        documentsMb: number;
        erasure: { keyed: Shred; unkeyed: Shred };
        closeOut: { keyed: Shred; unkeyed: Shred };
      };
      cryptoCeilings: {
        node: Side;
        openssl: { available: boolean; reason?: string } & Side;
      };
    };
    for (const side of [result.vault.keyed, result.vault.unkeyed]) {
      expect(side.openToFirstQueryMs).toBeGreaterThan(0);
      expect(side.insertP99Ms).toBeGreaterThanOrEqual(side.insertP50Ms!);
    }
    for (const side of [result.caseload.keyed, result.caseload.unkeyed]) {
      expect(Object.keys(side).sort()).toEqual([
        'autosaveP99Ms',
        'caseloadFirstPageMs',
        'firstPageByNameMs',
        'firstPageByNameUnindexedMs',
        'participantPageMs',
        'searchP50Ms',
        'searchP95Ms',
      ]);
      expect(side.searchP95Ms).toBeGreaterThanOrEqual(side.searchP50Ms!);
    }
    // Keyed shreddings rekey (PRAGMA rekey timed alone); plain SQLite skips it, so no MB/s.
    for (const pair of [
      result.closeOut,
      result.erasure,
      result.withDocuments.erasure,
      result.withDocuments.closeOut,
    ]) {
      expect(pair.keyed.seconds).toBeGreaterThan(0);
      expect(pair.unkeyed.seconds).toBeGreaterThan(0);
      expect(pair.keyed.rekeyMBs).toBeGreaterThan(0);
      expect(pair.unkeyed.rekeyMBs).toBeNull();
    }
    expect(result.withDocuments.documentsMb).toBe(1);
    // The person erased holds the newest document: one of the 1 MiB ones added.
    expect(result.withDocuments.erasure.keyed.documentsMB).toBeGreaterThanOrEqual(1);
    const { node, openssl } = result.cryptoCeilings;
    for (const k of ['aesEncryptMBs', 'aesDecryptMBs', 'hmacSha512MBs', 'rekeyPerPageMBs'])
      expect(node[k]).toBeGreaterThan(0);
    if (openssl.available) expect(openssl.hmacSha512MBs).toBeGreaterThan(0);
    else expect(openssl.reason).toMatch(/openssl/);
    const text = table.join('\n');
    expect(text).toMatch(/keyed\s+unkeyed\s+ratio/);
    expect(text).toMatch(/erasure s \(1 person/);
    expect(text).toMatch(/rekey MB\/s, close-out\s+\d/);
    expect(text).toMatch(/with 1 MiB of documents added/);
    expect(text).toMatch(/AES-256-CBC encrypt\s+\d+\s+(\d+|n\/a)/);
    expect(text).toMatch(/HMAC-SHA512\s+\d+\s+(\d+|n\/a)/);
  });
});
