// A job centre's list imported in the window, in Danish, Norwegian and English at 1366×768: the
// file is answered by the main process's picker (the bridge's seam), its CPR column headed
// "Kolonne 1" is not recognised, so the import is refused in words until the consultant maps it;
// then the one impossible CPR is named on its spreadsheet row with the column's heading and the
// button stays off. The corrected file (same headings) opens with the remembered columns, imports
// ten people who are then in the caseload, and the one without an e-mail has the task on their
// page. Cancel drops the held list; a damaged workbook is refused with its translated error.
// Light and dark screenshots of the mapping + preview and of the result, axe clean.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import {
  csvText,
  DANISH_HEADER,
  danishRow,
  encode,
  listPerson,
  type ListPerson,
} from '../support/import-lists';
import {
  createProgramme,
  createVault,
  launchChromium,
  overflowsHorizontally,
} from './caseload-pages';
import { captureScreen, inPage } from './page-checks';
import { dayFromToday, fill } from './retention-pages';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

const PROGRAMME = {
  name: 'Jobsøgning forår',
  funder: 'Jobcenter Aarhus',
  country: 'DK',
  startsOn: '2025-12-01',
  endsOn: dayFromToday(300),
} as const;

// The CPR column's heading is one no vocabulary knows: the consultant maps it by hand.
const HEADER = ['Kolonne 1', 'Fornavn', 'Efternavn', 'E-mail', 'Mobil', 'Startdato'];
const PEOPLE: readonly ListPerson[] = Array.from({ length: 10 }, (_, i) => listPerson(i));
const BAD_INDEX = 4; // spreadsheet row 6 (the heading is row 1)
const NO_EMAIL_INDEX = 7;
const rowsOf = (people: readonly ListPerson[]) =>
  people.map((p, i) => (i === NO_EMAIL_INDEX ? danishRow({ ...p, email: '' }) : danishRow(p)));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('enrolment list import in $code', ({ code, locale, m }) => {
  const im = m.importList;
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  let folder: string;
  const files = { bad: '', good: '', damaged: '' };
  const shoot = async (screen: string) =>
    expect((await captureScreen(page, screen, code)).join('\n')).toBe('');
  const fieldSelect = (letter: string) =>
    page.getByLabel(fill(im.mapping.fieldLabel, { letter }), { exact: true });
  const importButton = () =>
    page.getByRole('button', { name: new RegExp(`^${im.commit.button_other.split(' {{')[0]}`) });
  const row = (n: number) => page.locator(`tr[data-row="${n}"]`);
  const count = (key: string) => page.locator(`[data-count="${key}"] .import-count-n`);
  const openImport = async () => {
    await page.getByRole('button', { name: im.action, exact: true }).click();
    await page.getByRole('heading', { name: im.title, level: 1 }).waitFor();
  };
  const choose = async (path: string | null, label = im.choose) => {
    bridge.answerImportPicker(path);
    await page.getByRole('button', { name: label, exact: true }).click();
  };

  beforeAll(async () => {
    bridge = await startBridge();
    folder = mkdtempSync(join(tmpdir(), 'fortrolig-e2e-import-'));
    const bad = rowsOf(PEOPLE);
    const cpr = PEOPLE[BAD_INDEX]!.nationalId;
    // Day 32: the first six digits are no date.
    bad[BAD_INDEX]![0] = `32${cpr.slice(2, 6)}-${cpr.slice(6)}`;
    files.bad = join(folder, 'deltagerliste.csv');
    writeFileSync(files.bad, encode(csvText([HEADER, ...bad], ';'), 'windows-1252'));
    files.good = join(folder, 'deltagerliste-rettet.csv');
    writeFileSync(files.good, encode(csvText([HEADER, ...rowsOf(PEOPLE)], ';'), 'windows-1252'));
    // A workbook's zip signature and then nothing a workbook has.
    files.damaged = join(folder, 'deltagerliste.xlsx');
    writeFileSync(
      files.damaged,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(400, 7)]),
    );
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    await createVault(page, bridge.url, m);
    await createProgramme(page, m, PROGRAMME);
  });
  afterAll(async () => {
    await context?.close();
    await bridge?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses the list until the CPR column is mapped, then names the bad row', async () => {
    await openImport();
    await choose(files.bad);
    const format = fill(im.format.csv, {
      encoding: im.format.encodings['windows-1252'],
      delimiter: im.format.delimiters.semicolon,
    });
    await page.getByTestId('import-format').filter({ hasText: format }).waitFor();
    // "Kolonne 1" is not recognised; the rest is.
    expect(await fieldSelect('A').inputValue()).toBe('');
    expect(await fieldSelect('B').inputValue()).toBe('givenName');
    expect(await fieldSelect('C').inputValue()).toBe('familyName');
    await page.getByText(im.problems.nationalIdColumnMissing).waitFor();
    await page.getByText(im.commit.blockedMapping).first().waitFor();
    expect(await importButton().isDisabled()).toBe(true);
    await shoot('import-mapping');

    await fieldSelect('A').selectOption('nationalId');
    await row(6).waitFor();
    expect(await page.getByText(im.problems.nationalIdColumnMissing).count()).toBe(0);
    const bad = row(6);
    await bad.getByText(m.nationalId.errors.impossibleDate).waitFor();
    expect(await bad.textContent()).toContain(`Kolonne 1: ${m.nationalId.errors.impossibleDate}`);
    expect(await bad.textContent()).toContain(im.preview.actions.refused);
    expect(await row(5).textContent()).not.toContain(m.nationalId.errors.impossibleDate);
    // The row without an e-mail is imported with a warning, named by its column.
    await row(2 + NO_EMAIL_INDEX)
      .getByText(im.warnings.emailMissing)
      .waitFor();
    expect(await count('create').textContent()).toBe('9');
    expect(await count('refused').textContent()).toBe('1');
    await page.getByText(fill(im.commit.blockedErrors_one, { n: 1 })).waitFor();
    expect(await importButton().isDisabled()).toBe(true);
    expect(await overflowsHorizontally(page)).toBe(false);
    await shoot('import-preview');

    // Only the rows with problems: the bad one and the one without an e-mail.
    await page.getByLabel(im.preview.onlyProblems, { exact: true }).check();
    await expect
      .poll(() =>
        page.locator('tr[data-row]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-row'))),
      )
      .toEqual(['6', String(2 + NO_EMAIL_INDEX)]);
  });

  it('imports the corrected list with the remembered columns; the people are in the caseload', async () => {
    await choose(files.good, im.chooseAnother);
    await expect.poll(() => count('create').textContent()).toBe('10');
    expect(await fieldSelect('A').inputValue()).toBe('nationalId');
    expect(await page.locator('tr[data-column="A"]').getByText(im.mapping.remembered).count()).toBe(
      1,
    );
    expect(await count('refused').textContent()).toBe('0');
    expect(
      await page.getByLabel(fill(im.commit.remember, { funder: PROGRAMME.funder })).isChecked(),
    ).toBe(true);
    const button = page.getByRole('button', { name: fill(im.commit.button_other, { n: 10 }) });
    expect(await button.isDisabled()).toBe(false);
    await shoot('import-ready');
    await button.click();

    await page.getByRole('heading', { name: im.result.title, level: 1 }).waitFor();
    await page.getByText(fill(im.result.created_other, { n: 10 })).waitFor();
    await page.getByText(fill(im.result.emailMissing_one, { n: 1 })).waitFor();
    await page.getByRole('heading', { name: im.result.deleteTitle }).waitFor();
    await page.getByText(im.result.deleteBody).waitFor();
    await shoot('import-result');

    await page.getByRole('button', { name: im.result.toCaseload, exact: true }).click();
    await page.getByRole('heading', { name: m.caseload.title, level: 1 }).waitFor();
    const rows = page.locator('.vrow .row-open');
    await expect.poll(() => rows.count()).toBe(10);
    const names = await rows.allTextContents();
    for (const p of PEOPLE) expect(names).toContain(`${p.familyName}, ${p.givenName}`);

    // The one imported without an e-mail has the task, and its button opens the edit dialog.
    const noEmail = PEOPLE[NO_EMAIL_INDEX]!;
    await rows.filter({ hasText: `${noEmail.familyName}, ${noEmail.givenName}` }).click();
    await page
      .getByRole('heading', { name: `${noEmail.givenName} ${noEmail.familyName}`, level: 1 })
      .waitFor();
    await page.getByText(im.tasks.emailMissing).waitFor();
    await shoot('import-email-task');
    await page.getByRole('button', { name: im.tasks.addEmail, exact: true }).click();
    await page.getByRole('heading', { name: m.participant.editTitle }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('drops the held list on cancel, and says when no file was chosen', async () => {
    await page.getByRole('navigation').getByRole('button', { name: m.nav.programmes }).click();
    await page.getByRole('button', { name: PROGRAMME.name }).first().click();
    await page.getByRole('heading', { name: PROGRAMME.name, level: 1 }).waitFor();
    await shoot('import-programme');
    await openImport();
    await choose(null);
    await page.getByText(im.cancelled).waitFor();

    await choose(files.good);
    // Everyone is in the programme by now: nothing to import, and the button says why.
    await page.getByText(im.commit.nothingNew).waitFor();
    const closed = page.waitForRequest((r) => r.url().endsWith('/vault/import.close'));
    await page.getByRole('button', { name: im.cancel, exact: true }).last().click();
    const { listId } = (await closed).postDataJSON() as { listId: string };
    await page.getByRole('heading', { name: PROGRAMME.name, level: 1 }).waitFor();
    const programmeId = await inPage<number>(
      page,
      "window.vault['programmes.list']({}).then((r) => r.value[0].id)",
    );
    const after = await inPage<{ ok: boolean; error?: { code: string } }>(
      page,
      `window.vault['import.preview']({ listId: '${listId}', programmeId: ${programmeId}, mapping: [] })`,
    );
    expect(after.error?.code).toBe('importListGone');
  });

  it.skipIf(code !== 'en')('shows a progress bar while a long list is saved', async () => {
    const long = join(folder, 'long.csv');
    const people = Array.from({ length: 1000 }, (_, i) => listPerson(1000 + i));
    writeFileSync(long, encode(csvText([DANISH_HEADER, ...people.map(danishRow)], ';'), 'utf-8'));
    await openImport();
    // Seen at any moment, however short: a MutationObserver in the page notes it.
    await inPage(
      page,
      `new MutationObserver(() => {
        if (document.querySelector('[role="progressbar"]')) window.__sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true })`,
    );
    await choose(long);
    await expect.poll(() => count('create').textContent(), { timeout: 30_000 }).toBe('1,000');
    await page.getByRole('button', { name: fill(im.commit.button_other, { n: '1,000' }) }).click();
    await page
      .getByRole('heading', { name: im.result.title, level: 1 })
      .waitFor({ timeout: 60_000 });
    expect(await inPage<boolean>(page, 'window.__sawProgress === true')).toBe(true);
    await page.getByRole('button', { name: im.result.toProgramme, exact: true }).click();
    await page.getByRole('heading', { name: PROGRAMME.name, level: 1 }).waitFor();
  });

  it('refuses a damaged workbook with its translated error', async () => {
    await openImport();
    await choose(files.damaged);
    await page.getByRole('alert').filter({ hasText: m.errors.listUnreadable }).waitFor();
    expect(await page.getByTestId('import-format').count()).toBe(0);
  });
});
