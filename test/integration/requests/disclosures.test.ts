// Disclosures (art. 15(1)(c), 19, 30; the Norwegian notice's sharing with business customers):
// recorded with recipient, day, legal basis and the documents by name; a correction and an
// erasure review then list each recipient to notify once; they go with the person.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDocument } from '../../../main/domain/documents';
import { createParticipant } from '../../../main/domain/participants';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { logRequest, recordIdentityCheck } from '../../../main/requests/register';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const NOW = new Date('2026-11-29T10:00:00Z');
const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

describe('disclosures', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  let person: number;
  let other: number;
  let cv: number;
  const details = {
    givenName: 'Nora',
    familyName: 'Lie',
    nationalId: { country: 'none' as const },
    email: 'n@e.no',
  };
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    person = createParticipant(vault.db, details, NOW).participant.id;
    other = createParticipant(vault.db, { ...details, givenName: 'Per', email: 'p@e.no' }, NOW)
      .participant.id;
    cv = addDocument(
      vault.db,
      {
        participantId: person,
        programmeId: null,
        kind: 'cv',
        fileName: 'CV Nora Lie.pdf',
        mimeType: 'application/pdf',
        bytes: Buffer.from('%PDF-1.4 cv'),
      },
      NOW,
    ).id;
    dispatch = createDispatch(
      { vault, dataDir: dir, now: () => NOW, actor: 'KB' },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it('records what went to whom and why, and lists each recipient to notify after a correction and before an erasure', async () => {
    const share = (recipient: string, extra: object = {}) =>
      dispatch('disclosures.record', {
        participantId: person,
        recipient,
        sharedOn: '2026-11-20',
        legalBasis: 'Samtykke fra kandidaten',
        purpose: 'Kandidat til stilling som lagermedarbeider',
        documentIds: [cv],
        ...extra,
      });
    ok(await share('Bemanning Vest AS'));
    ok(await share('Rekruttering Nord AS', { documentIds: [] }));
    ok(await share('Bemanning Vest AS', { sharedOn: '2026-11-25', documentIds: [] }));
    expect(await share('Framtid AS', { sharedOn: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalidDates' },
    });
    // Another person's document cannot be named in this person's disclosure.
    const othersCv = addDocument(
      vault.db,
      {
        participantId: other,
        programmeId: null,
        kind: 'cv',
        fileName: 'cv.pdf',
        mimeType: 'application/pdf',
        bytes: Buffer.from('%PDF-1.4'),
      },
      NOW,
    ).id;
    expect(await share('Framtid AS', { documentIds: [othersCv] })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    const list = ok<{ recipient: string; documents: unknown[] }[]>(
      await dispatch('disclosures.list', { participantId: person }),
    );
    expect(list.map((d) => d.recipient)).toEqual([
      'Bemanning Vest AS',
      'Rekruttering Nord AS',
      'Bemanning Vest AS',
    ]);
    expect(list[2]!.documents).toEqual([{ id: cv, fileName: 'CV Nora Lie.pdf' }]);

    const saved = ok<{ recipientsToNotify: string[] }>(
      await dispatch('participants.update', { id: person, ...details, email: 'nora@e.no' }),
    );
    expect(saved.recipientsToNotify).toEqual(['Bemanning Vest AS', 'Rekruttering Nord AS']);

    const r = logRequest(
      vault.db,
      {
        participantId: person,
        kind: 'erasure',
        channel: 'letter',
        receivedOn: '2026-11-28',
        today: '2026-11-29',
      },
      'KB',
      NOW,
    );
    recordIdentityCheck(
      vault.db,
      r.id,
      { method: 'knownInPerson', checkedBy: 'KB', checkedOn: '2026-11-28' },
      NOW,
    );
    expect(
      ok<{ recipientsToNotify: string[] }>(
        await dispatch('requests.reviewErasure', { requestId: r.id }),
      ).recipientsToNotify,
    ).toEqual(['Bemanning Vest AS', 'Rekruttering Nord AS']);
    ok(await dispatch('requests.erase', { requestId: r.id, typedName: 'Nora Lie', paper: 'none' }));
    expect(vault.db.prepare('SELECT count(*) AS n FROM disclosures').get()).toEqual({ n: 0 });
  });
});
