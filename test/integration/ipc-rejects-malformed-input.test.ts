// Every IPC channel rejects malformed input with a validation error, and nothing changes.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countNotes } from '../../main/domain/notes';
import { channelNames, contract, type ChannelName } from '../../main/ipc/contract';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import { MemoryLogger } from '../../main/vault/logger';
import { TEST_PASSPHRASE, removeDir, sha256File, tempDir, testVault } from '../support/temp-vault';

const MB = 'x'.repeat(1024 * 1024);

/** A valid input per channel; each malformed variant below is derived from it. */
const valid: { [C in ChannelName]: Record<string, unknown> } = {
  'vault.status': {},
  'vault.create': { passphrase: TEST_PASSPHRASE },
  'vault.unlock': {},
  'vault.unlockWithPassphrase': { passphrase: TEST_PASSPHRASE, rememberInKeychain: true },
  'vault.lock': {},
  'notes.create': { body: 'Samtale om ansøgninger' },
  'notes.list': { limit: 10 },
};

function malformed(channel: ChannelName): unknown[] {
  const base = valid[channel];
  const variants: unknown[] = [
    null,
    undefined,
    42,
    'text',
    [],
    [base],
    true,
    { ...base, extra: 1 },
    { ...base, __proto__: { x: 1 }, constructor: 'x' },
  ];
  for (const key of Object.keys(base)) {
    const { [key]: _dropped, ...rest } = base;
    // Optional fields may be missing; required ones may not.
    if (
      !(contract[channel].input.shape as Record<string, { isOptional(): boolean }>)[
        key
      ]!.isOptional()
    )
      variants.push(rest);
    for (const wrong of [null, 12345, 'str', true, [], {}, MB, -1, 0, 1.5, Number.NaN, 1e12]) {
      variants.push({ ...base, [key]: wrong });
    }
  }
  // Some replacements are legal for a field (e.g. `true` for a boolean); those are not malformed.
  return variants.filter((v) => !contract[channel].input.safeParse(v).success);
}

describe('IPC rejects malformed input', () => {
  let dir: string;
  let absentDir: string;
  let dispatch: Dispatch;
  let snapshot: () => unknown;

  beforeAll(async () => {
    dir = tempDir();
    absentDir = tempDir();
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    dispatch = createDispatch({ vault, dataDir: dir, now: () => new Date() }, new MemoryLogger());
    expect(await dispatch('notes.create', { body: 'Første note' })).toMatchObject({ ok: true });
    snapshot = () => ({
      state: vault.state(),
      notes: countNotes(vault.db),
      keyFile: sha256File(vault.paths.keyFile),
      files: readdirSync(dir).sort(),
    });
  });
  afterAll(() => {
    removeDir(dir);
    removeDir(absentDir);
  });

  it('covers every channel in the contract', () => {
    expect(Object.keys(valid).sort()).toEqual([...channelNames].sort());
  });

  for (const channel of channelNames) {
    it(`${channel}: wrong types, missing and extra fields, 1 MB strings`, async () => {
      const before = snapshot();
      const inputs = malformed(channel);
      // The filter above must not have thrown away the cases this test is about.
      expect(inputs).toContainEqual({ ...valid[channel], extra: 1 });
      for (const [key, value] of Object.entries(valid[channel])) {
        if (typeof value === 'string')
          expect(inputs).toContainEqual({ ...valid[channel], [key]: MB });
      }
      for (const input of inputs) {
        const result = await dispatch(channel, input);
        expect(result, JSON.stringify(input)?.slice(0, 80)).toMatchObject({
          ok: false,
          error: { code: 'validation' },
        });
        expect(JSON.stringify(result).length).toBeLessThan(200);
      }
      expect(snapshot()).toEqual(before);
    });
  }

  it('any value a schema refuses is a validation error, for every channel (property)', async () => {
    const before = snapshot();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channelNames), fc.anything(), async (channel, input) => {
        if (contract[channel].input.safeParse(input).success) return;
        const result = await dispatch(channel, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
      }),
      { numRuns: 300 },
    );
    expect(snapshot()).toEqual(before);
  });

  it('a malformed vault.create on an empty folder creates nothing', async () => {
    const { vault } = testVault(absentDir);
    const fresh = createDispatch(
      { vault, dataDir: absentDir, now: () => new Date() },
      new MemoryLogger(),
    );
    for (const input of [...malformed('vault.create'), { passphrase: 'too short' }]) {
      expect(await fresh('vault.create', input)).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
    }
    expect(readdirSync(absentDir)).toEqual([]);
    expect(vault.state()).toBe('absent');
  });

  it('an unknown channel is refused by name', async () => {
    expect(await dispatch('vault.export', {})).toEqual({
      ok: false,
      error: { code: 'unknownChannel' },
    });
    expect(await dispatch('__proto__', {})).toEqual({
      ok: false,
      error: { code: 'unknownChannel' },
    });
  });

  it('names the offending field', async () => {
    expect(await dispatch('notes.create', { body: 7 })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'body' },
    });
  });
});
