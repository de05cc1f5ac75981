// One data-subject request: when and how it arrived, its deadline in words, the identity check and
// any extension, and what can be done next, one form at a time. Closed requests show their outcome.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../../main/ipc/contract';
import { OPEN_STATUSES } from '../../../../main/requests/vocabulary';
import { currentLanguage } from '../../i18n/setup';
import { formatDay, formatInstantDay } from '../../lib/dates';
import { notifyRequestsChanged } from '../../lib/use-request-counts';
import { ErrorMessage } from '../ErrorMessage';
import { UserText } from '../UserText';
import { CloseForm } from './CloseForm';
import { DeadlineBadge, type ListedRequest } from './DeadlineBadge';
import { ExtendForm } from './ExtendForm';
import { IdentityCheckForm } from './IdentityCheckForm';

type Props = Readonly<{
  request: ListedRequest;
  /** The kind as a heading (the participant page); the requests screen names it in the row. */
  withTitle?: boolean;
  /** A request changed: `message` says what happened (the lists fetch again by themselves). */
  onChanged: (message: string) => void;
  /** The consultant began an action on it: an earlier status line is now stale. */
  onAction?: () => void;
}>;

type Mode = 'idle' | 'identity' | 'extend' | 'complete' | 'refuse';

export function RequestItem({ request, withTitle = false, onChanged, onAction }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const [mode, setModeState] = useState<Mode>('idle');
  const [error, setError] = useState<IpcError | null>(null);
  const open = (OPEN_STATUSES as readonly string[]).includes(request.status);
  const checked = request.identityMethod !== null;

  const setMode = (next: Mode) => {
    if (next !== 'idle') onAction?.();
    setError(null);
    setModeState(next);
  };

  const changed = (message: string) => {
    setMode('idle');
    setError(null);
    notifyRequestsChanged();
    onChanged(message);
  };

  const start = async () => {
    onAction?.();
    const result = await window.vault['requests.start']({ id: request.id });
    if (!result.ok) return setError(result.error);
    changed(t('requests.started'));
  };

  return (
    <article
      className="request"
      aria-labelledby={withTitle ? `${id}-title` : undefined}
      data-request-id={request.id}
    >
      {withTitle && (
        <div className="request-head">
          <h3 id={`${id}-title`}>{t(`requests.kinds.${request.kind}`)}</h3>
          <DeadlineBadge request={request} />
        </div>
      )}
      <dl className="facts request-facts">
        <dt>{t('requests.item.received')}</dt>
        <dd>
          {formatDay(request.receivedOn, language)} · {t(`requests.channels.${request.channel}`)}
        </dd>
        <dt>{t('requests.item.due')}</dt>
        <dd>{formatDay(request.dueOn, language)}</dd>
        {request.extensionMonths > 0 && (
          <>
            <dt>{t('requests.item.extended')}</dt>
            <dd>
              {t('requests.item.extendedBy', {
                period: t('retention.period.months', { count: request.extensionMonths }),
                date: formatDay(request.extensionToldOn, language),
              })}{' '}
              <UserText text={request.extensionReason ?? ''} />
            </dd>
          </>
        )}
        <dt>{t('requests.item.identity')}</dt>
        <dd data-identity={request.identityMethod ?? 'none'}>
          {request.identityMethod
            ? t('requests.item.checked', {
                method: t(`requests.methods.${request.identityMethod}`),
                date: formatDay(request.identityCheckedOn, language),
                who: request.identityCheckedBy ?? '',
              })
            : t('requests.item.notChecked')}
        </dd>
        <dt>{t('requests.item.status')}</dt>
        <dd data-status={request.status}>{t(`requests.statuses.${request.status}`)}</dd>
        {!open && (
          <>
            <dt>{t('requests.item.closedOn')}</dt>
            <dd>{formatInstantDay(request.closedAt, language)}</dd>
            {request.outcome && (
              <>
                <dt>{t('requests.item.outcome')}</dt>
                <dd className="pre">
                  <UserText text={request.outcome} />
                </dd>
              </>
            )}
          </>
        )}
      </dl>
      {error && <ErrorMessage error={error} />}
      {open && mode === 'idle' && (
        <div className="actions request-actions">
          {!checked && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setMode('identity')}
            >
              {t('requests.actions.identity')}
            </button>
          )}
          {request.status === 'open' && (
            <button type="button" className="button button-secondary" onClick={() => void start()}>
              {t('requests.actions.start')}
            </button>
          )}
          {request.extensionMonths < 2 && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setMode('extend')}
            >
              {t('requests.actions.extend')}
            </button>
          )}
          <button
            type="button"
            className={`button ${checked ? 'button-primary' : 'button-secondary'}`}
            onClick={() => setMode('complete')}
          >
            {t('requests.actions.complete')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setMode('refuse')}
          >
            {t('requests.actions.refuse')}
          </button>
        </div>
      )}
      {mode === 'identity' && (
        <IdentityCheckForm
          requestId={request.id}
          onCancel={() => setMode('idle')}
          onDone={() => changed(t('requests.identity.done'))}
        />
      )}
      {mode === 'extend' && (
        <ExtendForm
          request={request}
          onCancel={() => setMode('idle')}
          onDone={(dueOn) =>
            changed(t('requests.extend.done', { date: formatDay(dueOn, language) }))
          }
        />
      )}
      {(mode === 'complete' || mode === 'refuse') && (
        <CloseForm
          requestId={request.id}
          intent={mode}
          onCancel={() => setMode('idle')}
          onDone={(status) => changed(t(`requests.close.done.${status}`))}
        />
      )}
    </article>
  );
}
