// Rectification with a trail (art. 16): each changed field is recorded with when, who, why and
// the request; a name or national ID needs a reason, and so does any change while a
// rectification request is open; the old national ID is kept only in its masked form.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createParticipant } from '../../../main/domain/participants';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { logRequest } from '../../../main/requests/register';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { NOW as GROUND_NOW, ground } from '../../support/category-ground';
import { useIpcVault } from '../../support/ipc-vault';

const NOW = new Date('2026-11-29T10:00:00Z');
const OLD_CPR = '070761-4285';
const NEW_CPR = '010203-1234';
const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

describe('rectification with a trail', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  let person: number;
  const base = {
    givenName: 'Åse',
    familyName: 'Øster',
    nationalId: { country: 'DK' as const, value: OLD_CPR },
    email: 'aase@example.dk',
  };
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    person = createParticipant(vault.db, base, NOW).participant.id;
    dispatch = createDispatch(
      { vault, dataDir: dir, now: () => NOW, actor: 'KB' },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it('a corrected national ID needs a reason and leaves only its masked form in the trail', async () => {
    const update = (extra: object) =>
      dispatch('participants.update', {
        id: person,
        ...base,
        nationalId: { country: 'DK', value: NEW_CPR },
        ...extra,
      });
    expect(await update({})).toMatchObject({ ok: false, error: { code: 'reasonRequired' } });
    // Refused means unchanged: no trail, the old number still there.
    expect(
      ok<unknown[]>(await dispatch('participants.corrections', { participantId: person })),
    ).toEqual([]);
    ok(await update({ reason: 'Tastefejl i CPR-nummeret' }));
    const trail = ok<Record<string, unknown>[]>(
      await dispatch('participants.corrections', { participantId: person }),
    );
    expect(trail).toEqual([
      {
        id: expect.any(Number),
        field: 'nationalId',
        changedAt: NOW.toISOString(),
        changedBy: 'KB',
        reason: 'Tastefejl i CPR-nummeret',
        requestId: null,
        oldMasked: '070761-••••',
      },
    ]);
    const raw = JSON.stringify(vault.db.prepare('SELECT * FROM corrections').all());
    expect(raw).not.toContain('4285');
    expect(raw).not.toContain('0707614285');
    expect(raw).toContain('070761-••••');
  });

  it('contact details change without a reason, but not while a rectification request is open; the change names the request', async () => {
    const now = { ...base, email: 'ase@example.dk' };
    ok(await dispatch('participants.update', { id: person, ...now }));
    expect(
      ok<{ field: string; reason: string }[]>(
        await dispatch('participants.corrections', { participantId: person }),
      ),
    ).toMatchObject([{ field: 'email', reason: '' }]);
    const r = logRequest(
      vault.db,
      {
        participantId: person,
        kind: 'rectification',
        channel: 'phone',
        receivedOn: '2026-11-28',
        today: '2026-11-29',
      },
      'KB',
      NOW,
    );
    expect(
      await dispatch('participants.update', { id: person, ...now, phone: '+45 1234 5678' }),
    ).toMatchObject({ ok: false, error: { code: 'reasonRequired' } });
    expect(
      await dispatch('participants.update', {
        id: person,
        ...now,
        phone: '+45 1234 5678',
        reason: 'Nyt nummer',
        requestId: 999,
      }),
    ).toMatchObject({ ok: false, error: { code: 'notFound' } });
    ok(
      await dispatch('participants.update', {
        id: person,
        ...now,
        familyName: 'Østergaard',
        phone: '+45 1234 5678',
        reason: 'Personen bad om rettelse',
        requestId: r.id,
      }),
    );
    const trail = ok<{ field: string; requestId: number | null }[]>(
      await dispatch('participants.corrections', { participantId: person }),
    );
    expect(trail.slice(1).map((c) => [c.field, c.requestId])).toEqual([
      ['familyName', r.id],
      ['phone', r.id],
    ]);
    // Saving the same details again changes nothing and writes no trail.
    ok(
      await dispatch('participants.update', {
        id: person,
        ...now,
        familyName: 'Østergaard',
        phone: '+45 1234 5678',
        reason: 'Igen',
      }),
    );
    expect(
      ok<unknown[]>(await dispatch('participants.corrections', { participantId: person })),
    ).toHaveLength(3);
  });
});

describe('a locked note corrected by an addendum for the correction request', () => {
  const t = useIpcVault(GROUND_NOW);

  it('names the open correction request of the note’s person, and only such a request', async () => {
    const g = ground(t.vault.db);
    const note = t.vault.db
      .prepare("SELECT id FROM notes WHERE participant_id = ? AND status = 'locked' LIMIT 1")
      .get<{ id: number }>([g.person])!.id;
    const log = (kind: 'rectification' | 'access', participantId = g.person) =>
      logRequest(
        t.vault.db,
        { participantId, kind, channel: 'email', receivedOn: '2026-11-20', today: '2026-11-22' },
        'KB',
        GROUND_NOW,
      ).id;
    const rectification = log('rectification');
    const add = (requestId: number) =>
      t.dispatch('sessionNotes.addAddendum', {
        noteId: note,
        body: 'Rettelse: datoen var forkert',
        requestId,
      });
    for (const wrong of [log('access'), log('rectification', g.other), 999])
      expect(await add(wrong)).toMatchObject({ ok: false, error: { code: 'notFound' } });
    const added = ok<{ requestId: number | null }>(await add(rectification));
    expect(added.requestId).toBe(rectification);
    const saved = ok<{ addenda: { requestId: number | null }[] }>(
      await t.dispatch('sessionNotes.get', { id: note }),
    );
    expect(saved.addenda.at(-1)!.requestId).toBe(rectification);
    expect(saved.addenda.slice(0, -1).every((a) => a.requestId === null)).toBe(true);
  });
});
