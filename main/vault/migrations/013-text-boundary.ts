// Migration 13: one text boundary for what is already stored (issue 11). Names and file names
// get the form the domain now stores (NFC, no format characters, direction controls removed);
// free text is NFC; each person gets a Nordic sort key (indexed, so the caseload sorts in SQL)
// and folded search words; note times become UTC instants (so they order as time) and last
// contact is recomputed from them; the search index is rebuilt with a folded column for names
// and its input stripped of the format characters that split words.
//
// Locked notes and addenda are read-only by trigger. Their text is rewritten only to its NFC
// form and a note's time only to the same instant in UTC: canonically and temporally the same
// record, so the guards are lifted for this one statement and put back as they were.
import { nameSearchForms, nameSortKey, SEARCH_INDEX_REMOVED } from '../../domain/text';
import type { Database, SqlValue } from '../database';
import type { Migration } from './types';

/** `expr` with every code point searchIndexText removes taken out, in SQL. */
export function indexInputSql(expr: string): string {
  return SEARCH_INDEX_REMOVED.reduce((e, cp) => `replace(${e}, char(${cp}), '')`, expr);
}

/** The old NFC-less, control-carrying form of a one-line text, as the domain now stores it. */
function cleanLine(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[\u00ad\u200b\u200c\u2060\ufeff]|\u200d/gu, '')
    .replace(/[\p{Zs}\t\n\v\f\r\u2028\u2029]+/gu, ' ')
    .trim();
}

function instant(s: string | null): string | null {
  if (s === null) return null;
  const t = new Date(s);
  return Number.isNaN(t.getTime()) ? s : t.toISOString();
}

function rewrite<R extends { id: number }>(
  db: Database,
  select: string,
  update: string,
  change: (row: R) => SqlValue[] | null,
): void {
  const put = db.prepare(update);
  for (const row of db.prepare(select).all<R>()) {
    const values = change(row);
    if (values) put.run([...values, row.id]);
  }
}

const SAME = (a: SqlValue[], b: SqlValue[]) => a.every((v, i) => v === b[i]);

