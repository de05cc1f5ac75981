// The caseload: participants across programmes, filtered, sorted and paged for a virtual list.
import type { Database } from '../vault/database';
import { toPrefixQuery } from './fts-query';
import { maskNationalId } from './national-ids';
import { findByAnyNationalId } from './participants';
import { foldForSearch, searchIndexText } from './text';
import type { EnrolmentStatus } from './enrolments';
import type { Country } from './vocabulary';

export type CaseloadSort = 'name' | 'lastContact' | 'nextDue';

export type CaseloadQuery = Readonly<{
  programmeId?: number | undefined;
  /** 'all': every enrolment status (a person with no enrolment left too); default 'active'. */
  status?: EnrolmentStatus | 'all' | undefined;
  text?: string | undefined;
  /**
   * The consultant chose to match `text`'s six digits (DDMMYY) against the start of national
   * IDs. Off by default: a birth date alone is not a person. A full number always matches,
   * through the keyed hash.
   */
  matchBirthDate?: boolean | undefined;
  sort: CaseloadSort;
  offset: number;
  limit: number;
}>;

export type CaseloadRow = Readonly<{
  id: number;
  givenName: string;
  familyName: string;
  nationalIdMasked: string | null;
  lastContactAt: string | null;
  /** The next retention date for the person (retention/due.ts), or null when none is computed. */
  nextDueOn: string | null;
  programmes: string;
  /** Processing restricted (GDPR art. 18): the person's data is only stored. */
  restricted: boolean;
}>;

const ORDER: Record<CaseloadSort, string> = {
  // sort_key (text.ts nameSortKey) orders as Danish and Norwegian readers expect, from an index.
  name: 'p.sort_key, p.id',
  lastContact: 'p.last_contact_at IS NULL, p.last_contact_at DESC, p.id',
  nextDue: 'next_due IS NULL, next_due, p.sort_key, p.id',
};

/**
 * The caseload page. `nextDue` is the earliest retention date per participant, computed by the
 * one due function (retention/due-data.ts nextDueDates); it sorts and fills the next-due column
 * through a temporary table (dates only, no personal data), so paging stays in SQL. With null
 * (any sort but nextDue) the column is left null for the caller to fill for the page's rows.
 */
/** The dates last written to a connection's temp table (the same map is not written again). */
const written = new WeakMap<object, ReadonlyMap<number, string>>();

/**
 * One page of the caseload (`q`: sort, filter, offset, limit) and the total matching. `nextDue`
 * maps participant id → next retention date (YYYY-MM-DD) for the next-due column and sort, kept
 * in a temp table while the same map is passed again; null when the caller fills the column for
 * the page's rows itself. Throws Error when sorting by next due without the dates (a caller's bug).
 */
