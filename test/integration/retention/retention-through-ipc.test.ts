// Retention through the IPC table: the banner counts, review, postponement rules, close-out with
// progress phases, certificates (JSON and PDF), erasure with typed confirmation, backups.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { twoProgrammes } from '../../support/two-programmes';

const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

let pickedFolder: string | null = null;

describe('retention over IPC', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    // Programme A ended 31 Oct 2026; "today" is 22 Nov 2026.
    dispatch = createDispatch(
      {
        vault,
        dataDir: dir,
        now: () => new Date('2026-11-22T09:00:00Z'),
        actor: 'KB',
        // The OS folder dialog's part: the test prepares the folder the consultant picks.
        pickFolder: async () => pickedFolder,
      },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it('shows what is due, postpones within 30 days with a reason, closes out with progress, and certifies', async () => {
    const m = twoProgrammes(vault.db, 2, 2);
    const due = ok<{
      counts: { dueNow: number };
      items: { key: string; label: string; dueOn: string }[];
    }>(await dispatch('retention.due', {}));
    expect(due.counts.dueNow).toBe(1);
    expect(due.items[0]).toMatchObject({
      key: `programmeEnd:programme:${m.a}`,
      label: 'Forløb Alfa',
      dueOn: '2026-10-31',
    });

    const key = `programmeEnd:programme:${m.a}`;
    expect(
      await dispatch('retention.postpone', {
        itemKey: key,
        reason: 'Afventer jobcentret',
        until: '2026-12-31',
      }),
    ).toMatchObject({ ok: false, error: { code: 'postponeTooLong' } });
    expect(
      await dispatch('retention.postpone', {
        itemKey: key,
        reason: 'Afventer jobcentret',
        until: '2026-11-22',
      }),
    ).toMatchObject({ ok: false, error: { code: 'postponeTooLong' } });
    expect(
      await dispatch('retention.postpone', { itemKey: key, reason: '   ', until: '2026-12-01' }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    ok(
      await dispatch('retention.postpone', {
        itemKey: key,
        reason: 'Afventer jobcentret',
        until: '2026-12-01',
      }),
    );
    const after = ok<{
      counts: { dueNow: number; upcoming: number };
      items: { postponedUntil: string }[];
    }>(await dispatch('retention.due', {}));
    expect(after.counts).toEqual({ dueNow: 0, upcoming: 1 });
    expect(after.items[0]!.postponedUntil).toBe('2026-12-01');

    const review = ok<{ participants: { id: number }[] }>(
      await dispatch('retention.review', { programmeId: m.a }),
    );
    const paper = Object.fromEntries(review.participants.map((p) => [String(p.id), 'shredded']));
    const backupFolder = mkdtempSync(join(dir, 'usb-'));
    pickedFolder = backupFolder;
    expect(ok(await dispatch('backups.chooseFolder', {}))).toMatchObject({ outcome: 'chosen' });
    ok(await dispatch('backups.configure', { generations: 3 }));
    ok(await dispatch('backups.run', {}));

    const closing = dispatch('retention.closeOut', {
      programmeId: m.a,
      typedName: 'Forløb Alfa',
      paper,
    });
    let done = false;
    void closing.then(() => (done = true));
    // Progress answers while the close-out holds the queue: a phase is seen before it resolves.
    let seen = 'idle';
    for (let i = 0; i < 500 && seen === 'idle' && !done; i++) {
      seen = ok<{ phase: string }>(await dispatch('retention.progress', {})).phase;
      if (seen === 'idle') await new Promise((r) => setTimeout(r, 1));
    }
    expect(seen).toMatch(/purge|merge|vacuum|rekey|backup/);
    const { recordId } = ok<{ recordId: number }>(await closing);
    expect(ok<{ phase: string }>(await dispatch('retention.progress', {})).phase).toBe('idle');

    const certs = ok<{
      records: { id: number; body: { backups: string } }[];
      chain: { ok: boolean };
    }>(await dispatch('retention.certificates.list', {}));
    expect(certs.chain.ok).toBe(true);
    expect(certs.records.map((r) => r.id)).toEqual([recordId]);
    // Claimed at the purge as following, and read as done from the finishing marker.
    expect(certs.records[0]!.body.backups).toBe('backupReplacementFollows');
    expect(certs.records[0]!).toMatchObject({ backupsReplaced: true });
    const backups = ok<{ backups: unknown[] }>(await dispatch('backups.status', {}));
    expect(backups.backups).toHaveLength(1);
    const pdf = ok<{ fileName: string; contentBase64: string }>(
      await dispatch('retention.certificates.export', {
        id: recordId,
        format: 'pdf',
        locale: 'nb',
      }),
    );
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.fileName).toMatch(
      new RegExp(`^sletteattest-\\d{4}-\\d{2}-\\d{2}-nr-${recordId}\\.pdf$`),
    );
    const json = ok<{ contentBase64: string }>(
      await dispatch('retention.certificates.export', {
        id: recordId,
        format: 'json',
        locale: 'da',
      }),
    );
    expect(JSON.parse(Buffer.from(json.contentBase64, 'base64').toString())).toMatchObject({
      id: recordId,
      body: { kind: 'programmeCloseOut' },
    });
    // Nothing more is due for programme A.
    expect(
      ok<{ counts: { dueNow: number; upcoming: number } }>(await dispatch('retention.due', {}))
        .counts,
    ).toEqual({ dueNow: 0, upcoming: 0 });
  });

  it('erases one participant only with their name typed', async () => {
    const m = twoProgrammes(vault.db, 1, 1);
    const id = m.onlyB[0]!;
    expect(
      await dispatch('retention.eraseParticipant', {
        participantId: id,
        typedName: 'Someone Else',
        paper: 'none',
        reason: 'dataSubjectRequest',
      }),
    ).toMatchObject({ ok: false, error: { code: 'confirmationMismatch' } });
    ok(
      await dispatch('retention.eraseParticipant', {
        participantId: id,
        typedName: 'GivB0xq FamB0qz',
        paper: 'none',
        reason: 'dataSubjectRequest',
      }),
    );
    expect(await dispatch('participants.get', { id })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });
});
