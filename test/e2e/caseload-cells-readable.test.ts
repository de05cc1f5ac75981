// On a 1366×768 laptop, in Danish, Norwegian and English, no caseload cell is cut without its full
// text reachable: a header never is cut, and every cell that ends in an ellipsis shows its whole
// text when the pointer is on its row and when its row holds keyboard focus (issue 13, layout).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { createVault, launchChromium, openCaseload, overflowsHorizontally } from './caseload-pages';
import { captureScreen, inPage } from './page-checks';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

const PEOPLE = [
  ['Karoline Marie', 'Ødegård Sørensen'],
  ['Bjørn Åge Kristoffer', 'Christophersen-Wæhre Aamodt'],
  ['Anne', 'Lund'],
  ['Maximiliane Charlotte Frederikke', 'Abildgaard-Rasmussen von Holstein'],
] as const;
const PROGRAMMES = [
  'Jobsøgning efterår for ledige akademikere over 50 med fokus på privat sektor',
  'Afklaringsforløb med virksomhedspraktik og mentorstøtte i Region Midtjylland',
];

/** Creates two long-named programmes and four people enrolled in both, through the bridge. */
async function seed(page: Page): Promise<void> {
  await inPage(
    page,
    `(async () => {
      const v = window.vault;
      const ids = [];
      for (const name of ${JSON.stringify(PROGRAMMES)}) {
        const p = await v['programmes.create']({ name, funder: 'Jobcenter Aarhus', country: 'DK',
          startsOn: '2026-01-05', endsOn: '2026-12-31' });
        ids.push(p.value.id);
      }
      for (const [givenName, familyName] of ${JSON.stringify(PEOPLE)}) {
        const r = await v['participants.create']({ givenName, familyName,
          nationalId: { country: 'none' }, email: 'x@example.dk', programmeId: ids[0],
          enrolledOn: '2026-01-06' });
        await v['enrolments.create']({ participantId: r.value.participant.id,
          programmeId: ids[1], enrolledOn: '2026-01-07' });
      }
    })()`,
  );
}

type Cell = Readonly<{ selector: string; text: string; cut: boolean }>;

/**
 * Every text box in the visible caseload rows and headers (a cell's text span, the name button,
 * a header), with its full text and whether it is cut (wider or taller than its box).
 */
function cells(page: Page, scope: string): Promise<Cell[]> {
  return inPage<Cell[]>(
    page,
    `(() => {
      const boxes = [...document.querySelectorAll(${JSON.stringify(scope)})];
      const run = String(Math.random()).slice(2);
      return boxes.map((el, i) => {
        el.dataset.probe = run + '-' + i;
        return { selector: '[data-probe="' + run + '-' + i + '"]', text: el.textContent,
          cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 };
      });
    })()`,
  );
}

const TEXTS = '.vscroll [role=row] :is(.vcell-text, .row-open)';
const HEADERS = '.vrow-head [role=columnheader]';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('caseload cells at 1366×768 ($code)', ({ code, locale, m }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    await createVault(page, bridge.url, m);
    await seed(page);
    await page.getByRole('button', { name: m.nav.programmes }).click();
    await openCaseload(page, m);
    await page
      .locator('.vscroll .row-open')
      .nth(PEOPLE.length - 1)
      .waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('cuts no header, and some long names and programmes (the reason for this test)', async () => {
    const headers = await cells(page, HEADERS);
    expect(headers).toHaveLength(5);
    expect(headers.filter((h) => h.cut)).toEqual([]);
    // Positive control: the generated texts are long enough that some cells are cut at rest.
    const all = await cells(page, TEXTS);
    expect(all.length).toBeGreaterThanOrEqual(PEOPLE.length * 5);
    expect(all.filter((c) => c.cut).length).toBeGreaterThan(0);
    expect(await overflowsHorizontally(page)).toBe(false);
    await captureScreen(page, 'caseload-cells', code, { viewportOnly: true }).then((f) =>
      expect(f).toEqual([]),
    );
  });

  it('shows every cut cell whole under the pointer', async () => {
    for (const cell of (await cells(page, TEXTS)).filter((c) => c.cut)) {
      await page.locator(cell.selector).hover();
      const after = await page.locator(cell.selector).evaluate((el) => ({
        text: el.textContent,
        cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
      }));
      expect(after, cell.text).toEqual({ text: cell.text, cut: false });
    }
    await page.locator('.vscroll .row-open').first().hover();
    await captureScreen(page, 'caseload-cells-hover', code, { viewportOnly: true }).then((f) =>
      expect(f).toEqual([]),
    );
  });

  it('shows every cut cell whole when its row holds keyboard focus', async () => {
    await page.mouse.move(0, 0);
    const rows = await page.locator('.vscroll [role=row]').count();
    for (let r = 0; r < rows; r++) {
      // The way a keyboard user gets there: the list's one tab stop, then arrow keys.
      await page.locator('.vscroll .row-open[tabindex="0"]').focus();
      const rowAt = (k: number) => page.locator(`.vscroll [role=row][aria-rowindex="${k + 2}"]`);
      for (let k = 1; k <= r; k++) {
        await page.keyboard.press('ArrowDown');
        // The list moves focus on the next frame, after scrolling the row into view.
        await rowAt(k).locator('.row-open:focus').waitFor();
      }
      const row = rowAt(r);
      await row.locator('.row-open:focus').waitFor();
      const inRow = await row.locator(':is(.vcell-text, .row-open)').evaluateAll((els) =>
        els.map((el) => ({
          text: el.textContent,
          cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
        })),
      );
      expect(inRow.filter((c) => c.cut)).toEqual([]);
      // The accessible name of the focused button is the whole name, not the ellipsis.
      const names = PEOPLE.map(([given, family]) => `${family}, ${given}`);
      expect(names).toContain(inRow[0]!.text);
    }
    await captureScreen(page, 'caseload-cells-focus', code, { viewportOnly: true }).then((f) =>
      expect(f).toEqual([]),
    );
  });
});
