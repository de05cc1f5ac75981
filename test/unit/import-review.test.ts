// A review of reading enrolment lists with the files real lists and hostile ones are: short
// two-column lists, Mac line endings, a national ID a tool wrote as a float, a row reaching far
// to the right (main/import/read-list.ts, values.ts).
import { describe, expect, it } from 'vitest';
import { readList } from '../../main/import/read-list';
import { readNationalId } from '../../main/import/values';
import { listPerson } from '../support/import-lists';

const TODAY = new Date('2026-11-29T10:00:00Z');
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('reading lists a reviewer would send', () => {
  it('a short two-column list ends with a line break: its semicolons are still found', async () => {
    const [a, b] = [listPerson(0), listPerson(1)];
    const lines = ['CPR-nr.;Navn', `${a.nationalId};Bæk, Åse`, `${b.nationalId};Bæk, Søren`];
    for (const newline of ['\r\n', '\n', '\r']) {
      const list = await readList(utf8(lines.join(newline) + newline));
      expect(list.format).toMatchObject({ delimiter: ';' });
      expect(list.headers).toEqual(['CPR-nr.', 'Navn']);
      expect(list.rows.map((r) => r.cells)).toEqual([
        [a.nationalId, 'Bæk, Åse'],
        [b.nationalId, 'Bæk, Søren'],
      ]);
    }
  });

  it('UTF-8 with BOM, semicolons and a quoted line break in a name: two columns, rows as Excel shows them', async () => {
    const p = listPerson(2);
    const text = `"CPR";"Navn"\r\n"${p.nationalId}";"Bæk,\r\nÆbbe"\r\n`;
    const list = await readList(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(list.format).toEqual({ kind: 'csv', encoding: 'utf-8-bom', delimiter: ';' });
    expect(list.rows).toEqual([{ row: 2, cells: [p.nationalId, 'Bæk,\r\nÆbbe'] }]);
  });

  it('a national ID a tool wrote as a float ("110901234.0") is the number it was, not another ten-digit CPR', () => {
    // 0110901234 lost its zero and gained ".0"; dropping the dot read it as 1109012340, a
    // different, plausible CPR (born 11 Sep 1901), accepted with only a modulus warning.
    expect(readNationalId('110901234.0', 'DK', TODAY)).toMatchObject({
      ok: true,
      digits: '0110901234',
      warnings: expect.arrayContaining(['leadingZeroRestored']),
    });
    expect(readNationalId('110901234,0', 'DK', TODAY)).toMatchObject({
      ok: true,
      digits: '0110901234',
    });
    const zeroed = Array.from({ length: 40 }, (_, i) => listPerson(i).nationalId).filter((id) =>
      id.startsWith('0'),
    );
    expect(zeroed.length).toBeGreaterThan(0);
    for (const id of zeroed)
      expect(readNationalId(`${Number(id)}.0`, 'DK', TODAY)).toMatchObject({
        ok: true,
        digits: id,
      });
    // Dots that are separators still are: the date part written with dots.
    expect(readNationalId('07.07.61-4285', 'DK', TODAY)).toMatchObject({ digits: '0707614285' });
  });

  it('a row reaching 100,000 columns to the right is refused, not padded into every row', async () => {
    const rows = ['CPR;Navn', ...Array.from({ length: 300 }, () => '0707614285;Åse Bæk')];
    rows.push('x' + ';'.repeat(100_000) + 'y');
    const started = Date.now();
    const outcome = await readList(utf8(rows.join('\n'))).then(
      (list) => `read, ${list.headers.length} columns`,
      (err: { code?: string }) => err.code,
    );
    expect(outcome).toBe('listUnreadable');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
