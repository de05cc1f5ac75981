// `vault bench`: importing an enrolment list of N rows (issue 10 asks 1,000 rows in under 2 s):
// a Windows-1252, semicolon CSV as Danish Excel writes it, read, planned (hash look-ups against
// the seeded caseload: about half the rows name people already in the vault) and written in one
// transaction. Run on the keyed vault and the unkeyed database alike.
import Papa from 'papaparse';
import { createProgramme } from '../domain/programmes';
import { suggestMapping } from '../import/columns';
import { importList } from '../import/commit';
import { readList } from '../import/read-list';
import type { Database } from '../vault/database';
import { seedCpr } from './seed-caseload';

export type ImportFigure = Readonly<{
  rows: number;
  created: number;
  matched: number;
  /** Reading the bytes (decode + parse), ms. */
  readMs: number;
  /** Planning and writing every row in one transaction, ms. */
  importMs: number;
  totalMs: number;
}>;

/** The list's bytes: `rows` people, every other one already seeded (seedCpr(i) for small i). */
export function benchList(rows: number): Buffer {
  const header = ['CPR-nr.', 'Fornavn', 'Efternavn', 'E-mail', 'Mobil', 'Startdato'];
  const body = Array.from({ length: rows }, (_, i) => {
    const cpr = i % 2 === 0 ? seedCpr(i) : seedCpr(100_000 + i);
    return [
      `${cpr.slice(0, 6)}-${cpr.slice(6)}`,
      'Søren Æbbe',
      'Østergaard',
      `liste${i}@example.org`,
      `+45 ${30000000 + i}`,
      '05-01-2026',
    ];
  });
  const text = Papa.unparse([header, ...body], { delimiter: ';', newline: '\r\n' });
  // Windows-1252: these names use only Latin-1 letters, which it encodes as Latin-1 does.
  return Buffer.from(text, 'latin1');
}

/** Imports benchList(rows) into a new programme in `db` and times it. */
export async function measureImport(db: Database, rows: number): Promise<ImportFigure> {
  const programme = createProgramme(
    db,
    {
      name: 'Bench import',
      funder: 'Jobcenter Bench',
      country: 'DK',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    },
    new Date('2026-11-01T09:00:00Z'),
  );
  const bytes = benchList(rows);
  const t0 = performance.now();
  const list = await readList(bytes);
  const t1 = performance.now();
  const { result } = await importList(
    db,
    list,
    suggestMapping(list.headers),
    programme.id,
    new Date('2026-11-01T09:00:00Z'),
    'bench',
  );
  const t2 = performance.now();
  const ms = (x: number) => Math.round(x * 10) / 10;
  return {
    rows,
    created: result.created,
    matched: result.matched,
    readMs: ms(t1 - t0),
    importMs: ms(t2 - t1),
    totalMs: ms(t2 - t0),
  };
}
