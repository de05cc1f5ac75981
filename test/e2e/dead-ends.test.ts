// No dead ends (issue 13), in Danish, Norwegian and English, at 1366×768, light and dark, axe
// clean: a new vault's caseload says it is empty; "New participant" with no programme opens the
// programme form and comes back; a duplicate CPR or fødselsnummer is named as such and links to
// the person; a wrongly uploaded document and a test result are deleted after a confirmation, a
// test result corrected; a draft discarded (a locked note never); an enrolment ended with a
// reason, and the caseload's status filter shows "All"; the passphrase screen leads back to the
// keychain.
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
  fillParticipant,
  launchChromium,
  noteBody,
  openCaseload,
  waitSaved,
} from './caseload-pages';
import { minimalPdf } from './fixtures';
import { captureScreen, inPage } from './page-checks';
import { fillDate } from './date-field';
import { fillScores, scoreCell } from './assessment-form';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

const KAREN = {
  givenName: 'Karen',
  familyName: 'Ødegård',
  cpr: '070761-4285',
  email: 'karen@example.dk',
};
const PROGRAMME = {
  name: 'Jobsøgning forår',
  funder: 'Jobcenter Aarhus',
  startsOn: '2026-01-05',
  endsOn: '2026-12-30',
};

const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replace(`{{${k}}}`, v), text);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('no dead ends in $code', ({ code, locale, m }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const shoot = async (screen: string) =>
    expect(await captureScreen(page, `dead-ends-${screen}`, code, { viewportOnly: true })).toEqual(
      [],
    );
  const dialog = (name: string) => page.getByRole('dialog', { name });
  const heading = (name: string, level = 1) => page.getByRole('heading', { name, level });

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await createVault(page, bridge.url, m);
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('a new vault says it has no participants yet, not that none match', async () => {
    await page.getByText(m.caseload.emptyVault).waitFor();
    expect(await page.getByText(m.caseload.empty).count()).toBe(0);
    await shoot('caseload-empty');
  });

  it('"New participant" with no programme opens the programme form and comes back', async () => {
    await page.getByRole('button', { name: m.caseload.newParticipant }).click();
    await page.getByText(m.participant.needProgramme).waitFor();
    await page.getByRole('button', { name: m.programmes.new }).click();
    await heading(m.programmes.new, 2).waitFor();
    await page.getByText(m.programmes.backToParticipant).waitFor();
    await page.getByLabel(m.programmes.name, { exact: true }).fill(PROGRAMME.name);
    await page.getByLabel(m.programmes.funder, { exact: true }).fill(PROGRAMME.funder);
    await page.getByLabel(m.programmes.country, { exact: true }).selectOption('DK');
    await fillDate(page.getByLabel(m.programmes.startsOn, { exact: true }), PROGRAMME.startsOn);
    await fillDate(page.getByLabel(m.programmes.endsOn, { exact: true }), PROGRAMME.endsOn);
    await page.getByRole('button', { name: m.programmes.create }).click();
    await heading(m.participant.newTitle).waitFor();
    const programme = page.getByLabel(m.participant.programme, { exact: true });
    await expect
      .poll(async () => programme.locator('option:checked').textContent())
      .toBe(PROGRAMME.name);
    await page.getByLabel(m.participant.givenName, { exact: true }).fill(KAREN.givenName);
    await page.getByLabel(m.participant.familyName, { exact: true }).fill(KAREN.familyName);
    await page.getByLabel(m.participant.idCountry, { exact: true }).selectOption('DK');
    await page.getByLabel(m.participant.nationalId, { exact: true }).fill(KAREN.cpr);
    await page.getByLabel(m.participant.email, { exact: true }).fill(KAREN.email);
    await page.getByRole('button', { name: m.participant.create }).click();
    await heading('Karen Ødegård').waitFor();
  });

  it('a duplicate CPR or fødselsnummer is named as such and links to the person', async () => {
    // Ola first, with a Norwegian number.
    await fillParticipant(page, m, { ...KAREN, givenName: 'Ola', familyName: 'Nordmann' });
    await page.getByLabel(m.participant.idCountry, { exact: true }).selectOption('NO');
    await page.getByLabel(m.participant.nationalId, { exact: true }).fill('13097248022');
    await page.getByLabel(m.participant.email, { exact: true }).fill('ola@example.no');
    await page.getByRole('button', { name: m.participant.create }).click();
    await heading('Ola Nordmann').waitFor();

    await fillParticipant(page, m, {
      givenName: 'Kari',
      familyName: 'Hansen',
      cpr: '0707614285',
      email: 'kari@example.dk',
    });
    await page.getByRole('button', { name: m.participant.create }).click();
    const alert = page.getByRole('alert').filter({ hasText: m.participant.duplicate.DK });
    await alert.waitFor();
    await shoot('duplicate-cpr');
    // The same form, now with Ola's Norwegian number: the word follows the number.
    await page.getByLabel(m.participant.idCountry, { exact: true }).selectOption('NO');
    await page.getByLabel(m.participant.nationalId, { exact: true }).fill('130972 48022');
    await page.getByRole('button', { name: m.participant.create }).click();
    await page.getByRole('alert').filter({ hasText: m.participant.duplicate.NO }).waitFor();
    expect(await page.getByText(m.participant.duplicate.DK).count()).toBe(0);
    await page.getByRole('button', { name: m.participant.duplicate.open }).click();
    await heading('Ola Nordmann').waitFor();
  });

  const openKaren = async () => {
    await openCaseload(page, m);
    await page.getByLabel(m.caseload.status, { exact: true }).selectOption('all');
    await page.locator('.row-open').filter({ hasText: 'Ødegård, Karen' }).click();
    await heading('Karen Ødegård').waitFor();
  };

  it('deletes a wrongly uploaded document after a confirmation', async () => {
    await openKaren();
    const documents = page.locator('section').filter({ has: heading(m.documents.title, 2) });
    await documents.locator('input[type=file]').setInputFiles({
      name: 'forkert-fil.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Wrong file'),
    });
    await documents.getByText('forkert-fil.pdf').waitFor();
    await documents
      .getByRole('button', { name: fill(m.documents.deleteLabel, { name: 'forkert-fil.pdf' }) })
      .click();
    const confirm = dialog(m.documents.deleteTitle);
    await confirm.waitFor();
    await confirm.getByText(m.documents.deleteBody).waitFor();
    await shoot('document-delete');
    // Cancel keeps it; Delete removes it.
    await confirm.getByRole('button', { name: m.common.cancel }).click();
    await confirm.waitFor({ state: 'detached' });
    await documents.getByText('forkert-fil.pdf').waitFor();
    await documents
      .getByRole('button', { name: fill(m.documents.deleteLabel, { name: 'forkert-fil.pdf' }) })
      .click();
    await confirm.getByRole('button', { name: m.common.delete }).click();
    await documents.getByText(m.documents.deleted).waitFor();
    expect(await documents.getByText('forkert-fil.pdf').count()).toBe(0);
    await documents.getByText(m.documents.empty).waitFor();
  });

  it('corrects a test result, then deletes it after a confirmation', async () => {
    const results = page.locator('section').filter({ has: heading(m.assessments.title, 2) });
    await results.getByRole('button', { name: m.assessments.add }).click();
    await results.getByLabel(m.assessments.provider, { exact: true }).fill('MASTER Danmark');
    await results.getByLabel(m.assessments.instrument, { exact: true }).fill('MPA');
    await fillDate(results.getByLabel(m.assessments.takenOn, { exact: true }), '2026-03-02');
    await fillScores(results, m, [{ name: 'Drive', value: '70', min: '0', max: '100' }]);
    await results.getByLabel(m.assessments.summary, { exact: true }).fill('Skrevet forkert');
    await results.getByRole('button', { name: m.common.save }).click();
    const item = results.locator('li.assessment');
    await item.getByText('Skrevet forkert').waitFor();

    // The button's name ends with the day as the app formats it; its start is enough here.
    const named = (label: string) =>
      new RegExp(
        `^${fill(label, { instrument: 'MPA' })
          .split('{{')[0]!
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      );
    await item.getByRole('button', { name: named(m.assessments.editLabel) }).click();
    await item.getByRole('heading', { name: m.assessments.editTitle, level: 3 }).waitFor();
    await item.getByText(m.assessments.editHint).waitFor();
    expect(await scoreCell(item, m, 1, 'value').inputValue()).toBe('70');
    expect(await scoreCell(item, m, 1, 'max').inputValue()).toBe('100');
    await fillScores(item, m, [{ name: 'Drive', value: '7', min: '0', max: '10' }]);
    await item.getByLabel(m.assessments.summary, { exact: true }).fill('Rettet: stærk drivkraft');
    await fillDate(item.getByLabel(m.assessments.takenOn, { exact: true }), '2026-03-01');
    await item
      .getByRole('heading', { name: m.assessments.editTitle, level: 3 })
      .scrollIntoViewIfNeeded();
    await shoot('assessment-correct');
    await item.getByRole('button', { name: m.common.save }).click();
    await results.getByText(m.assessments.saved).waitFor();
    await item.getByText('Rettet: stærk drivkraft').waitFor();

    await item.getByRole('button', { name: named(m.assessments.deleteLabel) }).click();
    const confirm = dialog(m.assessments.deleteTitle);
    await confirm.getByText(m.assessments.deleteBody).waitFor();
    await shoot('assessment-delete');
    await confirm.getByRole('button', { name: m.common.delete }).click();
    await results.getByText(m.assessments.deleted).waitFor();
    await results.getByText(m.assessments.empty).waitFor();
  });

  it('discards a draft after a confirmation; a locked note has no such button and the vault refuses', async () => {
    const notes = page.locator('section').filter({ has: heading(m.sessionNotes.title, 2) });
    await noteBody(page, m).fill('Kladde der skal væk: rødgrød.');
    await waitSaved(page, m);
    await notes.getByRole('button', { name: m.sessionNotes.discard }).click();
    const confirm = dialog(m.sessionNotes.discardTitle);
    await confirm.getByText(m.sessionNotes.discardBody).waitFor();
    await shoot('draft-discard');
    await confirm.getByRole('button', { name: m.sessionNotes.discard }).click();
    await notes.getByText(m.sessionNotes.discarded).waitFor();
    await expect.poll(() => noteBody(page, m).inputValue()).toBe('');
    await notes.getByText(m.sessionNotes.empty).waitFor();
    expect(await page.getByText('rødgrød').count()).toBe(0);

    await noteBody(page, m).fill('Låst samtale.');
    await waitSaved(page, m);
    await notes.getByRole('button', { name: m.sessionNotes.lock }).click();
    await dialog(m.sessionNotes.lockTitle)
      .getByRole('button', { name: m.sessionNotes.lockConfirm })
      .click();
    await notes.locator('.note-list').getByText('Låst samtale.').waitFor();
    // The fresh composer is empty: nothing to discard, and the locked note offers no discard.
    expect(await notes.getByRole('button', { name: m.sessionNotes.discard }).count()).toBe(0);
    const answer = await inPage<{ ok: boolean; error?: { code: string } }>(
      page,
      `(async () => {
        const people = await window.vault['caseload.list']({ status: 'all', sort: 'name', offset: 0, limit: 10, text: 'Karen' });
        const id = people.value.rows[0].id;
        const list = await window.vault['sessionNotes.listForParticipant']({ participantId: id, limit: 10 });
        const locked = list.value.notes.find((n) => n.status === 'locked');
        return window.vault['sessionNotes.discardDraft']({ id: locked.id });
      })()`,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'noteLocked' } });
    await notes.locator('.note-list').getByText('Låst samtale.').waitFor();
  });

  it('ends an enrolment with a reason (other needs words), and "All" still lists the person', async () => {
    const enrolments = page.locator('.enrolments');
    await enrolments
      .getByRole('button', {
        name: fill(m.participant.endEnrolmentIn, { programme: PROGRAMME.name }),
      })
      .click();
    const confirm = dialog(fill(m.participant.endTitle, { programme: PROGRAMME.name }));
    await confirm.waitFor();
    await confirm.getByLabel(m.caseload.statuses.withdrawn).check();
    await confirm.getByRole('button', { name: m.participant.endEnrolment, exact: true }).click();
    await confirm.getByText(m.participant.endReasonNeeded).waitFor();
    await confirm
      .getByLabel(m.participant.endReason, { exact: true })
      .selectOption({ label: m.participant.endReasons.other });
    await confirm.getByRole('button', { name: m.participant.endEnrolment, exact: true }).click();
    await confirm.getByText(m.participant.endReasonTextNeeded).waitFor();
    await shoot('enrolment-end-reason');
    await confirm
      .getByLabel(m.participant.endReasonText, { exact: true })
      .fill('Startet egen virksomhed');
    await confirm.getByRole('button', { name: m.participant.endEnrolment, exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    const item = enrolments.locator('li').filter({ hasText: PROGRAMME.name });
    await item.locator('.badge', { hasText: m.caseload.statuses.withdrawn }).waitFor();
    await item.getByText('Startet egen virksomhed').waitFor();

    await openCaseload(page, m);
    const status = page.getByLabel(m.caseload.status, { exact: true });
    await status.selectOption('active');
    await page.locator('.row-open').filter({ hasText: 'Nordmann, Ola' }).waitFor();
    expect(await page.locator('.row-open').filter({ hasText: 'Ødegård, Karen' }).count()).toBe(0);
    await status.selectOption({ label: m.caseload.statuses.all });
    await page.locator('.row-open').filter({ hasText: 'Ødegård, Karen' }).waitFor();
    await page.locator('.row-open').filter({ hasText: 'Nordmann, Ola' }).waitFor();
    await shoot('caseload-all');
  });

  it('the passphrase screen leads back to the keychain', async () => {
    await page.getByRole('button', { name: m.header.lock, exact: true }).click();
    await heading(m.unlock.title).waitFor();
    await page.getByRole('button', { name: m.unlock.usePassphrase }).click();
    await page.getByLabel(m.unlock.passphrase, { exact: true }).waitFor();
    await shoot('unlock-passphrase');
    await page.getByRole('button', { name: m.unlock.backToKeychain }).click();
    await page.getByRole('button', { name: m.unlock.keychainButton, exact: true }).click();
    await heading(m.caseload.title).waitFor();
  });

  it('logged no errors', () => {
    expect(problems).toEqual([]);
  });
});
