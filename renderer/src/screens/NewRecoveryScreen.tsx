// Shown after an unlock that found no usable recovery copy of the key ('missing'): the vault is
// open, but until a new recovery passphrase is set, losing the keychain entry would lose the
// vault. It stands in place of the workspace, so it cannot be missed; the header's Lock still works.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE, type IpcError } from '@core/ipc/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { StrengthMeter } from '../components/StrengthMeter';
import { estimateStrength } from '../lib/passphrase-strength';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { useVaultMutation } from '../lib/vault-query';

type Props = Readonly<{ onDone: () => void }>;

export function NewRecoveryScreen({ onDone }: Props) {
  const { t } = useTranslation();
  const resetRecovery = useVaultMutation('vault.resetRecovery');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const passphraseField = useRef<HTMLInputElement>(null);
  const confirmationField = useRef<HTMLInputElement>(null);

  const estimate = estimateStrength(passphrase);
  const tooShort = estimate.strength === 'tooShort';
  const mismatch = confirmation !== passphrase;
  const showTooShort = attempted && tooShort;
  const showMismatch = (attempted || confirmation.length >= passphrase.length) && mismatch;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    if (tooShort) return passphraseField.current?.focus();
    if (mismatch) return confirmationField.current?.focus();
    setBusy(true);
    setError(null);
    const result = await resetRecovery.mutateAsync({ passphrase });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      setConfirmation('');
      return onDone();
    }
    setError(result.error);
    passphraseField.current?.focus();
    passphraseField.current?.select();
  };

  return (
    <section className="card narrow new-recovery" aria-labelledby="new-recovery-title">
      <h1 id="new-recovery-title" ref={heading} tabIndex={-1}>
        {t('continuity.recoveryCopy.newTitle')}
      </h1>
      <div className="message message-warning unlock-note" role="alert">
        <p>{t('continuity.recoveryCopy.newIntro')}</p>
      </div>
      <p className="lead">{t('continuity.recoveryCopy.newInstruction')}</p>
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby="new-recovery-title"
      >
        <div className="field">
          <label htmlFor="new-recovery-passphrase">{t('continuity.recoveryCopy.passphrase')}</label>
          <input
            id="new-recovery-passphrase"
            ref={passphraseField}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={passphrase}
            readOnly={busy}
            aria-invalid={showTooShort || error?.code === 'weakPassphrase'}
            aria-describedby="new-recovery-hint new-recovery-strength"
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <p className={showTooShort ? 'hint hint-error' : 'hint'} id="new-recovery-hint">
            {showTooShort
              ? t('create.tooShort', { min: MIN_PASSPHRASE, count: estimate.length })
              : t('create.hint', { min: MIN_PASSPHRASE })}
          </p>
          <StrengthMeter strength={estimate.strength} id="new-recovery-strength" />
        </div>
        <div className="field">
          <label htmlFor="new-recovery-confirm">{t('continuity.recoveryCopy.confirm')}</label>
          <input
            id="new-recovery-confirm"
            ref={confirmationField}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={confirmation}
            readOnly={busy}
            aria-invalid={showMismatch}
            aria-describedby={showMismatch ? 'new-recovery-confirm-error' : undefined}
            onChange={(event) => setConfirmation(event.target.value)}
          />
          {showMismatch && (
            <p className="hint hint-error" id="new-recovery-confirm-error">
              {t('continuity.recoveryCopy.mismatch')}
            </p>
          )}
        </div>
        {error && <ErrorMessage error={error} />}
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? t('continuity.recoveryCopy.working') : t('continuity.recoveryCopy.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
