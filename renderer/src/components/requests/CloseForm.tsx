// Closes a request: completed (what was done), or refused wholly or in part (the reason, which the
// person must be given together with their right to complain).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { ErrorMessage } from '../ErrorMessage';
import { useVaultMutation } from '../../lib/vault-query';

export type Closing = 'completed' | 'refused' | 'partlyRefused';

type Props = Readonly<{
  requestId: number;
  /** 'complete' asks what was done; 'refuse' asks whether wholly or in part, and why. */
  intent: 'complete' | 'refuse';
  onDone: (status: Closing) => void;
  onCancel: () => void;
}>;

export function CloseForm({ requestId, intent, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const close = useVaultMutation('requests.close');
  const id = useId();
  const [status, setStatus] = useState<Closing>(intent === 'complete' ? 'completed' : 'refused');
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const refusing = status !== 'completed';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (refusing && !outcome.trim()) return setError({ code: 'validation', field: 'outcome' });
    setBusy(true);
    const result = await close.mutateAsync({
      id: requestId,
      status,
      outcome: outcome.trim(),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(status);
  };

  return (
    <form className="request-form" onSubmit={(e) => void submit(e)} noValidate>
      {refusing && (
        <fieldset className="fieldset outcome-choices">
          <legend>{t('requests.close.refuseHow')}</legend>
          {(['refused', 'partlyRefused'] as const).map((s) => (
            <div className="field-checkbox" key={s}>
              <input
                id={`${id}-${s}`}
                type="radio"
                name={`${id}-status`}
                checked={status === s}
                onChange={() => setStatus(s)}
              />
              <label htmlFor={`${id}-${s}`}>{t(`requests.close.${s}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-outcome`}>
          {refusing ? t('requests.close.reason') : t('requests.close.whatWasDone')}
        </label>
        <textarea
          id={`${id}-outcome`}
          className="short"
          value={outcome}
          maxLength={2000}
          aria-required={refusing || undefined}
          aria-invalid={error?.field === 'outcome' || undefined}
          aria-describedby={`${id}-outcome-hint`}
          autoFocus
          onChange={(e) => setOutcome(e.target.value)}
        />
        <p className="hint" id={`${id}-outcome-hint`}>
          {refusing ? t('requests.close.reasonHint') : t('requests.close.whatWasDoneHint')}
        </p>
      </div>
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {refusing ? t('requests.close.refuse') : t('requests.close.complete')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
