// What falls due, and when: a table across time zones, month ends and leap years, plus postponements.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../main/domain/brands';
import { addPeriod, localDate, toLocalDate } from '../../main/retention/calendar';
import { computeDue, type RetentionData } from '../../main/retention/due';
import {
  DANISH_PRESET_ID,
  DEFAULT_PRESETS,
  NORWEGIAN_PRESET_ID,
} from '../../main/retention/policies';

const empty: RetentionData = {
  programmes: [],
  participants: [],
  documents: [],
  consents: [],
  postponements: [],
};

describe('calendar', () => {
  it.each([
    ['2026-01-31', 'P1M', '2026-02-28'],
    ['2028-01-31', 'P1M', '2028-02-29'],
    ['2028-02-29', 'P1Y', '2029-02-28'],
    ['2028-02-29', 'P4Y', '2032-02-29'],
    ['2026-08-31', 'P6M', '2027-02-28'],
    ['2026-03-31', 'P6M', '2026-09-30'],
    ['2026-12-31', 'P0D', '2026-12-31'],
    ['2026-12-31', 'P1D', '2027-01-01'],
    ['2026-11-22', 'P3Y', '2029-11-22'],
    ['2026-11-22', 'P10Y', '2036-11-22'],
    ['2026-02-27', 'P2W', '2026-03-13'],
    ['2026-01-31', 'P1M1D', '2026-03-01'],
  ])('%s + %s = %s', (date, period, expected) => {
    expect(addPeriod(isoDate(date), period)).toBe(expected);
  });

  it.each([
    // 23:30 UTC on 31 Dec is already New Year in Copenhagen and Oslo, still 31 Dec in New York.
    ['2026-12-31T23:30:00Z', 'Europe/Copenhagen', '2027-01-01'],
    ['2026-12-31T23:30:00Z', 'Europe/Oslo', '2027-01-01'],
    ['2026-12-31T23:30:00Z', 'America/New_York', '2026-12-31'],
    ['2026-12-31T22:59:59Z', 'Europe/Copenhagen', '2026-12-31'],
    // Summer time: UTC+2.
    ['2026-06-30T22:30:00Z', 'Europe/Copenhagen', '2026-07-01'],
    ['2026-06-30T21:30:00Z', 'Europe/Copenhagen', '2026-06-30'],
    ['2028-02-28T23:30:00Z', 'Europe/Oslo', '2028-02-29'],
  ])('%s is %s local %s', (instant, zone, expected) => {
    expect(localDate(new Date(instant), zone)).toBe(expected);
    expect(toLocalDate(instant, zone)).toBe(expected);
  });
});

