// A due rule acting on its category only: counts of what goes, what stays and why, the paper-notes
// answer and the participant's full name typed, in a modal dialog.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../../i18n/setup';
import { categoryName, categoryRank } from '../../lib/category-names';
import { formatCount } from '../../lib/dates';
import { ruleWhen } from '../../lib/retention-words';
import { ErrorMessage } from '../ErrorMessage';
import { UserText } from '../UserText';
import { CloseOutCounts } from './CloseOutCounts';
import { FinishingNotice, type Finishing } from './FinishingNotice';
import { confirmationMatches } from '@core/domain/text';
import { useStaleLater, useVaultMutation, useVaultQuery } from '../../lib/vault-query';

type Review = ChannelOutput<'retention.reviewItem'>;
type Kept = Review['kept'][number];

type Props = Readonly<{
  itemKey: string;
  /** The person's name as the due list shows it (typed in full to confirm). */
  name: string;
  onDone: (wholePerson: boolean) => void;
  onCancel: () => void;
}>;

export function CategoryPurgeDialog({ itemKey, name, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  // The item leaves the due list once purged: the list follows only after the outcome is read.
  const purge = useVaultMutation('retention.purgeItem', { staleLater: true });
  const stale = useStaleLater('retention.purgeItem');
  const done = (whole: boolean) => {
    stale.settle();
    onDone(whole);
  };
  const language = currentLanguage();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const asked = useVaultQuery('retention.reviewItem', { itemKey });
  // What the consultant confirmed stays shown: asked again after the shredding, the review would
  // show what is left, not what went.
  const [held, setHeld] = useState<Review | null>(null);
  const review: Review | null = held ?? asked.data ?? null;
  const [paper, setPaper] = useState<'shredded' | 'none' | null>(null);
  const [typed, setTyped] = useState('');
  const [failed, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ finishing: Finishing; whole: boolean } | null>(null);
  // Once purged, the review asked again finds nothing: that is no error to show.
  const error = failed ?? (pending ? null : (asked.error?.ipc ?? null));
  const nothing = review !== null && Object.values(review.counts).every((n) => n === 0);
  const ready =
    review !== null && !nothing && paper !== null && confirmationMatches(typed, name) && !busy;

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || paper === null) return;
    setBusy(true);
    setHeld(review);
    const result = await purge.mutateAsync({ itemKey, typedName: typed, paper });
    setBusy(false);
    if (!result.ok) {
      setHeld(null);
      return setError(result.error);
    }
    stale.owe();
    const whole = result.value.wholePerson;
    if (result.value.finishing !== 'done')
      return setPending({ finishing: result.value.finishing, whole });
    done(whole);
  };

  const reason = (k: Kept) =>
    k.reason.kind === 'programme'
      ? t('retention.purge.keptBy.programme', { programme: k.reason.programme })
      : t(`retention.purge.keptBy.${k.reason.kind}`);
  const kept = [...(review?.kept ?? [])].sort(
    (a, b) => categoryRank(a.category) - categoryRank(b.category),
  );

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      data-testid="category-purge"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {pending ? (
        <div>
          <h2 id={`${id}-title`}>{t('retention.purge.title')}</h2>
          <FinishingNotice finishing={pending.finishing} />
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => done(pending.whole)}
              autoFocus
            >
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <h2 id={`${id}-title`}>{t('retention.purge.title')}</h2>
          <p className="strong">
            <UserText text={name} />
          </p>
          {review && (
            <p>
              {t('retention.purge.rule', {
                rule: `${categoryName(review.category, t)}: ${ruleWhen(review.trigger, review.period, t)}`,
              })}
            </p>
          )}
          <p>{t('retention.purge.intro')}</p>
          {!review && !error && <p>{t('common.loading')}</p>}
          {review && nothing && (
            <p className="message message-info">{t('retention.purge.nothing')}</p>
          )}
          {review && !nothing && (
            <>
              <h3>{t('retention.purge.goes')}</h3>
              <CloseOutCounts counts={review.counts} caption={t('retention.purge.goes')} />
              {review.wholePerson ? (
                <p className="message message-warning" data-testid="purge-whole-person">
                  {t('retention.purge.wholePerson')}
                </p>
              ) : (
                <>
                  <h3>{t('retention.purge.stays')}</h3>
                  <ul className="kept-list" data-testid="purge-kept">
                    {kept.map((k) => (
                      <li
                        key={`${k.category}-${JSON.stringify(k.reason)}`}
                        data-category={k.category}
                      >
                        <span className="strong">{categoryName(k.category, t)}</span> (
                        {formatCount(k.count, language)}): {reason(k)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <fieldset className="fieldset">
                <legend>{t('retention.erase.paper')}</legend>
                {(['shredded', 'none'] as const).map((value) => (
                  <div className="field-radio" key={value}>
                    <input
                      type="radio"
                      id={`${id}-${value}`}
                      name={`${id}-paper`}
                      checked={paper === value}
                      onChange={() => setPaper(value)}
                    />
                    <label htmlFor={`${id}-${value}`}>{t(`retention.closeOut.${value}`)}</label>
                  </div>
                ))}
              </fieldset>
              <div className="field">
                <label htmlFor={`${id}-name`}>{t('retention.purge.typeName')}</label>
                <input
                  id={`${id}-name`}
                  value={typed}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(e) => setTyped(e.target.value)}
                />
              </div>
            </>
          )}
          {error && <ErrorMessage error={error} />}
          <div className="actions">
            {!nothing && (
              <button type="submit" className="button button-danger" aria-disabled={!ready}>
                {t('retention.purge.submit')}
              </button>
            )}
            <button type="button" className="button button-secondary" onClick={onCancel} autoFocus>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
