// Everything due for shredding now and in the next 30 days: a timeline, then each item with its reason and actions.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DueItemCard } from '../components/retention/DueItemCard';
import { DueTimeline } from '../components/retention/DueTimeline';
import { PassphraseChangeOffer } from '../components/retention/PassphraseChangeOffer';
import { categoryRank } from '../lib/category-names';
import type { Navigate } from '../lib/navigation';
import type { DueSummary } from '../lib/use-due-summary';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { usePresets } from '../lib/use-presets';

type Props = Readonly<{ due: DueSummary | null; refreshDue: () => void; navigate: Navigate }>;

export function RetentionScreen({ due, refreshDue, navigate }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const presets = usePresets();
  const [status, setStatus] = useState<{ message: string; shredded: boolean } | null>(null);
  // Opening the screen asks again: a note written since unlock can have made something due.
  useEffect(() => refreshDue(), [refreshDue]);

  // Programmes first, then each person's items together, category by category.
  const person = (i: NonNullable<typeof due>['items'][number]) => i.scope.kind !== 'programme';
  const grouped = [...(due?.items ?? [])].sort((a, b) =>
    !person(a) || !person(b)
      ? Number(person(a)) - Number(person(b))
      : a.label.localeCompare(b.label) ||
        (a.scope.kind === 'programme' || b.scope.kind === 'programme'
          ? 0
          : a.scope.participantId - b.scope.participantId) ||
        categoryRank(a.categories[0] ?? '') - categoryRank(b.categories[0] ?? ''),
  );
  const now = due ? grouped.filter((i) => i.effectiveOn <= due.today) : [];
  const later = due ? grouped.filter((i) => i.effectiveOn > due.today) : [];
  const list = (items: typeof now, empty: string) =>
    items.length === 0 ? (
      <p className="empty">{empty}</p>
    ) : (
      <ul className="due-list">
        {items.map((item) => (
          <DueItemCard
            key={item.key}
            item={item}
            today={due?.today ?? ''}
            presets={presets}
            onReview={(programmeId) => navigate({ kind: 'closeOut', programmeId })}
            onChanged={(message, shredded = false) => {
              // A postponement after a purge keeps the offer: the shredding still happened.
              setStatus((s) => ({ message, shredded: shredded || (s?.shredded ?? false) }));
              refreshDue();
            }}
          />
        ))}
      </ul>
    );

  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${id}-title`}>
        <div className="title-row">
          <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {t('retention.screen.title')}
          </h1>
          <p className="hint">{t('retention.screen.intro')}</p>
        </div>
        {status && (
          <p className="message message-success" role="status">
            {status.message}
          </p>
        )}
        {status?.shredded && <PassphraseChangeOffer navigate={navigate} />}
        {due ? <DueTimeline due={due} /> : <p>{t('common.loading')}</p>}
      </section>
      {due && (
        <>
          <section className="card" aria-labelledby={`${id}-now`}>
            <h2 id={`${id}-now`}>{t('retention.screen.dueNow')}</h2>
            {list(now, t('retention.screen.nothingDue'))}
          </section>
          <section className="card" aria-labelledby={`${id}-later`}>
            <h2 id={`${id}-later`}>{t('retention.screen.upcoming')}</h2>
            {list(later, t('retention.screen.nothingUpcoming'))}
          </section>
        </>
      )}
    </div>
  );
}
