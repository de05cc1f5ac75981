// The participant page's requests, full width under the profile: this person's open requests
// with their deadlines and actions, and the form to log a new one. Absent while there is nothing
// to show, so a person without requests keeps their notes where they were.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { formatDay } from '../../lib/dates';
import { useVaultQuery } from '../../lib/vault-query';
import { LogRequestForm } from './LogRequestForm';
import { RequestItem } from './RequestItem';

type Props = Readonly<{
  participantId: number;
  /** The log form is open (its button sits in the page's title row). */
  logging: boolean;
  onLoggingDone: () => void;
  /** The person was erased on one of these requests (the page shows what is left, if anything). */
  onErased?: () => void;
  /** Processing of the person was restricted on one of these requests. */
  onRestricted?: () => void;
}>;

export function RequestsPanel({
  participantId,
  logging,
  onLoggingDone,
  onErased,
  onRestricted,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  // Fetched again after every change to a request, here or elsewhere (stale-after.ts).
  const requests = useVaultQuery('requests.list', { participantId }).data ?? null;
  const [status, setStatus] = useState<string | null>(null);
  // While a new request is being logged, the last status line is stale.
  const shownStatus = logging ? null : status;

  if (!logging && status === null && (requests === null || requests.length === 0)) return null;
  return (
    <section className="card participant-requests" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('requests.panel.title')}</h2>
      {logging && (
        <LogRequestForm
          participantId={participantId}
          onCancel={() => {
            setStatus(null);
            onLoggingDone();
          }}
          onLogged={(request) => {
            onLoggingDone();
            setStatus(t('requests.panel.logged', { date: formatDay(request.dueOn, language) }));
          }}
        />
      )}
      {shownStatus && (
        <p className="message message-success" role="status">
          {shownStatus}
        </p>
      )}
      {requests && requests.length === 0 && !logging && (
        <p className="empty">{t('requests.panel.none')}</p>
      )}
      {requests && requests.length > 0 && (
        <ul className="plain-list request-list">
          {requests.map((request) => (
            <li key={request.id}>
              <RequestItem
                request={request}
                withTitle
                onAction={() => setStatus(null)}
                onChanged={setStatus}
                onErased={onErased}
                onRestricted={onRestricted}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
