// Chooses the screen from the vault's state and owns locking: on lock all personal data leaves React state
// and the cache of vault answers.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { AppHeader } from './components/AppHeader';
import { ErrorMessage } from './components/ErrorMessage';
import { Notice, passesOnNavigation, type NoticeKind } from './components/Notice';
import {
  ShreddingsReappliedNotice,
  reappliedToTell,
  type Reapplied,
} from './components/ShreddingsReappliedNotice';
import { CreateVaultScreen } from './screens/CreateVaultScreen';
import { LoadingScreen } from './screens/LoadingScreen';
import { NewRecoveryScreen } from './screens/NewRecoveryScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { Workspace } from './screens/Workspace';
import { clearSensitiveClipboard } from './lib/clipboard';
import { forgetVaultAnswers } from './lib/query-client';
import { callVault, useVaultQuery, type VaultCallError } from './lib/vault-query';

type Screen =
  | { kind: 'loading' }
  | { kind: 'failed'; error: IpcError }
  | { kind: 'create' }
  | { kind: 'unlock'; tryKeychainAtOnce: boolean }
  | { kind: 'open' }
  /** Unlocked, but the recovery copy of the key is lost: a new recovery passphrase comes first. */
  | { kind: 'newRecovery' };

type KeychainOutcome = 'stored' | 'unavailable' | 'notRequested' | 'conflict';
type RecoveryState = 'ok' | 'repaired' | 'missing';

/** The first screen, from the vault's state at start-up. */
function screenAtStart(
  status: Pick<UseQueryResult<ChannelOutput<'vault.status'>, VaultCallError>, 'data' | 'error'>,
): Screen {
  if (status.error) return { kind: 'failed', error: status.error.ipc };
  if (!status.data) return { kind: 'loading' };
  const { state } = status.data;
  // Only at start-up does the keychain open the vault unasked; after a lock it takes a click.
  if (state === 'absent') return { kind: 'create' };
  if (state === 'locked') return { kind: 'unlock', tryKeychainAtOnce: true };
  return { kind: 'open' };
}

export function App() {
  const client = useQueryClient();
  // null until something happens: the vault's state at start-up decides the first screen.
  const [chosen, setScreen] = useState<Screen | null>(null);
  const status = useVaultQuery('vault.status', {}, { enabled: chosen === null });
  const screen = chosen ?? screenAtStart(status);
  const [notice, setNotice] = useState<NoticeKind | null>(null);
  // The recovery copy was rebuilt at this unlock: the workspace shows a calm notice once.
  const [recoveryRepaired, setRecoveryRepaired] = useState(false);
  // An older copy had shreddings carried out again before it opened: said once, above the work.
  const [reapplied, setReapplied] = useState<ReturnType<typeof reappliedToTell>>(null);
  const beforeLock = useRef<(() => Promise<void>) | null>(null);

  const showLocked = useCallback(() => {
    // Nothing read from the vault outlives the lock: the whole cache goes, not only this screen's.
    forgetVaultAnswers(client);
    setNotice(null);
    setRecoveryRepaired(false);
    setReapplied(null);
    // A national ID copied before the lock must not outlive it on the clipboard.
    void clearSensitiveClipboard();
    setScreen({ kind: 'unlock', tryKeychainAtOnce: false });
  }, [client]);

  // Again once the locked screen shows: an answer on its way at the lock lands in no cache. (At
  // start-up the cache holds only the vault's state, which decides this very screen.)
  const closed = chosen !== null && (chosen.kind === 'unlock' || chosen.kind === 'create');
  useEffect(() => {
    if (closed) forgetVaultAnswers(client);
  }, [closed, client]);

  useEffect(() => {
    const unsubscribe = window.fortrolig?.onLocked?.(showLocked);
    return typeof unsubscribe === 'function' ? unsubscribe : undefined;
  }, [showLocked]);

  const lock = useCallback(async () => {
    // An unsaved draft is saved (encrypted) first, as the design asks; a failure must not block the lock.
    await beforeLock.current?.().catch(() => undefined);
    await callVault(client, 'vault.lock', {});
    showLocked();
  }, [showLocked, client]);

  const opened = useCallback(
    (
      keychain: KeychainOutcome | null,
      how: 'created' | 'restored' | null,
      recovery: RecoveryState = 'ok',
      shreddings: Reapplied = null,
    ) => {
      // A vault just created, restored or unlocked starts with an empty cache.
      forgetVaultAnswers(client);
      setReapplied(reappliedToTell(shreddings));
      if (how === 'restored') setNotice(keychain === 'stored' ? 'restored' : 'restoredNoKeychain');
      else if (keychain === 'unavailable') setNotice('keychainUnavailable');
      else if (keychain === 'conflict') setNotice('keychainConflict');
      else if (how === 'created') setNotice('created');
      else setNotice(null);
      setRecoveryRepaired(recovery === 'repaired');
      setScreen({ kind: recovery === 'missing' ? 'newRecovery' : 'open' });
    },
    [client],
  );

  const leaveNotice = useCallback(
    () => setNotice((shown) => (shown && passesOnNavigation(shown) ? null : shown)),
    [],
  );

  const registerBeforeLock = useCallback((fn: (() => Promise<void>) | null) => {
    beforeLock.current = fn;
  }, []);

  return (
    <div className="app">
      <AppHeader onLock={screen.kind === 'open' || screen.kind === 'newRecovery' ? lock : null} />
      <main className="app-main" id="main">
        {notice && screen.kind === 'open' && (
          <Notice kind={notice} onDismiss={() => setNotice(null)} onChange={setNotice} />
        )}
        {reapplied && screen.kind === 'open' && (
          <ShreddingsReappliedNotice reapplied={reapplied} onDismiss={() => setReapplied(null)} />
        )}
        {screen.kind === 'loading' && <LoadingScreen />}
        {screen.kind === 'failed' && (
          <section className="card narrow">
            <ErrorMessage error={screen.error} />
          </section>
        )}
        {screen.kind === 'create' && (
          <CreateVaultScreen
            onCreated={(keychain) => opened(keychain, 'created')}
            onRestored={(keychain, shreddings) => opened(keychain, 'restored', 'ok', shreddings)}
          />
        )}
        {screen.kind === 'unlock' && (
          <UnlockScreen
            tryKeychainAtOnce={screen.tryKeychainAtOnce}
            onUnlocked={(keychain, recovery, shreddings) =>
              opened(keychain, null, recovery, shreddings)
            }
          />
        )}
        {screen.kind === 'newRecovery' && (
          <NewRecoveryScreen
            onDone={() => {
              setNotice('recoveryReset');
              setScreen({ kind: 'open' });
            }}
          />
        )}
        {screen.kind === 'open' && (
          <Workspace
            onNavigated={leaveNotice}
            registerBeforeLock={registerBeforeLock}
            recoveryRepaired={recoveryRepaired}
            onRecoveryRepairedSeen={() => setRecoveryRepaired(false)}
          />
        )}
      </main>
    </div>
  );
}
