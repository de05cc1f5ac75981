// Reads an enrolment list as it arrives from the job centre or NAV: a CSV file (any of the
// encodings and delimiters Excel and case systems write) or an XLSX workbook, in memory only.
// Parsing is done by maintained libraries: papaparse for CSV (quoting, CRLF, delimiter
// detection; RFC 4180 with Excel's habits) and read-excel-file for XLSX (ZIP and the sheet XML,
// date cells by their number format; its universal build unzips in memory with fflate and
// touches no file, unlike exceljs, which pulls in a temp-file library). Nothing here touches the file system.
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { mappingProblems, suggestMapping } from './columns';
import { DomainError, type DomainErrorCode } from '../domain/errors';

/** The largest list accepted, in bytes: a 10,000-row list is well under 2 MB as CSV. */
export const MAX_LIST_BYTES = 20 * 1024 * 1024;
/** The most rows accepted after the header. */
export const MAX_LIST_ROWS = 20_000;
/**
 * The most columns accepted (up to the last filled cell of the widest row): every row is padded
 * to this width, so one cell far to the right (XFD1, or a line of 100,000 semicolons) would
 * otherwise cost rows × width in memory. Real lists have a few dozen.
 */
export const MAX_LIST_COLUMNS = 1_000;

/**
 * One cell as read: text (trimmed), a number (a numeric spreadsheet cell), a calendar day
 * (`{ day: 'YYYY-MM-DD' }`, a spreadsheet date cell), or null (empty).
 */
export type Cell = string | number | { day: string } | null;

export type ListFormat =
  | Readonly<{
      kind: 'csv';
      encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
      delimiter: ';' | ',' | '\t';
    }>
  | Readonly<{ kind: 'xlsx' }>;

export type ListRow = Readonly<{
  /** The row number the spreadsheet shows (the header is row 1 when it is the first line). */
  row: number;
  cells: readonly Cell[];
}>;

export type RawList = Readonly<{
  format: ListFormat;
  /** The header row's texts, one per column ('' for an untitled column). */
  headers: readonly string[];
  /** The header's own row number (1 unless blank lines come before it). */
  headerRow: number;
  /** Rows after the header that hold anything; blank and trailing empty rows are left out. */
  rows: readonly ListRow[];
}>;

export type ListReadErrorCode = Extract<
  DomainErrorCode,
  'listTooLarge' | 'listTooManyRows' | 'listEmpty' | 'listUnreadable' | 'listOldExcel'
>;

/** The file cannot be read as a list; `code` is translated in the window, never data. */
export class ListReadError extends DomainError {
  constructor(code: ListReadErrorCode) {
    super(code);
    this.name = 'ListReadError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary: the pre-2007 .xls format (and .doc); read-excel-file cannot read it.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads `bytes` (the whole file) into a header and rows. XLSX is recognised by its ZIP
 * signature, anything else is read as delimited text: the encoding is detected from a byte-order
 * mark, else strict UTF-8, else Windows-1252 (what Danish and Norwegian Excel writes for
 * "CSV (semikolonsepareret)"); the delimiter is detected among `;`, `,` and tab. The header is
 * the first row that names a national-ID column and a name (a title line above it is skipped).
 * The caller owns `bytes` and should zero it afterwards.
 * @throws ListReadError: listTooLarge (over MAX_LIST_BYTES, or a workbook declaring more than
 *   MAX_XLSX_UNPACKED_BYTES unpacked), listOldExcel (.xls), listUnreadable
 *   (a binary or damaged file, or wider than MAX_LIST_COLUMNS), listEmpty (no header or no rows),
 *   listTooManyRows.
 */
export async function readList(bytes: Uint8Array): Promise<RawList> {
  if (bytes.byteLength > MAX_LIST_BYTES) throw new ListReadError('listTooLarge');
  if (startsWith(bytes, OLE_MAGIC)) throw new ListReadError('listOldExcel');
  const table = startsWith(bytes, ZIP_MAGIC) ? await readXlsx(bytes) : readCsv(bytes);
  return shape(table.format, table.records);
}

type Table = { format: ListFormat; records: Cell[][] };

/**
 * The most a workbook may unpack to, in bytes, by its own declared sizes: a 20,000-row list is a
 * few tens of MB of sheet XML, and a "zip bomb" (a small file that inflates to gigabytes) is
 * refused before anything is inflated.
 */
export const MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** Sums the entries' declared sizes from the ZIP's directory, inflating nothing (fflate's filter). */
function checkUnpackedSize(bytes: Uint8Array): void {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        return false;
      },
    });
  } catch {
    throw new ListReadError('listUnreadable');
  }
  if (total > MAX_XLSX_UNPACKED_BYTES) throw new ListReadError('listTooLarge');
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  checkUnpackedSize(bytes);
  let sheet: unknown[][];
  try {
    // The universal build: pure JS (fflate, which inflates archives over 512 KB on a worker
    // thread of this process) on an ArrayBuffer of its own (a copy, zeroed after); no file access.
    const copy = new Uint8Array(bytes);
    try {
      sheet = (await readSheet(copy.buffer)) as unknown[][];
    } finally {
      copy.fill(0);
    }
  } catch {
    throw new ListReadError('listUnreadable');
  }
  return { format: { kind: 'xlsx' }, records: sheet.map((r) => r.map(xlsxCell)) };
}

