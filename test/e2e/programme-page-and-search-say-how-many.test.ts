// Nothing stops silently, in Danish, Norwegian and English at 1366×768: a programme with 260
// participants shows all of them (the count, and its last name after scrolling, not the first 200)
// with a link to the caseload filtered to it, and search says how many hits it shows and fetches
// more on request (issue 13, layout).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import {
  createVault,
  launchChromium,
  openProgrammes,
  overflowsHorizontally,
} from './caseload-pages';
import { captureScreen, inPage } from './page-checks';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

const COUNT = 260;
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('how many, said ($code)', ({ code, locale, m }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    await createVault(page, bridge.url, m);
    bridge.seedCaseload(COUNT);
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('the programme page shows every participant and links to the caseload', async () => {
    await openProgrammes(page, m);
    await page.getByRole('button', { name: 'Seeded programme' }).first().click();
    await page.getByRole('heading', { name: 'Seeded programme', level: 1 }).waitFor();
    const n = new Intl.NumberFormat(locale).format(COUNT);
    const people = page.locator('.programme-people');
    await people.getByText(fill(m.caseload.total_other, { n }), { exact: true }).waitFor();
    const table = people.getByRole('table');
    expect(await table.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    await page.locator('.vscroll .row-open').first().waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await captureScreen(page, 'programme-people', code, { viewportOnly: true }).then((f) =>
      expect(f).toEqual([]),
    );
    // The last row by name, beyond the 200 the page used to stop at (æ and ø sort after z).
    await inPage(
      page,
      "(() => { const s = document.querySelector('.vscroll'); s.scrollTop = s.scrollHeight; })()",
    );
    const last = page.locator(`.vscroll [role=row][aria-rowindex="${COUNT + 1}"] .row-open`);
    await last.waitFor();
    expect((await last.textContent())?.length).toBeGreaterThan(3);

    await page.getByRole('link', { name: m.programmes.showInCaseload }).click();
    await page.getByRole('heading', { name: m.caseload.title, level: 1 }).waitFor();
    const filter = page.getByLabel(m.caseload.programme, { exact: true });
    // The programme list loads after the page: until then the filter can only show "All".
    await page.getByText(fill(m.caseload.total_other, { n }), { exact: true }).waitFor();
    await expect
      .poll(() => filter.locator('option:checked').textContent(), { timeout: 15_000 })
      .toBe('Seeded programme');
  });

  it('search says how many hits it shows and shows more on request', async () => {
    // What the vault finds for the word, up to the channel's 100: more than one page of 20.
    const found = await inPage<number>(
      page,
      "window.vault['search.query']({ text: 'Hansen', limit: 100 }).then((r) => r.value.length)",
    );
    expect(found).toBeGreaterThan(20);
    expect(found).toBeLessThanOrEqual(40);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('Hansen');
    const results = page.locator('.search-results');
    const count = results.locator('.search-count');
    await count.filter({ hasText: fill(m.nav.hitsMore, { n: '20' }) }).waitFor();
    expect(await results.locator('.search-hit').count()).toBe(20);
    await captureScreen(page, 'search-more', code, { viewportOnly: true }).then((f) =>
      expect(f).toEqual([]),
    );

    await results.getByRole('button', { name: m.nav.showMore }).click();
    await count.filter({ hasText: fill(m.nav.hitCount_other, { n: String(found) }) }).waitFor();
    expect(await results.locator('.search-hit').count()).toBe(found);
    // Everything found: no button, and focus on the first new hit rather than lost.
    expect(await results.getByRole('button', { name: m.nav.showMore }).count()).toBe(0);
    await results.locator('.search-hit').nth(20).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('Escape');
  });
});
