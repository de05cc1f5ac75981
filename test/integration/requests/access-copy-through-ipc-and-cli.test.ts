// The access copy through the IPC table (requests.exportAccessCopy: the folder comes from the
// main process's picker, the answer is the file name and the passphrase and never a path; a
// request without an identity check is refused before the dialog opens) and the admin CLI
// (`vault export-participant … --json` prints one JSON line with the file and the passphrase).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../main/domain/audit';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { getRequest } from '../../../main/requests/register';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { ACCESS_NOW, MARKERS, accessCase, type AccessCase } from '../../support/access-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { vaultCli } from '../../support/vault-cli';

/** The text of the copy, opened with qpdf (Poppler's tools keep only 32 characters of -upw). */
function text(file: string, passphrase: string): string {
  const opened = execFileSync('qpdf', [`--password=${passphrase}`, '--decrypt', file, '-']);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', 'fd://0', '-'], {
    input: opened,
    encoding: 'utf8',
  });
}

describe('the access copy through IPC and the CLI', () => {
  let dir: string;
  let out: string;
  let vault: Vault;
  let c: AccessCase;
  let dispatch: Dispatch;
  let picked: string | null;
  let pickerOpened: number;

  beforeEach(async () => {
    dir = tempDir();
    out = tempDir('fortrolig-out-');
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    c = accessCase(vault.db);
    picked = out;
    pickerOpened = 0;
    dispatch = createDispatch(
      {
        vault,
        dataDir: dir,
        now: () => ACCESS_NOW,
        actor: 'KB',
        pickFolder: async () => {
          pickerOpened++;
          return picked;
        },
      },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
    removeDir(out);
  });

  it('exports to the picked folder, answers the file name and passphrase only, and completes the request', async () => {
    const answer = await dispatch('requests.exportAccessCopy', { requestId: c.checkedRequest });
    expect(answer).toMatchObject({ ok: true, value: { outcome: 'exported' } });
    const value = (answer as { value: { fileName: string; passphrase: string } }).value;
    expect(Object.keys(value).sort()).toEqual(['fileName', 'outcome', 'passphrase']);
    expect(value.fileName).toBe('indsigt-2026-11-29.pdf');
    expect(JSON.stringify(answer)).not.toContain(out);
    expect(readdirSync(out)).toEqual([value.fileName]);
    expect(text(join(out, value.fileName), value.passphrase)).toContain(MARKERS.note);
    expect(getRequest(vault.db, c.checkedRequest).status).toBe('completed');
    // The consultant named in Settings is the one the audit names.
    expect(listAudit(vault.db, 1)[0]).toMatchObject({ action: 'export', actor: 'Kirsten Bang' });
    expect(
      await dispatch('requests.exportAccessCopy', { requestId: c.checkedRequest }),
    ).toMatchObject({ ok: false, error: { code: 'requestClosed' } });
  });

  it('refuses before the dialog opens when the identity is not checked, and writes nothing when cancelled', async () => {
    expect(
      await dispatch('requests.exportAccessCopy', { requestId: c.uncheckedRequest }),
    ).toMatchObject({ ok: false, error: { code: 'identityNotChecked' } });
    expect(pickerOpened).toBe(0);
    picked = null;
    expect(
      await dispatch('requests.exportAccessCopy', { requestId: c.checkedRequest, locale: 'en' }),
    ).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(pickerOpened).toBe(1);
    picked = join(out, 'gone');
    expect(await dispatch('requests.exportAccessCopy', { requestId: c.checkedRequest })).toEqual({
      ok: true,
      value: { outcome: 'notAFolder' },
    });
    expect(readdirSync(out)).toEqual([]);
    expect(getRequest(vault.db, c.checkedRequest).status).toBe('open');
  });

  it('vault export-participant --json prints one JSON line with the file and the passphrase', async () => {
    vault.lock();
    const run = await vaultCli([
      'export-participant',
      '--participant',
      String(c.norwegian),
      '--out',
      out,
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const printed = JSON.parse(lines[0]!) as { file: string; passphrase: string };
    expect(Object.keys(printed).sort()).toEqual(['file', 'passphrase']);
    expect(printed.file).toMatch(new RegExp(`^${out}/innsyn-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    expect(existsSync(printed.file)).toBe(true);
    const report = text(printed.file, printed.passphrase);
    expect(report).toContain(MARKERS.addendum);
    expect(report).toContain('Postboks 458 Sentrum');

    const bad = await vaultCli([
      'export-participant',
      '--participant',
      '999',
      '--out',
      out,
      '--data-dir',
      dir,
    ]);
    expect(bad).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('notFound (participant)'),
    });
    const usage = await vaultCli(['export-participant', '--out', out, '--data-dir', dir]);
    expect(usage.code).toBe(2);
  });
});
