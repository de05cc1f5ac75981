// The create half of first run: set the recovery passphrase (twice), see an honest strength estimate, create the vault.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE, type IpcError } from '@core/ipc/contract';
import { estimateStrength } from '../lib/passphrase-strength';
import { ErrorMessage } from './ErrorMessage';
import { StrengthMeter } from './StrengthMeter';
import { useVaultMutation } from '../lib/vault-query';

type Props = Readonly<{ onCreated: (keychain: 'stored' | 'unavailable') => void }>;

export function CreateVaultForm({ onCreated }: Props) {
  const { t } = useTranslation();
  const create = useVaultMutation('vault.create');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const passphraseField = useRef<HTMLInputElement>(null);
  const confirmationField = useRef<HTMLInputElement>(null);

  const estimate = estimateStrength(passphrase);
  const tooShort = estimate.strength === 'tooShort';
  // The core refuses what the meter calls weak (isAcceptablePassphrase): say so here first.
  const tooWeak = estimate.strength === 'weak';
  const mismatch = confirmation !== passphrase;
  const showTooShort = attempted && (tooShort || tooWeak);
  const showMismatch = (attempted || confirmation.length >= passphrase.length) && mismatch;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (tooShort || tooWeak) return passphraseField.current?.focus();
    if (mismatch) return confirmationField.current?.focus();
    setBusy(true);
    setError(null);
    const result = await create.mutateAsync({ passphrase });
    setBusy(false);
    if (result.ok) return onCreated(result.value.keychain === 'stored' ? 'stored' : 'unavailable');
    setError(result.error);
  };

  return (
    <div className="first-run-form">
      <h2 id="create-title">{t('create.title')}</h2>
      <p className="lead">{t('create.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="create-title">
        <div className="field">
          <label htmlFor="new-passphrase">{t('create.passphrase')}</label>
          <input
            id="new-passphrase"
            ref={passphraseField}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={passphrase}
            readOnly={busy}
            aria-invalid={showTooShort}
            aria-describedby="new-passphrase-hint strength"
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <p className={showTooShort ? 'hint hint-error' : 'hint'} id="new-passphrase-hint">
            {showTooShort
              ? tooWeak
                ? t('create.tooWeak')
                : t('create.tooShort', { min: MIN_PASSPHRASE, count: estimate.length })
              : t('create.hint', { min: MIN_PASSPHRASE })}
          </p>
          <StrengthMeter strength={estimate.strength} id="strength" />
        </div>
        <div className="field">
          <label htmlFor="confirm-passphrase">{t('create.confirm')}</label>
          <input
            id="confirm-passphrase"
            ref={confirmationField}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={confirmation}
            readOnly={busy}
            aria-invalid={showMismatch}
            aria-describedby={showMismatch ? 'confirm-passphrase-error' : undefined}
            onChange={(event) => setConfirmation(event.target.value)}
          />
          {showMismatch && (
            <p className="hint hint-error" id="confirm-passphrase-error">
              {t('create.mismatch')}
            </p>
          )}
        </div>
        {error && <ErrorMessage error={error} />}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('create.working') : t('create.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
