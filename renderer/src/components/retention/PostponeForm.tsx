// Postpone one due item: a reason and a new date at most 30 days ahead; the vault enforces both.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { ErrorMessage } from '../ErrorMessage';
import { DateInput } from '../DateInput';
import { useVaultMutation } from '../../lib/vault-query';

type Props = Readonly<{
  itemKey: string;
  today: string;
  onDone: (until: string) => void;
  onCancel: () => void;
}>;

function plusDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function PostponeForm({ itemKey, today, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const postpone = useVaultMutation('retention.postpone');
  const id = useId();
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(plusDays(today, 14));
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // An empty reason is the same mistake as a long delay, so it gets the same translated message.
    if (!reason.trim() || !until) return setError({ code: 'postponeTooLong' });
    setBusy(true);
    const result = await postpone.mutateAsync({
      itemKey,
      reason: reason.trim(),
      until,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(until);
  };

  return (
    <form className="postpone-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('retention.postpone.reason')}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          maxLength={500}
          aria-describedby={`${id}-reason-hint`}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
        />
        <p className="hint" id={`${id}-reason-hint`}>
          {t('retention.postpone.reasonHint')}
        </p>
      </div>
      <DateInput
        label={t('retention.postpone.until')}
        value={until}
        min={plusDays(today, 1)}
        max={plusDays(today, 30)}
        description={t('retention.postpone.untilHint')}
        onChange={setUntil}
      />
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {t('retention.postpone.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
