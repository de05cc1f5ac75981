// A review of what the import window receives when the list is not what it should be: a column's
// sample values reach the page before any mapping, so a national ID there must be masked even
// when it breaks the rules (a typo is still someone's number).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { csvText, encode, listPerson } from '../../support/import-lists';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const NOW = new Date('2026-11-29T10:00:00Z');

describe('what the import window receives from a list with broken national IDs', () => {
  let dir: string;
  let files: string;
  let vault: Vault;
  let dispatch: Dispatch;
  let pick: string | null;
  let logger: MemoryLogger;

  beforeEach(async () => {
    dir = tempDir();
    files = tempDir('fortrolig-lists-');
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    logger = new MemoryLogger();
    dispatch = createDispatch(
      { vault, dataDir: dir, now: () => NOW, actor: 'KB', pickImportList: async () => pick },
      logger,
    );
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
    removeDir(files);
  });

  it('samples of an ID column whose numbers break the rules are masked, not sent in clear', async () => {
    const created = await dispatch('programmes.create', {
      name: 'Jobsøgning efterår',
      funder: 'Jobcenter Aarhus',
      country: 'DK',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    const programmeId = (created as { value: { id: number } }).value.id;
    const valid = listPerson(3).nationalId;
    // 31 February; a Norwegian number with its last check digit wrong; a valid CPR one digit off.
    const broken = ['310261-4285', `${listPerson(4, 'NO').nationalId.slice(0, 10)}9`, `${valid}7`];
    const rows = [['CPR-nr.', 'Fornavn', 'Efternavn'], ...broken.map((id) => [id, 'Åse', 'Bæk'])];
    pick = join(files, 'liste.csv');
    writeFileSync(pick, encode(csvText(rows, ';'), 'utf-8'));
    const answer = await dispatch('import.open', { programmeId });
    expect(answer).toMatchObject({ ok: true });
    const page = JSON.stringify(answer);
    expect(page).not.toContain(files);
    for (const id of broken) {
      const digits = id.replace(/-/g, '');
      // The date part may show, as everywhere IDs are masked; the rest never does.
      expect(page).not.toContain(digits.slice(6));
    }
    const samples = (answer as { value: { list: { columns: { samples: string[] }[] } } }).value.list
      .columns[0]!.samples;
    expect(samples).toHaveLength(3);
    for (const s of samples) expect(s).toMatch(/^\d{6}-••••$/);
    expect(JSON.stringify(logger.entries)).not.toContain(broken[0]!.slice(7));
  });
});
