// Extends a request's deadline by one or two months (art. 12(3)): a reason, and the day the
// person was told, which must fall within the first month.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { requestDueOn } from '@core/requests/deadline';
import { currentLanguage } from '../../i18n/setup';
import { formatDay, todayIso } from '../../lib/dates';
import { ErrorMessage } from '../ErrorMessage';
import type { ListedRequest } from './DeadlineBadge';
import { DateInput } from '../DateInput';
import { useVaultMutation } from '../../lib/vault-query';

type Props = Readonly<{
  request: ListedRequest;
  onDone: (dueOn: string) => void;
  onCancel: () => void;
}>;

export function ExtendForm({ request, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const extend = useVaultMutation('requests.extend');
  const id = useId();
  const language = currentLanguage();
  // Only a longer extension is a change: after one month, two is what is left.
  const choices = ([1, 2] as const).filter((m) => m > request.extensionMonths);
  const [months, setMonths] = useState<1 | 2>(choices[0] ?? 2);
  const [reason, setReason] = useState('');
  const [toldOn, setToldOn] = useState(todayIso());
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const firstDue = requestDueOn(request.receivedOn);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!reason.trim()) return setError({ code: 'validation', field: 'reason' });
    if (!toldOn || toldOn < request.receivedOn || toldOn > firstDue)
      return setError({ code: 'invalidDates', field: 'toldOn' });
    setBusy(true);
    const result = await extend.mutateAsync({
      id: request.id,
      months,
      reason: reason.trim(),
      toldOn,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(result.value.dueOn);
  };

  return (
    <form className="request-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="fieldset outcome-choices">
        <legend>{t('requests.extend.months')}</legend>
        {choices.map((m) => (
          <div className="field-checkbox" key={m}>
            <input
              id={`${id}-${m}`}
              type="radio"
              name={`${id}-months`}
              checked={months === m}
              onChange={() => setMonths(m)}
            />
            <label htmlFor={`${id}-${m}`}>{t('retention.period.months', { count: m })}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('requests.extend.reason')}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          maxLength={500}
          aria-required="true"
          aria-invalid={error?.field === 'reason' || undefined}
          aria-describedby={`${id}-reason-hint`}
          autoFocus
          onChange={(e) => setReason(e.target.value)}
        />
        <p className="hint" id={`${id}-reason-hint`}>
          {t('requests.extend.reasonHint')}
        </p>
      </div>
      <DateInput
        label={t('requests.extend.toldOn')}
        value={toldOn}
        min={request.receivedOn}
        max={firstDue}
        invalid={error?.field === 'toldOn'}
        description={t('requests.extend.toldHint', { date: formatDay(firstDue, language) })}
        onChange={setToldOn}
      />
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {t('requests.extend.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
