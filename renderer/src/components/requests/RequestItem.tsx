// One data-subject request: when and how it arrived, its deadline in words, the identity check and
// any extension, and what can be done next, one form at a time. Closed requests show their outcome.
import { consultantShown } from '../../lib/consultant-name';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { OPEN_STATUSES } from '@core/requests/vocabulary';
import { currentLanguage } from '../../i18n/setup';
import { formatDay, formatInstantDay } from '../../lib/dates';
import { useReadOnly } from '../../lib/read-only';
import { ErrorMessage } from '../ErrorMessage';
import { UserText } from '../UserText';
import { CloseForm } from './CloseForm';
import { DeadlineBadge, type ListedRequest } from './DeadlineBadge';
import { RestrictionForm } from '../rights/RestrictionForm';
import { AccessCopyExport } from './AccessCopyExport';
import { EraseOnRequestDialog, type Erased } from './EraseOnRequestDialog';
import { ExtendForm } from './ExtendForm';
import { IdentityCheckForm } from './IdentityCheckForm';
import { useVaultMutation } from '../../lib/vault-query';

type Props = Readonly<{
  request: ListedRequest;
  /** The kind as a heading (the participant page); the requests screen names it in the row. */
  withTitle?: boolean;
  /** A request changed: `message` says what happened (the lists fetch again by themselves). */
  onChanged: (message: string) => void;
  /** The consultant began an action on it: an earlier status line is now stale. */
  onAction?: () => void;
  /** The person of this erasure request was erased (after the outcome was read). */
  onErased?: (erased: Erased) => void;
  /** Processing of the person of this restriction request was restricted. */
  onRestricted?: () => void;
}>;

type Mode =
  'idle' | 'identity' | 'extend' | 'complete' | 'refuse' | 'erase' | 'restrict' | 'accessCopy';

export function RequestItem({
  request,
  withTitle = false,
  onChanged,
  onAction,
  onErased,
  onRestricted,
}: Props) {
  const { t } = useTranslation();
  const startRequest = useVaultMutation('requests.start');
  const id = useId();
  const language = currentLanguage();
  // On a restricted person's page nothing is erased or restricted again (the requests screen has
  // no such context: the vault refuses there).
  const { readOnly, because } = useReadOnly();
  const [mode, setModeState] = useState<Mode>('idle');
  const [error, setError] = useState<IpcError | null>(null);
  const open = (OPEN_STATUSES as readonly string[]).includes(request.status);
  const checked = request.identityMethod !== null;
  // An erasure request is answered by erasing, a restriction request by restricting; completing
  // by hand stays possible.
  const erasable = request.kind === 'erasure' && request.participantId !== null;
  const restrictable =
    request.kind === 'restriction' && request.participantId !== null && !readOnly;
  // An access or portability request is answered with the access copy (art. 15, 20).
  const exportable =
    (request.kind === 'access' || request.kind === 'portability') && request.participantId !== null;

  const setMode = (next: Mode) => {
    if (next !== 'idle') onAction?.();
    setError(null);
    setModeState(next);
  };

  const changed = (message: string) => {
    setMode('idle');
    setError(null);
    // Every list and the banner follow through the table (stale-after.ts).
    onChanged(message);
  };

  const start = async () => {
    onAction?.();
    const result = await startRequest.mutateAsync({ id: request.id });
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
                who: consultantShown(request.identityCheckedBy, t('common.unnamedConsultant')),
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
          {erasable && (
            <button
              type="button"
              className="button button-danger"
              disabled={readOnly}
              aria-describedby={because}
              onClick={() => {
                if (checked) return setMode('erase');
                onAction?.();
                setError({ code: 'identityNotChecked', field: 'erase' });
              }}
            >
              {t('rights.erasure.action')}
            </button>
          )}
          {exportable && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                if (checked) return setMode('accessCopy');
                onAction?.();
                setError({ code: 'identityNotChecked', field: 'accessCopy' });
              }}
            >
              {t('accessCopy.action')}
            </button>
          )}
          {restrictable && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setMode('restrict')}
            >
              {t('rights.restriction.restrict')}
            </button>
          )}
          <button
            type="button"
            className={`button ${checked && !erasable && !restrictable && !exportable ? 'button-primary' : 'button-secondary'}`}
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
      {mode === 'accessCopy' && (
        <AccessCopyExport
          requestId={request.id}
          onCancel={() => setMode('idle')}
          onDone={(fileName) => changed(t('accessCopy.savedAs', { fileName }))}
        />
      )}
      {mode === 'restrict' && request.participantId !== null && (
        <RestrictionForm
          participantId={request.participantId}
          action={{ restrict: request.id }}
          onCancel={() => setMode('idle')}
          onDone={() => {
            changed(t('rights.restriction.done'));
            onRestricted?.();
          }}
        />
      )}
      {mode === 'erase' && request.participantId !== null && (
        <EraseOnRequestDialog
          requestId={request.id}
          participantId={request.participantId}
          onCancel={() => setMode('idle')}
          onDone={(erased) => {
            changed(
              erased.partlyRefused
                ? t('rights.erasure.statusPartly')
                : t('rights.erasure.statusDone'),
            );
            onErased?.(erased);
          }}
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
