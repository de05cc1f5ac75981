// Unlock: the keychain first; if it cannot open the vault, the recovery passphrase. Shows no personal data.
// A locked keychain is told apart from a missing entry: unlocking the keychain and trying again
// is offered beside the passphrase. A missing key file (vault.key.json gone, and no keychain key
// opens the vault) says what happened and offers the way forward: put back the key file from a
// backup (picked in the main process's dialog), then the passphrase. A damaged key file found by
// a passphrase try points to the keychain, which repairs it. From the passphrase form there is
// always a way back to the keychain.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { LockIcon } from '../components/LockIcon';
import type { Reapplied } from '../components/ShreddingsReappliedNotice';
import {
  PassphraseUnlockForm,
  type KeyFileProblem,
  type RecoveryState,
} from '../components/PassphraseUnlockForm';
import { callVault, useVaultMutation } from '../lib/vault-query';
import { useQueryClient } from '@tanstack/react-query';

type KeychainOutcome = 'stored' | 'unavailable' | 'notRequested' | 'conflict';
type FallbackReason =
  'keychainEntryMissing' | 'keychainLocked' | 'keychainUnavailable' | 'wrongKey';
type Phase = 'trying' | 'choose' | 'passphrase' | 'keyFileMissing';
/** What the passphrase phase says about the key file: just put back, or found damaged. */
type KeyFileNote = 'restored' | 'damaged';

const FALLBACK_REASONS: readonly string[] = [
  'keychainEntryMissing',
  'keychainLocked',
  'keychainUnavailable',
  'wrongKey',
] satisfies FallbackReason[];

type Props = Readonly<{
  tryKeychainAtOnce: boolean;
  onUnlocked: (
    keychain: KeychainOutcome | null,
    recovery: RecoveryState,
    reapplied: Reapplied,
  ) => void;
}>;

