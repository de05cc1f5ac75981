// What importing a list would do, row by row, before anything is written: who is created, who is
// already in the vault (found by the keyed national-ID hash, never by name or the number in
// clear), who is in the list twice, and every error and warning with the row number the
// spreadsheet shows. The commit (commit.ts) writes exactly this plan, or nothing.
import { DomainError } from '../domain/errors';
import { findByNationalId } from '../domain/participants';
import { maskNationalId } from '../domain/national-ids';
import { getProgramme, type Programme } from '../domain/programmes';
import { currentRestriction } from '../requests/restriction';
import type { Database } from '../vault/database';
import {
  mappingProblems,
  type ColumnMapping,
  type ImportField,
  type MappingProblem,
} from './columns';
import type { Cell, RawList } from './read-list';
import {
  cellText,
  readDate,
  readEmail,
  readNationalId,
  readStatus,
  splitFullName,
  type EnrolmentStatusRead,
  type RowErrorCode,
  type RowWarningCode,
} from './values';
import { type Country } from '../domain/vocabulary';

/** A problem on one row; `column` is the list's 0-based column, null for the row as a whole. */
export type RowIssue<C extends string> = Readonly<{ column: number | null; code: C }>;

/**
 * create: a new participant, enrolled; enrol: already in the vault, enrolled in this programme;
 * alreadyEnrolled: already in this programme, nothing changes; duplicate: the same person on an
 * earlier row, this row adds nothing; refused: the row has an error, so the list cannot be
 * imported until it is fixed.
 */
export type RowAction = 'create' | 'enrol' | 'alreadyEnrolled' | 'duplicate' | 'refused';

export type PlannedRow = Readonly<{
  /** The row number the spreadsheet shows (header = row 1). */
  row: number;
  action: RowAction;
  givenName: string | null;
  familyName: string | null;
  /** Masked (DDMMYY-••••); null when the number could not be read. */
  nationalIdMasked: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  /** YYYY-MM-DD: the day the enrolment starts (the programme's start when the list has none). */
  startsOn: string | null;
  endsOn: string | null;
  status: EnrolmentStatusRead;
  /** The participant already in the vault, for enrol and alreadyEnrolled. */
  participantId: number | null;
  /** For duplicate: the earlier row with the same person. */
  sameAsRow: number | null;
  errors: RowIssue<RowErrorCode>[];
  warnings: RowIssue<RowWarningCode>[];
}>;

export type ImportCounts = Readonly<{
  rows: number;
  create: number;
  enrol: number;
  alreadyEnrolled: number;
  duplicate: number;
  refused: number;
  warnings: number;
}>;

export type ImportPlan = Readonly<{
  programmeId: number;
  /** Problems with the mapping itself; when present no row was read. */
  mappingProblems: MappingProblem[];
  rows: PlannedRow[];
  counts: ImportCounts;
  /** True when the list can be imported as planned: a usable mapping and no refused row. */
  importable: boolean;
}>;

/** The national-ID digits and country behind a planned row, kept out of what the window sees. */
export type PlannedIdentity = Readonly<{ country: Country; digits: string }>;

const MAX = { name: 200, email: 254, phone: 50, address: 500 } as const;
// The characters the participant form refuses in a line (Unicode Cc); a list may carry them.
const CONTROL = /\p{Cc}/u;

/**
 * Plans importing `list` into programme `programmeId` with `mapping` (one field or null per
 * column). `today` judges birth dates. Reads the vault (hash look-ups, enrolments,
 * restrictions) and writes nothing. `onProgress(done, total)` is called every 250 rows.
 * Returns the plan and, per row index, the identity to write (never sent to the window).
 * @throws DomainError notFound (programme), programmeClosed (a closing or closed programme).
 */
