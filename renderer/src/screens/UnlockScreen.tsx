// Unlock: the keychain first; if it cannot open the vault, the recovery passphrase. Shows no personal data.
// A locked keychain is told apart from a missing entry: unlocking the keychain and trying again
// is offered beside the passphrase.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../main/ipc/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { LockIcon } from '../components/LockIcon';
import { PassphraseUnlockForm } from '../components/PassphraseUnlockForm';

type KeychainOutcome = 'stored' | 'unavailable' | 'notRequested';
type FallbackReason =
  'keychainEntryMissing' | 'keychainLocked' | 'keychainUnavailable' | 'wrongKey';
type Phase = 'trying' | 'choose' | 'passphrase';

const FALLBACK_REASONS: readonly string[] = [
  'keychainEntryMissing',
  'keychainLocked',
  'keychainUnavailable',
  'wrongKey',
] satisfies FallbackReason[];

type Props = Readonly<{
  tryKeychainAtOnce: boolean;
  onUnlocked: (keychain: KeychainOutcome | null) => void;
}>;

export function UnlockScreen({ tryKeychainAtOnce, onUnlocked }: Props) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>(tryKeychainAtOnce ? 'trying' : 'choose');
  const [reason, setReason] = useState<FallbackReason | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const tried = useRef(false);

  const tryKeychain = useCallback(async () => {
    setPhase('trying');
    setError(null);
    const result = await window.vault['vault.unlock']({});
    if (result.ok) return onUnlocked(null);
    if (FALLBACK_REASONS.includes(result.error.code)) {
      setReason(result.error.code as FallbackReason);
      setPhase('passphrase');
      return;
    }
    setError(result.error);
    setPhase('choose');
  }, [onUnlocked]);

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
      {phase === 'passphrase' && (
        <>
          {reason && (
            <p className="message message-info" role="status">
              {t(`unlock.reason.${reason}`)}
            </p>
          )}
          <PassphraseUnlockForm onUnlocked={onUnlocked} />
          {reason === 'keychainLocked' && (
            <div className="actions">
              <button
                type="button"
                className="button button-link"
                onClick={() => void tryKeychain()}
              >
                {t('unlock.retryKeychain')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
