// The recovery-passphrase form; a wrong passphrase keeps focus in the field with the error read out.
// A key-file problem (missing, damaged) is handed to the unlock screen, which shows the way forward.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { ErrorMessage } from './ErrorMessage';

import type { Reapplied } from './ShreddingsReappliedNotice';
import { useVaultMutation } from '../lib/vault-query';

export type RecoveryState = ChannelOutput<'vault.unlockWithPassphrase'>['recovery'];
/** Errors that are about the key file, not the passphrase typed. */
export type KeyFileProblem = 'keyFileMissing' | 'recoveryDamaged';

type Props = Readonly<{
  onUnlocked: (
    keychain: 'stored' | 'unavailable' | 'notRequested' | 'conflict',
    recovery: RecoveryState,
    reapplied: Reapplied,
  ) => void;
  onKeyFileProblem?: (problem: KeyFileProblem) => void;
}>;

export function PassphraseUnlockForm({ onUnlocked, onKeyFileProblem }: Props) {
  const { t } = useTranslation();
  const unlock = useVaultMutation('vault.unlockWithPassphrase');
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const field = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!passphrase) return field.current?.focus();
    setBusy(true);
    setError(null);
    const result = await unlock.mutateAsync({
      passphrase,
      rememberInKeychain: remember,
    });
    setBusy(false);
    if (result.ok)
      return onUnlocked(result.value.keychain, result.value.recovery, result.value.reapplied);
    const { code } = result.error;
    if (onKeyFileProblem && (code === 'keyFileMissing' || code === 'recoveryDamaged')) {
      setPassphrase('');
      return onKeyFileProblem(code);
    }
    setError(result.error);
    // Selected, so the next attempt replaces the wrong one without extra keystrokes.
    field.current?.focus();
    field.current?.select();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor="unlock-passphrase">{t('unlock.passphrase')}</label>
        {/* readOnly rather than disabled while waiting: disabling would drop the focus. */}
        <input
          id="unlock-passphrase"
          ref={field}
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          autoFocus
          value={passphrase}
          readOnly={busy}
          aria-invalid={error?.code === 'wrongPassphrase'}
          aria-describedby={error ? 'unlock-error' : undefined}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      {error && <ErrorMessage error={error} id="unlock-error" />}
      <div className="field field-checkbox">
        <input
          id="remember"
          type="checkbox"
          checked={remember}
          onChange={(event) => setRemember(event.target.checked)}
          aria-describedby="remember-hint"
        />
        <div>
          <label htmlFor="remember">{t('unlock.remember')}</label>
          <p className="hint" id="remember-hint">
            {t('unlock.rememberHint')}
          </p>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {busy ? t('unlock.working') : t('unlock.submit')}
        </button>
      </div>
    </form>
  );
}
