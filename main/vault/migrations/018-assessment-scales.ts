// Migration 18: a test result's scores carry their scale (issue 13). Until now `scores` was an
// object of name → value, so 9 of 10 and 9 of 100 were the same 9. Each stored result becomes a
// list of { name, value, min, max } in its recorded order, with min and max null: the scale was
// never asked, and guessing it from the values (a 9 could be of 10 or of 100) would put a scale
// in the record the consultant never gave. The window shows such a score with "no scale
// recorded", and a correction of that result asks for the scales.
//
// Triggers refuse any other shape from now on (the column's CHECK only asks for valid JSON, and
// SQLite cannot change a CHECK without rebuilding the table; see migration 16).
import type { Migration } from './types';

export const migration018: Migration = {
  version: 18,
  name: 'assessment-scales',
  up: (db) => {
    const old = db
      .prepare("SELECT id, scores FROM assessments WHERE json_type(scores) = 'object'")
      .all<{ id: number; scores: string }>();
    const update = db.prepare('UPDATE assessments SET scores = ? WHERE id = ?');
    // json_each reads the object's members in their stored order: the order the consultant typed.
    const members = db.prepare('SELECT key AS name, value FROM json_each(?) ORDER BY id');
    for (const row of old) {
      const scores = members
        .all<{ name: string; value: number }>([row.scores])
        .map(({ name, value }) => ({ name, value, min: null, max: null }));
      update.run([JSON.stringify(scores), row.id]);
    }
    const shape = `json_type(NEW.scores) <> 'array' OR EXISTS (
        SELECT 1 FROM json_each(NEW.scores) s
         WHERE json_type(s.value) <> 'object'
            OR json_type(s.value, '$.name') IS NOT 'text'
            OR json_type(s.value, '$.value') NOT IN ('integer', 'real'))`;
    db.exec(`
      CREATE TRIGGER assessments_scores_shape_ai BEFORE INSERT ON assessments
        WHEN ${shape} BEGIN SELECT RAISE(ABORT, 'assessment scores must be a list of scores'); END;
      CREATE TRIGGER assessments_scores_shape_au BEFORE UPDATE OF scores ON assessments
        WHEN ${shape} BEGIN SELECT RAISE(ABORT, 'assessment scores must be a list of scores'); END;
    `);
  },
};
