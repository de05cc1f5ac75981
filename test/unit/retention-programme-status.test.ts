// Programme status and the caseload's next-due date, derived from the one due function.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../main/domain/brands';
import {
  computeDue,
  nextDueByParticipant,
  programmeStatus,
  type RetentionData,
} from '../../main/retention/due';
import { DEFAULT_PRESETS } from '../../main/retention/policies';

describe('programmeStatus', () => {
  it('is active up to and including the end date', () => {
    expect(programmeStatus('active', '2026-11-22', '2026-11-21')).toBe('active');
    expect(programmeStatus('active', '2026-11-22', '2026-11-22')).toBe('active');
  });
  it('is closing from the day after the end date, whatever is stored', () => {
    expect(programmeStatus('active', '2026-11-22', '2026-11-23')).toBe('closing');
    expect(programmeStatus('closing', '2026-11-22', '2027-01-01')).toBe('closing');
  });
  it('goes back to active when the end date is moved into the future again', () => {
    expect(programmeStatus('closing', '2027-06-30', '2026-11-23')).toBe('active');
  });
  it('is closed once the close-out ran, even before the end date', () => {
    expect(programmeStatus('closed', '2027-06-30', '2026-11-23')).toBe('closed');
    expect(programmeStatus('closed', '2026-01-01', '2026-11-23')).toBe('closed');
  });
});

describe('nextDueByParticipant', () => {
  const data: RetentionData = {
    programmes: [
      { id: 1, endsOn: '2026-12-31', status: 'active', presetId: 'dk-jobcentre-coaching' },
      { id: 2, endsOn: '2027-06-30', status: 'active', presetId: 'no-recruitment-guidance' },
    ],
    participants: [
      { id: 10, lastContactAt: '2026-01-10T10:00:00Z', programmeIds: [1] },
      { id: 11, lastContactAt: '2024-02-01T10:00:00Z', programmeIds: [2] },
      { id: 12, lastContactAt: null, programmeIds: [] },
    ],
    documents: [
      {
        id: 100,
        participantId: 10,
        kind: 'cv',
        createdAt: '2026-05-01T10:00:00Z',
        reconfirmedOn: null,
      },
    ],
    consents: [],
    postponements: [],
  };

  it('takes the earliest date among the person, their documents and their programmes', () => {
    const options = {
      today: isoDate('2026-11-22'),
      timeZone: 'Europe/Copenhagen',
      horizonDays: 73_050,
    };
    const items = computeDue(DEFAULT_PRESETS, data, options);
    const next = nextDueByParticipant(items, data);
    // The CV (created 1 May, 6 months) comes before programme 1's end.
    expect(next.get(10)).toBe('2026-11-01');
    // Three years after the last contact, before programme 2 ends (Norwegian preset: no end rule there).
    expect(next.get(11)).toBe('2027-02-01');
    expect(next.has(12)).toBe(false);
  });

  it('follows a programme end date when that is the earliest', () => {
    const options = {
      today: isoDate('2026-11-22'),
      timeZone: 'Europe/Copenhagen',
      horizonDays: 73_050,
    };
    const moved = { ...data, documents: [] };
    expect(nextDueByParticipant(computeDue(DEFAULT_PRESETS, moved, options), moved).get(10)).toBe(
      '2026-12-31',
    );
  });
});
