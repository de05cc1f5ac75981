// A programme ends and is shredded, in Danish, Norwegian and English: the banner after unlock,
// the prompt on its page, the retention timeline, postponing (14 days yes, 45 days no), the
// close-out (review, paper checklist, typed name, progress, certificate with the chain ok and the
// copies beyond reach, the offer to change the recovery passphrase and where it leads), the
// caseload afterwards, the certificates screen with export, and the settings screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { ChannelOutput } from '../../main/ipc/contract';
import { CertificateBody } from '../../main/retention/certificate-body';
import {
  certificateSheet,
  certificateTitle,
  WORDS,
  type CertificateIssuer,
  type CertificateLocale,
} from '../../main/retention/certificate-text';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { createVault, launchChromium, openCaseload, openProgrammes } from './caseload-pages';
import { captureScreen, inPage, SCREENS_DIR } from './page-checks';
import { pdfText, wordsInOrder } from '../support/pdf-text';
import {
  ALFA,
  banner,
  BETA,
  dayFromToday,
  dueItem,
  fill,
  GAMMA,
  ONLY_ALFA,
  ONLY_GAMMA,
  OLD_CONTACT,
  seedOldNorwegianContact,
  openNav,
  openRetention,
  seedEndedProgrammes,
  SHARED,
} from './retention-pages';
import { fillDate } from './date-field';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

/** Who issues the certificates, per language: names outside Windows-1252 included. */
const ISSUER: Record<string, { consultant: string; organisation: string; address: string }> = {
  da: {
    consultant: 'Máret Ŋ.',
    organisation: 'Jobvejen ApS',
    address: 'Havnegade 4\n8000 Aarhus C',
  },
  nb: {
    consultant: 'Łukasz K.',
    organisation: 'Karriereveien AS',
    address: 'Strandgaten 18\n5013 Bergen',
  },
  en: {
    consultant: 'Máret Ŋ.',
    organisation: 'Pathways Ltd',
    address: '1 High Street\nYork YO1 7HU',
  },
};
const CERTIFICATE_FILE: Record<string, RegExp> = {
  da: /^slettebevis-\d{4}-\d{2}-\d{2}-nr-1\.json$/,
  nb: /^sletteattest-\d{4}-\d{2}-\d{2}-nr-1\.json$/,
  en: /^deletion-certificate-\d{4}-\d{2}-\d{2}-no-1\.json$/,
};
const certificateShot = (code: string) => join(SCREENS_DIR, `certificate-1366x768-${code}.png`);
/** The certificate's section on copies the shredding cannot reach, per language. */
const BEYOND_REACH: Record<string, { heading: string; stillOpens: string }> = {
  da: {
    heading: 'Kopier uden for Fortroligs rækkevidde',
    stillOpens: 'En sådan kopi kan stadig åbnes med den nuværende adgangssætning til gendannelse.',
  },
  nb: {
    heading: 'Kopier utenfor Fortroligs rekkevidde',
    stillOpens:
      'En slik kopi kan fortsatt åpnes med den nåværende passordfrasen for gjenoppretting.',
  },
  en: {
    heading: 'Copies beyond Fortrolig’s reach',
    stillOpens: 'Such a copy still opens with the current recovery passphrase.',
  },
};

