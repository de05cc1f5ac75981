// Locks the vault when the OS locks or suspends, and after idleLockMinutes without input.
import type { PowerMonitor } from 'electron';
import type { Invoke } from './ipc';

export type LockTriggerDeps = Readonly<{
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener' | 'getSystemIdleTime'>;
  invoke: Invoke;
  /** Tells the renderer; called only when an unlocked vault was actually locked. */
  onLocked: () => void;
  pollMs?: number;
}>;

const DEFAULT_POLL_MS = 15_000;

/**
 * Locks the vault when the OS locks the screen or suspends, and after idleLockMinutes (from
 * Settings) without input. Returns a function that stops every trigger.
 */
export function startLockTriggers(deps: LockTriggerDeps): () => void {
  const lockNow = (): void => {
    void lockIfUnlocked(deps, () => true);
  };
  deps.powerMonitor.on('lock-screen', lockNow);
  deps.powerMonitor.on('suspend', lockNow);

  let polling = false;
  const timer = setInterval(() => {
    // A poll queued behind a long query must not pile up more polls.
    if (polling) return;
    polling = true;
    void lockIfUnlocked(
      deps,
      (idleLockMinutes) => deps.powerMonitor.getSystemIdleTime() >= idleLockMinutes * 60,
    ).finally(() => {
      polling = false;
    });
  }, deps.pollMs ?? DEFAULT_POLL_MS);

  return () => {
    clearInterval(timer);
    deps.powerMonitor.removeListener('lock-screen', lockNow);
    deps.powerMonitor.removeListener('suspend', lockNow);
  };
}

async function lockIfUnlocked(
  deps: LockTriggerDeps,
  due: (idleLockMinutes: number) => boolean,
): Promise<void> {
  const status = await deps.invoke('vault.status', {});
  if (!status.ok) return;
  const { state, idleLockMinutes } = status.value as { state: string; idleLockMinutes: number };
  if (state !== 'unlocked' || !due(idleLockMinutes)) return;
  const locked = await deps.invoke('vault.lock', {});
  if (locked.ok) deps.onLocked();
}
