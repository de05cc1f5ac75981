// A real vault behind the IPC dispatch, made fresh for each test of the file that calls
// `useIpcVault` (beforeEach) and removed after it; `ok` unwraps a successful answer.
import { afterEach, beforeEach, expect } from 'vitest';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import { MemoryLogger } from '../../main/vault/logger';
import type { Vault } from '../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from './temp-vault';

export function ok<T>(r: unknown): T {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
}

/** Registers the hooks; read `.vault`, `.dispatch`, `.dir` inside a test. */
export function useIpcVault(now: Date, actor = 'KB') {
  const state = {} as { dir: string; vault: Vault; dispatch: Dispatch };
  beforeEach(async () => {
    state.dir = tempDir();
    state.vault = testVault(state.dir).vault;
    await state.vault.create(TEST_PASSPHRASE);
    state.dispatch = createDispatch(
      { vault: state.vault, dataDir: state.dir, now: () => now, actor },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    state.vault.lock();
    removeDir(state.dir);
  });
  return state;
}
