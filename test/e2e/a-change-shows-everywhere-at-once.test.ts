// Issue 13, stale screens: a change made on one screen shows on every screen in view without
// navigating. Editing a programme's end date into the past puts it in the due banner, its status
// and its close-out prompt on the same page (the page is not remounted); moving the date back
// takes it out again. In Danish, Norwegian and English, in real Chromium against the test bridge.
import type { Browser, BrowserContext, ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Messages } from '../../renderer/src/i18n/en';
import { da } from '../../renderer/src/i18n/da';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { createVault, launchChromium, openProgrammes } from './caseload-pages';
import { fillDate } from './date-field';
import { captureScreen, inPage } from './page-checks';
import { banner, dayFromToday, fill } from './retention-pages';

const LANGUAGES: readonly { code: string; locale: string; m: Messages; programme: string }[] = [
  { code: 'da', locale: 'da-DK', m: da, programme: 'Jobsøgning efterår' },
  { code: 'nb', locale: 'nb-NO', m: nb, programme: 'Jobbsøking høst' },
  { code: 'en', locale: 'en-GB', m: en, programme: 'Job search autumn' },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A running programme (ends in 200 days) with one participant, created as the window would. */
function seedRunningProgramme(page: Page, name: string): Promise<number> {
  const d = { start: dayFromToday(-60), enrolled: dayFromToday(-50), end: dayFromToday(200) };
  return inPage<number>(
    page,
    `(async () => {
      const v = window.vault;
      const d = ${JSON.stringify(d)};
      const ok = (r) => { if (!r.ok) throw new Error(JSON.stringify(r.error)); return r.value; };
      const p = ok(await v['programmes.create']({ name: ${JSON.stringify(name)},
        funder: 'Jobcenter Aarhus', country: 'DK', startsOn: d.start, endsOn: d.end }));
      ok(await v['participants.create']({ givenName: 'Ida', familyName: 'Holm',
        nationalId: { country: 'none' }, email: 'ida@example.dk', programmeId: p.id,
        enrolledOn: d.enrolled }));
      return p.id;
    })()`,
  );
}

describe.each(LANGUAGES)(
  'a change shows everywhere at once, in $code',
  ({ code, locale, m, programme }) => {
    const r = m.retention;
    let bridge: Bridge;
    let context: BrowserContext;
    let page: Page;
    let heading: ElementHandle;
    const dueText = fill(r.banner.programmesDue_one, { count: 1 });
    const status = () => page.getByTestId('programme-status');
    const prompt = () => page.getByRole('region', { name: r.prompt.title, exact: true });

    /** Edits the shown programme's end date through its form and waits for "saved". */
    const editEndDate = async (day: string) => {
      await page.getByRole('button', { name: m.common.edit, exact: true }).click();
      await fillDate(page.getByLabel(m.programmes.endsOn, { exact: true }), day);
      await page.getByRole('button', { name: m.common.save, exact: true }).click();
      await page.getByRole('status').filter({ hasText: m.programmes.saved }).waitFor();
    };

    /** The page's heading is the element it was: the screen was not remounted or navigated. */
    const samePage = async () =>
      expect(await heading.evaluate((element) => element.isConnected)).toBe(true);

    beforeAll(async () => {
      bridge = await startBridge();
      context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
      await context.addInitScript(installVaultScript({ token: bridge.token }));
      page = await context.newPage();
      await createVault(page, bridge.url, m);
      await seedRunningProgramme(page, programme);
      await openProgrammes(page, m);
      await page.getByRole('button', { name: programme, exact: true }).click();
      const title = page.getByRole('heading', { name: programme, level: 1 });
      await title.waitFor();
      heading = (await title.elementHandle())!;
    });

    afterAll(async () => {
      await context?.close();
      await bridge?.close();
    });

    it('a running programme is not in the banner', async () => {
      expect(await status().textContent()).toBe(m.programmes.statuses.active);
      expect(await banner(page).count()).toBe(0);
      expect(await prompt().count()).toBe(0);
    });

    it('its end date edited into the past puts it in the banner, without navigating', async () => {
      await editEndDate(dayFromToday(-1));
      await banner(page).filter({ hasText: dueText }).waitFor();
      await prompt().waitFor();
      await page.waitForFunction(
        `document.querySelector('[data-testid="programme-status"]')?.textContent === ${JSON.stringify(m.programmes.statuses.closing)}`,
      );
      await samePage();
      await page.evaluate('window.scrollTo(0, 0)');
      const findings = await captureScreen(page, 'stale-state-banner-1366x768', code, {
        viewportOnly: true,
      });
      expect(findings.join('\n')).toBe('');
    });

    it('its end date moved back takes it out of the banner again', async () => {
      await editEndDate(dayFromToday(30 * 3));
      await banner(page).waitFor({ state: 'detached' });
      await prompt().waitFor({ state: 'detached' });
      expect(await status().textContent()).toBe(m.programmes.statuses.active);
      await samePage();
    });
  },
);
