// Enrolment lists for the import tests, made here from generated people (never real ones): valid
// CPR and fødselsnummer by the published check rules (main/cli/seed-caseload.ts), written as the
// job centre's CSV (papaparse's unparse) in each encoding, or as an XLSX (write-excel-file).
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import { seedCpr, seedFnr } from '../../main/cli/seed-caseload';

export type ListPerson = {
  givenName: string;
  familyName: string;
  /** Digits only. */
  nationalId: string;
  email: string;
  phone: string;
  startsOn: string;
};

const GIVEN = [
  'Åse',
  'Søren',
  'Æbbe',
  'Øystein',
  'Zoë',
  'Mette-Marie',
  'Jens Peter',
  'Ingrid',
  'Bjørn',
  'Hülya',
];
const FAMILY = [
  'Østergaard',
  'Ågesen',
  'Bæk',
  'Sørensen',
  'Holm Berg',
  'Nielsen',
  'Dahl',
  'Lie',
  'Ødegård',
  'Çelik',
];

/** The i-th generated person: a valid CPR (DK) or fødselsnummer (NO), a name with Nordic letters. */
export function listPerson(i: number, country: 'DK' | 'NO' = 'DK'): ListPerson {
  return {
    givenName: GIVEN[i % GIVEN.length]!,
    familyName: FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!,
    nationalId: country === 'DK' ? seedCpr(i) : seedFnr(i),
    email: `deltager${i}@eksempel.dk`,
    phone: `+45 20 ${String(10 + (i % 90))} ${String(10 + ((i * 7) % 90))} ${String(10 + ((i * 3) % 90))}`,
    startsOn: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
  };
}

export const DANISH_HEADER = ['CPR-nr.', 'Fornavn', 'Efternavn', 'E-mail', 'Mobil', 'Startdato'];
export const NORWEGIAN_HEADER = [
  'Fødselsnummer',
  'Fornavn',
  'Etternavn',
  'E-post',
  'Telefon',
  'Oppstartsdato',
];

/** A person as a Danish job centre writes a row: CPR with hyphen, dd-mm-yyyy dates. */
export function danishRow(p: ListPerson): string[] {
  const [y, m, d] = p.startsOn.split('-');
  return [
    `${p.nationalId.slice(0, 6)}-${p.nationalId.slice(6)}`,
    p.givenName,
    p.familyName,
    p.email,
    p.phone,
    `${d}-${m}-${y}`,
  ];
}

/** A person as NAV writes a row: the number with a space after the date part, dd.mm.yyyy dates. */
export function norwegianRow(p: ListPerson): string[] {
  const [y, m, d] = p.startsOn.split('-');
  return [
    `${p.nationalId.slice(0, 6)} ${p.nationalId.slice(6)}`,
    p.givenName,
    p.familyName,
    p.email,
    p.phone,
    `${d}.${m}.${y}`,
  ];
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';

/** CSV text (CRLF, quotes only where needed unless `quotes`), by papaparse's unparse. */
export function csvText(rows: string[][], delimiter: ';' | ',' | '\t', quotes = false): string {
  return Papa.unparse(rows, { delimiter, newline: '\r\n', quotes });
}

/** `text` as bytes in `encoding`, as Excel and case systems save them. */
export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'windows-1252':
      return windows1252(text);
  }
}

// Windows-1252 is Latin-1 except 0x80–0x9F; the decoder tells us what those bytes mean.
const CP1252_HIGH = new Map<string, number>();
const decoder = new TextDecoder('windows-1252');
for (let b = 0x80; b <= 0x9f; b += 1) CP1252_HIGH.set(decoder.decode(Uint8Array.of(b)), b);

function windows1252(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const high = CP1252_HIGH.get(ch);
    const code = ch.codePointAt(0)!;
    if (high !== undefined) out.push(high);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else throw new Error(`not in Windows-1252: U+${code.toString(16)}`);
  }
  return Buffer.from(out);
}

/**
 * An XLSX whose ID column is numeric (a number that began with 0 has lost it, as when Excel
 * reads a CSV) and whose start dates are spreadsheet dates.
 */
export async function xlsxWithNumericIds(
  people: readonly ListPerson[],
  /** An extra address column's text per row (none when absent). */
  address?: (i: number) => string,
): Promise<Buffer> {
  const header = [
    'CPR nummer',
    'Fornavn',
    'Efternavn',
    'E-mail',
    'Startdato',
    ...(address ? ['Adresse'] : []),
  ].map((value) => ({
    value,
    fontWeight: 'bold' as const,
  }));
  const rows = people.map((p, i) => [
    { type: Number, value: Number(p.nationalId) },
    { type: String, value: p.givenName },
    { type: String, value: p.familyName },
    { type: String, value: p.email },
    { type: Date, value: new Date(`${p.startsOn}T00:00:00Z`), format: 'dd-mm-yyyy' },
    ...(address ? [{ type: String, value: address(i) }] : []),
  ]);
  // write-excel-file's cell types are looser than its typings for a mixed array.
  return (await writeXlsxFile([header, ...rows] as never).toBuffer()) as Buffer;
}
