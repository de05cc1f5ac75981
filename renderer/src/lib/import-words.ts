// The import screen's words for what the core answers in codes: the file's format, a column's
// spreadsheet letter, and a row problem named by the list's own column heading.
import type { TFunction } from 'i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import type { NationalIdErrorCode, NationalIdWarningCode } from '@core/domain/national-ids';
import type { RowErrorCode, RowWarningCode } from '@core/import/values';

export type OpenedList = NonNullable<ChannelOutput<'import.open'>['list']>;
export type ImportPlan = ChannelOutput<'import.preview'>;
export type PlannedRow = ImportPlan['rows'][number];
export type RowIssue = PlannedRow['errors'][number];

const DELIMITERS = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const;

/** "CSV, Windows-1252, semicolon" or "Excel workbook (.xlsx)". */
export function formatText(t: TFunction, format: OpenedList['format']): string {
  if (format.kind === 'xlsx') return t('importList.format.xlsx');
  return t('importList.format.csv', {
    encoding: t(`importList.format.encodings.${format.encoding}`),
    delimiter: t(`importList.format.delimiters.${DELIMITERS[format.delimiter]}`),
  });
}

/** The spreadsheet's letter for a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The heading a problem's column has in the file, else its letter; null for the row as a whole. */
export function columnName(t: TFunction, list: OpenedList, column: number | null): string | null {
  if (column === null) return null;
  const header = list.columns[column]?.header.trim();
  return header ? header : `${t('importList.mapping.column')} ${columnLetter(column)}`;
}

/** A row problem in the reader's language; the core's codes are a closed set (main/import/values.ts). */
export function issueMessage(t: TFunction, kind: 'error' | 'warning', code: string): string {
  if (code.startsWith('nationalId.')) {
    const rule = code.slice('nationalId.'.length);
    return kind === 'error'
      ? t(`nationalId.errors.${rule as NationalIdErrorCode}`)
      : t(`nationalId.warnings.${rule as NationalIdWarningCode}`);
  }
  return kind === 'error'
    ? t(`importList.errors.${code as Exclude<RowErrorCode, `nationalId.${string}`>}`)
    : t(`importList.warnings.${code as Exclude<RowWarningCode, `nationalId.${string}`>}`);
}

/** People the import adds to the programme: new ones and ones already in the vault. */
export const peopleToImport = (plan: ImportPlan): number => plan.counts.create + plan.counts.enrol;

export const hasProblems = (row: PlannedRow): boolean =>
  row.errors.length > 0 || row.warnings.length > 0;
