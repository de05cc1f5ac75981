// The requests register on a real vault: logged with its deadline, identity checked (method and
// who, no document), extended with reason and notice, closed only as the rules allow, listed by
// deadline with overdue ones first in Copenhagen and Oslo time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/domain/errors';
import { createParticipant } from '../../../main/domain/participants';
import {
  closeRequest,
  extendRequest,
  listRequests,
  logRequest,
  recordIdentityCheck,
  requestCounts,
  startRequest,
} from '../../../main/requests/register';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const NOW = new Date('2026-11-29T10:00:00Z');

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof DomainError ? `${err.code}${err.field ? `:${err.field}` : ''}` : err;
  }
  return 'no error';
};

describe('the requests register', () => {
  let dir: string;
  let vault: Vault;
  let person: number;
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    person = createParticipant(
      vault.db,
      { givenName: 'Ida', familyName: 'Holm', nationalId: { country: 'none' }, email: 'i@e.dk' },
      NOW,
    ).participant.id;
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  const log = (receivedOn: string, kind: 'access' | 'erasure' = 'access') =>
    logRequest(
      vault.db,
      { participantId: person, kind, channel: 'email', receivedOn, today: '2026-11-29' },
      'KB',
      NOW,
    );

  it('logs a request received 31 October as due 30 November, then extends it by two months to 31 January', () => {
    const r = log('2026-10-31');
    expect(r).toMatchObject({ status: 'open', dueOn: '2026-11-30', extensionMonths: 0 });
    expect(code(() => log('2026-11-30'))).toBe('invalidDates:receivedOn');
    // The person must be told within the first month.
    expect(
      code(() =>
        extendRequest(
          vault.db,
          r.id,
          { months: 2, reason: 'Mange dokumenter', toldOn: '2026-12-01' },
          NOW,
        ),
      ),
    ).toBe('invalidDates:toldOn');
    const extended = extendRequest(
      vault.db,
      r.id,
      { months: 2, reason: 'Mange dokumenter', toldOn: '2026-11-20' },
      NOW,
    );
    expect(extended).toMatchObject({ dueOn: '2027-01-31', extensionMonths: 2 });
  });

  it('completes only after the identity check; a refusal needs its reason; a closed request stays closed', () => {
    const r = log('2026-11-20');
    startRequest(vault.db, r.id, NOW);
    expect(
      code(() => closeRequest(vault.db, r.id, { status: 'completed', outcome: 'Kopi sendt' }, NOW)),
    ).toBe('identityNotChecked:identity');
    recordIdentityCheck(
      vault.db,
      r.id,
      { method: 'videoCall', checkedBy: 'KB', checkedOn: '2026-11-21' },
      NOW,
    );
    const done = closeRequest(vault.db, r.id, { status: 'completed', outcome: 'Kopi sendt' }, NOW);
    expect(done).toMatchObject({
      status: 'completed',
      identityMethod: 'videoCall',
      identityCheckedBy: 'KB',
      closedAt: NOW.toISOString(),
    });
    expect(code(() => startRequest(vault.db, r.id, NOW))).toBe('requestClosed');
    const refused = log('2026-11-21', 'erasure');
    expect(() =>
      closeRequest(vault.db, refused.id, { status: 'refused', outcome: '' }, NOW),
    ).toThrow(/CHECK/);
  });

  it('lists open requests soonest first and counts the overdue by the local day', () => {
    const late = log('2026-10-28'); // due 28 November: overdue on the 29th
    const soon = log('2026-11-03'); // due 3 December: within a week
    const later = log('2026-11-25'); // due 25 December
    const listed = listRequests(vault.db, {}, NOW, 'Europe/Oslo');
    expect(listed.map((r) => [r.id, r.deadline])).toEqual([
      [late.id, 'overdue'],
      [soon.id, 'dueSoon'],
      [later.id, 'onTime'],
    ]);
    expect(requestCounts(vault.db, NOW, 'Europe/Copenhagen')).toEqual({
      overdue: 1,
      dueSoon: 1,
      open: 3,
    });
    // The evening before in Copenhagen (23:30 UTC on the 27th is 00:30 on the 28th): not yet overdue.
    expect(
      requestCounts(vault.db, new Date('2026-11-27T22:30:00Z'), 'Europe/Copenhagen').overdue,
    ).toBe(0);
    recordIdentityCheck(
      vault.db,
      late.id,
      { method: 'knownInPerson', checkedBy: 'KB', checkedOn: '2026-11-29' },
      NOW,
    );
    closeRequest(vault.db, late.id, { status: 'completed', outcome: 'Svar sendt' }, NOW);
    expect(listRequests(vault.db, { participantId: person }, NOW, 'Europe/Oslo')).toHaveLength(2);
    expect(
      listRequests(vault.db, { includeClosed: true }, NOW, 'Europe/Oslo').at(-1),
    ).toMatchObject({
      id: late.id,
      deadline: null,
    });
  });
});
