// A participant's request answered in the window, in Danish, Norwegian and English at 1366×768:
// an access request logged on the participant page (due one calendar month later), completing it
// refused until the identity check is recorded (method only, no copy of a document), the deadline
// extended by two months with a reason, the request started and completed; a request received
// 40 days ago is overdue in words in the banner and on the Requests screen, soonest deadline first.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestDueOn } from '../../main/requests/deadline';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import {
  addParticipant,
  createProgramme,
  createVault,
  launchChromium,
  openCaseload,
  overflowsHorizontally,
} from './caseload-pages';
import { captureScreen, inPage } from './page-checks';
import { banner, dayFromToday, fill } from './retention-pages';
import { dateValue, fillDate } from './date-field';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
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
/** The person whose erasure request arrived 40 days ago: seeded, the request logged in the UI. */
const LATE = { givenName: 'Jens', familyName: 'Holm' };
const CONSULTANT = 'Máret Ŋ.';
const ISSUER = {
  consultantName: CONSULTANT,
  organisationName: 'Jobvejen ApS',
  organisationAddress: 'Havnegade 4\n8000 Aarhus C',
};
const EXTENSION_REASON = 'Mange dokumenter skal samles fra to forløb';
const DONE = 'Kopi af alle oplysninger udleveret personligt';

