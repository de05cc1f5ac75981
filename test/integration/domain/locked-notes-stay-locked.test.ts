// A locked note is read-only forever: the domain refuses, and so does the database itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/domain/errors';
import {
  addAddendum,
  createDraft,
  discardDraft,
  getSessionNote,
  lockNote,
  saveDraft,
} from '../../../main/domain/session-notes';
import type { Vault } from '../../../main/vault/vault';
import { NOW, danishCase } from '../../support/caseload-fixture';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

describe('locked notes', () => {
  let dir: string;
  let vault: Vault;
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it('drafts autosave; once locked, nothing changes the note, and addenda are dated and read-only', () => {
    const { programme, participant } = danishCase(vault);
    const draft = createDraft(
      vault.db,
      {
        participantId: participant.id,
        programmeId: programme.id,
        occurredAt: '2026-11-20T09:00:00Z',
        kind: 'meeting',
        body: 'Udkast',
      },
      NOW,
    );
    saveDraft(vault.db, { id: draft.id, body: 'Udkast, rettet' }, NOW);
    const locked = lockNote(vault.db, draft.id, NOW);
    expect(locked).toMatchObject({
      status: 'locked',
      body: 'Udkast, rettet',
      lockedAt: NOW.toISOString(),
    });

    const refused = (fn: () => unknown) => {
      expect(fn).toThrow(DomainError);
      expect(getSessionNote(vault.db, draft.id)).toEqual(locked);
    };
    refused(() => saveDraft(vault.db, { id: draft.id, body: 'Ændret' }, NOW));
    refused(() => lockNote(vault.db, draft.id, NOW));
    refused(() => discardDraft(vault.db, draft.id));
    // Even raw SQL cannot edit it: a trigger guards the row.
    expect(() =>
      vault.db.prepare("UPDATE notes SET body = 'x' WHERE id = ?").run([draft.id]),
    ).toThrow(/locked/);
    expect(() =>
      vault.db.prepare("UPDATE notes SET status = 'draft' WHERE id = ?").run([draft.id]),
    ).toThrow(/locked/);

    const addendum = addAddendum(
      vault.db,
      draft.id,
      'Tilføjelse: datoen var forkert',
      new Date('2026-11-23T08:00:00Z'),
    );
    expect(getSessionNote(vault.db, draft.id).addenda).toEqual([addendum]);
    expect(() =>
      vault.db.prepare("UPDATE note_addenda SET body = 'x' WHERE id = ?").run([addendum.id]),
    ).toThrow(/read-only/);
  });

  it('refuses addenda on drafts, and notes for a programme the person is not in', () => {
    const { programme, participant } = danishCase(vault);
    const draft = createDraft(
      vault.db,
      {
        participantId: participant.id,
        programmeId: programme.id,
        occurredAt: '2026-11-20T09:00:00Z',
        kind: 'phone',
        body: 'x',
      },
      NOW,
    );
    expect(() => addAddendum(vault.db, draft.id, 'nej', NOW)).toThrow(DomainError);
    expect(() =>
      createDraft(
        vault.db,
        {
          participantId: participant.id,
          programmeId: 999,
          occurredAt: '2026-11-20',
          kind: 'phone',
          body: 'x',
        },
        NOW,
      ),
    ).toThrow(DomainError);
  });
});