function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    // Spreadsheet dates have no zone: read-excel-file gives the day at 00:00 UTC.
    return Number.isNaN(value.getTime()) ? null : { day: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = String(value).trim();
  return text === '' ? null : text;
}

function readCsv(bytes: Uint8Array): Table {
  const { text, encoding } = decode(bytes);
  // A NUL in decoded text means a binary file (a PDF, an image, a zip that is not a workbook).
  if (text.includes('\u0000')) throw new ListReadError('listUnreadable');
  // The delimiter is guessed on the first lines that hold anything: papaparse's guess averages
  // the fields per line, and a trailing line break (an empty last line) pulls a short
  // two-column list ("CPR-nr.;Navn") under its threshold. The rows are then read with blank
  // lines kept, so row numbers stay those the spreadsheet shows.
  const guess = Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
    preview: 10,
  });
  const delimiter = guess.meta.delimiter;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const records = parsed.data.map((r) => r.map(csvCell));
  // papaparse falls back to ',' when it finds no delimiter; a one-column list is still a list.
  const format: ListFormat = {
    kind: 'csv',
    encoding,
    delimiter: delimiter === ';' || delimiter === '\t' ? delimiter : ',',
  };
  return { format, records };
}

function csvCell(value: string): Cell {
  const text = value.trim();
  return text === '' ? null : text;
}

function decode(bytes: Uint8Array): {
  text: string;
  encoding: Extract<ListFormat, { kind: 'csv' }>['encoding'];
} {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  // Excel's "Unicode text" is UTF-16 LE with a BOM, tab-separated.
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the single-byte code page Windows uses for Danish and Norwegian.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function shape(format: ListFormat, records: Cell[][]): RawList {
  const numbered = records.map((cells, i) => ({ row: i + 1, cells }));
  const filled = numbered.filter((r) => r.cells.some((c) => c !== null));
  const header = headerOf(filled);
  if (!header) throw new ListReadError('listEmpty');
  // Rows above the header (a title such as "Deltagerliste uge 12") are not people.
  const rows = filled.slice(filled.indexOf(header) + 1);
  if (rows.length === 0) throw new ListReadError('listEmpty');
  if (rows.length > MAX_LIST_ROWS) throw new ListReadError('listTooManyRows');
  // Columns: as wide as the widest row, so a value beyond the last header is not lost silently.
  const width = Math.max(...filled.map((r) => lastFilled(r.cells) + 1));
  if (width > MAX_LIST_COLUMNS) throw new ListReadError('listUnreadable');
  const headers = Array.from({ length: width }, (_, i) => headerText(header.cells[i] ?? null));
  return {
    format,
    headers,
    headerRow: header.row,
    rows: rows.map((r) => ({
      row: r.row,
      cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? null),
    })),
  };
}

/**
 * The header row: the first of the first 10 filled rows whose texts map to a usable list (a
 * national-ID column and a name, columns.ts), so a title line or a blank-looking banner above
 * the header is passed over; else the first filled row (the mapping is then corrected by hand).
 */
function headerOf<R extends { cells: readonly Cell[] }>(filled: readonly R[]): R | undefined {
  for (const candidate of filled.slice(0, 10)) {
    const texts = candidate.cells.map(headerText);
    if (mappingProblems(suggestMapping(texts)).length === 0) return candidate;
  }
  return filled[0];
}

function headerText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.day;
  return String(cell);
}

function lastFilled(cells: readonly Cell[]): number {
  for (let i = cells.length - 1; i >= 0; i -= 1) if (cells[i] !== null) return i;
  return -1;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((b, i) => bytes[i] === b);
}
