// One due item on the retention screen: what it is, why it is due (in words), and what can be done.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { formatDay } from '../../lib/dates';
import { categoryName } from '../../lib/category-names';
import { dueReason, type DueItem, type Preset } from '../../lib/retention-words';
import { useVaultMutation } from '../../lib/vault-query';
import { UserText } from '../UserText';
import { CategoryPurgeDialog } from './CategoryPurgeDialog';
import { PostponeForm } from './PostponeForm';

type Props = Readonly<{
  item: DueItem;
  today: string;
  presets: readonly Preset[];
  onReview: (programmeId: number) => void;
  /**
   * Something changed in the vault: the list is fetched again; `message` is a status line to show;
   * `shredded` when data was deleted (the screen then offers to change the recovery passphrase).
   */
  onChanged: (message: string, shredded?: boolean) => void;
}>;

export function DueItemCard({ item, today, presets, onReview, onChanged }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [mode, setMode] = useState<'idle' | 'postpone' | 'purge'>('idle');
  const scope = item.scope;
  // The banner and the list follow through the table (stale-after.ts).
  const reconfirmDocument = useVaultMutation('documents.reconfirm');

  const reconfirm = async () => {
    if (scope.kind !== 'document') return;
    const result = await reconfirmDocument.mutateAsync({ id: scope.documentId, on: today });
    if (result.ok) onChanged(t('retention.actions.reconfirmed'));
  };

  return (
    <li className="due-item" data-key={item.key}>
      <div className="due-item-head">
        <span className="badge">{t(`retention.screen.kinds.${scope.kind}`)}</span>
        <span className="due-item-label">
          <UserText text={item.label} />
          {scope.kind !== 'programme' && (
            // One item per person and category: the category the rule acts on.
            <span className="due-item-category" data-category={item.categories.join(' ')}>
              {' · '}
              {item.categories
                .map((c) =>
                  // A rule on the person reaches every category: say so, not "Participants".
                  c === 'participant' ? t('retention.purge.everything') : categoryName(c, t),
                )
                .join(', ')}
            </span>
          )}
        </span>
        <span className="due-item-date">
          {item.postponedUntil
            ? t('retention.screen.postponedUntil', {
                date: formatDay(item.postponedUntil, language),
              })
            : t('retention.screen.dueOn', { date: formatDay(item.dueOn, language) })}
        </span>
      </div>
      <p className="due-item-reason">{dueReason(item, presets, t, language)}</p>
      {mode === 'idle' && (
        <div className="actions">
          {scope.kind === 'programme' && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => onReview(scope.programmeId)}
            >
              {t('retention.actions.review')}
            </button>
          )}
          {scope.kind === 'document' && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void reconfirm()}
            >
              {t('retention.actions.reconfirm')}
            </button>
          )}
          {scope.kind !== 'programme' && (
            // A rule acts on its category only: the dialog shows what goes and what stays.
            <button
              type="button"
              className={`button ${scope.kind === 'document' ? 'button-secondary' : 'button-primary'}`}
              onClick={() => setMode('purge')}
            >
              {t('retention.actions.purge')}
            </button>
          )}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setMode('postpone')}
          >
            {t('retention.actions.postpone')}
          </button>
        </div>
      )}
      {mode === 'postpone' && (
        <PostponeForm
          itemKey={item.key}
          today={today}
          onCancel={() => setMode('idle')}
          onDone={(until) => {
            setMode('idle');
            onChanged(t('retention.postpone.done', { date: formatDay(until, language) }));
          }}
        />
      )}
      {mode === 'purge' && scope.kind !== 'programme' && (
        <CategoryPurgeDialog
          itemKey={item.key}
          name={item.label}
          onCancel={() => setMode('idle')}
          onDone={(whole) => {
            setMode('idle');
            onChanged(t(whole ? 'retention.purge.doneWhole' : 'retention.purge.done'), true);
          }}
        />
      )}
    </li>
  );
}
