// Editing after the fact, in Danish, Norwegian and English: a note template edited in Settings
// and inserted in a new note, last contact following the note's time, a participant's e-mail
// and family name changed (the ID kept), a second enrolment and the first one ended as completed.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  noteBody,
  openCaseload,
  waitSaved,
} from './caseload-pages';
import { captureScreen } from './page-checks';
import { fillDateTime } from './date-field';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

const PERSON = {
  givenName: 'Karen',
  familyName: 'Ødegård',
  cpr: '070761-4285',
  email: 'karen@example.dk',
};
const FIRST = {
  name: 'Jobsøgning forår',
  funder: 'Jobcenter Aarhus',
  country: 'DK',
  startsOn: '2026-01-05',
  endsOn: '2026-12-30',
} as const;
const SECOND = { ...FIRST, name: 'Sprogspor efterår' } as const;
const TEMPLATE = { title: 'Opfølgning, vores udgave', body: 'Mål for ugen: tre ansøgninger.' };

const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replace(`{{${k}}}`, v), text);

/** The text shown beside a term in the profile's fact list. */
const fact = (page: Page, term: string) =>
  page.locator('dl.facts dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('participant editing in $code', ({ code, locale, m }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const shoot = async (screen: string) =>
    expect(await captureScreen(page, screen, code)).toEqual([]);

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await createVault(page, bridge.url, m);
    await createProgramme(page, m, FIRST);
    await createProgramme(page, m, SECOND);
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('edits a note template in Settings', async () => {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: m.retention.nav.settings })
      .click();
    await page.getByRole('heading', { name: m.templates.title, level: 2 }).waitFor();
    await page.getByLabel(m.templates.choose, { exact: true }).selectOption('followUp');
    await page.getByLabel(m.templates.name, { exact: true }).fill(TEMPLATE.title);
    await page.getByLabel(m.templates.body, { exact: true }).fill(TEMPLATE.body);
    await page.getByRole('button', { name: m.templates.save }).click();
    await page.getByText(m.templates.saved).waitFor();
    await page.getByRole('heading', { name: m.templates.title, level: 2 }).scrollIntoViewIfNeeded();
    await shoot('settings-templates');
  });

  it('inserts the edited template in a new note, and last contact follows the note', async () => {
    await addParticipant(page, m, PERSON);
    await expect
      .poll(() => fact(page, m.participant.lastContact).textContent())
      .toBe(m.common.never);
    await page
      .getByLabel(m.sessionNotes.template, { exact: true })
      .selectOption({ label: TEMPLATE.title });
    await expect.poll(() => noteBody(page, m).inputValue()).toBe(TEMPLATE.body);
    await waitSaved(page, m);
    await expect
      .poll(() => fact(page, m.participant.lastContact).textContent())
      .not.toBe(m.common.never);
    // A later occurred-at moves the last contact forward without reloading the page.
    await fillDateTime(
      page.getByLabel(m.sessionNotes.occurredAt, { exact: true }),
      '2030-03-04T10:15',
    );
    await waitSaved(page, m);
    await expect.poll(() => fact(page, m.participant.lastContact).textContent()).toContain('2030');
  });

  it('edits the e-mail and family name, keeping the national ID; a new name needs a reason', async () => {
    await page.getByRole('button', { name: m.participant.edit, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: m.participant.editTitle });
    await dialog.waitFor();
    // Changing the ID checks it live, exactly like the new-participant form.
    await dialog.getByLabel(m.participant.changeId, { exact: true }).check();
    await dialog.getByLabel(m.participant.nationalId, { exact: true }).fill('320161-1234');
    await dialog.getByText(m.nationalId.errors.impossibleDate).waitFor();
    await dialog.getByLabel(m.participant.changeId, { exact: true }).uncheck();
    await dialog.getByText(m.participant.keepIdHint).waitFor();
    await dialog.getByLabel(m.participant.familyName, { exact: true }).fill('Nørgaard');
    await dialog.getByLabel(m.participant.email, { exact: true }).fill('karen.n@example.dk');
    // A corrected name goes into the person's history of changes: it asks why.
    await dialog.getByRole('button', { name: m.participant.saveChanges }).click();
    await dialog.getByText(m.participant.changeReasonNeeded).waitFor();
    const reason = dialog.getByLabel(m.participant.changeReason, { exact: true });
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Gift, nyt efternavn');
    await shoot('participant-edit');
    await dialog.getByRole('button', { name: m.participant.saveChanges }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(m.participant.changesSaved).waitFor();
    await page.getByRole('heading', { name: 'Karen Nørgaard', level: 1 }).waitFor();
    await expect
      .poll(() => fact(page, m.participant.email).textContent())
      .toBe('karen.n@example.dk');
    await page.getByText('070761-••••').waitFor();
    await openCaseload(page, m);
    await page.locator('.row-open').filter({ hasText: 'Nørgaard, Karen' }).waitFor();
    expect(await page.locator('.row-open').filter({ hasText: PERSON.familyName }).count()).toBe(0);
  });

  it('enrols in a second programme and ends the first as completed', async () => {
    await page.locator('.row-open').filter({ hasText: 'Nørgaard, Karen' }).click();
    await page.getByRole('heading', { name: 'Karen Nørgaard', level: 1 }).waitFor();
    const enrolments = page.locator('.enrolments');
    await enrolments.getByRole('button', { name: m.participant.enrolIn }).click();
    await enrolments
      .getByLabel(m.participant.programme, { exact: true })
      .selectOption({ label: SECOND.name });
    await enrolments.getByRole('button', { name: m.participant.enrol, exact: true }).click();
    await enrolments.getByText(fill(m.participant.enrolled, { programme: SECOND.name })).waitFor();
    await enrolments.getByText(m.participant.noOtherProgrammes).waitFor();

    await enrolments
      .getByRole('button', { name: fill(m.participant.endEnrolmentIn, { programme: FIRST.name }) })
      .click();
    const dialog = page.getByRole('dialog', {
      name: fill(m.participant.endTitle, { programme: FIRST.name }),
    });
    await dialog.waitFor();
    expect(await dialog.getByLabel(m.caseload.statuses.completed).isChecked()).toBe(true);
    await dialog
      .getByLabel(m.participant.endReason, { exact: true })
      .selectOption({ label: m.participant.endReasons.education });
    await shoot('enrolment-end');
    await dialog.getByRole('button', { name: m.participant.endEnrolment, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const first = enrolments.locator('li').filter({ hasText: FIRST.name });
    await first.locator('.badge', { hasText: m.caseload.statuses.completed }).waitFor();
    const second = enrolments.locator('li').filter({ hasText: SECOND.name });
    await second.locator('.badge', { hasText: m.caseload.statuses.active }).waitFor();
    // The first programme is open to join again; the second is not.
    await enrolments.getByRole('button', { name: m.participant.enrolIn }).click();
    await enrolments
      .getByLabel(m.participant.programme, { exact: true })
      .locator('option', { hasText: FIRST.name })
      .waitFor({ state: 'attached' });
    await shoot('participant-enrolments');
  });

  it('logged no errors', () => {
    expect(problems).toEqual([]);
  });
});