export async function planImport(
  db: Database,
  list: RawList,
  mapping: ColumnMapping,
  programmeId: number,
  today: Date,
  onProgress?: (done: number, total: number) => void,
): Promise<{ plan: ImportPlan; identities: (PlannedIdentity | null)[] }> {
  const programme = getProgramme(db, programmeId);
  assertOpen(programme);
  const problems = mappingProblems(mapping);
  if (problems.length > 0) {
    return {
      plan: {
        programmeId,
        mappingProblems: problems,
        rows: [],
        counts: count([]),
        importable: false,
      },
      identities: [],
    };
  }
  const col = (field: ImportField) => mapping.indexOf(field);
  const enrolled = enrolledIn(db, programmeId);
  const seen = new Map<string, { row: number; name: string }>();
  const rows: PlannedRow[] = [];
  const identities: (PlannedIdentity | null)[] = [];
  for (let i = 0; i < list.rows.length; i += 1) {
    if (i > 0 && i % 250 === 0) {
      onProgress?.(i, list.rows.length);
      // Lets a progress read (a concurrent channel) answer between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const { row, cells } = list.rows[i]!;
    const cell = (field: ImportField): Cell =>
      col(field) >= 0 ? (cells[col(field)] ?? null) : null;
    // A problem with a field the list has no column for (an e-mail missing) concerns the row.
    const columnOf = (field: ImportField | null) =>
      field === null || col(field) < 0 ? null : col(field);
    const errors: RowIssue<RowErrorCode>[] = [];
    const warnings: RowIssue<RowWarningCode>[] = [];
    const err = (field: ImportField | null, code: RowErrorCode) =>
      errors.push({ column: columnOf(field), code });
    const warn = (field: ImportField | null, code: RowWarningCode) =>
      warnings.push({ column: columnOf(field), code });

    // Names: given + middle + family, or one full-name column split.
    let givenName = text(cell('givenName'));
    let familyName = text(cell('familyName'));
    const middle = text(cell('middleName'));
    if (col('givenName') < 0 || col('familyName') < 0) {
      const full = text(cell('fullName'));
      const split = full === null ? null : splitFullName(full);
      if (split) {
        givenName ??= split.givenName;
        familyName ??= split.familyName;
        split.warnings.forEach((w) => warn('fullName', w));
      }
    }
    if (middle && givenName) givenName = `${givenName} ${middle}`;
    const nameField = (f: 'givenName' | 'familyName'): ImportField =>
      col(f) >= 0 ? f : 'fullName';
    for (const [field, value] of [
      ['givenName', givenName],
      ['familyName', familyName],
    ] as const) {
      if (value === null) err(nameField(field), 'required');
      else if (value.length > MAX.name) err(nameField(field), 'tooLong');
      else if (CONTROL.test(value)) err(nameField(field), 'controlCharacters');
    }

    const id = readNationalId(cell('nationalId'), programme.country, today);
    if (!id.ok) err('nationalId', id.error);
    else id.warnings.forEach((w) => warn('nationalId', w));

    const email = readEmail(cell('email'));
    if (!email.ok) err('email', email.error);
    else email.warnings.forEach((w) => warn('email', w));
    const phone = text(cell('phone'));
    if (phone !== null && phone.length > MAX.phone) err('phone', 'tooLong');
    const address = text(cell('address'));
    if (address !== null && address.length > MAX.address) err('address', 'tooLong');

    const start = readDate(cell('startsOn'));
    const end = readDate(cell('endsOn'));
    if (!start.ok) err('startsOn', start.error);
    else start.warnings.forEach((w) => warn('startsOn', w));
    if (!end.ok) err('endsOn', end.error);
    else end.warnings.forEach((w) => warn('endsOn', w));
    const startsOn = start.ok ? (start.day ?? programme.startsOn) : null;
    const endsOn = end.ok ? end.day : null;
    if (startsOn && endsOn && endsOn < startsOn) err('endsOn', 'endBeforeStart');
    if (
      start.ok &&
      start.day !== null &&
      (start.day < programme.startsOn || start.day > programme.endsOn)
    )
      warn('startsOn', 'outsideProgramme');
    const { status, warnings: statusWarnings } = readStatus(cell('status'));
    statusWarnings.forEach((w) => warn('status', w));
    if (status !== 'active' && end.ok && endsOn === null) err('endsOn', 'endDateMissing');

    let action: RowAction = 'create';
    let participantId: number | null = null;
    let sameAsRow: number | null = null;
    const name = `${givenName ?? ''} ${familyName ?? ''}`;
    if (id.ok) {
      const key = `${id.country}:${id.digits}`;
      const earlier = seen.get(key);
      if (earlier) {
        sameAsRow = earlier.row;
        if (sameName(earlier.name, name)) {
          action = 'duplicate';
          warn('nationalId', 'duplicateInList');
        } else err('nationalId', 'duplicateDifferentName');
      } else {
        seen.set(key, { row, name });
        participantId = findByNationalId(db, { country: id.country, value: id.digits });
        if (participantId !== null) {
          action = enrolled.has(participantId) ? 'alreadyEnrolled' : 'enrol';
          if (action === 'alreadyEnrolled') warn(null, 'alreadyEnrolled');
          const stored = storedName(db, participantId);
          if (!sameName(stored, name)) warn(null, 'nameDiffers');
          // Restriction (GDPR art. 18): their data is only stored, so no new enrolment.
          if (action === 'enrol' && currentRestriction(db, participantId)) err(null, 'restricted');
        }
      }
    }
    if (errors.length > 0) action = 'refused';
    rows.push({
      row,
      action,
      givenName,
      familyName,
      nationalIdMasked: id.ok
        ? maskNationalId(id.country === 'DK' ? 'cpr' : 'norwegian', id.digits)
        : null,
      email: email.ok ? email.email || null : cellText(cell('email')),
      phone,
      address,
      startsOn,
      endsOn,
      status,
      participantId,
      sameAsRow,
      errors,
      warnings,
    });
    identities.push(id.ok ? { country: id.country, digits: id.digits } : null);
  }
  onProgress?.(list.rows.length, list.rows.length);
  const counts = count(rows);
  return {
    plan: { programmeId, mappingProblems: [], rows, counts, importable: counts.refused === 0 },
    identities,
  };
}

/** A list is imported into an active programme only: closing and closed ones take no one new. */
function assertOpen(programme: Programme): void {
  if (programme.status !== 'active') throw new DomainError('programmeClosed', 'programmeId');
}

function count(rows: readonly PlannedRow[]): ImportCounts {
  const by = (a: RowAction) => rows.filter((r) => r.action === a).length;
  return {
    rows: rows.length,
    create: by('create'),
    enrol: by('enrol'),
    alreadyEnrolled: by('alreadyEnrolled'),
    duplicate: by('duplicate'),
    refused: by('refused'),
    warnings: rows.filter((r) => r.warnings.length > 0).length,
  };
}

function enrolledIn(db: Database, programmeId: number): Set<number> {
  return new Set(
    db
      .prepare('SELECT participant_id AS id FROM enrolments WHERE programme_id = ?')
      .all<{ id: number }>([programmeId])
      .map((r) => r.id),
  );
}

function storedName(db: Database, participantId: number): string {
  const row = db
    .prepare('SELECT given_name AS g, family_name AS f FROM participants WHERE id = ?')
    .get<{ g: string; f: string }>([participantId]);
  return row ? `${row.g} ${row.f}` : '';
}

/** Names compared as a reader would: NFC, case and spacing ignored. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** A text cell as a name or line: NFC, inner whitespace (incl. no-break spaces) as one space. */
function text(cell: Cell): string | null {
  const value = cellText(cell);
  return value === null ? null : value.normalize('NFC').replace(/\s+/gu, ' ').trim() || null;
}
