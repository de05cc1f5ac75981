// Names and times as people write them, in a real Chromium set to Europe/Copenhagen (issue 11):
// a person whose name came in decomposed is erased by typing it composed (or pasting it
// decomposed); a person whose name starts with a right-to-left mark is erased on request by
// typing it without the mark; and a note written at 01:30Z on the night the clocks go back shows
// 02:30 and keeps its instant when the time field is edited back to 02:30 and saved.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da as m } from '../../renderer/src/i18n/da';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { createVault, launchChromium, noteBody, openCaseload, waitSaved } from './caseload-pages';
import { inPage } from './page-checks';
import { dayFromToday } from './retention-pages';
import { dateValue, fillDateTime } from './date-field';

const ZONE = 'Europe/Copenhagen';
/** As macOS file names and some PDF copies give it: A + combining ring. */
const ASE = { givenName: 'A\u030Ase', familyName: 'Ha\u030Akonsen' };
const ASE_TYPED = 'Åse Håkonsen';
/** An Arabic name pasted with a right-to-left mark in front, which the core keeps. */
const MOHAMMED = { givenName: '\u200Fمحمد', familyName: 'العلي' };
const MOHAMMED_TYPED = 'محمد العلي';
const KAREN = { givenName: 'Karen', familyName: 'Dahl' };
/** 02:30 CET, the second 02:30 of the night the clocks go back (the first was 00:30Z). */
const NIGHT_NOTE = '2025-10-26T01:30:00Z';

type Seeded = Readonly<{ ase: number; mohammed: number; karen: number; note: number }>;

function seed(page: Page): Promise<Seeded> {
  return inPage<Seeded>(
    page,
    `(async () => {
      const v = window.vault;
      const ok = (r) => { if (!r.ok) throw new Error(JSON.stringify(r.error)); return r.value; };
      const p = ok(await v['programmes.create']({ name: 'Jobsøgning efterår', funder: 'Jobcenter Odense',
        country: 'DK', startsOn: '2025-09-01', endsOn: ${JSON.stringify(dayFromToday(300))} }));
      const add = async (names, email) => ok(await v['participants.create']({ ...names,
        nationalId: { country: 'none' }, email, programmeId: p.id, enrolledOn: '2025-09-01' })).participant.id;
      const ase = await add(${JSON.stringify(ASE)}, 'aase@example.dk');
      const mohammed = await add(${JSON.stringify(MOHAMMED)}, 'mohammed@example.dk');
      const karen = await add(${JSON.stringify(KAREN)}, 'karen@example.dk');
      const note = ok(await v['sessionNotes.createDraft']({ participantId: karen, programmeId: p.id,
        occurredAt: ${JSON.stringify(NIGHT_NOTE)}, kind: 'meeting', body: 'Samtale natten til vintertid.' })).id;
      return { ase, mohammed, karen, note };
    })()`,
  );
}

let browser: Browser;
let bridge: Bridge;
let context: BrowserContext;
let page: Page;
let ids: Seeded;
const problems: string[] = [];

/** The stored name, as the core answers it; null once the person is gone. */
const storedName = (id: number) =>
  inPage<{ givenName: string; familyName: string } | null>(
    page,
    `window.vault['participants.get']({ id: ${id} }).then((r) => r.ok ? r.value : null)`,
  );

/** Opens a person's page from the caseload by a part of their row. */
async function openPerson(rowText: string): Promise<void> {
  await openCaseload(page, m);
  await page.locator('.row-open').filter({ hasText: rowText }).click();
  await page.getByRole('button', { name: m.retention.erase.erasePerson, exact: true }).waitFor();
}

beforeAll(async () => {
  browser = await launchChromium();
  bridge = await startBridge();
  context = await browser.newContext({
    locale: 'da-DK',
    timezoneId: ZONE,
    viewport: { width: 1366, height: 900 },
  });
  await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await createVault(page, bridge.url, m);
  ids = await seed(page);
});

afterAll(async () => {
  await context?.close();
  await bridge?.close();
  await browser?.close();
});