/** A date as the window shows it (formatDay: medium date style in the page's locale). */
const shown = (day: string, locale: string) => {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(y, mo - 1, d));
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('requests flows in $code', ({ code, locale, m }) => {
  const q = m.requests;
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const today = dayFromToday(0);
  /** The whole page in light and dark; axe must find nothing in either. */
  const shoot = async (screen: string) =>
    expect((await captureScreen(page, screen, code)).join('\n')).toBe('');
  /** Only what a 1366×768 window shows: is anything cut off or unclear? */
  const shootWindow = async (screen: string) =>
    expect(
      (await captureScreen(page, `${screen}-1366x768`, code, { viewportOnly: true })).join('\n'),
    ).toBe('');
  const panel = () => page.getByRole('region', { name: q.panel.title, exact: true });
  const item = () => panel().locator('article.request');
  /** The text of one fact (dt → dd) of the request on the participant page. */
  const fact = (term: string) =>
    item().locator('dl.facts dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  const openRequests = async () => {
    await page.getByRole('navigation').getByRole('button', { name: q.nav, exact: true }).click();
    await page.getByRole('heading', { name: q.screen.title, level: 1 }).waitFor();
  };

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await createVault(page, bridge.url, m);
    await createProgramme(page, m, PROGRAMME);
    await inPage(
      page,
      `(async () => {
        const v = window.vault;
        const programmes = await v['programmes.list']({});
        const r = await v['participants.create']({ ...${JSON.stringify(LATE)},
          nationalId: { country: 'none' }, email: 'jens@example.dk',
          programmeId: programmes.value[0].id, enrolledOn: ${JSON.stringify(dayFromToday(-100))} });
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        // The consultant named in Settings is who checked an identity.
        const s = await v['settings.issuer.save'](${JSON.stringify(ISSUER)});
        if (!s.ok) throw new Error(JSON.stringify(s.error));
      })()`,
    );
    await addParticipant(page, m, PERSON);
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('logs an access request on the participant page, received today and due a month later', async () => {
    // No requests yet: the page keeps its usual layout, with the button in the title row.
    expect(await panel().count()).toBe(0);
    await page.getByRole('button', { name: q.panel.log, exact: true }).click();
    expect(await dateValue(panel().getByLabel(q.panel.receivedOn, { exact: true }))).toBe(today);
    await panel()
      .getByLabel(q.panel.kind, { exact: true })
      .selectOption({ label: q.kindOptions.access });
    await panel()
      .getByLabel(q.panel.channel, { exact: true })
      .selectOption({ label: q.channels.email });
    await panel().scrollIntoViewIfNeeded();
    await shoot('requests-log-form');
    await panel().getByRole('button', { name: q.panel.submit, exact: true }).click();
    const due = requestDueOn(today);
    await panel()
      .getByRole('status')
      .filter({ hasText: fill(q.panel.logged, { date: shown(due, locale) }) })
      .waitFor();
    await item().getByRole('heading', { name: q.kinds.access, level: 3 }).waitFor();
    expect(await item().locator('.badge').textContent()).toBe(q.deadline.onTime);
    expect(await fact(q.item.identity).textContent()).toBe(q.item.notChecked);
    expect(await fact(q.item.status).textContent()).toBe(q.statuses.open);
    expect(await overflowsHorizontally(page)).toBe(false);
    await shoot('requests-participant-logged');
  });

  it('completing before the identity is checked is refused, in words', async () => {
    await item().getByRole('button', { name: q.actions.complete, exact: true }).click();
    await item().getByLabel(q.close.whatWasDone, { exact: true }).fill(DONE);
    await item().getByRole('button', { name: q.close.complete, exact: true }).click();
    await item().getByRole('alert').filter({ hasText: m.errors.identityNotChecked }).waitFor();
    await shoot('requests-identity-not-checked');
    await item().getByRole('button', { name: m.common.cancel, exact: true }).click();
  });

  it('records the identity check: an ID document seen, and no copy of it kept', async () => {
    await item().getByRole('button', { name: q.actions.identity, exact: true }).click();
    const form = item().locator('form');
    await form.getByText(q.identity.noCopy).waitFor();
    // Without a method the form says what is missing.
    await form.getByRole('button', { name: q.identity.submit, exact: true }).click();
    await form.getByRole('alert').filter({ hasText: m.fieldErrors.validation.method }).waitFor();
    await form.getByLabel(q.methods.idDocumentSeen, { exact: true }).check();
    expect(await dateValue(form.getByLabel(q.identity.checkedOn, { exact: true }))).toBe(today);
    await shoot('requests-identity-form');
    await form.getByRole('button', { name: q.identity.submit, exact: true }).click();
    await panel().getByRole('status').filter({ hasText: q.identity.done }).waitFor();
    await expect
      .poll(() => fact(q.item.identity).textContent())
      .toBe(
        fill(q.item.checked, {
          method: q.methods.idDocumentSeen,
          date: shown(today, locale),
          who: CONSULTANT,
        }),
      );
  });

  it('extends the deadline by two months: a reason is required, then the new date shows', async () => {
    await item().getByRole('button', { name: q.actions.extend, exact: true }).click();
    const form = item().locator('form');
    await form.getByLabel(fill(m.retention.period.months_other, { count: 2 })).check();
    await form.getByRole('button', { name: q.extend.submit, exact: true }).click();
    await form.getByRole('alert').filter({ hasText: m.fieldErrors.validation.reason }).waitFor();
    expect(
      await form.getByLabel(q.extend.reason, { exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');
    await form
      .getByText(fill(q.extend.toldHint, { date: shown(requestDueOn(today), locale) }))
      .waitFor();
    await shoot('requests-extend-error');
    await form.getByLabel(q.extend.reason, { exact: true }).fill(EXTENSION_REASON);
    expect(await dateValue(form.getByLabel(q.extend.toldOn, { exact: true }))).toBe(today);
    await form.getByRole('button', { name: q.extend.submit, exact: true }).click();
    const due = requestDueOn(today, 2);
    await panel()
      .getByRole('status')
      .filter({ hasText: fill(q.extend.done, { date: shown(due, locale) }) })
      .waitFor();
    // The status line comes first; the list is fetched again just after it.
    await expect.poll(() => fact(q.item.due).textContent()).toBe(shown(due, locale));
    expect(await fact(q.item.extended).textContent()).toContain(EXTENSION_REASON);
    // Two months is the most art. 12(3) allows: no further extension is offered.
    expect(await item().getByRole('button', { name: q.actions.extend }).count()).toBe(0);
    await shoot('requests-participant-extended');
  });

  it('starts and completes it: it leaves the open list and shows as completed among closed ones', async () => {
    await item().getByRole('button', { name: q.actions.start, exact: true }).click();
    await expect.poll(() => fact(q.item.status).textContent()).toBe(q.statuses.inProgress);
    await item().getByRole('button', { name: q.actions.complete, exact: true }).click();
    await item().getByLabel(q.close.whatWasDone, { exact: true }).fill(DONE);
    await item().getByRole('button', { name: q.close.complete, exact: true }).click();
    await panel().getByRole('status').filter({ hasText: q.close.done.completed }).waitFor();
    await panel().getByText(q.panel.none).waitFor();
    const stored = await inPage<{ status: string; outcome: string; identityMethod: string }[]>(
      page,
      "window.vault['requests.list']({ includeClosed: true }).then((r) => r.value)",
    );
    expect(stored).toMatchObject([
      { status: 'completed', outcome: DONE, identityMethod: 'idDocumentSeen' },
    ]);
    await shoot('requests-participant-completed');

    await openRequests();
    await page.getByText(q.screen.empty).waitFor();
    await page.getByLabel(q.screen.showClosed, { exact: true }).check();
    const row = page.locator('tr[data-request-id]').filter({ hasText: PERSON.familyName });
    await row.locator('.badge').filter({ hasText: q.statuses.completed }).waitFor();
  });

  it('a request received 40 days ago is overdue: in the banner and on the Requests screen', async () => {
    await openCaseload(page, m);
    await page
      .locator('.row-open')
      .filter({ hasText: `${LATE.familyName}, ${LATE.givenName}` })
      .click();
    await page
      .getByRole('heading', { name: `${LATE.givenName} ${LATE.familyName}`, level: 1 })
      .waitFor();
    await page.getByRole('button', { name: q.panel.log, exact: true }).click();
    await panel()
      .getByLabel(q.panel.kind, { exact: true })
      .selectOption({ label: q.kindOptions.erasure });
    await panel()
      .getByLabel(q.panel.channel, { exact: true })
      .selectOption({ label: q.channels.letter });
    // A date after today is refused in the form's own words.
    await fillDate(panel().getByLabel(q.panel.receivedOn, { exact: true }), dayFromToday(3));
    await panel().getByRole('button', { name: q.panel.submit, exact: true }).click();
    await panel()
      .getByRole('alert')
      .filter({ hasText: m.fieldErrors.invalidDates.receivedOn })
      .waitFor();
    const received = dayFromToday(-40);
    await fillDate(panel().getByLabel(q.panel.receivedOn, { exact: true }), received);
    await panel().getByRole('button', { name: q.panel.submit, exact: true }).click();
    await item().locator('.badge').filter({ hasText: q.deadline.overdue }).waitFor();

    const line = banner(page).getByTestId('due-banner-requests');
    await line.waitFor();
    expect(await line.textContent()).toContain(fill(q.banner.overdue_one, { count: 1 }));
    expect(await banner(page).getAttribute('aria-label')).toBe(q.banner.label);
    await page.evaluate('window.scrollTo(0, 0)');
    await shootWindow('requests-banner');

    await line.getByRole('button', { name: q.banner.open, exact: true }).click();
    await page.getByRole('heading', { name: q.screen.title, level: 1 }).waitFor();
    const rows = page.locator('tr[data-request-id]');
    await rows.first().waitFor();
    // Open requests only, soonest deadline first: the overdue one leads.
    expect(await rows.count()).toBe(1);
    const late = rows.first();
    expect(await late.getAttribute('data-deadline')).toBe('overdue');
    expect(await late.textContent()).toContain(`${LATE.givenName} ${LATE.familyName}`);
    expect(await late.textContent()).toContain(q.kinds.erasure);
    expect(await late.textContent()).toContain(shown(received, locale));
    expect(await late.textContent()).toContain(shown(requestDueOn(received), locale));
    expect(await late.locator('.badge').textContent()).toBe(q.deadline.overdue);
    expect(await overflowsHorizontally(page)).toBe(false);
    await shootWindow('requests-screen');

    await page.getByLabel(q.screen.showClosed, { exact: true }).check();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().getAttribute('data-deadline')).toBe('overdue');
    await shoot('requests-screen-with-closed');
  });

  it('a row opens to the request’s details and actions; the name leads to the person', async () => {
    const late = page.locator('tr[data-request-id][data-deadline="overdue"]');
    const toggle = late.getByRole('button', { name: q.screen.details, exact: true });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const details = page.locator('tr.request-details-row');
    await details.getByText(q.item.notChecked).waitFor();
    await details.getByRole('button', { name: q.actions.refuse, exact: true }).click();
    await details.getByLabel(q.close.partlyRefused, { exact: true }).check();
    await details.getByRole('button', { name: q.close.refuse, exact: true }).click();
    await details
      .getByRole('alert')
      .filter({ hasText: m.fieldErrors.validation.outcome })
      .waitFor();
    await shoot('requests-screen-refuse');
    await details.getByRole('button', { name: m.common.cancel, exact: true }).click();

    await late
      .getByRole('button', { name: `${LATE.givenName} ${LATE.familyName}`, exact: true })
      .click();
    await page
      .getByRole('heading', { name: `${LATE.givenName} ${LATE.familyName}`, level: 1 })
      .waitFor();
    await item().getByRole('heading', { name: q.kinds.erasure, level: 3 }).waitFor();
  });

  it('logged no errors', () => {
    expect(problems).toEqual([]);
  });
});
