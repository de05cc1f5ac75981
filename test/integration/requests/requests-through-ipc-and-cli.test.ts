// The requests register through the IPC table (typed errors, the checker is the consultant from
// Settings) and the admin CLI (`vault requests --json`: one JSON line, open requests by deadline,
// ids and dates only).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createParticipant } from '../../../main/domain/participants';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { logRequest } from '../../../main/requests/register';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { vaultCli } from '../../support/vault-cli';

const NOW = new Date('2026-11-29T10:00:00Z');
const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

describe('requests over IPC and the CLI', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  let person: number;
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    person = createParticipant(
      vault.db,
      { givenName: 'Ola', familyName: 'Dunk', nationalId: { country: 'none' }, email: 'o@e.no' },
      NOW,
    ).participant.id;
    dispatch = createDispatch(
      { vault, dataDir: dir, now: () => NOW, actor: 'KB' },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it('logs, checks identity as the consultant named in Settings, extends, completes; refusals need a reason', async () => {
    ok(
      await dispatch('settings.issuer.save', {
        consultantName: 'Máret Ŋ.',
        organisationName: 'Veien AS',
        organisationAddress: 'Storgata 1\n0155 Oslo',
      }),
    );
    const r = ok<{ id: number; dueOn: string; createdBy: string }>(
      await dispatch('requests.log', {
        participantId: person,
        kind: 'access',
        channel: 'letter',
        receivedOn: '2026-11-02',
      }),
    );
    expect(r).toMatchObject({ dueOn: '2026-12-02', createdBy: 'Máret Ŋ.' });
    expect(
      await dispatch('requests.close', { id: r.id, status: 'completed', outcome: 'Sendt' }),
    ).toMatchObject({ ok: false, error: { code: 'identityNotChecked' } });
    expect(
      await dispatch('requests.close', { id: r.id, status: 'refused', outcome: '  ' }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    ok(
      await dispatch('requests.recordIdentity', {
        id: r.id,
        method: 'idDocumentSeen',
        checkedOn: '2026-11-03',
      }),
    );
    expect(
      ok(
        await dispatch('requests.extend', {
          id: r.id,
          months: 1,
          reason: 'Mange dokumenter',
          toldOn: '2026-11-20',
        }),
      ),
    ).toMatchObject({ dueOn: '2027-01-02', identityCheckedBy: 'Máret Ŋ.' });
    expect(ok<{ dueSoon: number }>(await dispatch('requests.counts', {}))).toEqual({
      overdue: 0,
      dueSoon: 0,
      open: 1,
    });
    ok(await dispatch('requests.close', { id: r.id, status: 'completed', outcome: 'Kopi sendt' }));
    expect(await dispatch('requests.start', { id: r.id })).toMatchObject({
      ok: false,
      error: { code: 'requestClosed' },
    });
    expect(await dispatch('requests.start', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(ok<unknown[]>(await dispatch('requests.list', { participantId: person }))).toEqual([]);
  });

  it('vault requests --json prints the open requests by deadline, with no names', async () => {
    for (const [kind, receivedOn] of [
      ['erasure', '2026-11-20'],
      ['access', '2026-10-25'],
    ] as const)
      logRequest(
        vault.db,
        { participantId: person, kind, channel: 'email', receivedOn, today: '2026-11-29' },
        'KB',
        NOW,
      );
    vault.lock();
    const run = await vaultCli(['requests', '--json', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const { requests } = JSON.parse(lines[0]!) as { requests: Record<string, unknown>[] };
    expect(requests.map((r) => [r.kind, r.dueOn])).toEqual([
      ['access', '2026-11-25'],
      ['erasure', '2026-12-20'],
    ]);
    expect(requests[0]).toMatchObject({ participantId: person, status: 'open' });
    expect(run.stdout).not.toMatch(/Ola|Dunk/);
  });
});
