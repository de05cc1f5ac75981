// `vault import FILE --programme ID [--dry-run] --json`: the same reading, mapping and commit as
// the window (suggested mapping, remembered per funder), reported as rows and codes, never data.
import { getProgramme } from '../domain/programmes';
import { readIssuer } from '../domain/issuer';
import type { Database } from '../vault/database';
import { suggestMapping } from './columns';
import { importList, rememberedMapping } from './commit';
import { planImport, type ImportPlan } from './plan';
import { readList } from './read-list';

/**
 * One problem: the row the spreadsheet shows (null: the whole file), the column's header (or its
 * letter), a code.
 */
export type CliIssue = Readonly<{ row: number | null; column: string | null; code: string }>;

/** The CLI's one JSON line. */
export type CliImportReport = Readonly<{
  rows: number;
  created: number;
  matched: number;
  errors: CliIssue[];
  warnings: CliIssue[];
}>;

/**
 * Reads `bytes` as a list, maps it as the window would suggest (the funder's remembered mapping
 * first), and imports it into `programmeId` unless `dryRun` or a row is refused.
 * `imported` is true only when the rows were written. Mapping problems are reported as errors on
 * the header row.
 * @throws DomainError (a list that cannot be read: listUnreadable, listEmpty …; notFound;
 *   programmeClosed).
 */
export async function importFromCli(
  db: Database,
  bytes: Uint8Array,
  programmeId: number,
  dryRun: boolean,
  now: Date,
): Promise<{ report: CliImportReport; imported: boolean }> {
  const list = await readList(bytes);
  const programme = getProgramme(db, programmeId);
  const mapping = suggestMapping(list.headers, rememberedMapping(db, programme.funder));
  const { plan } = await planImport(db, list, mapping, programmeId, now);
  const column = (index: number | null) =>
    index === null ? null : list.headers[index]?.trim() || columnLetter(index);
  const report = (p: ImportPlan, created: number, matched: number): CliImportReport => ({
    rows: p.counts.rows,
    created,
    matched,
    errors: [
      ...p.mappingProblems.map((code) => ({ row: list.headerRow, column: null, code })),
      ...p.rows.flatMap((r) =>
        r.errors.map((e) => ({ row: r.row, column: column(e.column), code: e.code })),
      ),
    ],
    warnings: p.rows.flatMap((r) =>
      r.warnings.map((w) => ({ row: r.row, column: column(w.column), code: w.code })),
    ),
  });
  const matchedOf = (p: ImportPlan) => p.counts.enrol + p.counts.alreadyEnrolled;
  if (dryRun || !plan.importable)
    return {
      report: report(plan, dryRun ? plan.counts.create : 0, dryRun ? matchedOf(plan) : 0),
      imported: false,
    };
  const actor = readIssuer(db).consultantName || 'admin (CLI)';
  const { result } = await importList(db, list, mapping, programmeId, now, actor);
  return { report: report(plan, result.created, result.matched), imported: true };
}

/** The report of a list refused before any row was read (unreadable, too large, programme closed …). */
export function refusedImport(code: string): CliImportReport {
  return {
    rows: 0,
    created: 0,
    matched: 0,
    errors: [{ row: null, column: null, code }],
    warnings: [],
  };
}

/** A 0-based column index as the spreadsheet's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The human-readable summary of a CLI import. */
export function formatImport(report: CliImportReport, imported: boolean, dryRun: boolean): string {
  const lines = [
    imported
      ? `Imported ${report.rows} rows: ${report.created} created, ${report.matched} already in the vault.`
      : dryRun && report.errors.length === 0
        ? `Dry run: ${report.rows} rows would import (${report.created} new, ${report.matched} already in the vault). Nothing written.`
        : `Refused: ${report.errors.length} error(s); nothing was written.`,
    ...report.errors.map(
      (e) => `  error   row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.code}`,
    ),
    ...report.warnings.map(
      (w) => `  warning row ${w.row}${w.column ? `, ${w.column}` : ''}: ${w.code}`,
    ),
  ];
  if (imported) lines.push('Delete the e-mailed file now: the vault holds everything it had.');
  return lines.join('\n') + '\n';
}