export function listCaseload(
  db: Database,
  q: CaseloadQuery,
  nextDue: ReadonlyMap<number, string> | null = new Map(),
): Readonly<{ rows: CaseloadRow[]; total: number }> {
  // null: the page is not sorted by next due; the caller fills the column for its rows only.
  if (nextDue === null && q.sort === 'nextDue')
    throw new Error('listCaseload: nextDue sort needs the dates');
  if (nextDue !== null && written.get(db) !== nextDue) {
    db.exec(
      'CREATE TEMP TABLE IF NOT EXISTS caseload_next_due (participant_id INTEGER PRIMARY KEY, due_on TEXT NOT NULL)',
    );
    db.transaction(() => {
      db.exec('DELETE FROM temp.caseload_next_due');
      const put = db.prepare(
        'INSERT INTO temp.caseload_next_due (participant_id, due_on) VALUES (?, ?)',
      );
      for (const [id, on] of nextDue) put.run([id, on]);
    });
    written.set(db, nextDue);
  }
  const filter = textFilter(db, q);
  const where = `
    (($status = 'all' AND $programme IS NULL)
      OR EXISTS (SELECT 1 FROM enrolments e WHERE e.participant_id = p.id
            AND ($programme IS NULL OR e.programme_id = $programme)
            AND ($status = 'all' OR e.status = coalesce($status, 'active'))))
    AND ($person IS NULL OR p.id = $person)
    AND ($birth IS NULL OR substr(p.national_id, 1, 6) = $birth)
    AND ($match IS NULL OR p.id IN (SELECT participant_id FROM search_index WHERE search_index MATCH $match AND rowid % 8 = 3))`;
  const params = { programme: q.programmeId ?? null, status: q.status ?? null, ...filter };
  const rows = db
    .prepare(
      `SELECT p.id, p.given_name, p.family_name, p.national_id_kind, p.national_id, p.last_contact_at,
         ${nextDue === null ? 'NULL' : '(SELECT d.due_on FROM temp.caseload_next_due d WHERE d.participant_id = p.id)'} AS next_due,
         (SELECT group_concat(pr.name, ', ') FROM enrolments e JOIN programmes pr ON pr.id = e.programme_id
            WHERE e.participant_id = p.id AND e.status = 'active') AS programmes,
         EXISTS (SELECT 1 FROM restrictions r WHERE r.participant_id = p.id AND r.lifted_at IS NULL) AS restricted
       FROM participants p WHERE ${where}
       ORDER BY ${ORDER[q.sort]} LIMIT $limit OFFSET $offset`,
    )
    .all<{
      id: number;
      given_name: string;
      family_name: string;
      national_id_kind: string;
      national_id: string | null;
      last_contact_at: string | null;
      next_due: string | null;
      programmes: string | null;
      restricted: number;
    }>({ ...params, limit: q.limit, offset: q.offset });
  const total = Number(
    db.prepare(`SELECT count(*) AS n FROM participants p WHERE ${where}`).get(params)?.n ?? 0,
  );
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      givenName: r.given_name,
      familyName: r.family_name,
      nationalIdMasked: r.national_id
        ? maskNationalId(r.national_id_kind === 'cpr' ? 'cpr' : 'norwegian', r.national_id)
        : null,
      lastContactAt: r.last_contact_at,
      nextDueOn: r.next_due,
      programmes: r.programmes ?? '',
      restricted: r.restricted === 1,
    })),
  };
}

/**
 * What the caseload's text box filters on: a full national ID (any spacing) finds its person
 * through the keyed hash; six digits match birth dates only when the consultant chose so;
 * anything else matches names as written or folded (sorensen finds Sørensen).
 */
function textFilter(
  db: Database,
  q: CaseloadQuery,
): { person: number | null; birth: string | null; match: string | null } {
  const none = { person: null, birth: null, match: null };
  if (!q.text?.trim()) return none;
  const digits = q.text.replace(/[\s\-\u2010-\u2013]/gu, '');
  if (/^[0-9]{10,11}$/u.test(digits))
    return { ...none, person: findByAnyNationalId(db, digits) ?? 0 };
  if (q.matchBirthDate && /^[0-9]{6}$/u.test(digits)) return { ...none, birth: digits };
  return { ...none, match: nameMatch(q.text) };
}

/**
 * An FTS5 query matching names as written or in their folded forms, through the folded column
 * alone: it holds every name's folded spellings (text.ts nameSearchForms), and folding the typed
 * words the same way finds a name however it was typed. Only names are in that column, so the
 * prefix query stays small (the text column's prefix merge over every note's words cost seconds
 * with cipher_memory_security on, see fts-expand.ts).
 */
export function nameMatch(text: string): string | null {
  const exact = toPrefixQuery(searchIndexText(text));
  if (!exact) return null;
  const folded = toPrefixQuery(foldForSearch(text));
  // Words that fold to nothing (only marks or a tatweel): match them as written.
  return folded ? `{folded} : (${folded})` : `{text} : (${exact})`;
}

/**
 * Active participants per programme that is not closed, for the caseload summary: its id, name,
 * country ('DK' or 'NO': the language its name is written in, for hyphenation) and count, by
 * name. An empty vault gives [].
 */
export function caseloadCounts(
  db: Database,
): Readonly<{ programmeId: number; name: string; country: Country; active: number }>[] {
  return db
    .prepare(
      `SELECT pr.id AS programmeId, pr.name, pr.country, count(e.id) AS active FROM programmes pr
       LEFT JOIN enrolments e ON e.programme_id = pr.id AND e.status = 'active'
       WHERE pr.status != 'closed' GROUP BY pr.id ORDER BY pr.name COLLATE NOCASE`,
    )
    .all<{ programmeId: number; name: string; country: Country; active: number }>();
}
