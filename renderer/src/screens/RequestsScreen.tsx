// Every open data-subject request, soonest deadline first (closed ones too on request): who,
// what, when received, when due and where the deadline stands; each opens to its details and actions.
import { Fragment, useId, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DeadlineBadge, type ListedRequest } from '../components/requests/DeadlineBadge';
import { RequestItem } from '../components/requests/RequestItem';
import { UserText } from '../components/UserText';
import { currentLanguage } from '../i18n/setup';
import { formatDay } from '../lib/dates';
import type { Navigate } from '../lib/navigation';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { askVault, useVaultQuery, vaultQueryKey } from '../lib/vault-query';

type Props = Readonly<{ navigate: Navigate }>;

const NO_IDS: readonly number[] = [];
const NO_NAMES: ReadonlyMap<number, string> = new Map();

/**
 * The names of the people the requests are about (a request holds only the person's id): null
 * until every one has answered; a person not found (erased) has no name.
 */
function useNamesOf(
  requests: readonly ListedRequest[] | undefined,
): ReadonlyMap<number, string> | null {
  const ids = requests
    ? [...new Set(requests.map((r) => r.participantId))].filter(
        (pid): pid is number => pid !== null,
      )
    : NO_IDS;
  return useQueries({
    queries: ids.map((pid) => ({
      queryKey: vaultQueryKey('participants.get', { id: pid }),
      queryFn: () => askVault('participants.get', { id: pid }),
    })),
    combine: (answers) =>
      answers.some((a) => a.isPending)
        ? null
        : new Map(
            answers.flatMap((a, i) =>
              a.data ? [[ids[i]!, `${a.data.givenName} ${a.data.familyName}`] as const] : [],
            ),
          ),
  });
}

export function RequestsScreen({ navigate }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [includeClosed, setIncludeClosed] = useState(false);
  // Fetched again after every change to a request (stale-after.ts).
  const listed = useVaultQuery('requests.list', includeClosed ? { includeClosed } : {}).data;
  const found = useNamesOf(listed);
  // Shown with their names, never first without them.
  const requests = listed && found ? listed : null;
  const names = found ?? NO_NAMES;
  const [expanded, setExpanded] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${id}-title`}>
        <div className="title-row">
          <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {t('requests.screen.title')}
          </h1>
          <p className="hint">{t('requests.screen.intro')}</p>
          <p className="hint">{t('requests.screen.logHint')}</p>
        </div>
        <div className="field-checkbox">
          <input
            id={`${id}-closed`}
            type="checkbox"
            checked={includeClosed}
            onChange={(e) => setIncludeClosed(e.target.checked)}
          />
          <label htmlFor={`${id}-closed`}>{t('requests.screen.showClosed')}</label>
        </div>
        {status && (
          <p className="message message-success" role="status">
            {status}
          </p>
        )}
        {requests === null && <p className="loading">{t('common.loading')}</p>}
        {requests?.length === 0 && (
          <p className="empty">
            {includeClosed ? t('requests.screen.emptyAll') : t('requests.screen.empty')}
          </p>
        )}
        {requests && requests.length > 0 && (
          <table className="table requests-table">
            <caption className="visually-hidden">{t('requests.screen.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requests.screen.columns.person')}</th>
                <th scope="col">{t('requests.screen.columns.kind')}</th>
                <th scope="col">{t('requests.screen.columns.received')}</th>
                <th scope="col">{t('requests.screen.columns.due')}</th>
                <th scope="col">{t('requests.screen.columns.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('requests.screen.columns.details')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {requests.map((request) => {
                const name =
                  request.participantId === null ? null : names.get(request.participantId);
                const open = expanded === request.id;
                return (
                  <Fragment key={request.id}>
                    <tr data-request-id={request.id} data-deadline={request.deadline ?? 'closed'}>
                      <td>
                        {request.participantId !== null && name ? (
                          <button
                            type="button"
                            className="row-open"
                            onClick={() =>
                              navigate({ kind: 'participant', id: request.participantId! })
                            }
                          >
                            <UserText text={name} />
                          </button>
                        ) : (
                          <span className="muted">{t('requests.screen.erasedPerson')}</span>
                        )}
                      </td>
                      <td>{t(`requests.kinds.${request.kind}`)}</td>
                      <td>{formatDay(request.receivedOn, language)}</td>
                      <td>{formatDay(request.dueOn, language)}</td>
                      <td>
                        <div className="request-state">
                          <DeadlineBadge request={request} />
                          {request.deadline !== null && (
                            <span className="muted">
                              {t(`requests.statuses.${request.status}`)}
                            </span>
                          )}
                        </div>
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button-quiet"
                          aria-expanded={open}
                          aria-controls={open ? `${id}-details-${request.id}` : undefined}
                          onClick={() => setExpanded(open ? null : request.id)}
                        >
                          {t('requests.screen.details')}
                        </button>
                      </td>
                    </tr>
                    {open && (
                      <tr className="request-details-row" id={`${id}-details-${request.id}`}>
                        <td colSpan={6}>
                          <RequestItem
                            request={request}
                            onChanged={(message) => setStatus(message)}
                            onAction={() => setStatus(null)}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
