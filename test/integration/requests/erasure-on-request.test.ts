// Erasure on request (art. 17): the person of an erasure request goes with the usual purge and
// certificate, which names the request; an agreement the Norwegian preset keeps for 10 years
// after it ends stays, is listed with its rule, and the request is partly refused with the
// consultant's reason. The request is closed in the purge's transaction.
import { describe, expect, it } from 'vitest';
import { certificateSheet } from '../../../main/retention/certificate-text';
import { getDeletionRecord } from '../../../main/retention/certificates';
import { getRequest, logRequest, recordIdentityCheck } from '../../../main/requests/register';
import { NOW, ground, rowCounts } from '../../support/category-ground';
import { ok, useIpcVault } from '../../support/ipc-vault';

describe('erasure on request', () => {
  const t = useIpcVault(NOW);

  const request = (participantId: number, checked = true) => {
    const r = logRequest(
      t.vault.db,
      {
        participantId,
        kind: 'erasure',
        channel: 'email',
        receivedOn: '2026-11-20',
        today: '2026-11-22',
      },
      'KB',
      NOW,
    );
    if (checked)
      recordIdentityCheck(
        t.vault.db,
        r.id,
        { method: 'emailOnFile', checkedBy: 'KB', checkedOn: '2026-11-21' },
        NOW,
      );
    return r.id;
  };

  it('keeps the agreement in force under the Norwegian preset, erases everything else, and partly refuses with the reason', async () => {
    const g = ground(t.vault.db);
    const id = request(g.person);
    const review = ok<{ keptByLaw: unknown[]; counts: Record<string, number> }>(
      await t.dispatch('requests.reviewErasure', { requestId: id }),
    );
    expect(review.keptByLaw).toEqual([
      {
        category: 'consents',
        count: 1,
        until: null,
        presetId: 'no-recruitment-guidance',
        presetName: 'Norwegian recruitment and guidance',
      },
    ]);
    expect(review.counts).toMatchObject({
      sessionNotes: 4,
      addenda: 3,
      assessments: 1,
      'documents.cv': 1,
    });
    expect(review.counts.consents).toBeUndefined();

    const erase = (extra: object) =>
      t.dispatch('requests.erase', {
        requestId: id,
        typedName: 'Kari Nordmannqz',
        paper: 'none',
        ...extra,
      });
    expect(await erase({ typedName: 'Kari' })).toMatchObject({
      ok: false,
      error: { code: 'confirmationMismatch' },
    });
    expect(await erase({})).toMatchObject({ ok: false, error: { code: 'reasonRequired' } });
    const before = rowCounts(t.vault.db);
    const done = ok<{ recordId: number; partlyRefused: boolean }>(
      await erase({
        refusalReason: 'Kundeavtalen oppbevares i 10 år etter opphør (bokføringsloven).',
      }),
    );
    expect(done.partlyRefused).toBe(true);
    const after = rowCounts(t.vault.db);
    // Kari's rows went, except the agreement and her identity; Ola's are untouched.
    expect(before.notes! - after.notes!).toBe(4);
    expect(before.consents! - after.consents!).toBe(0);
    expect(before.participants! - after.participants!).toBe(0);
    expect(
      t.vault.db
        .prepare('SELECT count(*) AS n FROM notes WHERE participant_id = ?')
        .get([g.person]),
    ).toEqual({ n: 0 });
    expect(
      t.vault.db
        .prepare('SELECT count(*) AS n FROM enrolments WHERE participant_id = ?')
        .get([g.person]),
    ).toEqual({ n: 0 });
    // What the kept agreement does not need goes too: contact details and last contact.
    expect(
      t.vault.db
        .prepare(
          'SELECT email, phone, address, last_contact_at AS lc FROM participants WHERE id = ?',
        )
        .get([g.person]),
    ).toEqual({ email: '', phone: null, address: null, lc: null });
    expect(getRequest(t.vault.db, id)).toMatchObject({
      status: 'partlyRefused',
      outcome: 'Kundeavtalen oppbevares i 10 år etter opphør (bokføringsloven).',
      deletionRecordId: done.recordId,
    });
    const record = getDeletionRecord(t.vault.db, done.recordId)!;
    expect(record.body).toMatchObject({
      kind: 'participantErasure',
      request: { id, receivedOn: '2026-11-20' },
    });
    const sheet = certificateSheet(record, 'nb', {
      issuer: { consultantName: '', organisationName: '', organisationAddress: '' },
      timeZone: 'Europe/Oslo',
    });
    const text = sheet.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
    expect(text).toContain(`Forespørsel: Nr. ${id}, mottatt 20. november 2026`);
    expect(text).toMatch(/Beholdt fordi en regel krever det: 1 .*så lenge avtalen gjelder/);
  });

  it('erases a person with nothing kept entirely, completes the request and keeps it as proof', async () => {
    const g = ground(t.vault.db);
    const unchecked = request(g.other, false);
    expect(
      await t.dispatch('requests.erase', {
        requestId: unchecked,
        typedName: 'Ola Bergqz',
        paper: 'none',
      }),
    ).toMatchObject({ ok: false, error: { code: 'identityNotChecked' } });
    expect(
      t.vault.db.prepare('SELECT count(*) AS n FROM participants WHERE id = ?').get([g.other]),
    ).toEqual({ n: 1 });
    const id = request(g.other);
    const done = ok<{ recordId: number; partlyRefused: boolean }>(
      await t.dispatch('requests.erase', {
        requestId: id,
        typedName: 'Ola Bergqz',
        paper: 'shredded',
      }),
    );
    expect(done.partlyRefused).toBe(false);
    expect(
      t.vault.db.prepare('SELECT count(*) AS n FROM participants WHERE id = ?').get([g.other]),
    ).toEqual({ n: 0 });
    expect(getRequest(t.vault.db, id)).toMatchObject({
      status: 'completed',
      participantId: null,
      deletionRecordId: done.recordId,
    });
    expect(getDeletionRecord(t.vault.db, done.recordId)!.body.request).toEqual({
      id,
      receivedOn: '2026-11-20',
    });
    // A closed request cannot erase again.
    expect(await t.dispatch('requests.reviewErasure', { requestId: id })).toMatchObject({
      ok: false,
      error: { code: 'requestClosed' },
    });
  });
});
