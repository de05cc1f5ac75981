// Reading enrolment lists as they arrive: encodings, delimiters, quoting, headers in three
// languages, spreadsheet types, national IDs and dates (main/import/).
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  headerKey,
  mappingProblems,
  suggestMapping,
  type ImportField,
} from '../../main/import/columns';
import { readList, type RawList } from '../../main/import/read-list';
import {
  cellText,
  readDate,
  readEmail,
  readNationalId,
  readStatus,
  splitFullName,
} from '../../main/import/values';
import {
  DANISH_HEADER,
  NORWEGIAN_HEADER,
  csvText,
  danishRow,
  encode,
  listPerson,
  norwegianRow,
  xlsxWithNumericIds,
  type Encoding,
} from '../support/import-lists';

const TODAY = new Date('2026-11-29T12:00:00Z');

describe('headers in Danish, Norwegian and English map to fields', () => {
  const cases: [string, ImportField][] = [
    ['CPR-nr.', 'nationalId'],
    ['CPR nummer', 'nationalId'],
    ['Cpr', 'nationalId'],
    ['Personnummer', 'nationalId'],
    ['Fødselsnummer', 'nationalId'],
    ['Fødselsnr.', 'nationalId'],
    ['Fødselsnummer (11 siffer)', 'nationalId'],
    ['D-nummer', 'nationalId'],
    ['Fornavn', 'givenName'],
    ['Fornavn(e)', 'givenName'],
    ['First name', 'givenName'],
    ['Mellomnavn', 'middleName'],
    ['Mellemnavn', 'middleName'],
    ['Efternavn', 'familyName'],
    ['Etternavn', 'familyName'],
    ['Last name', 'familyName'],
    ['Surname', 'familyName'],
    ['Navn', 'fullName'],
    ['Deltagers navn', 'fullName'],
    ['E-mail', 'email'],
    ['E-mailadresse', 'email'],
    ['E-post', 'email'],
    ['Email address', 'email'],
    ['Mobil', 'phone'],
    ['Telefon', 'phone'],
    ['Tlf.', 'phone'],
    ['Mobilnummer', 'phone'],
    ['Adresse', 'address'],
    ['Startdato', 'startsOn'],
    ['Start dato', 'startsOn'],
    ['Oppstartsdato', 'startsOn'],
    ['Start date', 'startsOn'],
    ['Slutdato', 'endsOn'],
    ['Sluttdato', 'endsOn'],
    ['End date', 'endsOn'],
    ['Status', 'status'],
    ['Forløbsstatus', 'status'],
  ];
  it.each(cases)('%s → %s', (header, field) => {
    expect(suggestMapping([header])).toEqual([field]);
  });

  it('maps a whole Danish and a whole Norwegian header, and ignores what it does not know', () => {
    expect(suggestMapping([...DANISH_HEADER, 'Sagsbehandler'])).toEqual([
      'nationalId',
      'givenName',
      'familyName',
      'email',
      'phone',
      'startsOn',
      null,
    ]);
    expect(suggestMapping(NORWEGIAN_HEADER)).toEqual([
      'nationalId',
      'givenName',
      'familyName',
      'email',
      'phone',
      'startsOn',
    ]);
  });

  it('a full-name column beside given and family names is left out; each field once', () => {
    expect(suggestMapping(['Navn', 'Fornavn', 'Efternavn', 'CPR'])).toEqual([
      null,
      'givenName',
      'familyName',
      'nationalId',
    ]);
    expect(suggestMapping(['Telefon', 'Mobil'])).toEqual(['phone', null]);
  });

  it('a remembered mapping for the funder wins, including "ignore"', () => {
    const remembered = {
      [headerKey('Kolonne A')]: 'nationalId',
      [headerKey('Mobil')]: null,
    } as const;
    expect(suggestMapping(['Kolonne A', 'Mobil', 'Fornavn'], remembered)).toEqual([
      'nationalId',
      null,
      'givenName',
    ]);
  });

  it('a mapping needs a national ID and a name, each field once', () => {
    expect(mappingProblems(['givenName', 'familyName'])).toEqual(['nationalIdColumnMissing']);
    expect(mappingProblems(['nationalId', 'givenName'])).toEqual(['nameColumnMissing']);
    expect(mappingProblems(['nationalId', 'fullName', 'fullName'])).toEqual(['fieldTwice']);
    expect(mappingProblems(['nationalId', 'fullName'])).toEqual([]);
  });
});

