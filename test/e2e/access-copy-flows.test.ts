// An access request answered in the window, in Danish, Norwegian and English at 1366×768: the
// export is refused in words until the identity check is recorded; then the folder is picked in
// the main process (the bridge's picker seam), the copy is written as one AES-256 PDF whose file
// name carries no name, its password is shown once with the advice to send it by another
// channel, opens the file (qpdf), and is gone from the page once put away; the request is
// completed by the export. Light and dark, axe clean.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
import { addParticipant, createProgramme, createVault, launchChromium } from './caseload-pages';
import { captureScreen, inPage } from './page-checks';
import { dayFromToday, fill } from './retention-pages';

const LANGUAGES: readonly { code: string; locale: string; m: Messages; stem: string }[] = [
  { code: 'da', locale: 'da-DK', m: da, stem: 'indsigt' },
  { code: 'nb', locale: 'nb-NO', m: nb, stem: 'innsyn' },
  { code: 'en', locale: 'en-GB', m: en, stem: 'access-copy' },
];

const PROGRAMME = {
  name: 'Jobsøgning vinter',
  funder: 'Jobcenter Aarhus',
  country: 'DK',
  startsOn: dayFromToday(-200),
  endsOn: dayFromToday(200),
} as const;
const PERSON = {
  givenName: 'Karen',
  familyName: 'Ødegård',
  cpr: '070761-4285',
  email: 'karen@example.dk',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('access copy in $code', ({ code, locale, m, stem }) => {
  const q = m.requests;
  const a = m.accessCopy;
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  let folder: string;
  const shoot = async (screen: string) =>
    expect((await captureScreen(page, screen, code)).join('\n')).toBe('');
  const panel = () => page.getByRole('region', { name: q.panel.title, exact: true });
  const item = () => panel().locator('article.request');

  beforeAll(async () => {
    bridge = await startBridge();
    folder = mkdtempSync(join(tmpdir(), 'fortrolig-e2e-access-'));
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    await createVault(page, bridge.url, m);
    await createProgramme(page, m, PROGRAMME);
    await addParticipant(page, m, PERSON);
    // An access request logged on the participant page.
    await page.getByRole('button', { name: q.panel.log, exact: true }).click();
    await panel()
      .getByLabel(q.panel.kind, { exact: true })
      .selectOption({ label: q.kindOptions.access });
    await panel().getByRole('button', { name: q.panel.submit, exact: true }).click();
    await item().getByRole('heading', { name: q.kinds.access, level: 3 }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await bridge?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses the export in words until the identity is checked', async () => {
    await item().getByRole('button', { name: a.action, exact: true }).click();
    await item()
      .getByRole('alert')
      .filter({ hasText: m.fieldErrors.identityNotChecked.accessCopy })
      .waitFor();
    await item().getByRole('button', { name: q.actions.identity, exact: true }).click();
    const form = item().locator('form');
    await form.getByLabel(q.methods.knownInPerson, { exact: true }).check();
    await form.getByRole('button', { name: q.identity.submit, exact: true }).click();
    await panel().getByRole('status').filter({ hasText: q.identity.done }).waitFor();
  });

  it('writes one encrypted PDF to the picked folder and shows its password once', async () => {
    await item().getByRole('button', { name: a.action, exact: true }).click();
    await item().getByText(a.intro).waitFor();
    expect(await item().getByLabel(a.language, { exact: true }).inputValue()).toBe(code);
    await shoot('access-copy-export');
    bridge.answerFolderPicker(folder);
    await item().getByRole('button', { name: a.export, exact: true }).click();
    const password = page.getByTestId('access-passphrase');
    await password.waitFor();
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^${stem}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    await page
      .getByText(fill(a.savedAs, { fileName: files[0]! }))
      .first()
      .waitFor();
    await page.getByText(a.otherChannel).waitFor();
    const shown = (await password.textContent())!.trim();
    // 8 words from a 1,024-word list: 80 bits.
    expect(shown.split('-')).toHaveLength(8);
    const file = join(folder, files[0]!);
    expect(
      execFileSync('qpdf', ['--show-encryption', `--password=${shown}`, file]).toString(),
    ).toMatch(/AESv3/);
    expect(() => execFileSync('qpdf', ['--check', file], { stdio: 'pipe' })).toThrow();
    await shoot('access-copy-password');

    await page.getByRole('button', { name: a.noted, exact: true }).click();
    expect(await page.getByTestId('access-passphrase').count()).toBe(0);
    expect(await page.content()).not.toContain(shown);
    const requests = await inPage<{ value: { status: string }[] }>(
      page,
      "window.vault['requests.list']({ includeClosed: true })",
    );
    expect(requests.value.map((r) => r.status)).toEqual(['completed']);
  });
});
