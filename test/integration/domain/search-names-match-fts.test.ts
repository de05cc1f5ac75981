// Names are matched in memory (main/domain/search-names.ts) instead of through the search index's
// folded column. The two must find the same people for anything a consultant may type: this holds
// them to each other on a real SQLCipher vault, for names and typed text generated at random
// (Nordic letters, hyphens, apostrophes, digits, punctuation and FTS5 syntax), and checks that a
// changed or deleted name is never answered from memory.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPrefixQuery } from '../../../main/domain/fts-query';
import { createParticipant, updateParticipant } from '../../../main/domain/participants';
import { search } from '../../../main/domain/search';
import { participantsByFoldedName } from '../../../main/domain/search-names';
import { foldForSearch, searchIndexText } from '../../../main/domain/text';
import type { Vault } from '../../../main/vault/vault';
import { NOW } from '../../support/caseload-fixture';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const person = (givenName: string, familyName: string) => ({
  givenName,
  familyName,
  nationalId: { country: 'none' as const },
  email: '',
});

const LETTERS = [...'aeiounrstlkgjøæåäöüéßAØÆÅSKJ'];
// Some cut words for toPrefixQuery (space, hyphen, apostrophe, full stop), others only for the
// tokenizer (slash, at, ampersand, underscore), which makes a typed word a phrase of several tokens.
const SEPARATORS = [' ', '-', "'", '.', ' ', '/', '@', '&', '_'];
const letters = fc
  .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 7 })
  .map((cs) => cs.join(''));
const nameWords = fc
  .array(fc.tuple(letters, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 3 })
  .map((parts) =>
    parts
      .map(([w, s]) => w + s)
      .join('')
      .replace(/[-'. /@&_]+$/u, ''),
  );

/** What FTS5 answered before search-names.ts: the folded column, walked in registration order. */
function byIndex(vault: Vault, typed: string): number[] {
  const folded = toPrefixQuery(foldForSearch(typed));
  if (!folded) return [];
  return vault.db
    .prepare(
      `SELECT participant_id AS id FROM search_index
       WHERE search_index MATCH $match AND rowid % 8 = 3 ORDER BY rowid`,
    )
    .all<{ id: number }>({ match: `{folded} : (${folded})` })
    .map((r) => r.id);
}

describe('names matched in memory find whom the index finds', () => {
  let dir: string;
  let vault: Vault;
  let names: string[] = [];
  beforeAll(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    names = fc
      .sample(fc.tuple(nameWords, nameWords), { numRuns: 80, seed: 20261130 })
      .map(([given, family]) => {
        createParticipant(vault.db, person(given, family), NOW);
        return `${given} ${family}`;
      });
  });
  afterAll(() => {
    vault.lock();
    removeDir(dir);
  });

  it('agrees with the folded column for typed text made of the names’ own pieces and noise', () => {
    const pieceOfAName = fc
      .tuple(fc.nat(names.length - 1), fc.nat(12), fc.nat(6))
      .map(([i, from, len]) => names[i]!.slice(from, from + len + 1));
    const noise = fc.constantFrom(
      '-',
      "'",
      '"',
      '*',
      ':',
      '(',
      ')',
      '^',
      '{x}',
      'AND',
      ' ',
      '@',
      '/',
      '1',
    );
    const typed = fc
      .array(fc.tuple(fc.oneof(pieceOfAName, pieceOfAName, noise), fc.constantFrom(' ', '')), {
        minLength: 1,
        maxLength: 4,
      })
      .map((parts) => parts.map(([part, gap]) => part + gap).join(''));
    fc.assert(
      fc.property(typed, (text) => {
        const clean = searchIndexText(text);
        expect(participantsByFoldedName(vault.db, foldForSearch(clean), 1000)).toEqual(
          byIndex(vault, clean),
        );
      }),
      { numRuns: 400, seed: 4242 },
    );
  });

  it('agrees for the examples that matter: Danish letters typed plain, hyphens, apostrophes', () => {
    const ids = names.map((_, i) => i + 1);
    const extra = [
      createParticipant(vault.db, person('Søren', 'Aagaard-Ærø'), NOW),
      createParticipant(vault.db, person("Ole O'Brien", 'Hansen'), NOW),
    ].map((p) => p.participant.id);
    for (const text of [
      'soren',
      'soe',
      'aag',
      'ågå',
      'aagaard-a',
      'aero',
      "o'b",
      'brien',
      'ole b',
    ]) {
      expect(participantsByFoldedName(vault.db, foldForSearch(text), 1000)).toEqual(
        byIndex(vault, text),
      );
    }
    expect(participantsByFoldedName(vault.db, 'soren', 5)).toContain(extra[0]);
    expect(participantsByFoldedName(vault.db, "o'b", 5)).toContain(extra[1]);
    expect(ids.length).toBe(80);
  });

  it('never answers from memory what has changed: a renamed person, a new word', () => {
    // Found only in the folded form: "zob" is not how the name is written.
    const { participant } = createParticipant(vault.db, person('Quirin', 'Zøbedæus'), NOW);
    const found = (text: string) => search(vault.db, text, 5).map((h) => h.participantId);
    expect(found('zob')).toEqual([participant.id]);
    updateParticipant(vault.db, participant.id, person('Quirin', 'Yllemø'), NOW);
    expect(found('zob')).toEqual([]);
    expect(found('yllemo')).toEqual([participant.id]);
    // A word no text had yet: its expansion was worked out as nothing, then a name brings it.
    expect(found('xylofon')).toEqual([]);
    const other = createParticipant(vault.db, person('Xylofonia', 'Berg'), NOW).participant;
    expect(found('xylofon')).toEqual([other.id]);
  });
});
