// The banner on every screen of the open vault: how much is due for shredding now and within 30
// days, rules that cannot be computed (flagged, skipped), a shredding whose finishing is still
// pending after unlock (what happened and what to do), and how many participants' requests are
// overdue or due within a week.
import { useTranslation } from 'react-i18next';
import type { DueSummary } from '../../lib/use-due-summary';
import type { RequestCounts } from '../../lib/use-request-counts';

type Props = Readonly<{
  due: DueSummary | null;
  requests?: RequestCounts | null;
  onOpen: (() => void) | null;
  onOpenRequests?: (() => void) | null;
}>;

export function DueBanner({ due, requests = null, onOpen, onOpenRequests = null }: Props) {
  const { t } = useTranslation();
  const now = due ? due.items.filter((item) => item.effectiveOn <= due.today) : [];
  const programmes = now.filter((item) => item.scope.kind === 'programme').length;
  const others = now.length - programmes;
  const upcoming = due?.counts.upcoming ?? 0;
  const invalid = due?.invalidRules?.length ?? 0;
  const pending = due?.finishingPending ?? null;
  const overdue = requests?.overdue ?? 0;
  const dueSoon = requests?.dueSoon ?? 0;
  const retention = now.length > 0 || upcoming > 0 || invalid > 0 || pending !== null;
  const deadlines = overdue > 0 || dueSoon > 0;
  if (!retention && !deadlines) return null;
  const parts = [
    programmes > 0 && t('retention.banner.programmesDue', { count: programmes }),
    others > 0 && t('retention.banner.itemsDue', { count: others }),
    upcoming > 0 && t('retention.banner.upcoming', { count: upcoming }),
  ].filter((part): part is string => typeof part === 'string');
  const requestParts = [
    overdue > 0 && t('requests.banner.overdue', { count: overdue }),
    dueSoon > 0 && t('requests.banner.dueSoon', { count: dueSoon }),
  ].filter((part): part is string => typeof part === 'string');
  const tone =
    now.length > 0 || invalid > 0 || pending || deadlines ? 'message-warning' : 'message-info';
  return (
    <section
      className={`message due-banner ${tone}`}
      aria-label={deadlines ? t('requests.banner.label') : t('retention.banner.label')}
      data-testid="due-banner"
    >
      {retention && (
        <div className="due-banner-row">
          <div className="due-banner-text">
            {parts.length > 0 && <p>{parts.join('; ')}</p>}
            {pending && (
              <p data-testid="due-banner-finishing" data-finishing={pending}>
                <strong>{t('retention.banner.finishingPending')}</strong>{' '}
                {t(`retention.finishing.reasons.${pending}`)}
              </p>
            )}
            {invalid > 0 && (
              <p data-testid="due-banner-invalid">
                {t('retention.banner.invalidRules', { count: invalid })}
              </p>
            )}
          </div>
          {onOpen && (
            <button type="button" className="button button-secondary" onClick={onOpen}>
              {t('retention.banner.open')}
            </button>
          )}
        </div>
      )}
      {deadlines && (
        <div className="due-banner-row" data-testid="due-banner-requests">
          <div className="due-banner-text">
            <p>{requestParts.join('; ')}</p>
          </div>
          {onOpenRequests && (
            <button type="button" className="button button-secondary" onClick={onOpenRequests}>
              {t('requests.banner.open')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
