// A participant's rights answered on their page, in Danish, Norwegian and English at 1366×768:
// what was shared with a business customer recorded with a document; a corrected CPR number linked
// to the person's correction request, its trail under "History of changes" with only the masked
// old number (the full numbers nowhere on the page) and the recipient listed to be told of it;
// processing restricted (the page read-only, the caseload row marked) and lifted; and an erasure
// request for a person in a Norwegian programme whose ended agreement the preset keeps for 10
// years: everything else goes, the request ends partly refused and the certificate's number shows.
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
import { dayFromToday, fill } from './retention-pages';
import { dateValue } from './date-field';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

const CONSULTANT = 'Máret Ŋ.';
const ISSUER = {
  consultantName: CONSULTANT,
  organisationName: 'Jobvejen ApS',
  organisationAddress: 'Havnegade 4\n8000 Aarhus C',
};
const KAREN = { givenName: 'Karen', familyName: 'Ødegård' };
const OLD_CPR = '070761-4285';
const NEW_CPR = '170761-4214';
const CV = 'CV Karen Ødegård.pdf';
const CUSTOMER = 'Vikarbureauet Nord A/S';
const OLA = { givenName: 'Ola', familyName: 'Nordmann' };
const NAV = 'Bemanning Nord AS';
const AGREEMENT_ENDED = dayFromToday(-200);
/** The Norwegian preset keeps a customer agreement 10 years after it ends. */
const KEPT_UNTIL = (() => {
  const [y, m, d] = AGREEMENT_ENDED.split('-');
  return `${Number(y) + 10}-${m}-${d}`;
})();

/** A date as the window shows it (formatDay: medium date style in the page's locale). */
const shown = (day: string, locale: string) => {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(y, mo - 1, d));
};

type Seeded = Readonly<{ karen: number; ola: number }>;

