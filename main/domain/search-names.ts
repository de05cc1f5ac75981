// Names found in their folded form (sorensen → Sørensen) from the participants' folded names,
// kept in memory while the vault is unchanged (unchanged-memo.ts), instead of asking the search
// index's folded column. FTS5 keeps one doclist per term for all columns, so a folded prefix that
// begins no name ("sa", "job") still walked every note containing it: 5–10 ms at 200,000 notes
// (bench:ui, issue 12), where matching 10,000 names' words in memory takes well under 1 ms.
// The match is the one FTS5 made of `{folded} : (toPrefixQuery(foldForSearch(text)))`, and a
// property test holds the two to it (test/integration/domain/search-names-match-fts.test.ts).
import type { Database } from '../vault/database';
import { typedWords } from './fts-query';
import { unicode61Fold, unicode61Tokens } from './unicode61';
import { memoWhileUnchanged } from './unchanged-memo';

/** A text's words as the index's unicode61 tokenizer cuts and folds them (unicode61.ts), NFC. */
const tokens = (text: string): string[] => unicode61Tokens(text.normalize('NFC'));

/** A folded name; its tokens are cut when a search first needs them. */
type NameWords = { readonly id: number; readonly folded: string; tokens?: readonly string[] };

const MEMO_KEY = 'search-names.tokens';

/** Every participant's folded name as unicode61 tokens, in the order they were registered. */
function registeredNames(db: Database): readonly NameWords[] {
  const memo = memoWhileUnchanged(db);
  const kept = memo.get(MEMO_KEY) as readonly NameWords[] | undefined;
  if (kept) return kept;
  const names = db
    .prepare('SELECT id, name_folded AS folded FROM participants ORDER BY id')
    .all<{ id: number; folded: string }>()
    .map((r): NameWords => ({ id: r.id, folded: unicode61Fold(r.folded.normalize('NFC')) }));
  memo.set(MEMO_KEY, names);
  return names;
}

/** Does the phrase occur in `name`: its tokens in a row, the last one as a prefix? */
function hasPhrase(name: readonly string[], phrase: readonly string[]): boolean {
  const last = phrase.length - 1;
  for (let at = 0; at + last < name.length; at++) {
    let i = 0;
    while (i < last && name[at + i] === phrase[i]) i++;
    if (i === last && name[at + last]!.startsWith(phrase[last]!)) return true;
  }
  return false;
}

/**
 * Ids of the participants whose folded name (participants.name_folded, nameSearchForms in
 * text.ts) matches `folded`, text already folded with foldForSearch: every word (typedWords in
 * fts-query.ts, as toPrefixQuery cuts them) must occur as a phrase whose last token is a prefix, as FTS5
 * matches `"word"*` with the unicode61 tokenizer. A word with no word characters ("@", "-") asks
 * nothing, as FTS5 ignores an empty phrase; text with none at all finds nobody. At most `limit`
 * ids, in the order the people were registered (ascending id).
 * @throws VaultLockedError through `db` when the vault is locked.
 */
export function participantsByFoldedName(db: Database, folded: string, limit: number): number[] {
  const phrases = typedWords(folded)
    .map(tokens)
    .filter((p) => p.length > 0);
  if (phrases.length === 0 || limit <= 0) return [];
  const found: number[] = [];
  for (const name of registeredNames(db)) {
    // Most names lack the text at all: a substring test rules them out before they are cut.
    if (!phrases.every((p) => name.folded.includes(p[0]!))) continue;
    name.tokens ??= tokens(name.folded);
    if (!phrases.every((p) => hasPhrase(name.tokens!, p))) continue;
    found.push(name.id);
    if (found.length === limit) break;
  }
  return found;
}
