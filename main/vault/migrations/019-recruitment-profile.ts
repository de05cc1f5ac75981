// Migration 19: the recruitment profile (issue 13; seeds/004, "ved innsendelse av CV eller etter
// samtale/møte/intervju"): at most one profile per participant and at most one photo, both gone
// with the person (cascade). Lists are JSON arrays of strings; dates YYYY-MM-DD; the salary is
// whole kroner with its currency and period, all three or none. The CHECK lists come from
// domain/profile-vocabulary.ts (the schema guard fails if they change without a migration).
//
// Languages and qualifications are searchable: the search index gets one row per profile,
// rowid participant_id * 8 + 5 (domain/search.ts), kept by triggers like the others.
//
// Each field belongs to a retention category (profile-vocabulary.ts). A stored preset learns the
// new categories from its own rules for the person ('participant'): the profile is the person's
// data, so it is kept exactly as long as the preset keeps the person, until someone edits it.
import {
  GENDERS,
  MARITAL_STATUSES,
  MAX_PHOTO_BYTES,
  NATIONALITY_MAX,
  AVAILABILITY_MAX,
  PHOTO_TYPES,
  PROFILE_CATEGORIES,
  SALARY_CURRENCIES,
  SALARY_MAX,
  SALARY_PERIODS,
} from '../../domain/profile-vocabulary';
import { sqlList } from '../../requests/vocabulary';
import { indexInputSql } from './013-text-boundary';
import type { Migration } from './types';

const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";
const list = (column: string) =>
  `${column} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(${column}) AND json_type(${column}) = 'array')`;
/** The indexed text of a profile row: its languages, then its qualifications. */
const indexed = (row: 'new') =>
  indexInputSql(
    `coalesce((SELECT group_concat(value, ' ') FROM (SELECT value FROM json_each(${row}.languages) UNION ALL SELECT value FROM json_each(${row}.qualifications))), '')`,
  );
const insertIndexRow = `INSERT INTO search_index (rowid, text, folded, participant_id)
  SELECT new.participant_id * 8 + 5, t, '', new.participant_id FROM (SELECT ${indexed('new')} AS t) WHERE t != '';`;

export const migration019: Migration = {
  version: 19,
  name: 'recruitment-profile',
  up: (db) => {
    db.exec(`
      CREATE TABLE profiles (
        participant_id   INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
        date_of_birth    TEXT CHECK (date_of_birth IS NULL OR date_of_birth ${DATE}),
        marital_status   TEXT CHECK (marital_status IN (${sqlList(MARITAL_STATUSES)})),
        gender           TEXT CHECK (gender IN (${sqlList(GENDERS)})),
        nationality      TEXT CHECK (nationality IS NULL OR length(nationality) BETWEEN 1 AND ${NATIONALITY_MAX}),
        ${list('work_experience')},
        ${list('job_references')},
        ${list('qualifications')},
        ${list('certificates')},
        ${list('languages')},
        ${list('evaluations')},
        available_from   TEXT CHECK (available_from IS NULL OR available_from ${DATE}),
        availability     TEXT CHECK (availability IS NULL OR length(availability) BETWEEN 1 AND ${AVAILABILITY_MAX}),
        salary_amount    INTEGER CHECK (salary_amount IS NULL OR salary_amount BETWEEN 0 AND ${SALARY_MAX}),
        salary_currency  TEXT CHECK (salary_currency IN (${sqlList(SALARY_CURRENCIES)})),
        salary_period    TEXT CHECK (salary_period IN (${sqlList(SALARY_PERIODS)})),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        CHECK ((salary_amount IS NULL) = (salary_currency IS NULL)
          AND (salary_amount IS NULL) = (salary_period IS NULL))
      ) STRICT;
      CREATE TABLE profile_photos (
        participant_id INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
        mime_type      TEXT NOT NULL CHECK (mime_type IN (${sqlList(PHOTO_TYPES)})),
        size           INTEGER NOT NULL CHECK (size BETWEEN 1 AND ${MAX_PHOTO_BYTES}),
        sha256         TEXT NOT NULL,
        bytes          BLOB NOT NULL,
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER search_profile_ai AFTER INSERT ON profiles BEGIN ${insertIndexRow} END;
      CREATE TRIGGER search_profile_au AFTER UPDATE OF languages, qualifications ON profiles BEGIN
        DELETE FROM search_index WHERE rowid = old.participant_id * 8 + 5; ${insertIndexRow} END;
      CREATE TRIGGER search_profile_ad AFTER DELETE ON profiles BEGIN
        DELETE FROM search_index WHERE rowid = old.participant_id * 8 + 5; END;
    `);
    const presets = db
      .prepare('SELECT id, rules FROM retention_presets')
      .all<{ id: string; rules: string }>();
    const update = db.prepare('UPDATE retention_presets SET rules = ? WHERE id = ?');
    for (const preset of presets) {
      const rules = JSON.parse(preset.rules) as { category: string }[];
      const forPerson = rules.filter((r) => r.category === 'participant');
      const added = PROFILE_CATEGORIES.filter((c) => !rules.some((r) => r.category === c)).flatMap(
        (category) => forPerson.map((r) => ({ ...r, category })),
      );
      // A preset holds at most 50 rules (policy-schema.ts): one that would overflow stays as it is.
      if (added.length === 0 || rules.length + added.length > 50) continue;
      update.run([JSON.stringify([...rules, ...added]), preset.id]);
    }
  },
};