describe('computeDue', () => {
  const dk = (id: number, endsOn: string, status: 'active' | 'closing' | 'closed' = 'active') => ({
    id,
    endsOn,
    status,
    presetId: DANISH_PRESET_ID,
  });
  const no = (id: number, endsOn: string) => ({
    id,
    endsOn,
    status: 'active' as const,
    presetId: NORWEGIAN_PRESET_ID,
  });
  const opts = (today: string, horizonDays = 0) => ({
    today: isoDate(today),
    timeZone: 'Europe/Copenhagen',
    horizonDays,
  });

  it.each([
    ['2026-12-30', 0],
    ['2026-12-31', 1],
    ['2027-01-05', 1],
  ])(
    'a Danish programme ending 31 Dec is due on its end date (today %s → %i items)',
    (today, n) => {
      const items = computeDue(
        DEFAULT_PRESETS,
        { ...empty, programmes: [dk(1, '2026-12-31')] },
        opts(today),
      );
      expect(items).toHaveLength(n);
      if (n)
        expect(items[0]).toMatchObject({
          key: 'programmeEnd:programme:1',
          dueOn: '2026-12-31',
          trigger: 'programmeEnd',
        });
    },
  );

  it('a closed programme is never due again; the horizon shows what comes within 30 days', () => {
    const data = {
      ...empty,
      programmes: [dk(1, '2026-11-01', 'closed'), dk(2, '2026-12-20'), dk(3, '2027-02-01')],
    };
    expect(computeDue(DEFAULT_PRESETS, data, opts('2026-11-22'))).toEqual([]);
    expect(computeDue(DEFAULT_PRESETS, data, opts('2026-11-22', 30)).map((i) => i.key)).toEqual([
      'programmeEnd:programme:2',
    ]);
  });

  it('the Danish close-out covers every category, CV included', () => {
    const [item] = computeDue(
      DEFAULT_PRESETS,
      { ...empty, programmes: [dk(1, '2026-01-31')] },
      opts('2026-02-01'),
    );
    expect(new Set(item!.categories)).toEqual(
      new Set([
        'participant',
        'enrolmentData',
        'sessionNotes',
        'assessments',
        'documents.cv',
        'documents.application',
        'documents.interview',
        'documents.testReport',
        'documents.other',
        'consents',
        // The recruitment profile's categories: the person's data too ("alle digitale data").
        'profile.personal',
        'profile.photo',
        'profile.competence',
        'profile.terms',
        'profile.evaluations',
      ]),
    );
  });

  it.each([
    // Norwegian notes: 3 years after last contact, the contact's date taken in the consultant's zone.
    ['2026-12-31T23:30:00Z', 'Europe/Oslo', '2030-01-01'],
    ['2026-12-31T23:30:00Z', 'America/New_York', '2029-12-31'],
    ['2028-02-29T10:00:00Z', 'Europe/Oslo', '2031-02-28'],
  ])('notes with last contact %s (%s) fall due on %s', (lastContactAt, timeZone, dueOn) => {
    const data = {
      ...empty,
      programmes: [no(1, '2026-06-30')],
      participants: [{ id: 7, lastContactAt, programmeIds: [1] }],
    };
    const all = computeDue(DEFAULT_PRESETS, data, { today: isoDate('2040-01-01'), timeZone });
    // The notice's rule for notes; every other category follows it as the organisation's own choice.
    expect(new Set(all.map((i) => i.dueOn))).toEqual(new Set([dueOn]));
    const far = all.filter((i) => i.categories.includes('sessionNotes'));
    expect(far).toHaveLength(1);
    expect(far[0]).toMatchObject({
      key: 'lastContact:sessionNotes:participant:7',
      dueOn,
      categories: ['sessionNotes'],
    });
    const dayBefore = addPeriod(isoDate(dueOn), 'P0D').replace(/\d{2}$/, (d) =>
      String(Number(d) - 1).padStart(2, '0'),
    );
    if (!dueOn.endsWith('-01'))
      expect(computeDue(DEFAULT_PRESETS, data, { today: isoDate(dayBefore), timeZone })).toEqual(
        [],
      );
  });

  it('CV reconfirmation: 6 months after upload or last reconfirmation, month ends clamped', () => {
    const data: RetentionData = {
      ...empty,
      programmes: [dk(1, '2027-12-31')],
      participants: [{ id: 3, lastContactAt: null, programmeIds: [1] }],
      documents: [
        {
          id: 10,
          participantId: 3,
          kind: 'cv',
          createdAt: '2026-08-31T08:00:00Z',
          reconfirmedOn: null,
        },
        {
          id: 11,
          participantId: 3,
          kind: 'cv',
          createdAt: '2026-01-01T08:00:00Z',
          reconfirmedOn: '2026-08-30',
        },
        {
          id: 12,
          participantId: 3,
          kind: 'application',
          createdAt: '2026-01-01T08:00:00Z',
          reconfirmedOn: null,
        },
      ],
    };
    expect(computeDue(DEFAULT_PRESETS, data, opts('2027-02-27')).map((i) => i.key)).toEqual([]);
    expect(
      computeDue(DEFAULT_PRESETS, data, opts('2027-02-28')).map((i) => [i.key, i.dueOn]),
    ).toEqual(
      [
        ['reconfirmation:documents.cv:document:11', '2027-02-28'],
        ['reconfirmation:documents.cv:document:10', '2027-02-28'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
  });

  it('customer agreements: 10 years after the agreement ends (Norwegian preset only)', () => {
    const data: RetentionData = {
      ...empty,
      programmes: [no(1, '2026-06-30'), dk(2, '2040-01-01')],
      participants: [
        { id: 1, lastContactAt: null, programmeIds: [1] },
        { id: 2, lastContactAt: null, programmeIds: [2] },
      ],
      consents: [
        { id: 5, participantId: 1, withdrawnOn: '2028-02-29' },
        { id: 6, participantId: 2, withdrawnOn: '2028-02-29' },
        { id: 7, participantId: 1, withdrawnOn: null },
      ],
    };
    const items = computeDue(DEFAULT_PRESETS, data, opts('2038-02-28'));
    expect(items.map((i) => [i.key, i.dueOn])).toEqual([
      ['agreementEnd:consents:consent:5', '2038-02-28'],
    ]);
  });

  it('a postponement moves the item to its new date, and then it is due again', () => {
    const data = {
      ...empty,
      programmes: [dk(1, '2026-11-01')],
      postponements: [{ itemKey: 'programmeEnd:programme:1', until: '2026-11-30' }],
    };
    expect(computeDue(DEFAULT_PRESETS, data, opts('2026-11-22'))).toEqual([]);
    const [again] = computeDue(DEFAULT_PRESETS, data, opts('2026-11-30'));
    expect(again).toMatchObject({
      dueOn: '2026-11-01',
      postponedUntil: '2026-11-30',
      effectiveOn: '2026-11-30',
    });
    // A postponement that ended before the due date has no effect.
    const stale = {
      ...data,
      postponements: [{ itemKey: 'programmeEnd:programme:1', until: '2026-10-01' }],
    };
    expect(computeDue(DEFAULT_PRESETS, stale, opts('2026-11-01'))[0]).toMatchObject({
      postponedUntil: null,
    });
  });
});