describe('names and times as written, in a real Chromium', () => {
  it('erases a person whose name came in decomposed, typed composed (and pasted decomposed)', async () => {
    // The core stored the composed form; the window compares through confirmationMatches.
    expect(await storedName(ids.ase)).toMatchObject({ givenName: 'Åse', familyName: 'Håkonsen' });
    await openPerson('Håkonsen');
    await page.getByRole('button', { name: m.retention.erase.erasePerson, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: m.retention.erase.title });
    await dialog.locator('tr[data-category="participant"]').waitFor();
    await dialog.getByLabel(m.retention.closeOut.none, { exact: true }).check();
    const typed = dialog.getByLabel(m.retention.erase.typeName, { exact: true });
    const submit = dialog.getByRole('button', { name: m.retention.erase.submit, exact: true });
    // Positive control: a name that differs by a letter keeps the button off.
    await typed.fill('Åse Hakonsen');
    expect(await submit.getAttribute('aria-disabled')).toBe('true');
    await typed.fill(`${ASE.givenName} ${ASE.familyName}`);
    expect(await submit.getAttribute('aria-disabled')).toBe('false');
    await typed.fill(ASE_TYPED);
    expect(await submit.getAttribute('aria-disabled')).toBe('false');
    await submit.click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByRole('heading', { name: m.caseload.title, level: 1 }).waitFor();
    expect(await storedName(ids.ase)).toBeNull();
  });

  it('erases on request a person whose name starts with a right-to-left mark, typed without it', async () => {
    // The mark is kept beside right-to-left letters, so the shown name still starts with it.
    expect((await storedName(ids.mohammed))?.givenName).toBe(MOHAMMED.givenName);
    await inPage(
      page,
      `window.vault['requests.log']({ participantId: ${ids.mohammed}, kind: 'erasure',
         channel: 'email', receivedOn: ${JSON.stringify(dayFromToday(-2))} })
       .then((r) => window.vault['requests.recordIdentity']({ id: r.value.id,
         method: 'knownInPerson', checkedOn: ${JSON.stringify(dayFromToday(0))} }))`,
    );
    await openPerson(MOHAMMED.familyName);
    const item = page
      .getByRole('region', { name: m.requests.panel.title, exact: true })
      .locator('article.request');
    await item.getByRole('button', { name: m.rights.erasure.action, exact: true }).click();
    const dialog = page.getByTestId('erase-on-request');
    await dialog.locator('table.counts-table').waitFor();
    await dialog.getByLabel(m.retention.closeOut.none, { exact: true }).check();
    const typed = dialog.getByLabel(m.retention.erase.typeName, { exact: true });
    const submit = dialog.getByRole('button', { name: m.rights.erasure.submit, exact: true });
    await typed.fill('محمد');
    expect(await submit.getAttribute('aria-disabled')).toBe('true');
    await typed.fill(MOHAMMED_TYPED);
    expect(await submit.getAttribute('aria-disabled')).toBe('false');
    await submit.click();
    // The core agrees: the erasure goes through and the certificate's number is shown.
    const outcome = dialog.getByTestId('erasure-outcome');
    await outcome.waitFor({ timeout: 60_000 });
    const recordId = await outcome.locator('[data-record-id]').getAttribute('data-record-id');
    expect(Number(recordId)).toBeGreaterThan(0);
    expect(await storedName(ids.mohammed)).toBeNull();
    await dialog.getByRole('button', { name: m.common.close, exact: true }).click();
  });

  it('a note at 01:30Z on the night the clocks go back shows 02:30 and keeps its instant when edited', async () => {
    expect(await inPage(page, 'Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe(ZONE);
    await openPerson(KAREN.familyName);
    const when = page.getByLabel(m.sessionNotes.occurredAt, { exact: true });
    await expect.poll(() => dateValue(when)).toBe('2025-10-26T02:30');
    // Edited away and back to the same wall-clock time: the hour that repeats keeps its offset.
    await fillDateTime(when, '2025-10-26T02:31');
    await fillDateTime(when, '2025-10-26T02:30');
    await noteBody(page, m).press('End');
    await page.keyboard.type(' Tiden er uændret.');
    await waitSaved(page, m);
    const saved = await inPage<{ occurredAt: string; body: string }>(
      page,
      `window.vault['sessionNotes.get']({ id: ${ids.note} }).then((r) => r.value)`,
    );
    expect(saved).toMatchObject({
      occurredAt: '2025-10-26T01:30:00.000Z',
      body: 'Samtale natten til vintertid. Tiden er uændret.',
    });
    expect(await dateValue(when)).toBe('2025-10-26T02:30');
  });

  it('logged no errors', () => {
    expect(problems).toEqual([]);
  });
});
