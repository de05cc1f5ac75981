// Search as the consultant types (issue 12, item 4): one to three letters a word give names
// first (folded: "sor" finds Søren) and then the newest notes, unranked and fast; a longer word
// gives notes ranked by bm25, then names. Both on a real SQLCipher vault.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { search } from '../../../main/domain/search';
import { createDraft } from '../../../main/domain/session-notes';
import type { Vault } from '../../../main/vault/vault';
import { NOW, danishCase, meetingNote } from '../../support/caseload-fixture';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

describe('search while typing', () => {
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

  it('puts the name first for a short prefix even when many notes match, and the newest notes next', () => {
    const { programme, participant } = danishCase(vault);
    const notes = Array.from({ length: 30 }, (_, i) =>
      createDraft(
        vault.db,
        {
          participantId: participant.id,
          programmeId: programme.id,
          occurredAt: '2026-11-20',
          kind: 'meeting',
          body: `Samtale ${i}: sortering af ansøgninger, ${i % 2 ? 'sortere' : 'sorteret'} efter frist`,
        },
        NOW,
      ),
    );
    const hits = search(vault.db, 'sor', 10);
    expect(hits).toHaveLength(10);
    expect(hits[0]).toMatchObject({ source: 'participant', participantId: participant.id });
    // Then the newest notes, newest first.
    const newest = notes
      .map((n) => n.id)
      .reverse()
      .slice(0, 9);
    expect(hits.slice(1).map((h) => h.sourceId)).toEqual(newest);
    // The name typed without its Danish letters still finds it first.
    expect(search(vault.db, 'so', 5)[0]).toMatchObject({ source: 'participant' });
  });

  it('ranks notes by relevance once a word is longer than three letters', () => {
    const { programme, participant } = danishCase(vault);
    const note = (body: string) => meetingNote(vault, { programme, participant }, body);
    const dense = note('Kørekort, kørekort og kørekort: kørekortet er det hele');
    note('Nævnte kørekort kort i en lang note om meget andet end det, og så videre med mere tekst');
    note('Intet om det her');
    const hits = search(vault.db, 'kørekort', 5);
    expect(hits[0]).toMatchObject({ source: 'note', sourceId: dense.id });
    expect(hits).toHaveLength(2);
  });
});
