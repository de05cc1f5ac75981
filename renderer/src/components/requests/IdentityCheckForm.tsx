// Records how a request's sender was shown to be the person: the method and the day, never a copy of a document.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { IDENTITY_METHODS, type IdentityMethod } from '@core/requests/vocabulary';
import { todayIso } from '../../lib/dates';
import { ErrorMessage } from '../ErrorMessage';
import { DateInput } from '../DateInput';
import { useVaultMutation } from '../../lib/vault-query';

type Props = Readonly<{ requestId: number; onDone: () => void; onCancel: () => void }>;

export function IdentityCheckForm({ requestId, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const recordIdentity = useVaultMutation('requests.recordIdentity');
  const id = useId();
  const [method, setMethod] = useState<IdentityMethod | null>(null);
  const [checkedOn, setCheckedOn] = useState(todayIso());
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!method) return setError({ code: 'validation', field: 'method' });
    if (!checkedOn) return setError({ code: 'validation' });
    setBusy(true);
    const result = await recordIdentity.mutateAsync({
      id: requestId,
      method,
      checkedOn,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone();
  };

  return (
    <form className="request-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="fieldset outcome-choices" aria-describedby={`${id}-no-copy`}>
        <legend>{t('requests.identity.method')}</legend>
        {IDENTITY_METHODS.map((m) => (
          <div className="field-checkbox" key={m}>
            <input
              id={`${id}-${m}`}
              type="radio"
              name={`${id}-method`}
              checked={method === m}
              autoFocus={m === IDENTITY_METHODS[0]}
              onChange={() => {
                setMethod(m);
                setError(null);
              }}
            />
            <label htmlFor={`${id}-${m}`}>{t(`requests.methods.${m}`)}</label>
          </div>
        ))}
        <p className="hint" id={`${id}-no-copy`}>
          {t('requests.identity.noCopy')}
        </p>
      </fieldset>
      <DateInput
        label={t('requests.identity.checkedOn')}
        value={checkedOn}
        max={todayIso()}
        onChange={setCheckedOn}
      />
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {t('requests.identity.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
