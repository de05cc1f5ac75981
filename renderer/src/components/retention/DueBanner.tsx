// The banner on every screen of the open vault: how much is due for shredding now and within 30
// days, rules that cannot be computed (flagged, skipped), and a shredding whose finishing is
// still pending after unlock (what happened and what to do).
import { useTranslation } from 'react-i18next';
import type { DueSummary } from '../../lib/use-due-summary';

type Props = Readonly<{ due: DueSummary; onOpen: (() => void) | null }>;

export function DueBanner({ due, onOpen }: Props) {
  const { t } = useTranslation();
  const now = due.items.filter((item) => item.effectiveOn <= due.today);
  const programmes = now.filter((item) => item.scope.kind === 'programme').length;
  const others = now.length - programmes;
  const upcoming = due.counts.upcoming;
  const invalid = due.invalidRules?.length ?? 0;
  const pending = due.finishingPending ?? null;
  if (now.length === 0 && upcoming === 0 && invalid === 0 && pending === null) return null;
  const parts = [
    programmes > 0 && t('retention.banner.programmesDue', { count: programmes }),
    others > 0 && t('retention.banner.itemsDue', { count: others }),
    upcoming > 0 && t('retention.banner.upcoming', { count: upcoming }),
  ].filter((part): part is string => typeof part === 'string');
  const tone = now.length > 0 || invalid > 0 || pending ? 'message-warning' : 'message-info';
  return (
    <section
      className={`message due-banner ${tone}`}
      aria-label={t('retention.banner.label')}
      data-testid="due-banner"
    >
      <div style={{ flex: '1 1 20rem', display: 'grid', gap: '0.25rem' }}>
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
    </section>
  );
}