/** Two programmes (DK and NO), Karen with her CV, Ola with an ended agreement and a disclosure. */
function seed(page: Page): Promise<Seeded> {
  const d = {
    start: dayFromToday(-500),
    end: dayFromToday(300),
    enrolled: dayFromToday(-450),
    given: dayFromToday(-420),
    ended: AGREEMENT_ENDED,
    shared: dayFromToday(-300),
    met: new Date(Date.now() - 250 * 86_400_000).toISOString(),
  };
  return inPage<Seeded>(
    page,
    `(async () => {
      const v = window.vault;
      const d = ${JSON.stringify(d)};
      const ok = (r) => { if (!r.ok) throw new Error(JSON.stringify(r.error)); return r.value; };
      ok(await v['settings.issuer.save'](${JSON.stringify(ISSUER)}));
      const dk = ok(await v['programmes.create']({ name: 'Jobsøgning vinter', funder: 'Jobcenter Aarhus',
        country: 'DK', startsOn: d.start, endsOn: d.end }));
      const no = ok(await v['programmes.create']({ name: 'Tiltak Nord', funder: 'NAV Vest',
        country: 'NO', startsOn: d.start, endsOn: d.end }));
      const karen = ok(await v['participants.create']({ ...${JSON.stringify(KAREN)},
        nationalId: { country: 'DK', value: ${JSON.stringify(OLD_CPR)} }, email: 'karen@example.dk',
        programmeId: dk.id, enrolledOn: d.enrolled })).participant.id;
      ok(await v['documents.add']({ participantId: karen, kind: 'cv', fileName: ${JSON.stringify(CV)},
        mimeType: 'application/pdf', contentBase64: btoa('%PDF-1.4 CV') }));
      const ola = ok(await v['participants.create']({ ...${JSON.stringify(OLA)},
        nationalId: { country: 'none' }, email: 'ola@example.no', programmeId: no.id,
        enrolledOn: d.enrolled })).participant.id;
      const consent = ok(await v['consents.add']({ participantId: ola,
        purpose: 'Kundeavtale: formidling til bedriftskunde', legalBasis: 'Avtale', givenOn: d.given }));
      ok(await v['consents.withdraw']({ id: consent.id, withdrawnOn: d.ended }));
      ok(await v['disclosures.record']({ participantId: ola, recipient: ${JSON.stringify(NAV)},
        sharedOn: d.shared, legalBasis: 'Samtykke', purpose: 'Kandidat til stilling' }));
      const n = ok(await v['sessionNotes.createDraft']({ participantId: ola, programmeId: no.id,
        occurredAt: d.met, kind: 'meeting', body: 'NORD-OLA first meeting' }));
      ok(await v['sessionNotes.lock']({ id: n.id }));
      return { karen, ola };
    })()`,
  );
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('rights flows in $code', ({ code, locale, m }) => {
  const r = m.rights;
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  let ids: Seeded;
  const problems: string[] = [];
  /** The whole page in light and dark; axe must find nothing in either. */
  const shoot = async (screen: string) =>
    expect((await captureScreen(page, screen, code)).join('\n')).toBe('');
  /** Only what a 1366×768 window shows. */
  const shootWindow = async (screen: string) =>
    expect(
      (await captureScreen(page, `${screen}-1366x768`, code, { viewportOnly: true })).join('\n'),
    ).toBe('');
  const card = (testId: string) => page.getByTestId(testId);
  const openPerson = async (p: { givenName: string; familyName: string }) => {
    await openCaseload(page, m);
    await page
      .locator('.row-open')
      .filter({ hasText: `${p.familyName}, ${p.givenName}` })
      .click();
    await page.getByRole('heading', { name: `${p.givenName} ${p.familyName}`, level: 1 }).waitFor();
  };
  const logRequest = (participantId: number, kind: string) =>
    inPage<number>(
      page,
      `window.vault['requests.log']({ participantId: ${participantId}, kind: '${kind}',
        channel: 'email', receivedOn: ${JSON.stringify(dayFromToday(-3))} }).then((r) => r.value.id)`,
    );
  const requests = () => page.getByRole('region', { name: m.requests.panel.title, exact: true });

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await createVault(page, bridge.url, m);
    ids = await seed(page);
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('records what was shared with a business customer, with the CV that went', async () => {
    await openPerson(KAREN);
    const shared = card('shared-with');
    await shared.getByText(r.disclosures.empty).waitFor();
    await shared.getByRole('button', { name: r.disclosures.add, exact: true }).click();
    // Without an organisation the form says what is missing, in its own words.
    await shared.getByRole('button', { name: r.disclosures.submit, exact: true }).click();
    await shared
      .getByRole('alert')
      .filter({ hasText: m.fieldErrors.validation.recipient })
      .waitFor();
    await shared.getByLabel(r.disclosures.recipient, { exact: true }).fill(CUSTOMER);
    expect(await dateValue(shared.getByLabel(r.disclosures.sharedOn, { exact: true }))).toBe(
      dayFromToday(0),
    );
    await shared.getByLabel(r.disclosures.legalBasis, { exact: true }).fill('Samtykke');
    await shared.getByLabel(CV).check();
    await shared.scrollIntoViewIfNeeded();
    await shoot('rights-shared-with-form');
    await shared.getByRole('button', { name: r.disclosures.submit, exact: true }).click();
    await shared.getByRole('status').filter({ hasText: r.disclosures.recorded }).waitFor();
    const item = shared.locator('li.disclosure');
    expect(await item.count()).toBe(1);
    const text = await item.textContent();
    expect(text).toContain(CUSTOMER);
    expect(text).toContain(shown(dayFromToday(0), locale));
    expect(text).toContain(CV);
    expect(await overflowsHorizontally(page)).toBe(false);
  });

  it('corrects the CPR number for the person’s correction request: the trail keeps only the masked old number, and the customer is to be told', async () => {
    const requestId = await logRequest(ids.karen, 'rectification');
    await openPerson(KAREN);
    await requests().getByRole('heading', { name: m.requests.kinds.rectification }).waitFor();
    await page.getByRole('button', { name: m.participant.edit, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: m.participant.editTitle });
    // The one open correction request is offered, and chosen.
    const link = dialog.getByLabel(r.link.label, { exact: true });
    await expect.poll(() => link.inputValue()).toBe(String(requestId));
    await dialog.getByLabel(m.participant.changeId, { exact: true }).check();
    await dialog.getByLabel(m.participant.nationalId, { exact: true }).fill(NEW_CPR);
    await dialog.getByRole('button', { name: m.participant.saveChanges }).click();
    await dialog.getByText(m.participant.changeReasonNeeded).waitFor();
    await dialog
      .getByLabel(m.participant.changeReason, { exact: true })
      .fill('Dagen i CPR-nummeret var tastet forkert');
    await shootWindow('rights-correction-dialog');
    await dialog.getByRole('button', { name: m.participant.saveChanges }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(m.participant.changesSaved).waitFor();

    const notify = card('recipients-to-notify');
    await notify.getByText(r.notify.correction).waitFor();
    expect(await notify.locator('li').allTextContents()).toEqual([CUSTOMER]);

    const history = card('history-of-changes');
    await history.getByRole('heading', { name: r.history.title, level: 2 }).waitFor();
    const entry = history.locator('li.correction');
    expect(await entry.count()).toBe(1);
    expect(await entry.getAttribute('data-fields')).toBe('nationalId');
    const entryText = await entry.textContent();
    expect(entryText).toContain(m.participant.nationalId);
    expect(entryText).toContain(fill(r.history.previousId, { masked: '070761-••••' }));
    expect(entryText).toContain('Dagen i CPR-nummeret var tastet forkert');
    expect(entryText).toContain(
      fill(r.history.request, {
        id: requestId,
        kind: m.requests.kinds.rectification.toLocaleLowerCase(code),
        date: shown(dayFromToday(-3), locale),
      }),
    );
    // Neither number in full anywhere in the page, text or markup; the profile shows the new one masked.
    await page.getByText('170761-••••').waitFor();
    const html = await page.content();
    for (const full of [OLD_CPR, NEW_CPR, OLD_CPR.replace('-', ''), NEW_CPR.replace('-', '')])
      expect(html).not.toContain(full);
    const trail = await inPage<{ requestId: number; oldMasked: string; changedBy: string }[]>(
      page,
      `window.vault['participants.corrections']({ participantId: ${ids.karen} }).then((r) => r.value)`,
    );
    expect(trail).toMatchObject([{ field: 'nationalId', requestId, oldMasked: '070761-••••' }]);
    expect(entryText).toContain(trail[0]!.changedBy);
    expect(await overflowsHorizontally(page)).toBe(false);
    await shoot('rights-history');
  });

  it('restricts processing on the person’s request: the page is read-only with the reason, the caseload row says so, and lifting it opens the page again', async () => {
    const requestId = await logRequest(ids.karen, 'restriction');
    await openPerson(KAREN);
    const item = requests().locator(`article[data-request-id="${requestId}"]`);
    await item.getByRole('button', { name: r.restriction.restrict, exact: true }).click();
    const form = item.locator('form.restriction-form');
    await form.getByRole('button', { name: r.restriction.submit, exact: true }).click();
    await form.getByRole('alert').filter({ hasText: m.fieldErrors.validation.reason }).waitFor();
    await form
      .getByLabel(r.restriction.reasonLabel, { exact: true })
      .fill('Personen bestrider oplysningerne');
    await form.getByRole('button', { name: r.restriction.submit, exact: true }).click();
    const banner = card('restriction-banner');
    await banner.getByRole('heading', { name: r.restriction.title, level: 2 }).waitFor();
    expect(await banner.textContent()).toContain('Personen bestrider oplysningerne');
    expect(await banner.textContent()).toContain(r.restriction.meaning);
    expect(await banner.textContent()).toContain(fill(r.restriction.request, { id: requestId }));
    await requests().getByRole('status').filter({ hasText: r.restriction.done }).waitFor();
    // Restricted once: the request offers no second restriction.
    expect(await item.getByRole('button', { name: r.restriction.restrict }).count()).toBe(0);
    // Every write control is disabled and described by the banner's sentence.
    for (const name of [m.participant.edit, m.sessionNotes.new, r.disclosures.add]) {
      const button = page.getByRole('button', { name, exact: true });
      expect(await button.isDisabled()).toBe(true);
      await expect.poll(() => button.getAttribute('aria-describedby')).toBeTruthy();
    }
    expect(
      await page.getByRole('textbox', { name: m.sessionNotes.body, exact: true }).count(),
    ).toBe(0);
    await page.evaluate('window.scrollTo(0, 0)');
    await shootWindow('rights-restricted');
    await shoot('rights-restricted');

    await openCaseload(page, m);
    const row = page
      .locator('.vrow')
      .filter({ hasText: `${KAREN.familyName}, ${KAREN.givenName}` });
    await row.locator('.badge-restricted').filter({ hasText: r.restriction.badge }).waitFor();
    await shootWindow('rights-caseload-restricted');
    // A search hit says so too.
    await page.keyboard.press('Control+k');
    await page.keyboard.type(KAREN.familyName);
    const hit = page.locator('.search-hit').filter({ hasText: KAREN.givenName }).first();
    await hit.locator('.badge-restricted').filter({ hasText: r.restriction.badge }).waitFor();
    await shootWindow('rights-search-restricted');
    await page.keyboard.press('Escape');

    await openPerson(KAREN);
    await banner.getByRole('button', { name: r.restriction.lift, exact: true }).click();
    await banner
      .getByLabel(r.restriction.reasonLabel, { exact: true })
      .fill('Oplysningerne er kontrolleret');
    await banner.getByRole('button', { name: r.restriction.liftSubmit, exact: true }).click();
    await page.getByRole('status').filter({ hasText: r.restriction.lifted }).waitFor();
    expect(await banner.count()).toBe(0);
    expect(
      await page.getByRole('button', { name: m.participant.edit, exact: true }).isDisabled(),
    ).toBe(false);
  });

  it('corrects a locked note by an addendum that names the person’s correction request', async () => {
    const requestId = await logRequest(ids.ola, 'rectification');
    await openPerson(OLA);
    const note = page.locator('article', { hasText: 'NORD-OLA first meeting' }).first();
    await note.getByRole('button', { name: m.sessionNotes.addAddendum, exact: true }).click();
    // The one open correction request is offered, and chosen.
    const link = note.getByLabel(r.link.label, { exact: true });
    expect(await link.inputValue()).toBe(String(requestId));
    await note.getByLabel(m.sessionNotes.addendumLabel, { exact: true }).fill('Datoen var forkert');
    await note.getByRole('button', { name: m.sessionNotes.saveAddendum, exact: true }).click();
    await note.getByText(fill(m.sessionNotes.addendumForRequest, { id: requestId })).waitFor();
    // The request answered: identity checked and completed (the next test has Ola's erasure).
    await inPage(
      page,
      `window.vault['requests.recordIdentity']({ id: ${requestId}, method: 'emailOnFile',
         checkedOn: ${JSON.stringify(dayFromToday(0))} })
       .then(() => window.vault['requests.close']({ id: ${requestId}, status: 'completed',
         outcome: 'Rettet ved tilføjelse' }))`,
    );
  });

  it('erases on request, keeping the agreement the Norwegian preset keeps: partly refused, with the certificate’s number', async () => {
    const requestId = await logRequest(ids.ola, 'erasure');
    await openPerson(OLA);
    const item = requests().locator('article.request');
    await item.getByRole('heading', { name: m.requests.kinds.erasure }).waitFor();
    // Not before the identity check.
    await item.getByRole('button', { name: r.erasure.action, exact: true }).click();
    await item
      .getByRole('alert')
      .filter({ hasText: m.fieldErrors.identityNotChecked.erase })
      .waitFor();
    await item.getByRole('button', { name: m.requests.actions.identity, exact: true }).click();
    await item.getByLabel(m.requests.methods.knownInPerson, { exact: true }).check();
    await item.getByRole('button', { name: m.requests.identity.submit, exact: true }).click();
    await requests().getByRole('status').filter({ hasText: m.requests.identity.done }).waitFor();

    await item.getByRole('button', { name: r.erasure.action, exact: true }).click();
    // Found by test id: its title changes to the outcome's once erased.
    const dialog = page.getByTestId('erase-on-request');
    await page
      .getByRole('dialog', { name: `${r.erasure.title}: ${OLA.givenName} ${OLA.familyName}` })
      .waitFor();
    const kept = dialog.getByTestId('kept-by-law');
    await kept.waitFor();
    const preset = m.retention.presetNames['no-recruitment-guidance'];
    const rule = fill(m.retention.reason.after.agreementEnd, {
      period: fill(m.retention.period.years_other, { count: 10 }),
    });
    expect(await kept.textContent()).toBe(
      `${m.retention.categories.consents} (1): ${fill(r.erasure.keptLine, {
        until: fill(r.erasure.keptUntil, { date: shown(KEPT_UNTIL, locale) }),
        preset,
        when: rule,
      })}`,
    );
    // What goes: the note and the enrolment, not the kept agreement.
    const goes = dialog.locator('table.counts-table');
    await goes.locator('[data-category="sessionNotes"]').waitFor();
    expect(await goes.locator('[data-category="consents"]').count()).toBe(0);
    // The reason the person is given starts as a sentence naming what is kept and the rule.
    const reason = dialog.getByLabel(r.erasure.refusalReason, { exact: true });
    const draft = `${fill(r.erasure.reasonDraft_one, {
      count: 1,
      until: fill(r.erasure.keptUntil, { date: shown(KEPT_UNTIL, locale) }),
      preset,
      when: rule,
    })} ${r.erasure.reasonDraftRest}`;
    await expect.poll(() => reason.inputValue()).toBe(draft);
    await dialog.getByLabel(m.retention.closeOut.none, { exact: true }).check();
    await dialog
      .getByLabel(m.retention.erase.typeName, { exact: true })
      .fill(`${OLA.givenName} ${OLA.familyName}`);
    await page.evaluate(
      'document.querySelector(\'[data-testid="erase-on-request"]\').scrollTop = 0',
    );
    await shootWindow('rights-erase-dialog');
    await dialog.getByRole('button', { name: r.erasure.submit, exact: true }).click();

    const outcome = dialog.getByTestId('erasure-outcome');
    await outcome.waitFor({ timeout: 60_000 });
    const recordId = Number(
      await outcome.locator('[data-record-id]').getAttribute('data-record-id'),
    );
    expect(recordId).toBeGreaterThan(0);
    expect(await outcome.textContent()).toContain(fill(r.erasure.certificate, { id: recordId }));
    expect(await outcome.textContent()).toContain(r.erasure.partlyRefused);
    const notify = dialog.getByTestId('recipients-to-notify');
    await notify.getByText(r.notify.erasure).waitFor();
    expect(await notify.locator('li').allTextContents()).toEqual([NAV]);
    await shootWindow('rights-erase-outcome');
    await dialog.getByRole('button', { name: m.common.close, exact: true }).click();

    // The person stays with the agreement only; the request is closed as partly refused.
    await requests().getByRole('status').filter({ hasText: r.erasure.statusPartly }).waitFor();
    const stored = await inPage<
      { id: number; status: string; outcome: string; deletionRecordId: number }[]
    >(page, "window.vault['requests.list']({ includeClosed: true }).then((r) => r.value)");
    expect(stored.find((q) => q.id === requestId)).toMatchObject({
      status: 'partlyRefused',
      outcome: draft,
      deletionRecordId: recordId,
    });
    await page.getByText('Kundeavtale: formidling til bedriftskunde').waitFor();
    await page.getByText(m.sessionNotes.empty).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await shoot('rights-after-erasure');
  });

  it('logged no errors', () => {
    expect(problems).toEqual([]);
  });
});
