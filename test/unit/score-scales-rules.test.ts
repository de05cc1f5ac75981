// A test result's scores each carry their scale: the contract refuses a scale whose lowest is not
// below its highest, a value outside its scale, a name used twice and a cell that is not a number,
// and the form says which row and which cell, in da, nb and en (issue 13, test results).
import { describe, expect, it } from 'vitest';
import { contract } from '../../main/ipc/contract';
import { da } from '../../renderer/src/i18n/da';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import {
  completeScales,
  findInstrument,
  newAssessmentSchema,
  readNumber,
  rowsFromScales,
  type ScoreRow,
} from '../../renderer/src/lib/assessment-form';
import { formErrorMap } from '../../renderer/src/lib/form-error-keys';

const add = contract['assessments.add'].input;
const base = {
  participantId: 1,
  programmeId: null,
  provider: 'MASTER Danmark',
  instrument: 'MPA',
  takenOn: '2026-03-02',
  summary: '',
  reportDocumentId: null,
};
const score = (value: number, min: number, max: number, name = 'Drivkraft') => ({
  name,
  value,
  min,
  max,
});

/** Each issue of the form's check as "path → key". */
function formIssues(rows: ScoreRow[]): Record<string, string> {
  const result = newAssessmentSchema(1).safeParse(
    { provider: 'METIS', instrument: 'MPA', takenOn: '2026-03-02', scores: rows, summary: '' },
    { error: formErrorMap },
  );
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('the contract’s scores', () => {
  it('take each score with its own scale, the value on it, ends included', () => {
    for (const s of [score(9, 0, 10), score(9, 0, 100), score(0, 0, 10), score(10, 0, 10)])
      expect(add.safeParse({ ...base, scores: [s] }).success).toBe(true);
    expect(
      add.safeParse({ ...base, scores: [score(-1.5, -3, 3), score(2.5, 1, 5, 'Struktur')] })
        .success,
    ).toBe(true);
    // A result with only a summary has no scores, and that is allowed.
    expect(add.safeParse({ ...base, scores: [] }).success).toBe(true);
  });

  it('refuse a scale whose lowest is not below its highest, and a value off its scale', () => {
    const issue = (s: ReturnType<typeof score>) =>
      add.safeParse({ ...base, scores: [s] }).error?.issues.map((i) => [i.path.join('.'), i.code]);
    expect(issue(score(5, 10, 10))).toEqual([['scores.0.max', 'custom']]);
    expect(issue(score(5, 10, 0))).toEqual([['scores.0.max', 'custom']]);
    expect(issue(score(11, 0, 10))).toEqual([['scores.0.value', 'custom']]);
    expect(issue(score(-0.5, 0, 10))).toEqual([['scores.0.value', 'custom']]);
  });

  it('refuse a score without its scale, and the stored shape without one', () => {
    expect(add.safeParse({ ...base, scores: [{ name: 'Drivkraft', value: 7 }] }).success).toBe(
      false,
    );
    expect(
      add.safeParse({ ...base, scores: [{ name: 'Drivkraft', value: 7, min: null, max: null }] })
        .success,
    ).toBe(false);
    // The old record shape is gone from the contract.
    expect(add.safeParse({ ...base, scores: { Drivkraft: 7 } }).success).toBe(false);
  });

  it('refuse a name used twice (trimmed, case-blind) and more than 100 scores', () => {
    const twice = add.safeParse({
      ...base,
      scores: [score(1, 0, 10, 'Struktur'), score(2, 0, 10, ' struktur ')],
    });
    expect(twice.error?.issues.map((i) => i.path.join('.'))).toEqual(['scores.1.name']);
    const many = Array.from({ length: 101 }, (_, i) => score(1, 0, 10, `Skala ${i}`));
    expect(add.safeParse({ ...base, scores: many }).success).toBe(false);
    expect(add.safeParse({ ...base, scores: many.slice(0, 100) }).success).toBe(true);
  });
});

describe('the form’s score rows', () => {
  const row = (value: string, min: string, max: string, name = 'Drivkraft'): ScoreRow => ({
    name,
    value,
    min,
    max,
  });

  it('read decimal commas and points, and refuse text that is not a number', () => {
    expect([readNumber('7,5'), readNumber('7.5'), readNumber(' -2 '), readNumber('−2')]).toEqual([
      7.5, 7.5, -2, -2,
    ]);
    expect(readNumber('')).toBeUndefined();
    expect(readNumber('syv')).toBeNaN();
    expect(readNumber('7,5,1')).toBeNaN();
  });

  it('say which row and which cell is wrong, with the rule’s own words', () => {
    expect(
      formIssues([
        row('7', '0', '10'),
        row('', '0', '10', 'Struktur'),
        row('syv', '0', '10', 'Samarbejde'),
        row('5', '10', '1', 'Tempo'),
        row('12', '0', '10', 'Overblik'),
        row('3', '', '10', ''),
      ]),
    ).toEqual({
      'scores.1.value': 'common.required',
      'scores.2.value': 'assessments.errors.number',
      'scores.3.max': 'assessments.errors.scaleOrder',
      'scores.4.value': 'assessments.errors.outsideScale',
      'scores.5.name': 'common.required',
      'scores.5.min': 'common.required',
    });
    // A name used twice is told once every row is readable (zod checks the list after its rows).
    expect(formIssues([row('7', '0', '10'), row('3', '0', '10', 'drivkraft ')])).toEqual({
      'scores.1.name': 'assessments.errors.duplicateName',
    });
  });

  it('have every error text in da, nb and en', () => {
    for (const messages of [da, nb, en]) {
      const errors = messages.assessments.errors;
      for (const key of ['number', 'scaleOrder', 'outsideScale', 'duplicateName'] as const)
        expect(errors[key].length, key).toBeGreaterThan(5);
    }
  });

  it('start from an instrument’s remembered scales, and complete an older result by name', () => {
    const known = [
      {
        instrument: 'MPA',
        provider: 'MASTER Danmark',
        scales: [
          { name: 'Drivkraft', min: 0, max: 10 },
          { name: 'Struktur', min: 1, max: 5.5 },
        ],
      },
    ];
    expect(findInstrument(known, '  mpa ')?.instrument).toBe('MPA');
    expect(findInstrument(known, 'MP')).toBeUndefined();
    expect(rowsFromScales(known[0]!, true)).toEqual([
      row('', '0', '10'),
      row('', '1', '5,5', 'Struktur'),
    ]);
    expect(completeScales([row('7', '', ''), row('4', '', '', 'Tempo')], known[0], false)).toEqual([
      row('7', '0', '10'),
      row('4', '', '', 'Tempo'),
    ]);
  });
});
