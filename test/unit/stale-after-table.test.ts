// The window's invalidation table (renderer/src/lib/stale-after.ts) classifies every channel of
// the contract: each is a cached read or a call with what it makes stale, never both, never
// neither; what a call makes stale is a cached read; and the writes the issue names move what a
// consultant sees elsewhere (a programme's end date moves the due banner).
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../main/ipc/contract';
import { READ_CHANNELS } from '../../main/ipc/read-channels';
import { CACHED_READS, STALE_AFTER, staleAfter } from '../../renderer/src/lib/stale-after';

const reads: ReadonlySet<string> = new Set(CACHED_READS);
const calls = Object.keys(STALE_AFTER);

describe('the stale-after table', () => {
  it('classifies every channel of the contract, once', () => {
    const unclassified = channelNames.filter((c) => !reads.has(c) && !(c in STALE_AFTER));
    const both = channelNames.filter((c) => reads.has(c) && c in STALE_AFTER);
    expect(unclassified).toEqual([]);
    expect(both).toEqual([]);
  });

  it('names no channel the contract lacks', () => {
    const known: ReadonlySet<string> = new Set(channelNames);
    expect([...CACHED_READS, ...calls].filter((c) => !known.has(c))).toEqual([]);
  });

  it('makes stale only cached reads', () => {
    for (const call of calls) {
      const stale = STALE_AFTER[call]!;
      if (stale === 'everything') continue;
      expect(
        stale.filter((read) => !reads.has(read)),
        call,
      ).toEqual([]);
    }
  });

  it('has no channel the read worker answers make anything stale (they change nothing)', () => {
    const staling = READ_CHANNELS.filter((c) => {
      const stale = staleAfter(c);
      return stale === 'everything' || stale.length > 0;
    });
    expect(staling).toEqual([]);
  });

  it('never caches the national ID revealed or a document’s bytes', () => {
    for (const call of ['participants.revealNationalId', 'documents.content'] as const) {
      expect(reads.has(call)).toBe(false);
      expect(staleAfter(call)).toEqual([]);
    }
  });

  it('has a programme edit move the due banner, the caseload and the participant page', () => {
    const stale = staleAfter('programmes.update');
    expect(stale).not.toBe('everything');
    for (const read of [
      'retention.due',
      'programmes.get',
      'programmes.list',
      'caseload.list',
      'enrolments.list',
    ] as const) {
      expect(stale).toContain(read);
    }
  });

  it('drops everything after a shredding, an erasure or a change of vault', () => {
    for (const call of [
      'retention.closeOut',
      'retention.eraseParticipant',
      'retention.purgeItem',
      'requests.erase',
      'vault.restore',
      'vault.create',
    ] as const) {
      expect(staleAfter(call), call).toBe('everything');
    }
  });
});
