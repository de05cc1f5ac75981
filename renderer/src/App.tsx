// Chooses the screen from the vault's state and owns locking: on lock all personal data leaves React state.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcError } from '@core/ipc/contract';
import { AppHeader } from './components/AppHeader';
import { ErrorMessage } from './components/ErrorMessage';
import { Notice, type NoticeKind } from './components/Notice';
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

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [notice, setNotice] = useState<NoticeKind | null>(null);
  // The recovery copy was rebuilt at this unlock: the workspace shows a calm notice once.
  const [recoveryRepaired, setRecoveryRepaired] = useState(false);
  // An older copy had shreddings carried out again before it opened: said once, above the work.
  const [reapplied, setReapplied] = useState<ReturnType<typeof reappliedToTell>>(null);
  const beforeLock = useRef<(() => Promise<void>) | null>(null);

  useEffect(() => {
    let live = true;
    void window.vault['vault.status']({}).then((result) => {
      if (!live) return;
      if (!result.ok) return setScreen({ kind: 'failed', error: result.error });
      const { state } = result.value;
      // Only at start-up does the keychain open the vault unasked; after a lock it takes a click.
      if (state === 'absent') setScreen({ kind: 'create' });
      else if (state === 'locked') setScreen({ kind: 'unlock', tryKeychainAtOnce: true });
      else setScreen({ kind: 'open' });
    });
    return () => {
      live = false;
    };
  }, []);

  const showLocked = useCallback(() => {
    setNotice(null);
    setRecoveryRepaired(false);
    setReapplied(null);
    // A national ID copied before the lock must not outlive it on the clipboard.
    void clearSensitiveClipboard();
    setScreen({ kind: 'unlock', tryKeychainAtOnce: false });
  }, []);

  useEffect(() => {
    const unsubscribe = window.fortrolig?.onLocked?.(showLocked);
    return typeof unsubscribe === 'function' ? unsubscribe : undefined;
  }, [showLocked]);

  const lock = useCallback(async () => {
    // An unsaved draft is saved (encrypted) first, as the design asks; a failure must not block the lock.
    await beforeLock.current?.().catch(() => undefined);
    await window.vault['vault.lock']({});
    showLocked();
  }, [showLocked]);

  const opened = useCallback(
    (
      keychain: KeychainOutcome | null,
      how: 'created' | 'restored' | null,
      recovery: RecoveryState = 'ok',
      shreddings: Reapplied = null,
    ) => {
      setReapplied(reappliedToTell(shreddings));
      if (how === 'restored') setNotice(keychain === 'stored' ? 'restored' : 'restoredNoKeychain');
      else if (keychain === 'unavailable') setNotice('keychainUnavailable');
      else if (keychain === 'conflict') setNotice('keychainConflict');
      else if (how === 'created') setNotice('created');
      else setNotice(null);
      setRecoveryRepaired(recovery === 'repaired');
      setScreen({ kind: recovery === 'missing' ? 'newRecovery' : 'open' });
    },
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
            registerBeforeLock={registerBeforeLock}
            recoveryRepaired={recoveryRepaired}
            onRecoveryRepairedSeen={() => setRecoveryRepaired(false)}
          />
        )}
      </main>
    </div>
  );
}
