// Page objects for the caseload e2e tests: each helper drives one screen the way a consultant would.
import type { Page } from 'playwright-core';
import type { Messages } from '../../renderer/src/i18n/en';
import { fillDate } from './date-field';

export { launchChromium } from './browser';

export const PASSPHRASE = 'korrekt hest batteri hæfteklamme';

export async function createVault(page: Page, url: string, m: Messages): Promise<void> {
  await page.goto(url);
  await page.getByLabel(m.create.passphrase, { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(m.create.confirm, { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: m.create.submit }).click();
  await page.getByRole('heading', { name: m.caseload.title, level: 1 }).waitFor();
}

export async function openProgrammes(page: Page, m: Messages): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: m.nav.programmes }).click();
  await page.getByRole('heading', { name: m.programmes.title, level: 1 }).waitFor();
}

export async function openCaseload(page: Page, m: Messages): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: m.nav.caseload }).click();
  await page.getByRole('heading', { name: m.caseload.title, level: 1 }).waitFor();
}

export type ProgrammeFields = Readonly<{
  name: string;
  funder: string;
  country: 'DK' | 'NO';
  startsOn: string;
  endsOn: string;
}>;

/** Creates a programme through the form; ends on the programme's own page. */
export async function createProgramme(page: Page, m: Messages, p: ProgrammeFields): Promise<void> {
  await openProgrammes(page, m);
  await page.getByRole('button', { name: m.programmes.new }).click();
  await page.getByLabel(m.programmes.name, { exact: true }).fill(p.name);
  await page.getByLabel(m.programmes.funder, { exact: true }).fill(p.funder);
  await page.getByLabel(m.programmes.country, { exact: true }).selectOption(p.country);
  await fillDate(page.getByLabel(m.programmes.startsOn, { exact: true }), p.startsOn);
  await fillDate(page.getByLabel(m.programmes.endsOn, { exact: true }), p.endsOn);
  await page.getByRole('button', { name: m.programmes.create }).click();
  await page.getByRole('heading', { name: p.name, level: 1 }).waitFor();
}

export type ParticipantFields = Readonly<{
  givenName: string;
  familyName: string;
  cpr: string;
  email: string;
}>;

/** Fills the new-participant form (from the caseload) without submitting it. */
export async function fillParticipant(page: Page, m: Messages, p: ParticipantFields) {
  await openCaseload(page, m);
  await page.getByRole('button', { name: m.caseload.newParticipant }).click();
  await page.getByRole('heading', { name: m.participant.newTitle, level: 1 }).waitFor();
  await page.getByLabel(m.participant.givenName, { exact: true }).fill(p.givenName);
  await page.getByLabel(m.participant.familyName, { exact: true }).fill(p.familyName);
  await page.getByLabel(m.participant.idCountry, { exact: true }).selectOption('DK');
  await page.getByLabel(m.participant.nationalId, { exact: true }).fill(p.cpr);
  await page.getByLabel(m.participant.email, { exact: true }).fill(p.email);
}

export async function addParticipant(page: Page, m: Messages, p: ParticipantFields) {
  await fillParticipant(page, m, p);
  await page.getByRole('button', { name: m.participant.create }).click();
  await page.getByRole('heading', { name: `${p.givenName} ${p.familyName}`, level: 1 }).waitFor();
}

/** The note editor on the participant page. */
export const noteBody = (page: Page, m: Messages) =>
  page.getByRole('textbox', { name: m.sessionNotes.body, exact: true });

/** Waits until the save indicator says "Saved hh:mm", i.e. the vault holds what is on screen. */
export async function waitSaved(page: Page, m: Messages): Promise<void> {
  const prefix = m.sessionNotes.status.saved.split('{{')[0]!.trim();
  await page.locator('[data-state="saved"]').filter({ hasText: prefix }).waitFor();
}

/** True when the page scrolls sideways: a broken layout. */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return (await page.evaluate(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth + 1',
  )) as boolean;
}
