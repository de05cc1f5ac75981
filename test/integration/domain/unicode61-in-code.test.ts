// Search cuts text into words in code where FTS5 used to (search-names.ts matches folded names,
// bm25.ts counts a row's words, fts-expand.ts cuts the typed words), so the code must cut and
// fold as FTS5's unicode61 tokenizer (remove_diacritics 0) does. Where JavaScript's lower case and
// \p{L}/\p{N} differ from unicode61's own tables, the search answered differently from FTS5:
// - unicode61 keeps the combining diacritics U+0300–U+0331 (most of them) inside a word, so
//   "Ọ́lá" (NFC has no single letter for Ọ́) and NFD text are one word each, not two;
// - it folds ς, ſ, µ and the Greek symbol letters (ϐ ϑ ϕ ϖ ϰ ϱ ϵ) to σ, s, μ, β θ φ π κ ρ ε,
//   and keeps İ as it is, where JavaScript's toLowerCase() makes it i + U+0307 (two words);
// - characters Unicode assigned after 6.1 (emoji such as 🤔, skin tones) are word characters
//   to unicode61: a row's length (bm25) is therefore read from FTS5's own document sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandedPrefix } from '../../../main/domain/fts-expand';
import { createParticipant } from '../../../main/domain/participants';
import { search } from '../../../main/domain/search';
import { participantsByFoldedName } from '../../../main/domain/search-names';
import { foldForSearch } from '../../../main/domain/text';
import { unicode61Tokens } from '../../../main/domain/unicode61';
import type { Vault } from '../../../main/vault/vault';
import { NOW, danishCase, meetingNote } from '../../support/caseload-fixture';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const TEXTS = [
  'ΟΔΥΣΣΕΥΣ σοφός Νίκος',
  'Straſse 5 µg ϐϑϕϖϰϱϵ ẛ',
  'İSTANBUL İbrahim Yılmaz',
  'Ọ́lá n̈ x̄ i\u0307x',
  'café Åse Ærø Dvořák'.normalize('NFD'),
  'ᦰa ᦱb',
  'Søren Ærø-Åse O’Brien, 2026/11 ﬁnans Straße STRASSE',
];

describe('words cut in code are the words FTS5 cuts', () => {
  let dir: string;
  let vault: Vault;
  let person: ReturnType<typeof danishCase>;
  beforeAll(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    person = danishCase(vault);
  });
  afterAll(() => {
    vault.lock();
    removeDir(dir);
  });

  it('cuts and folds as unicode61 with remove_diacritics 0', () => {
    const db = vault.db;
    db.exec(`CREATE VIRTUAL TABLE temp.words USING fts5(t, tokenize = 'unicode61 remove_diacritics 0');
      CREATE VIRTUAL TABLE temp.words_at USING fts5vocab(temp, 'words', 'instance');`);
    TEXTS.forEach((t, i) =>
      db.prepare('INSERT INTO temp.words (rowid, t) VALUES (?, ?)').run([i, t]),
    );
    TEXTS.forEach((t, i) => {
      const fts = db
        .prepare('SELECT term FROM temp.words_at WHERE doc = ? ORDER BY offset')
        .all<{ term: string }>([i])
        .map((r) => r.term);
      expect(unicode61Tokens(t), t).toEqual(fts);
    });
  });

  it('ranks a note as bm25() does when it holds words JavaScript does not count (emoji, marks)', () => {
    // To FTS5 the first has four words, the second three: the second is the better match.
    const emoji = meetingNote(vault, person, 'samtalerne 🤔 🤔 🤔').id;
    const plain = meetingNote(vault, person, 'samtalerne og mere').id;
    const marks = meetingNote(vault, person, 'samtalerne Ọ́lá x̄').id;
    const query = expandedPrefix(vault.db, 'samtalerne', 'text')!;
    const byIndex = vault.db
      .prepare(
        `SELECT rowid FROM search_index WHERE search_index MATCH $match
         ORDER BY bm25(search_index), rowid DESC`,
      )
      .all<{ rowid: number }>({ match: query.match })
      .map((r) => (r.rowid - 1) / 8);
    expect(byIndex).toEqual([marks, plain, emoji]);
    expect(search(vault.db, 'samtalerne', 10).map((h) => h.sourceId)).toEqual(byIndex);
  });

  it('finds a name written with ſ by its folded spelling, as the folded column did', () => {
    const { participant } = createParticipant(
      vault.db,
      { givenName: 'Auguſt', familyName: 'Weiß', nationalId: { country: 'none' }, email: '' },
      NOW,
    );
    for (const typed of ['august', 'auguſt', 'weiss'])
      expect(participantsByFoldedName(vault.db, foldForSearch(typed), 10), typed).toEqual([
        participant.id,
      ]);
  });

  it('finds a Greek word typed with its final sigma, which unicode61 stores as σ', () => {
    const note = meetingNote(vault, person, 'Samtale med Νίκος om praktik').id;
    expect(search(vault.db, 'Νίκος', 10).map((h) => h.sourceId)).toContain(note);
    expect(search(vault.db, 'ΝΊΚΟΣ', 10).map((h) => h.sourceId)).toContain(note);
  });
});