export const migration013: Migration = {
  version: 13,
  name: 'text-boundary',
  up: (db) => {
    db.exec(`
      ALTER TABLE participants ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE participants ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';
      DROP INDEX participants_by_name;
      DROP TRIGGER notes_locked_read_only;
      DROP TRIGGER addenda_read_only;
    `);
    rewrite<{ id: number; g: string; f: string }>(
      db,
      'SELECT id, given_name AS g, family_name AS f FROM participants',
      'UPDATE participants SET given_name = ?, family_name = ?, sort_key = ?, name_folded = ? WHERE id = ?',
      (r) => {
        const [g, f] = [cleanLine(r.g), cleanLine(r.f)];
        return [g, f, nameSortKey(f, g), nameSearchForms(`${g} ${f}`)];
      },
    );
    rewrite<{ id: number; name: string; funder: string }>(
      db,
      'SELECT id, name, funder FROM programmes',
      'UPDATE programmes SET name = ?, funder = ? WHERE id = ?',
      (r) => {
        const next = [cleanLine(r.name), cleanLine(r.funder)];
        return SAME(next, [r.name, r.funder]) ? null : next;
      },
    );
    rewrite<{ id: number; name: string }>(
      db,
      'SELECT id, file_name AS name FROM documents',
      'UPDATE documents SET file_name = ? WHERE id = ?',
      (r) => (cleanLine(r.name) === r.name ? null : [cleanLine(r.name)]),
    );
    rewrite<{ id: number; body: string; at: string | null }>(
      db,
      'SELECT id, body, occurred_at AS at FROM notes',
      'UPDATE notes SET body = ?, occurred_at = ? WHERE id = ?',
      (r) => {
        const next = [r.body.normalize('NFC'), instant(r.at)];
        return SAME(next, [r.body, r.at]) ? null : next;
      },
    );
    rewrite<{ id: number; body: string }>(
      db,
      'SELECT id, body FROM note_addenda',
      'UPDATE note_addenda SET body = ? WHERE id = ?',
      (r) => (r.body.normalize('NFC') === r.body ? null : [r.body.normalize('NFC')]),
    );
    rewrite<{ id: number; p: string; i: string; s: string }>(
      db,
      'SELECT id, provider AS p, instrument AS i, summary AS s FROM assessments',
      'UPDATE assessments SET provider = ?, instrument = ?, summary = ? WHERE id = ?',
      (r) => {
        const next = [r.p, r.i, r.s].map((x) => x.normalize('NFC'));
        return SAME(next, [r.p, r.i, r.s]) ? null : next;
      },
    );
    // Last contact as the latest instant: the old text maximum could pick an earlier time.
    rewrite<{ id: number; last: string | null; latest: string | null }>(
      db,
      `SELECT p.id, p.last_contact_at AS last,
         (SELECT max(n.occurred_at) FROM notes n WHERE n.participant_id = p.id) AS latest FROM participants p`,
      'UPDATE participants SET last_contact_at = ? WHERE id = ?',
      (r) => {
        const last = instant(r.last);
        const next = last === null || (r.latest !== null && r.latest > last) ? r.latest : last;
        return next === r.last ? null : [next];
      },
    );
    const text = (e: string) => indexInputSql(e);
    db.exec(`
      CREATE TRIGGER notes_locked_read_only BEFORE UPDATE ON notes WHEN old.status = 'locked'
      BEGIN SELECT RAISE(ABORT, 'note is locked'); END;
      CREATE TRIGGER addenda_read_only BEFORE UPDATE ON note_addenda
      BEGIN SELECT RAISE(ABORT, 'addenda are read-only'); END;
      CREATE INDEX participants_by_sort_key ON participants (sort_key, id);

      DROP TRIGGER search_note_ai;
      DROP TRIGGER search_note_au;
      DROP TRIGGER search_note_ad;
      DROP TRIGGER search_addendum_ai;
      DROP TRIGGER search_addendum_ad;
      DROP TRIGGER search_participant_ai;
      DROP TRIGGER search_participant_au;
      DROP TRIGGER search_participant_ad;
      DROP TRIGGER search_assessment_ai;
      DROP TRIGGER search_assessment_au;
      DROP TRIGGER search_assessment_ad;
      DROP TABLE search_index;

      -- As in migration 2 (rowid = id * 8 + kind; remove_diacritics 0, so "får" is not "far"),
      -- plus 'folded': a person's name in its folded spellings (text.ts nameSearchForms), matched
      -- only after the name as written. Notes, addenda and summaries have no folded form.
      CREATE VIRTUAL TABLE search_index USING fts5(
        text,
        folded,
        participant_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      INSERT INTO search_index (rowid, text, folded, participant_id)
        SELECT id * 8 + 1, ${text('body')}, '', participant_id FROM notes;
      INSERT INTO search_index (rowid, text, folded, participant_id)
        SELECT a.id * 8 + 2, ${text('a.body')}, '', n.participant_id FROM note_addenda a JOIN notes n ON n.id = a.note_id;
      INSERT INTO search_index (rowid, text, folded, participant_id)
        SELECT id * 8 + 3, ${text("given_name || ' ' || family_name")}, name_folded, id FROM participants;
      INSERT INTO search_index (rowid, text, folded, participant_id)
        SELECT id * 8 + 4, ${text('summary')}, '', participant_id FROM assessments;

      CREATE TRIGGER search_note_ai AFTER INSERT ON notes BEGIN
        INSERT INTO search_index (rowid, text, folded, participant_id)
          VALUES (new.id * 8 + 1, ${text('new.body')}, '', new.participant_id);
      END;
      CREATE TRIGGER search_note_au AFTER UPDATE OF body ON notes BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
        INSERT INTO search_index (rowid, text, folded, participant_id)
          VALUES (new.id * 8 + 1, ${text('new.body')}, '', new.participant_id);
      END;
      CREATE TRIGGER search_note_ad AFTER DELETE ON notes BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
      END;
      CREATE TRIGGER search_addendum_ai AFTER INSERT ON note_addenda BEGIN
        INSERT INTO search_index (rowid, text, folded, participant_id)
          VALUES (new.id * 8 + 2, ${text('new.body')}, '', (SELECT participant_id FROM notes WHERE id = new.note_id));
      END;
      CREATE TRIGGER search_addendum_ad AFTER DELETE ON note_addenda BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
      END;
      CREATE TRIGGER search_participant_ai AFTER INSERT ON participants BEGIN
        INSERT INTO search_index (rowid, text, folded, participant_id)
          VALUES (new.id * 8 + 3, ${text("new.given_name || ' ' || new.family_name")}, new.name_folded, new.id);
      END;
      CREATE TRIGGER search_participant_au AFTER UPDATE OF given_name, family_name, name_folded ON participants BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
        INSERT INTO search_index (rowid, text, folded, participant_id)
          VALUES (new.id * 8 + 3, ${text("new.given_name || ' ' || new.family_name")}, new.name_folded, new.id);
      END;
      CREATE TRIGGER search_participant_ad AFTER DELETE ON participants BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
      END;
      CREATE TRIGGER search_assessment_ai AFTER INSERT ON assessments BEGIN
        INSERT INTO search_index (rowid, text, folded, participant_id)
          VALUES (new.id * 8 + 4, ${text('new.summary')}, '', new.participant_id);
      END;
      CREATE TRIGGER search_assessment_au AFTER UPDATE OF summary ON assessments BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
        INSERT INTO search_index (rowid, text, folded, participant_id)
          VALUES (new.id * 8 + 4, ${text('new.summary')}, '', new.participant_id);
      END;
      CREATE TRIGGER search_assessment_ad AFTER DELETE ON assessments BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
      END;
    `);
  },
};