type DueView = { items: { key: string; label: string; postponedUntil: string | null }[] };

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('retention flows in $code', ({ code, locale, m }) => {
  const r = m.retention;
  const lang = code as CertificateLocale;
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  let backupDir: string;
  const consoleLines: string[] = [];
  const shoot = async (screen: string) =>
    expect((await captureScreen(page, screen, code)).join('\n')).toBe('');
  /** What the window shows, not the whole page: at 1366×768, is anything cut off or unclear? */
  const shootWindow = async (screen: string) =>
    expect(
      (await captureScreen(page, `${screen}-1366x768`, code, { viewportOnly: true })).join('\n'),
    ).toBe('');
  const submit = () => page.getByRole('button', { name: r.closeOut.submit, exact: true });

  beforeAll(async () => {
    bridge = await startBridge();
    backupDir = mkdtempSync(join(tmpdir(), 'fortrolig-e2e-backups-'));
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
    await createVault(page, bridge.url, m);
    await seedEndedProgrammes(page);
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
    rmSync(backupDir, { recursive: true, force: true });
  });

  it('after unlock, the banner counts the two ended programmes', async () => {
    await page.getByRole('button', { name: m.header.lock, exact: true }).click();
    await page.getByRole('button', { name: m.unlock.keychainButton, exact: true }).click();
    await page.getByRole('heading', { name: m.caseload.title, level: 1 }).waitFor();
    await banner(page).waitFor();
    expect(await banner(page).textContent()).toContain(
      fill(r.banner.programmesDue_other, { count: 2 }),
    );
    await shoot('due-banner');
  });

  it('the ended programme’s page prompts its shredding; the running one does not', async () => {
    await openProgrammes(page, m);
    await page.getByRole('button', { name: ALFA, exact: true }).click();
    await page.getByRole('heading', { name: ALFA, level: 1 }).waitFor();
    const prompt = page.getByRole('region', { name: r.prompt.title, exact: true });
    await prompt.waitFor();
    await shoot('programme-due');
    await openProgrammes(page, m);
    await page.getByRole('button', { name: BETA, exact: true }).click();
    await page.getByRole('heading', { name: BETA, level: 1 }).waitFor();
    expect(await prompt.count()).toBe(0);
  });

  it('the retention screen shows each item with its reason in words', async () => {
    await banner(page).getByRole('button', { name: r.banner.open }).click();
    await page.getByRole('heading', { name: r.screen.title, level: 1 }).waitFor();
    const alfa = dueItem(page, ALFA);
    await alfa.waitFor();
    const reason = await alfa.locator('.due-item-reason').textContent();
    expect(reason).toContain(r.reason.programmeEnd.split('{{')[0]!.trim());
    expect(reason).toContain(r.presetNames['dk-jobcentre-coaching']);
    expect(reason).toContain(r.reason.at.programmeEnd);
    await page
      .getByRole('img', { name: fill(r.screen.timeline, { dueNow: 2, upcoming: 0 }) })
      .waitFor();
    await shoot('retention');
  });

  it('postponing needs at most 30 days: 45 is refused in words, 14 moves it out of "due now"', async () => {
    const gamma = dueItem(page, GAMMA);
    await gamma.getByRole('button', { name: r.actions.postpone, exact: true }).click();
    await gamma
      .getByLabel(r.postpone.reason, { exact: true })
      .fill('Venter på afklaring fra jobcentret');
    await fillDate(gamma.getByLabel(r.postpone.until, { exact: true }), dayFromToday(45));
    await gamma.getByRole('button', { name: r.postpone.submit, exact: true }).click();
    await gamma.getByRole('alert').filter({ hasText: m.errors.postponeTooLong }).waitFor();
    await shoot('retention-postpone-error');

    const until = dayFromToday(14);
    await fillDate(gamma.getByLabel(r.postpone.until, { exact: true }), until);
    await gamma.getByRole('button', { name: r.postpone.submit, exact: true }).click();
    const upcoming = page.getByRole('region', { name: r.screen.upcoming, exact: true });
    const moved = upcoming.locator('li.due-item').filter({ hasText: GAMMA });
    await moved.waitFor();
    expect(await moved.textContent()).toContain(r.screen.postponedUntil.split('{{')[0]!.trim());
    const dueNow = page.getByRole('region', { name: r.screen.dueNow, exact: true });
    expect(await dueNow.locator('li.due-item').filter({ hasText: GAMMA }).count()).toBe(0);
    const due = await inPage<DueView>(
      page,
      "window.vault['retention.due']({}).then((r) => r.value)",
    );
    expect(due.items.find((i) => i.label === GAMMA)?.postponedUntil).toBe(until);
    expect(await banner(page).textContent()).toContain(
      fill(r.banner.programmesDue_one, { count: 1 }),
    );
    await shoot('retention-postponed');
  });

  it('settings: the consultant and the organisation are named for certificates', async () => {
    await openNav(page, r.nav.settings, r.settings.title);
    const card = page.locator('.issuer-settings');
    await card.getByLabel(r.issuer.consultantName).fill(ISSUER[code]!.consultant);
    await card.getByLabel(r.issuer.organisationName).fill(ISSUER[code]!.organisation);
    await card.getByLabel(r.issuer.organisationAddress).fill(ISSUER[code]!.address);
    await card.getByRole('button', { name: r.issuer.save }).click();
    await card.getByRole('status').filter({ hasText: r.issuer.saved }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await shoot('settings-issuer');
    await openRetention(page, m);
  });

  it('review: counts per category, and the shared person is kept for the other programme', async () => {
    await dueItem(page, ALFA).getByRole('button', { name: r.actions.review }).click();
    await page
      .getByRole('heading', { name: `${fill(r.closeOut.title, { name: '' })}${ALFA}`, level: 1 })
      .waitFor();
    expect(await page.locator('tr[data-category="sessionNotes"] td').textContent()).toBe('2');
    expect(await page.locator('tr[data-category="participant"] td').textContent()).toBe('1');
    const shared = page.locator('li[data-kept="true"]');
    expect(await shared.textContent()).toContain(SHARED.familyName);
    expect(await shared.textContent()).toContain(fill(r.closeOut.kept, { programmes: BETA }));
    expect(await page.locator('li[data-kept="false"]').textContent()).toContain(
      ONLY_ALFA.familyName,
    );
    await shoot('close-out-review');
  });

  it('the confirm button stays blocked until every paper answer and the exact name are given', async () => {
    const blocked = async () => (await submit().getAttribute('aria-disabled')) === 'true';
    expect(await blocked()).toBe(true);
    const row = (person: { familyName: string }) =>
      page.getByRole('group', { name: new RegExp(person.familyName) });
    await row(ONLY_ALFA).getByLabel(r.closeOut.shredded).check();
    expect(await blocked()).toBe(true);
    const field = page.getByLabel(new RegExp(r.closeOut.typeName.split(':')[0]!));
    await field.fill(ALFA);
    // One person still unanswered: the right name alone is not enough.
    expect(await blocked()).toBe(true);
    await row(SHARED).getByLabel(r.closeOut.none).check();
    await field.fill(ALFA.toLowerCase());
    expect(await blocked()).toBe(true);
    // A forced click (Playwright rightly waits for an enabled button) must still do nothing.
    await submit().click({ force: true });
    expect(await page.locator('.shred-progress').count()).toBe(0);
    await field.fill(ALFA);
    expect(await blocked()).toBe(false);
    await shoot('close-out-ready');
  });

  it('shreds with progress, then shows the certificate with the chain ok', async () => {
    await submit().click();
    await page.getByRole('progressbar', { name: r.closeOut.progress }).waitFor();
    await page.locator('.certificate').waitFor();
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(await page.locator('.chain-status').getAttribute('data-chain')).toBe('ok');
    expect(await page.locator('.chain-status').textContent()).toBe(
      fill(r.certificate.chainOk_one, { count: 1 }),
    );
    await page.getByRole('heading', { name: certificateTitle(1, lang) }).waitFor();
    expect(await page.locator('.certificate').textContent()).toContain(
      WORDS[lang].paperLine('1', '1'),
    );
    // The certificate names the issuer, the consultant and the programme, and no participant.
    const issuer = page.getByTestId('certificate-issuer');
    expect(await issuer.textContent()).toContain(ISSUER[code]!.organisation);
    expect(await issuer.textContent()).toContain(ISSUER[code]!.address.split('\n')[1]);
    expect(await page.locator('[data-fact="consultant"] dd').textContent()).toBe(
      ISSUER[code]!.consultant,
    );
    expect(await page.locator('[data-fact="programme"] dd').textContent()).toBe(ALFA);
    expect(await page.locator('.verification-code').textContent()).toMatch(
      /^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/,
    );
    for (const name of [ONLY_ALFA.familyName, SHARED.familyName]) {
      expect(await page.locator('.certificate').textContent()).not.toContain(name);
    }
    // The copies the shredding cannot reach, and that the current passphrase still opens them.
    const beyond = page.getByRole('region', { name: BEYOND_REACH[code]!.heading, exact: true });
    expect(await beyond.textContent()).toContain(BEYOND_REACH[code]!.stillOpens);
    expect(await beyond.textContent()).toContain('Time Machine');
    await shoot('close-out-done');
    // The certificate as a consultant's laptop shows it (1366×768).
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('.certificate').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: certificateShot(code), caret: 'hide' });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('the certificate on screen and its PDF say the one sheet, in the certificate’s own words', async () => {
    const { record, issuer, pdf } = await inPage<{
      record: ChannelOutput<'retention.certificates.list'>['records'][number];
      issuer: CertificateIssuer;
      pdf: string;
    }>(
      page,
      `Promise.all([
         window.vault['retention.certificates.list']({}),
         window.vault['settings.issuer.get']({}),
         window.vault['retention.certificates.export']({ id: 1, format: 'pdf', locale: '${lang}' }),
       ]).then(([l, i, p]) => ({ record: l.value.records[0], issuer: i.value, pdf: p.value.contentBase64 }))`,
    );
    const sheet = certificateSheet({ ...record, body: CertificateBody.parse(record.body) }, lang, {
      issuer,
      programme: record.programme,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const lines = [
      sheet.title,
      sheet.kind,
      sheet.organisation.name,
      ...sheet.organisation.address,
      ...sheet.facts.flatMap((f) => [f.label, f.value]),
      sheet.counts.heading,
      sheet.beyondReach.heading,
      ...sheet.beyondReach.paragraphs,
      sheet.verification.label,
      sheet.verification.code,
      sheet.verification.howTo,
      sheet.footer,
    ];
    const fold = (s: string) => s.replace(/\s+/g, ' ');
    const onScreen = fold(await page.locator('.certificate').innerText());
    const inPdf = pdfText(Buffer.from(pdf, 'base64'));
    for (const line of lines) {
      expect(onScreen, line).toContain(fold(line));
      expect(wordsInOrder(inPdf, line), line).toBe(true);
    }
  });

  it('right after the close-out, the offer to change the recovery passphrase opens the change form', async () => {
    const offer = page.getByTestId('passphrase-offer');
    expect(await offer.locator('p').textContent()).toBe(r.passphraseOffer.text);
    // As a laptop shows it: the offer in view under the finished close-out.
    await page.setViewportSize({ width: 1366, height: 768 });
    await offer.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shootWindow('close-out-passphrase-offer');
    await offer.getByRole('button', { name: r.passphraseOffer.change, exact: true }).click();
    await page.getByRole('heading', { name: r.settings.title, level: 1 }).waitFor();
    const change = page.getByRole('form', { name: m.continuity.security.change.title });
    const current = change.getByLabel(m.continuity.security.change.current, { exact: true });
    // The caret waits in the change form's first field, scrolled into view.
    await page.waitForFunction(
      `document.activeElement?.getAttribute('autocomplete') === 'current-password' &&
       document.activeElement.closest('form')?.querySelector('h3')?.textContent === ${JSON.stringify(m.continuity.security.change.title)}`,
    );
    expect(await current.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await current.isVisible()).toBe(true);
    await shootWindow('settings-passphrase-change-from-offer');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('the person only in Alfa is gone from the caseload; the shared one stays; the banner drops it', async () => {
    await openCaseload(page, m);
    await page.locator('.row-open').filter({ hasText: SHARED.familyName }).waitFor();
    await page.locator('.row-open').filter({ hasText: ONLY_GAMMA.familyName }).waitFor();
    expect(await page.locator('.row-open').filter({ hasText: ONLY_ALFA.familyName }).count()).toBe(
      0,
    );
    const text = await banner(page).textContent();
    expect(text).not.toContain(fill(r.banner.programmesDue_one, { count: 1 }));
    expect(text).toContain(fill(r.banner.upcoming_one, { count: 1 }));
    const left = await inPage<number>(
      page,
      `window.vault['sessionNotes.listForParticipant']({ participantId: ${await sharedId(page)}, limit: 50 })
         .then((r) => r.value.notes.length)`,
    );
    expect(left).toBe(1);
  });

  it('certificates: the chain verifies and a record exports as JSON', async () => {
    await openNav(page, r.nav.certificates, r.certificates.title);
    expect(await page.locator('.chain-status').getAttribute('data-chain')).toBe('ok');
    await page.locator('tr[data-record="1"]').waitFor();
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', {
        name: `${r.certificate.exportJson}, ${certificateTitle(1, lang)}`,
      })
      .click();
    // In the reader's language, dated, numbered, with no personal data.
    expect((await download).suggestedFilename()).toMatch(CERTIFICATE_FILE[code]!);
    // The list shows the code the certificate prints, so a filed copy can be checked against it.
    const shown = await page.locator('code[data-code="1"]').textContent();
    expect(shown).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    await shoot('certificates');
  });

  it('settings: presets as a rules table, and a backup taken into the chosen folder', async () => {
    await openNav(page, r.nav.settings, r.settings.title);
    await page
      .getByRole('table', {
        name: fill(r.settings.rulesLabel, { name: r.presetNames['dk-jobcentre-coaching'] }),
      })
      .waitFor();
    // Rules in words: "Ved forløbets afslutning", "Medmindre det bekræftes hver 6 måneder".
    expect(await page.getByText(r.reason.at.programmeEnd).count()).toBeGreaterThan(0);
    expect(await page.getByText(fill(r.period.months_other, { count: 6 })).count()).toBe(1);
    // The folder comes from the OS folder dialog in the main process (the bridge answers it).
    bridge.answerFolderPicker(backupDir);
    await page.getByRole('button', { name: r.settings.chooseFolder }).click();
    await page.getByText(r.settings.folderOutcome.chosen).waitFor();
    await page.getByRole('button', { name: r.settings.backupNow }).click();
    await page
      .getByRole('table', { name: r.settings.backupList })
      .locator('tbody tr')
      .first()
      .waitFor();
    await shoot('settings');
  });

  it('under the Norwegian rule, only the old notes go: the person stays for the live enrolment', async () => {
    const dag = await seedOldNorwegianContact(page);
    // A live enrolment in a running Danish programme: the notes rule must not take the person.
    await inPage(
      page,
      `(async () => {
        const v = window.vault;
        const beta = (await v['programmes.list']({})).value.find((p) => p.name === ${JSON.stringify(BETA)});
        const r = await v['enrolments.create']({ participantId: ${dag}, programmeId: beta.id, enrolledOn: '${dayFromToday(-10)}' });
        if (!r.ok) throw new Error(JSON.stringify(r.error));
      })()`,
    );
    await openNav(page, r.nav.settings, r.settings.title);
    await openNav(page, r.nav.retention, r.screen.title);
    const item = page.locator(
      `li.due-item[data-key="lastContact:sessionNotes:participant:${dag}"]`,
    );
    await item.waitFor();
    const reason = await item.locator('.due-item-reason').textContent();
    expect(reason).toContain(r.reason.lastContact.split('{{')[0]!.trim());
    expect(reason).toContain(
      fill(r.reason.after.lastContact, { period: fill(r.period.years_other, { count: 3 }) }),
    );
    expect(await item.locator('.due-item-category').textContent()).toContain(
      r.categories.sessionNotes,
    );
    // No whole-person erasure from a category's rule.
    expect(await item.getByRole('button', { name: r.actions.erase, exact: true }).count()).toBe(0);
    await item.getByRole('button', { name: r.actions.purge, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: r.purge.title });
    await dialog.waitFor();
    await dialog.locator('tr[data-category="sessionNotes"]').waitFor();
    expect(await dialog.locator('tr[data-category="sessionNotes"] td').textContent()).toBe('1');
    expect(await dialog.locator('tr[data-category="participant"]').count()).toBe(0);
    expect(await dialog.getByTestId('purge-whole-person').count()).toBe(0);
    expect(await dialog.getByTestId('purge-kept').textContent()).toContain(
      fill(r.purge.keptBy.programme, { programme: BETA }),
    );
    await dialog.getByLabel(r.closeOut.shredded).check();
    // A wrong name keeps the button disabled; the full name enables it.
    await dialog.getByLabel(r.purge.typeName).fill(OLD_CONTACT.givenName);
    expect(
      await dialog
        .getByRole('button', { name: r.purge.submit, exact: true })
        .getAttribute('aria-disabled'),
    ).toBe('true');
    await dialog
      .getByLabel(r.purge.typeName)
      .fill(`${OLD_CONTACT.givenName} ${OLD_CONTACT.familyName}`);
    await shoot('category-purge-dialog');
    await dialog.getByRole('button', { name: r.purge.submit, exact: true }).click();
    await page.getByRole('status').filter({ hasText: r.purge.done }).waitFor();
    await item.waitFor({ state: 'detached' });
    // A rule's purge is a shredding too: the same offer, with its reason, under the status.
    const offer = page.getByTestId('passphrase-offer');
    expect(await offer.locator('p').textContent()).toBe(r.passphraseOffer.text);
    await offer.getByRole('button', { name: r.passphraseOffer.change, exact: true }).waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.evaluate('window.scrollTo(0, 0)');
    await shootWindow('category-purge-passphrase-offer');
    await page.setViewportSize({ width: 1366, height: 900 });
    const after = await inPage<{ person: boolean; notes: number; enrolments: number }>(
      page,
      `(async () => {
        const v = window.vault;
        const person = await v['participants.get']({ id: ${dag} });
        const notes = await v['sessionNotes.listForParticipant']({ participantId: ${dag}, limit: 100 });
        const enrolments = await v['enrolments.list']({ participantId: ${dag} });
        return { person: person.ok, notes: notes.ok ? notes.value.notes.length : -1,
          enrolments: enrolments.ok ? enrolments.value.length : -1 };
      })()`,
    );
    expect(after).toEqual({ person: true, notes: 0, enrolments: 2 });
    const chain = await inPage<{ ok: boolean; records: number }>(
      page,
      "window.vault['retention.certificates.list']({}).then((r) => r.value.chain)",
    );
    expect(chain).toEqual({ ok: true, records: 2 });
  });

  it('ending a programme by editing its end date: banner, status and prompt change on the page', async () => {
    await openProgrammes(page, m);
    await page.getByRole('button', { name: BETA, exact: true }).click();
    await page.getByRole('heading', { name: BETA, level: 1 }).waitFor();
    const status = page.getByTestId('programme-status');
    const prompt = page.getByRole('region', { name: r.prompt.title, exact: true });
    expect(await status.textContent()).toBe(m.programmes.statuses.active);
    expect(await prompt.count()).toBe(0);
    const programmesDueBefore = await dueProgrammes(page);
    await page.getByRole('button', { name: m.common.edit, exact: true }).click();
    await fillDate(page.getByLabel(m.programmes.endsOn, { exact: true }), dayFromToday(-1));
    await page.getByRole('button', { name: m.common.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: m.programmes.saved }).waitFor();
    // No navigation: the same page shows the new state once the due list is in.
    await prompt.waitFor();
    await page.waitForFunction(
      `document.querySelector('[data-testid="programme-status"]')?.textContent === ${JSON.stringify(m.programmes.statuses.closing)}`,
    );
    const programmesDue = programmesDueBefore + 1;
    const bannerText = fill(
      programmesDue === 1 ? r.banner.programmesDue_one : r.banner.programmesDue_other,
      { count: programmesDue },
    );
    await page.waitForFunction(
      `document.querySelector('[data-testid="due-banner"]')?.textContent?.includes(${JSON.stringify(bannerText)}) === true`,
    );
    expect(await dueProgrammes(page)).toBe(programmesDue);
    await shoot('programme-ended-by-edit');
  });

  it('the participant page offers whole-person erasure, with counts per category first', async () => {
    // On Beta's page from the test before: its participants are listed there.
    await page
      .getByRole('button', {
        name: `${OLD_CONTACT.familyName}, ${OLD_CONTACT.givenName}`,
        exact: true,
      })
      .click();
    await page
      .getByRole('heading', {
        name: `${OLD_CONTACT.givenName} ${OLD_CONTACT.familyName}`,
        level: 1,
      })
      .waitFor();
    await page.getByRole('button', { name: r.erase.erasePerson, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: r.erase.title });
    await dialog.locator('tr[data-category="participant"]').waitFor();
    expect(await dialog.locator('tr[data-category="participant"] td').textContent()).toBe('1');
    expect(await dialog.locator('tr[data-category="enrolmentData"] td').textContent()).toBe('2');
    // The old notes went with the rule before: none are left to count.
    expect(await dialog.locator('tr[data-category="sessionNotes"]').count()).toBe(0);
    await shoot('erase-participant-dialog');
    await dialog.getByRole('button', { name: m.common.cancel, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('a rule whose period cannot be computed is flagged in the banner, and the list still works', async () => {
    bridge.storeRulePeriod('no-recruitment-guidance', 'sessionNotes', 'P999999Y');
    await openNav(page, r.nav.retention, r.screen.title);
    const flagged = banner(page).getByTestId('due-banner-invalid');
    await flagged.waitFor();
    expect(await flagged.textContent()).toBe(fill(r.banner.invalidRules_one, { count: 1 }));
    // The other rules are still computed: the ended programme is still listed.
    await dueItem(page, BETA).waitFor();
    await shoot('due-banner-invalid-rule');
    bridge.storeRulePeriod('no-recruitment-guidance', 'sessionNotes', 'P3Y');
    await openNav(page, r.nav.settings, r.settings.title);
    await openNav(page, r.nav.retention, r.screen.title);
    await flagged.waitFor({ state: 'detached' });
  });

  it('a finishing left pending (backup folder gone) is said in the banner, with what to do', async () => {
    // The USB stick is pulled: the erasure is done, replacing the backups is not.
    rmSync(backupDir, { recursive: true, force: true });
    await openProgrammes(page, m);
    await page.getByRole('button', { name: BETA, exact: true }).click();
    await page
      .getByRole('button', {
        name: `${OLD_CONTACT.familyName}, ${OLD_CONTACT.givenName}`,
        exact: true,
      })
      .click();
    await page.getByRole('button', { name: r.erase.erasePerson, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: r.erase.title });
    await dialog.locator('tr[data-category="participant"]').waitFor();
    await dialog.getByLabel(r.closeOut.none).check();
    await dialog
      .getByLabel(r.erase.typeName)
      .fill(`${OLD_CONTACT.givenName} ${OLD_CONTACT.familyName}`);
    await dialog.getByRole('button', { name: r.erase.submit, exact: true }).click();
    await dialog.getByText(r.finishing.reasons.backupFolderUnavailable).waitFor();
    await dialog.getByRole('button', { name: m.common.close, exact: true }).click();
    const pending = banner(page).getByTestId('due-banner-finishing');
    await pending.waitFor();
    expect(await pending.getAttribute('data-finishing')).toBe('backupFolderUnavailable');
    expect(await pending.textContent()).toContain(r.banner.finishingPending);
    expect(await pending.textContent()).toContain(r.finishing.reasons.backupFolderUnavailable);
    await shoot('due-banner-finishing-pending');
  });

  it('never puts a name in the title or the console', async () => {
    const title = await page.title();
    const everything = [title, ...consoleLines].join('\n');
    for (const person of [ONLY_ALFA, SHARED, ONLY_GAMMA, OLD_CONTACT]) {
      expect(everything).not.toContain(person.familyName);
    }
  });
});

/** How many programmes are due for close-out now, as the core computes it. */
async function dueProgrammes(page: Page): Promise<number> {
  return inPage<number>(
    page,
    `window.vault['retention.due']({}).then((r) => r.value.items.filter(
       (i) => i.scope.kind === 'programme' && i.effectiveOn <= r.value.today).length)`,
  );
}

/** The shared participant's id, looked up through the caseload as the renderer would. */
async function sharedId(page: Page): Promise<number> {
  return inPage<number>(
    page,
    `window.vault['caseload.list']({ sort: 'name', offset: 0, limit: 50, text: ${JSON.stringify(SHARED.familyName)} })
       .then((r) => r.value.rows[0].id)`,
  );
}
