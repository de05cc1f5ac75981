// The banner on every screen of the open vault: how much is due for shredding now and within 30 days.
import { useTranslation } from 'react-i18next';
import type { DueSummary } from '../../lib/use-due-summary';

type Props = Readonly<{ due: DueSummary; onOpen: (() => void) | null }>;

export function DueBanner({ due, onOpen }: Props) {
  const { t } = useTranslation();
  const now = due.items.filter((item) => item.effectiveOn <= due.today);
  const programmes = now.filter((item) => item.scope.kind === 'programme').length;
  const others = now.length - programmes;
  const upcoming = due.counts.upcoming;
  if (now.length === 0 && upcoming === 0) return null;
  const parts = [
    programmes > 0 && t('retention.banner.programmesDue', { count: programmes }),
    others > 0 && t('retention.banner.itemsDue', { count: others }),
    upcoming > 0 && t('retention.banner.upcoming', { count: upcoming }),
  ].filter((part): part is string => typeof part === 'string');
  const tone = now.length > 0 ? 'message-warning' : 'message-info';
  return (
    <section
      className={`message due-banner ${tone}`}
      aria-label={t('retention.banner.label')}
      data-testid="due-banner"
    >
      <p>{parts.join('; ')}</p>
      {onOpen && (
        <button type="button" className="button button-secondary" onClick={onOpen}>
          {t('retention.banner.open')}
        </button>
      )}
    </section>
  );
}
