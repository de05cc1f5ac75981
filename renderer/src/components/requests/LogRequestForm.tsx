// Logs a request from the participant page: what the person asks for, how it arrived, and the
// day it arrived (today unless said otherwise), from which the one-month deadline runs.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import {
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  type RequestChannel,
  type RequestKind,
} from '@core/requests/vocabulary';
import { todayIso } from '../../lib/dates';
import { ErrorMessage } from '../ErrorMessage';
import { DateInput } from '../DateInput';
import { useVaultMutation } from '../../lib/vault-query';

type Props = Readonly<{
  participantId: number;
  onLogged: (request: ChannelOutput<'requests.log'>) => void;
  onCancel: () => void;
}>;

export function LogRequestForm({ participantId, onLogged, onCancel }: Props) {
  const { t } = useTranslation();
  const logRequest = useVaultMutation('requests.log');
  const id = useId();
  const [kind, setKind] = useState<RequestKind>('access');
  const [channel, setChannel] = useState<RequestChannel>('email');
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!receivedOn || receivedOn > todayIso())
      return setError({ code: 'invalidDates', field: 'receivedOn' });
    setBusy(true);
    const result = await logRequest.mutateAsync({ participantId, kind, channel, receivedOn });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onLogged(result.value);
  };

  return (
    <form className="request-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="log-request-fields">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('requests.panel.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            autoFocus
            onChange={(e) => setKind(e.target.value as RequestKind)}
          >
            {REQUEST_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`requests.kindOptions.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('requests.panel.channel')}</label>
          <select
            id={`${id}-channel`}
            value={channel}
            onChange={(e) => setChannel(e.target.value as RequestChannel)}
          >
            {REQUEST_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`requests.channels.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <DateInput
          label={t('requests.panel.receivedOn')}
          value={receivedOn}
          max={todayIso()}
          invalid={error?.field === 'receivedOn'}
          description={t('requests.panel.receivedHint')}
          onChange={setReceivedOn}
        />
      </div>
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {t('requests.panel.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
