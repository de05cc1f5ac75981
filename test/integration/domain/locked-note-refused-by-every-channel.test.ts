// Through IPC, no channel changes a locked note: each refuses and the row stays byte-for-byte the same.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../../main/ipc/contract';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { danishCase } from '../../support/caseload-fixture';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

describe('a locked note through IPC', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    dispatch = createDispatch({ vault, dataDir: dir, now: () => new Date() }, new MemoryLogger());
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it('is refused by every channel that takes a note id, and never changes', async () => {
    const { programme, participant } = danishCase(vault);
    const created = await dispatch('sessionNotes.createDraft', {
      participantId: participant.id,
      programmeId: programme.id,
      occurredAt: '2026-11-20T10:00:00Z',
      kind: 'meeting',
      body: 'Endelig tekst',
    });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: number } }).value.id;
    expect(await dispatch('sessionNotes.lock', { id })).toMatchObject({ ok: true });
    const row = () => vault.db.prepare('SELECT * FROM notes WHERE id = ?').get([id]);
    const before = row();

    const attempts: [string, unknown][] = [
      ['sessionNotes.saveDraft', { id, body: 'Ændret' }],
      ['sessionNotes.saveDraft', { id, body: 'Endelig tekst', kind: 'phone' }],
      ['sessionNotes.saveDraft', { id, body: 'Endelig tekst', occurredAt: '2020-01-01T00:00:00Z' }],
      ['sessionNotes.lock', { id }],
      ['sessionNotes.discardDraft', { id }],
    ];
    for (const [channel, input] of attempts) {
      expect(await dispatch(channel, input), channel).toEqual({
        ok: false,
        error: { code: 'noteLocked' },
      });
      expect(row()).toEqual(before);
    }
    // Every other channel that names this id (as id or noteId) either refuses or only reads.
    for (const channel of channelNames.filter((c) => !attempts.some(([a]) => a === c))) {
      await dispatch(channel, { id });
      await dispatch(channel, { noteId: id, body: 'x' });
      expect(row(), channel).toEqual(before);
    }
    // An addendum is the way to correct it, and it leaves the note's row alone.
    expect(
      await dispatch('sessionNotes.addAddendum', { noteId: id, body: 'Rettelse' }),
    ).toMatchObject({ ok: true });
    expect(row()).toEqual(before);
  });
});
