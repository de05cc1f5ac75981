// Page objects and seeding for the retention e2e tests: ended programmes with people and notes,
// created through window.vault exactly as the renderer would, with dates relative to the real today.
import type { Page } from 'playwright-core';
import type { Messages } from '../../renderer/src/i18n/en';
import { inPage } from './page-checks';

/** YYYY-MM-DD, `days` from today in local time (the bridge's Core uses the real clock). */
export function dayFromToday(days: number, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const ALFA = 'Forløb Alfa';
export const BETA = 'Forløb Beta';
export const GAMMA = 'Forløb Gamma';
export const ONLY_ALFA = { givenName: 'Anna', familyName: 'Lindqvist' };
export const SHARED = { givenName: 'Bo', familyName: 'Østergaard' };
export const ONLY_GAMMA = { givenName: 'Carl', familyName: 'Hansen' };

export type Seeded = Readonly<{ alfa: number; beta: number; gamma: number }>;

/**
 * Alfa ended yesterday (Anna only there; Bo also in Beta, which runs on), Gamma ended two days
 * ago (Carl). Each person has a locked note in Alfa/Gamma; Bo has one in Beta as well.
 */
export function seedEndedProgrammes(page: Page): Promise<Seeded> {
  const dates = {
    start: dayFromToday(-120),
    enrolled: dayFromToday(-100),
    alfaEnd: dayFromToday(-1),
    gammaEnd: dayFromToday(-2),
    betaEnd: dayFromToday(200),
    met: new Date(Date.now() - 50 * 86_400_000).toISOString(),
  };
  const people = { anna: ONLY_ALFA, bo: SHARED, carl: ONLY_GAMMA };
  return inPage<Seeded>(
    page,
    `(async () => {
      const v = window.vault;
      const d = ${JSON.stringify(dates)};
      const people = ${JSON.stringify(people)};
      const ok = (r) => { if (!r.ok) throw new Error(JSON.stringify(r.error)); return r.value; };
      const programme = async (name, endsOn) => ok(await v['programmes.create']({
        name, funder: 'Jobcenter Aarhus', country: 'DK', startsOn: d.start, endsOn }));
      const alfa = await programme(${JSON.stringify(ALFA)}, d.alfaEnd);
      const beta = await programme(${JSON.stringify(BETA)}, d.betaEnd);
      const gamma = await programme(${JSON.stringify(GAMMA)}, d.gammaEnd);
      const person = async (p, programmeId) => ok(await v['participants.create']({
        ...p, nationalId: { country: 'none' }, email: p.givenName.toLowerCase() + '@example.dk',
        programmeId, enrolledOn: d.enrolled })).participant ?? null;
      const note = async (participantId, programmeId, body) => {
        const n = ok(await v['sessionNotes.createDraft']({ participantId, programmeId,
          occurredAt: d.met, kind: 'meeting', body }));
        ok(await v['sessionNotes.lock']({ id: n.id }));
      };
      const idOf = (saved) => saved.id;
      const anna = await person(people.anna, alfa.id);
      const bo = await person(people.bo, alfa.id);
      const carl = await person(people.carl, gamma.id);
      ok(await v['enrolments.create']({ participantId: idOf(bo), programmeId: beta.id, enrolledOn: d.enrolled }));
      await note(idOf(anna), alfa.id, 'ALFA-ANNA first meeting');
      await note(idOf(bo), alfa.id, 'ALFA-BO first meeting');
      await note(idOf(bo), beta.id, 'BETA-BO keeps this');
      await note(idOf(carl), gamma.id, 'GAMMA-CARL first meeting');
      return { alfa: alfa.id, beta: beta.id, gamma: gamma.id };
    })()`,
  );
}

/** A message with {{…}} values filled in, as i18next would. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

export async function openNav(page: Page, name: string, heading: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

export const openRetention = (page: Page, m: Messages) =>
  openNav(page, m.retention.nav.retention, m.retention.screen.title);

export const banner = (page: Page) => page.getByTestId('due-banner');

/** One due item on the retention screen, found by the programme's name. */
export const dueItem = (page: Page, label: string) =>
  page.locator('li.due-item').filter({ hasText: label });

export const NORWAY = 'Tiltak Nord';
export const OLD_CONTACT = { givenName: 'Dag', familyName: 'Nordmann' };

/** A Norwegian programme whose participant was last met 3 years and 5 days ago: notes are due. */
export function seedOldNorwegianContact(page: Page): Promise<number> {
  const d = {
    start: dayFromToday(-1500),
    enrolled: dayFromToday(-1400),
    end: dayFromToday(300),
    met: new Date(Date.now() - (3 * 365 + 6) * 86_400_000).toISOString(),
  };
  return inPage<number>(
    page,
    `(async () => {
      const v = window.vault;
      const d = ${JSON.stringify(d)};
      const ok = (r) => { if (!r.ok) throw new Error(JSON.stringify(r.error)); return r.value; };
      const p = ok(await v['programmes.create']({ name: ${JSON.stringify(NORWAY)}, funder: 'NAV Vest',
        country: 'NO', startsOn: d.start, endsOn: d.end }));
      const saved = ok(await v['participants.create']({ ...${JSON.stringify(OLD_CONTACT)},
        nationalId: { country: 'none' }, email: 'dag@example.no', programmeId: p.id, enrolledOn: d.enrolled }));
      const n = ok(await v['sessionNotes.createDraft']({ participantId: saved.participant.id,
        programmeId: p.id, occurredAt: d.met, kind: 'meeting', body: 'NORD-DAG old meeting' }));
      ok(await v['sessionNotes.lock']({ id: n.id }));
      return saved.participant.id;
    })()`,
  );
}
