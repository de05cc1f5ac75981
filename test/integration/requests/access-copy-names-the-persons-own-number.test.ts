// The access copy names the person's own kind of number in every language (issue 13, words): a
// Norwegian copy for a Dane says who saw "det danske CPR-nummeret ditt", never "fødselsnummeret
// ditt", and a Danish copy for a Norwegian says "dit norske fødselsnummer", never "CPR-nummer".
// Read back with qpdf and Poppler, as the passphrase test does.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAccessCopy } from '../../../main/requests/access-copy';
import type { Vault } from '../../../main/vault/vault';
import { ACCESS_NOW, accessCase, type AccessCase } from '../../support/access-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

/** The report's text, opened in memory (qpdf takes the whole passphrase; Poppler reads stdin). */
function reportText(file: string, passphrase: string): string {
  const opened = execFileSync('qpdf', [`--password=${passphrase}`, '--decrypt', file, '-'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return execFileSync('pdftotext', ['-enc', 'UTF-8', 'fd://0', '-'], {
    input: opened,
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
}

describe('the access copy names the person’s own number', () => {
  let dir: string;
  let out: string;
  let vault: Vault;
  let c: AccessCase;

  beforeAll(async () => {
    dir = tempDir();
    out = tempDir('fortrolig-out-');
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    c = accessCase(vault.db);
  });
  afterAll(() => {
    vault.lock();
    removeDir(dir);
    removeDir(out);
  });

  const copy = async (who: 'danish' | 'norwegian', locale: 'da' | 'nb') => {
    const made = await exportAccessCopy(vault.db, {
      participantId: c[who],
      locale,
      folder: out,
      actor: 'Kirsten Bang',
      now: ACCESS_NOW,
      timeZone: 'Europe/Copenhagen',
    });
    return reportText(made.path, made.passphrase);
  };

  it.each([
    ['nb', 'danish', 'Hvem har sett eller kopiert det danske CPR-nummeret ditt', /fødselsnummer/i],
    ['nb', 'norwegian', 'Hvem har sett eller kopiert fødselsnummeret ditt', /CPR/],
    ['da', 'danish', 'Hvem har set eller kopieret dit CPR-nummer', /fødselsnummer/i],
    ['da', 'norwegian', 'Hvem har set eller kopieret dit norske fødselsnummer', /CPR-nummer/],
  ] as const)('%s copy for the %s person: “%s”', async (locale, who, heading, wrong) => {
    const text = await copy(who, locale);
    expect(text).toContain(heading);
    // The reveal in the audit names the same number (access-case reveals each person's once).
    const auditLine = text.slice(text.indexOf(heading) + heading.length);
    const yours = heading.split(/(?:kopiert|kopieret) /)[1] ?? '';
    expect(auditLine).toContain(`Kirsten Bang viste ${yours}`);
    expect(text).not.toMatch(wrong);
  });
});
