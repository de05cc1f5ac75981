// Restriction of processing (art. 18): while restricted, every channel that would change the
// person's data answers `restricted` and changes nothing; no retention rule of theirs falls
// due; the caseload and the participant page say so; lifting takes a reason, and then writes
// work again. Objection (art. 21) is recorded as a request and completed with what was done.
import { describe, expect, it } from 'vitest';
import { addConsent } from '../../../main/domain/consents';
import { logRequest, recordIdentityCheck } from '../../../main/requests/register';
import { RESTRICTED_WRITES } from '../../../main/requests/restriction';
import { NOW, ground, rowCounts } from '../../support/category-ground';
import { ok, useIpcVault } from '../../support/ipc-vault';

describe('restriction and objection', () => {
  const t = useIpcVault(NOW);

  it('refuses every write to a restricted person and leaves their due rules alone, until lifted', async () => {
    const g = ground(t.vault.db);
    const key = g.key;
    const dueKeys = async () =>
      ok<{ items: { key: string }[] }>(
        await t.dispatch('retention.due', { horizonDays: 0 }),
      ).items.map((i) => i.key);
    expect(await dueKeys()).toContain(key);
    const r = logRequest(
      t.vault.db,
      {
        participantId: g.person,
        kind: 'restriction',
        channel: 'letter',
        receivedOn: '2026-11-20',
        today: '2026-11-22',
      },
      'KB',
      NOW,
    );
    ok(
      await t.dispatch('participants.restrict', {
        participantId: g.person,
        reason: 'Bestrider rigtigheden',
        requestId: r.id,
      }),
    );
    expect(
      await t.dispatch('participants.restrict', { participantId: g.person, reason: 'Igen' }),
    ).toMatchObject({ ok: false, error: { code: 'restricted' } });
    expect(ok(await t.dispatch('participants.get', { id: g.person }))).toMatchObject({
      restricted: true,
      restriction: { reason: 'Bestrider rigtigheden', requestId: r.id, by: 'KB' },
    });
    const rows = ok<{ rows: { id: number; restricted: boolean }[] }>(
      await t.dispatch('caseload.list', { sort: 'name', offset: 0, limit: 50 }),
    ).rows;
    expect(rows.map((x) => [x.id, x.restricted])).toEqual(
      expect.arrayContaining([
        [g.person, true],
        [g.other, false],
      ]),
    );
    expect(await dueKeys()).not.toContain(key);
    // Marked wherever the person is listed: search hits and a close-out's review.
    const hits = ok<{ participantId: number; restricted: boolean }[]>(
      await t.dispatch('search.query', { text: 'Nordmannqz' }),
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.participantId === g.person && h.restricted)).toBe(true);
    const review = ok<{ participants: { id: number; restricted: boolean }[] }>(
      await t.dispatch('retention.review', { programmeId: 1 }),
    );
    expect(review.participants.map((p) => [p.id, p.restricted])).toEqual(
      expect.arrayContaining([
        [g.person, true],
        [g.other, false],
      ]),
    );

    const note = t.vault.db
      .prepare('SELECT id FROM notes WHERE participant_id = ? LIMIT 1')
      .get<{ id: number }>([g.person])!.id;
    const consent = addConsent(t.vault.db, {
      participantId: g.other,
      purpose: 'x',
      legalBasis: 'y',
      givenOn: '2026-01-01',
    }).id;
    const kariConsent = t.vault.db
      .prepare('SELECT id FROM consents WHERE participant_id = ?')
      .get<{ id: number }>([g.person])!.id;
    const erasure = logRequest(
      t.vault.db,
      {
        participantId: g.person,
        kind: 'erasure',
        channel: 'letter',
        receivedOn: '2026-11-21',
        today: '2026-11-22',
      },
      'KB',
      NOW,
    );
    recordIdentityCheck(
      t.vault.db,
      erasure.id,
      { method: 'knownInPerson', checkedBy: 'KB', checkedOn: '2026-11-21' },
      NOW,
    );
    const kariRow = (table: 'documents' | 'assessments') =>
      t.vault.db
        .prepare(`SELECT id FROM ${table} WHERE participant_id = ?`)
        .get<{ id: number }>([g.person])!.id;
    const before = rowCounts(t.vault.db);
    const attempts: [string, object][] = [
      [
        'participants.update',
        {
          id: g.person,
          givenName: 'Kari',
          familyName: 'Nordmann',
          nationalId: { country: 'none' },
          email: 'k@e.no',
          reason: 'Navn',
        },
      ],
      [
        'enrolments.end',
        {
          participantId: g.person,
          programmeId: 1,
          endedOn: '2026-11-01',
          status: 'completed',
          reason: 'job',
        },
      ],
      [
        'sessionNotes.createDraft',
        {
          participantId: g.person,
          programmeId: 2,
          occurredAt: '2026-11-21T10:00:00Z',
          kind: 'meeting',
          body: 'Ny',
        },
      ],
      ['sessionNotes.addAddendum', { noteId: note, body: 'Tillæg' }],
      ['consents.withdraw', { id: kariConsent, withdrawnOn: '2026-11-21' }],
      ['documents.delete', { id: kariRow('documents') }],
      ['assessments.delete', { id: kariRow('assessments') }],
      [
        'assessments.update',
        {
          id: kariRow('assessments'),
          takenOn: '2026-11-02',
          scores: [{ name: 'A', value: 2, min: 0, max: 10 }],
          summary: 'x',
        },
      ],
      [
        'assessments.add',
        {
          participantId: g.person,
          programmeId: 2,
          provider: 'P',
          instrument: 'I',
          takenOn: '2026-11-01',
          scores: [{ name: 'A', value: 1, min: 0, max: 10 }],
          summary: 's',
          reportDocumentId: null,
        },
      ],
      [
        'disclosures.record',
        {
          participantId: g.person,
          recipient: 'Firma AS',
          sharedOn: '2026-11-21',
          legalBasis: 'Samtykke',
        },
      ],
      ['retention.purgeItem', { itemKey: key, typedName: 'Kari Nordmannqz', paper: 'none' }],
      [
        'retention.eraseParticipant',
        {
          participantId: g.person,
          typedName: 'Kari Nordmannqz',
          paper: 'none',
          reason: 'retentionDue',
        },
      ],
      ['retention.closeOut', { programmeId: 1, typedName: 'Veiledning Bergen', paper: {} }],
      [
        'requests.erase',
        { requestId: erasure.id, typedName: 'Kari Nordmannqz', paper: 'none', refusalReason: 'x' },
      ],
    ];
    for (const [channel, input] of attempts) {
      expect({ channel, answer: await t.dispatch(channel, input) }).toMatchObject({
        channel,
        answer: { ok: false, error: { code: 'restricted' } },
      });
    }
    expect(rowCounts(t.vault.db)).toEqual(before);
    // Every guarded write channel is tried above or has its own resolver test below.
    expect(Object.keys(RESTRICTED_WRITES).length).toBeGreaterThanOrEqual(attempts.length);
    // The other person is not affected.
    ok(await t.dispatch('consents.withdraw', { id: consent, withdrawnOn: '2026-11-21' }));

    expect(
      await t.dispatch('participants.liftRestriction', { participantId: g.other, reason: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'notFound' } });
    ok(
      await t.dispatch('participants.liftRestriction', {
        participantId: g.person,
        reason: 'Oplysningerne er rettet',
      }),
    );
    expect(ok(await t.dispatch('participants.get', { id: g.person }))).toMatchObject({
      restricted: false,
      restriction: null,
    });
    expect(await dueKeys()).toContain(key);
    ok(
      await t.dispatch('sessionNotes.addAddendum', {
        noteId: note,
        body: 'Tillæg efter ophævelse',
      }),
    );
  });

  it('an objection is logged and completed with what was done', async () => {
    const g = ground(t.vault.db);
    const r = logRequest(
      t.vault.db,
      {
        participantId: g.person,
        kind: 'objection',
        channel: 'email',
        receivedOn: '2026-11-21',
        today: '2026-11-22',
      },
      'KB',
      NOW,
    );
    recordIdentityCheck(
      t.vault.db,
      r.id,
      { method: 'emailOnFile', checkedBy: 'KB', checkedOn: '2026-11-21' },
      NOW,
    );
    expect(
      ok(
        await t.dispatch('requests.close', {
          id: r.id,
          status: 'completed',
          outcome: 'Ikke længere brugt til jobmatch',
        }),
      ),
    ).toMatchObject({
      kind: 'objection',
      status: 'completed',
      outcome: 'Ikke længere brugt til jobmatch',
    });
  });
});