export function UnlockScreen({ tryKeychainAtOnce, onUnlocked }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [phase, setPhase] = useState<Phase>(tryKeychainAtOnce ? 'trying' : 'choose');
  const [reason, setReason] = useState<FallbackReason | null>(null);
  const [keyFileNote, setKeyFileNote] = useState<KeyFileNote | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const tried = useRef(false);

  const showKeyFileProblem = useCallback((problem: KeyFileProblem) => {
    setError(null);
    if (problem === 'keyFileMissing') {
      setReason(null);
      setKeyFileNote(null);
      setPhase('keyFileMissing');
    } else {
      setKeyFileNote('damaged');
      setPhase('passphrase');
    }
  }, []);

  /**
   * `afterDamaged`: the way forward from a damaged key file. A keychain failure is then shown
   * as an error beside the damage note, since "enter your passphrase" would lead nowhere.
   */
  const tryKeychain = useCallback(
    async (afterDamaged = false) => {
      setPhase('trying');
      setError(null);
      const result = await callVault(client, 'vault.unlock', {});
      if (result.ok) return onUnlocked(null, result.value.recovery, result.value.reapplied);
      const { code } = result.error;
      if (code === 'keyFileMissing') return showKeyFileProblem(code);
      if (afterDamaged) {
        setError(result.error);
        setPhase('passphrase');
        return;
      }
      if (FALLBACK_REASONS.includes(code)) {
        setReason(code as FallbackReason);
        setPhase('passphrase');
        return;
      }
      setError(result.error);
      setPhase('choose');
    },
    [onUnlocked, showKeyFileProblem, client],
  );

  useEffect(() => {
    // StrictMode runs effects twice in development; the keychain is asked once.
    if (!tryKeychainAtOnce || tried.current) return;
    tried.current = true;
    void tryKeychain();
  }, [tryKeychainAtOnce, tryKeychain]);

  return (
    <section className="card narrow" aria-labelledby="unlock-title">
      <h1 id="unlock-title">
        <LockIcon />
        {t('unlock.title')}
      </h1>
      {phase === 'trying' && (
        <p className="loading" role="status">
          {t('unlock.trying')}
        </p>
      )}
      {phase === 'choose' && (
        <>
          <p className="lead">{t('unlock.keychainHint')}</p>
          {error && <ErrorMessage error={error} />}
          <div className="actions actions-stacked">
            <button
              type="button"
              className="button button-primary"
              autoFocus
              onClick={() => void tryKeychain()}
            >
              {t('unlock.keychainButton')}
            </button>
            <button
              type="button"
              className="button button-link"
              onClick={() => setPhase('passphrase')}
            >
              {t('unlock.usePassphrase')}
            </button>
          </div>
        </>
      )}
      {phase === 'keyFileMissing' && (
        <KeyFileMissing
          onRestored={() => {
            setKeyFileNote('restored');
            setPhase('passphrase');
          }}
        />
      )}
      {phase === 'passphrase' && (
        <>
          {reason && keyFileNote !== 'damaged' && (
            <p className="message message-info" role="status">
              {t(`unlock.reason.${reason}`)}
            </p>
          )}
          {keyFileNote === 'restored' && (
            <p className="message message-success unlock-note" role="status">
              {t('continuity.keyFile.restored')}
            </p>
          )}
          {keyFileNote === 'damaged' ? (
            // The passphrase cannot open a damaged copy: the keychain is the way forward here.
            <>
              <div className="message message-warning unlock-note" role="alert">
                <p>{t('continuity.keyFile.damaged')}</p>
              </div>
              {error && <ErrorMessage error={error} />}
              <div className="actions">
                <button
                  type="button"
                  className="button button-primary"
                  autoFocus
                  onClick={() => void tryKeychain(true)}
                >
                  {t('continuity.keyFile.tryKeychain')}
                </button>
              </div>
            </>
          ) : (
            <PassphraseUnlockForm onUnlocked={onUnlocked} onKeyFileProblem={showKeyFileProblem} />
          )}
          {reason === 'keychainLocked' ? (
            <div className="actions">
              <button
                type="button"
                className="button button-link"
                onClick={() => void tryKeychain()}
              >
                {t('unlock.retryKeychain')}
              </button>
            </div>
          ) : (
            keyFileNote === null && (
              // Chose the passphrase (or was sent here) and wants the keychain after all.
              <div className="actions">
                <button
                  type="button"
                  className="button button-link"
                  onClick={() => {
                    setReason(null);
                    setError(null);
                    setPhase('choose');
                  }}
                >
                  {t('unlock.backToKeychain')}
                </button>
              </div>
            )
          )}
        </>
      )}
    </section>
  );
}

/** What happened, and the way forward: put back the key file from a backup, then the passphrase. */
function KeyFileMissing({ onRestored }: Readonly<{ onRestored: () => void }>) {
  const { t } = useTranslation();
  const restoreKeyFile = useVaultMutation('vault.restoreKeyFile');
  const [picking, setPicking] = useState(false);
  const [notAKeyFile, setNotAKeyFile] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const putBack = async () => {
    if (picking) return;
    setPicking(true);
    setError(null);
    const result = await restoreKeyFile.mutateAsync({});
    setPicking(false);
    if (!result.ok) return setError(result.error);
    const { outcome } = result.value;
    // A cancelled dialog changes nothing on screen.
    if (outcome === 'restored') return onRestored();
    if (outcome === 'notAKeyFile') setNotAKeyFile(true);
  };

  return (
    <div className="key-file-missing">
      <div className="message message-warning unlock-note" role="alert">
        <h2 id="key-file-missing-title">{t('continuity.keyFile.missingTitle')}</h2>
        <p>{t('continuity.keyFile.missingText')}</p>
      </div>
      <p className="lead">{t('continuity.keyFile.wayForward')}</p>
      {notAKeyFile && (
        <p className="message message-error" role="alert">
          {t('continuity.keyFile.notAKeyFile')}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          autoFocus
          aria-disabled={picking}
          onClick={() => void putBack()}
        >
          {t('continuity.keyFile.putBack')}
        </button>
        {picking && (
          <p className="hint" role="status">
            {t('continuity.keyFile.choosing')}
          </p>
        )}
      </div>
    </div>
  );
}
