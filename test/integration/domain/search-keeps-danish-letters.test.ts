// Search matches æ, ø and å as typed ("får" never finds "far"), by prefix, over notes, addenda, names and summaries.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAssessment } from '../../../main/domain/assessments';
import { HIGHLIGHT_END, HIGHLIGHT_START, search } from '../../../main/domain/search';
import { addAddendum, lockNote } from '../../../main/domain/session-notes';
import type { Vault } from '../../../main/vault/vault';
import { NOW, danishCase, meetingNote } from '../../support/caseload-fixture';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

describe('search', () => {
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

  it('finds each kind of text, keeps diacritics apart, and marks highlights without HTML', () => {
    const { programme, participant } = danishCase(vault);
    const note = (body: string) => meetingNote(vault, { programme, participant }, body);
    const sheep = note('Han får et nyt job på lageret');
    const father = note('Hans far hjalp med ansøgningen <script>alert(1)</script>');
    lockNote(vault.db, father.id, NOW);
    addAddendum(vault.db, father.id, 'Tilføjet: kørekort til truck', NOW);
    addAssessment(
      vault.db,
      {
        participantId: participant.id,
        programmeId: programme.id,
        provider: 'MASTER Danmark',
        instrument: 'MPA',
        takenOn: '2026-10-01',
        scores: [{ name: 'Struktur', value: 7, min: 0, max: 10 }],
        summary: 'Stærk på samarbejde og ordentlighed',
        reportDocumentId: null,
      },
      NOW,
    );

    const ids = (q: string) =>
      search(vault.db, q, 20).map(
        (h) => `${h.source}:${h.source === 'addendum' ? h.noteId : h.sourceId}`,
      );
    expect(ids('får')).toEqual([`note:${sheep.id}`]);
    expect(ids('far')).toEqual([`note:${father.id}`]);
    expect(ids('kørekort')).toEqual([`addendum:${father.id}`]);
    expect(ids('korekort')).toEqual([]);
    expect(ids('samarb')).toHaveLength(1); // prefix
    expect(search(vault.db, 'Ærø', 5)[0]).toMatchObject({
      source: 'participant',
      participantId: participant.id,
    });
    const [hit] = search(vault.db, 'ansøgningen', 5);
    expect(hit!.snippet).toContain(`${HIGHLIGHT_START}ansøgningen${HIGHLIGHT_END}`);
    // FTS5 syntax typed by a user is inert.
    expect(() => search(vault.db, 'NEAR( " * OR AND -', 5)).not.toThrow();
    expect(search(vault.db, '   ', 5)).toEqual([]);
  });
});