describe('files as they arrive', () => {
  const people = Array.from({ length: 10 }, (_, i) => listPerson(i));
  const body = [DANISH_HEADER, ...people.map(danishRow)];

  it('Danish Excel CSV: Windows-1252 with semicolons and CRLF; letters æøå intact', async () => {
    const list = await readList(encode(csvText(body, ';'), 'windows-1252'));
    expect(list.format).toEqual({ kind: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(list.headers).toEqual(DANISH_HEADER);
    expect(list.rows).toHaveLength(10);
    expect(list.rows[0]).toEqual({ row: 2, cells: danishRow(people[0]!) });
    expect(list.rows.map((r) => r.cells[1])).toContain('Æbbe');
  });

  it('UTF-8 with BOM, quoted fields holding the delimiter, quotes and a line break', async () => {
    const rows = [
      ['CPR-nr.', 'Navn', 'Adresse'],
      ['070761-4285', 'Østergaard, Åse', 'Havnegade 4; 2. th.\n8000 Aarhus C'],
      ['010150-0009', '"Bæk", Søren', 'Vej 1'],
    ];
    const list = await readList(encode(csvText(rows, ';', true), 'utf-8-bom'));
    expect(list.format).toEqual({ kind: 'csv', encoding: 'utf-8-bom', delimiter: ';' });
    expect(list.headers).toEqual(['CPR-nr.', 'Navn', 'Adresse']);
    expect(list.rows.map((r) => r.cells)).toEqual(rows.slice(1));
  });

  it('blank lines and trailing empty rows are skipped; row numbers stay the spreadsheet’s', async () => {
    const text =
      '\r\nCPR;Fornavn;Efternavn\r\n070761-4285;Åse;Berg\r\n;;\r\n\r\n010150-0009;Ole;Dahl\r\n;;\r\n;;\r\n';
    const list = await readList(encode(text, 'utf-8'));
    expect(list.headerRow).toBe(2);
    expect(list.rows.map((r) => r.row)).toEqual([3, 6]);
  });

  it.each([',', '\t'] as const)('delimiter %j is detected', async (delimiter) => {
    const list = await readList(encode(csvText(body, delimiter), 'utf-8'));
    expect(list.format).toMatchObject({ delimiter });
    expect(list.rows[3]!.cells).toEqual(danishRow(people[3]!));
  });

  it('Excel’s "Unicode text" (UTF-16 LE, tabs)', async () => {
    const list = await readList(encode(csvText(body, '\t'), 'utf-16le'));
    expect(list.format).toEqual({ kind: 'csv', encoding: 'utf-16le', delimiter: '\t' });
    expect(list.rows[9]!.cells).toEqual(danishRow(people[9]!));
  });

  it('XLSX: a numeric ID column and spreadsheet dates', async () => {
    const list = await readList(await xlsxWithNumericIds(people.slice(0, 3)));
    expect(list.format).toEqual({ kind: 'xlsx' });
    expect(list.rows[0]!.cells[0]).toBe(Number(people[0]!.nationalId));
    expect(list.rows[0]!.cells[4]).toEqual({ day: people[0]!.startsOn });
  });

  it('a title line above the header is passed over; row numbers stay the spreadsheet’s', async () => {
    const text = [
      'Deltagerliste Jobcenter Aarhus, uge 12;;',
      ';;',
      'CPR-nr.;Fornavn;Efternavn',
      '070761-4285;Åse;Berg',
    ].join('\r\n');
    const list = await readList(encode(text, 'utf-8'));
    expect(list.headerRow).toBe(3);
    expect(list.headers).toEqual(['CPR-nr.', 'Fornavn', 'Efternavn']);
    expect(list.rows).toEqual([{ row: 4, cells: ['070761-4285', 'Åse', 'Berg'] }]);
  });

  it('a workbook that declares more than 256 MB unpacked is refused before anything is inflated', async () => {
    const zip = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<x/>') }));
    // The central directory's uncompressed size (offset 24 of its file header) says 2 GB.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(0x7fffffff, central + 24);
    await expect(readList(zip)).rejects.toMatchObject({ code: 'listTooLarge' });
  });

  it('an XLSX over 512 KB (inflated on a worker thread) reads whole', async () => {
    // Random addresses keep the workbook from compressing below fflate's 512 KB threshold.
    const people = Array.from({ length: 3_000 }, (_, i) => listPerson(i));
    const xlsx = await xlsxWithNumericIds(people, () => randomBytes(240).toString('base64'));
    expect(xlsx.byteLength).toBeGreaterThan(512 * 1024);
    const list = await readList(xlsx);
    expect(list.rows).toHaveLength(3_000);
    expect(list.rows[2_999]!.cells[1]).toBe(people[2_999]!.givenName);
  });

  it('refuses what is not a list, with a reason', async () => {
    await expect(readList(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toMatchObject({
      code: 'listOldExcel',
    });
    await expect(readList(Buffer.from('%PDF-1.4\n\u0000\u0001binary'))).rejects.toMatchObject({
      code: 'listUnreadable',
    });
    await expect(readList(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toMatchObject({
      code: 'listUnreadable',
    });
    await expect(readList(encode('CPR;Navn\r\n;;\r\n', 'utf-8'))).rejects.toMatchObject({
      code: 'listEmpty',
    });
    await expect(readList(Buffer.alloc(0))).rejects.toMatchObject({ code: 'listEmpty' });
  });
});

describe('cells read as the field they were mapped to', () => {
  it.each([
    ['070761-4285', 'DK', '0707614285'],
    ['0707614285', 'DK', '0707614285'],
    [' 070761 4285 ', 'DK', '0707614285'],
    ['07.07.61-4285', 'DK', '0707614285'],
    ['100487 45526', 'NO', '10048745526'],
    ['100487-45526', 'NO', '10048745526'],
  ] as const)('national ID %j (%s) → %s', (cell, country, digits) => {
    expect(readNationalId(cell, country, TODAY)).toMatchObject({ ok: true, digits, country });
  });

  it('a number that lost its leading zero gets it back when the check rules then hold', () => {
    const cpr = listPerson(0).nationalId; // born on the 1st: starts with 0
    expect(cpr.startsWith('0')).toBe(true);
    expect(readNationalId(Number(cpr), 'DK', TODAY)).toEqual({
      ok: true,
      country: 'DK',
      digits: cpr,
      warnings: ['leadingZeroRestored'],
    });
    // One digit short and no zero makes it valid: refused with the rule it breaks.
    expect(readNationalId(123456789, 'DK', TODAY)).toMatchObject({ ok: false });
    expect(readNationalId('', 'DK', TODAY)).toMatchObject({ ok: false });
  });

  it('an impossible birth date is an error; a Danish number in a Norwegian list is a warning', () => {
    expect(readNationalId('3102614285', 'DK', TODAY)).toEqual({
      ok: false,
      error: 'nationalId.impossibleDate',
    });
    expect(readNationalId('070761-4285', 'NO', TODAY)).toMatchObject({
      ok: true,
      country: 'DK',
      warnings: ['otherCountryId'],
    });
  });

  it.each([
    ['05-01-2026', '2026-01-05'],
    ['5.1.2026', '2026-01-05'],
    ['05/01/2026', '2026-01-05'],
    ['05.01.26', '2026-01-05'],
    ['2026-01-05', '2026-01-05'],
  ])('date %j → %s', (cell, day) => {
    expect(readDate(cell)).toEqual({ ok: true, day, warnings: [] });
  });

  it('spreadsheet dates, serial numbers, and days that do not exist', () => {
    expect(readDate({ day: '2026-03-01' })).toEqual({ ok: true, day: '2026-03-01', warnings: [] });
    expect(readDate(46027)).toEqual({ ok: true, day: '2026-01-05', warnings: ['dateFromNumber'] });
    expect(readDate('31.04.2026')).toEqual({ ok: false, error: 'invalidDate' });
    expect(readDate('29-02-2025')).toEqual({ ok: false, error: 'invalidDate' });
    expect(readDate('1. januar')).toEqual({ ok: false, error: 'invalidDate' });
    expect(readDate(null)).toEqual({ ok: true, day: null, warnings: [] });
  });

  it('e-mail, status words and full names', () => {
    expect(readEmail(null)).toEqual({ ok: true, email: '', warnings: ['emailMissing'] });
    expect(readEmail('mailto:a@b.dk')).toEqual({ ok: true, email: 'a@b.dk', warnings: [] });
    expect(readEmail('ikke en adresse')).toEqual({ ok: false, error: 'invalidEmail' });
    expect(readStatus('Afmeldt').status).toBe('withdrawn');
    expect(readStatus('Fullført').status).toBe('completed');
    expect(readStatus('Aktiv').status).toBe('active');
    expect(readStatus('Måske')).toEqual({ status: 'active', warnings: ['statusUnknown'] });
    expect(splitFullName('Holm Berg, Anne Marie')).toEqual({
      givenName: 'Anne Marie',
      familyName: 'Holm Berg',
      warnings: [],
    });
    expect(splitFullName('Anne Marie Berg')).toEqual({
      givenName: 'Anne Marie',
      familyName: 'Berg',
      warnings: ['nameSplitGuessed'],
    });
    expect(cellText(707614285)).toBe('707614285');
  });
});

/** The people a list holds, read back through the suggested mapping and the cell readers. */
function peopleOf(list: RawList, country: 'DK' | 'NO') {
  const mapping = suggestMapping(list.headers);
  const at = (f: ImportField) => mapping.indexOf(f);
  return list.rows.map(({ cells }) => {
    const id = readNationalId(cells[at('nationalId')] ?? null, country, TODAY);
    const start = readDate(cells[at('startsOn')] ?? null);
    return {
      givenName: cells[at('givenName')],
      familyName: cells[at('familyName')],
      nationalId: id.ok ? id.digits : null,
      email: cells[at('email')],
      phone: cells[at('phone')],
      startsOn: start.ok ? start.day : null,
    };
  });
}

describe('property: any list of valid people, in each encoding and delimiter, reads back the same', () => {
  const encodings: Encoding[] = ['utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le'];
  it.each(encodings.flatMap((e) => ([';', ',', '\t'] as const).map((d) => [e, d] as const)))(
    '%s, %j',
    async (encoding, delimiter) => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 30 }),
          fc.constantFrom('DK' as const, 'NO' as const),
          fc.boolean(),
          async (indexes, country, quotes) => {
            const people = indexes.map((i) => listPerson(i, country));
            const rows = people.map(country === 'DK' ? danishRow : norwegianRow);
            const header = country === 'DK' ? DANISH_HEADER : NORWEGIAN_HEADER;
            const text = csvText([header, ...rows], delimiter, quotes);
            const list = await readList(encode(text, encoding));
            // A Windows-1252 file with only ASCII letters is byte for byte UTF-8, and read as such.
            const ascii = [...text].every((c) => c.charCodeAt(0) < 0x80);
            const read = encoding === 'windows-1252' && ascii ? 'utf-8' : encoding;
            expect(list.format).toEqual({ kind: 'csv', encoding: read, delimiter });
            expect(peopleOf(list, country)).toEqual(people);
          },
        ),
        { numRuns: 25 },
      );
    },
  );
});
