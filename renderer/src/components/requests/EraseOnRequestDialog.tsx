// Erasure on request (art. 17), in a modal dialog: what goes per category, what a retention rule
// keeps and until when, the paper-notes answer, the person's full name typed, and, when something
// is kept, the reason the person is given (a first draft names what and by which rule). Then the
// outcome: the certificate's number, completed or partly refused, any finishing still pending,
// and the organisations to tell of the erasure.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../../i18n/setup';
import { categoryName } from '../../lib/category-names';
import { formatCount } from '../../lib/dates';
import { keptLine, refusalDraft } from '../../lib/kept-by-law';
import { usePresets } from '../../lib/use-presets';
import { ErrorMessage } from '../ErrorMessage';
import { CloseOutCounts } from '../retention/CloseOutCounts';
import { FinishingNotice } from '../retention/FinishingNotice';
import { RecipientsToNotify } from '../rights/RecipientsToNotify';
import { UserText } from '../UserText';
import { confirmationMatches } from '@core/domain/text';
import { useStaleLater, useVaultMutation, useVaultQuery } from '../../lib/vault-query';

type Review = ChannelOutput<'requests.reviewErasure'>;
export type Erased = ChannelOutput<'requests.erase'>;

type Props = Readonly<{
  requestId: number;
  participantId: number;
  onCancel: () => void;
  /** The consultant closed the outcome: the request is closed and the person (mostly) gone. */
  onDone: (erased: Erased) => void;
}>;

export function EraseOnRequestDialog({ requestId, participantId, onCancel, onDone }: Props) {
  const { t } = useTranslation();
  // The request leaves the open ones once erased: the lists follow only after the outcome is read.
  const erase = useVaultMutation('requests.erase', { staleLater: true });
  const stale = useStaleLater('requests.erase');
  const done = (outcome: Erased) => {
    stale.settle();
    onDone(outcome);
  };
  const language = currentLanguage();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const presets = usePresets();
  const asked = useVaultQuery('requests.reviewErasure', { requestId });
  const person = useVaultQuery('participants.get', { id: participantId });
  // What the consultant confirmed stays shown: asked again after the shredding, the review would
  // show what is left, not what went.
  const [held, setHeld] = useState<Review | null>(null);
  const review: Review | null = held ?? asked.data ?? null;
  const name = person.data ? `${person.data.givenName} ${person.data.familyName}` : null;
  const [paper, setPaper] = useState<'shredded' | 'none' | null>(null);
  const [typed, setTyped] = useState('');
  // null until the consultant edits it: the draft follows the presets as they load.
  const [reason, setReason] = useState<string | null>(null);
  const [failed, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const [erased, setErased] = useState<Erased | null>(null);
  // Once erased, the review asked again finds nothing: that is no error to show.
  const error = failed ?? (erased ? null : (asked.error?.ipc ?? person.error?.ipc ?? null));

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const kept = review?.keptByLaw ?? [];
  const refusal = reason ?? (kept.length > 0 ? refusalDraft(kept, presets, t, language) : '');
  const ready =
    review !== null &&
    name !== null &&
    paper !== null &&
    confirmationMatches(typed, name) &&
    (kept.length === 0 || refusal.trim() !== '') &&
    !busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (kept.length > 0 && refusal.trim() === '')
      return setError({ code: 'reasonRequired', field: 'refusalReason' });
    if (!ready || paper === null) return;
    setBusy(true);
    setHeld(review);
    setError(null);
    const result = await erase.mutateAsync({
      requestId,
      typedName: typed,
      paper,
      ...(kept.length > 0 && { refusalReason: refusal.trim() }),
    });
    setBusy(false);
    if (!result.ok) {
      setHeld(null);
      return setError(result.error);
    }
    stale.owe();
    setErased(result.value);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog erase-on-request"
      aria-labelledby={`${id}-title`}
      data-testid="erase-on-request"
      onCancel={(event) => {
        event.preventDefault();
        if (erased) done(erased);
        else if (!busy) onCancel();
      }}
    >
      {erased ? (
        <div>
          <h2 id={`${id}-title`}>{t('rights.erasure.doneTitle')}</h2>
          <div className="message message-success" role="status" data-testid="erasure-outcome">
            <p className="strong" data-record-id={erased.recordId}>
              {t('rights.erasure.certificate', { id: erased.recordId })}
            </p>
            <p>
              {erased.partlyRefused
                ? t('rights.erasure.partlyRefused')
                : t('rights.erasure.completed')}
            </p>
          </div>
          <FinishingNotice finishing={erased.finishing} />
          <RecipientsToNotify recipients={review?.recipientsToNotify ?? []} after="erasure" />
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => done(erased)}
              autoFocus
            >
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <h2 id={`${id}-title`}>
            {t('rights.erasure.title')}
            {name && (
              <>
                : <UserText text={name} />
              </>
            )}
          </h2>
          <p>{t('rights.erasure.body')}</p>
          {!review && !error && <p className="loading">{t('rights.erasure.loading')}</p>}
          {review && (
            <>
              <div className="erase-review">
                <div>
                  <h3>{t('retention.purge.goes')}</h3>
                  <CloseOutCounts counts={review.counts} caption={t('retention.purge.goes')} />
                </div>
                {kept.length > 0 && (
                  <div>
                    <h3>{t('rights.erasure.kept')}</h3>
                    <ul className="kept-list" data-testid="kept-by-law">
                      {kept.map((k) => (
                        <li key={`${k.presetId}-${k.category}`} data-category={k.category}>
                          <span className="strong">{categoryName(k.category, t)}</span> (
                          {formatCount(k.count, language)}): {keptLine(k, presets, t, language)}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </div>
              {kept.length > 0 && (
                <div className="field">
                  <label htmlFor={`${id}-reason`}>{t('rights.erasure.refusalReason')}</label>
                  <textarea
                    id={`${id}-reason`}
                    value={refusal}
                    maxLength={2000}
                    aria-required="true"
                    aria-invalid={error?.field === 'refusalReason' || undefined}
                    aria-describedby={`${id}-reason-hint`}
                    onChange={(e) => setReason(e.target.value)}
                  />
                  <p className="hint" id={`${id}-reason-hint`}>
                    {t('rights.erasure.refusalHint')}
                  </p>
                </div>
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
                <label htmlFor={`${id}-name`}>{t('retention.erase.typeName')}</label>
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
            {review && (
              <button type="submit" className="button button-danger" aria-disabled={!ready}>
                {busy ? t('rights.erasure.running') : t('rights.erasure.submit')}
              </button>
            )}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => !busy && onCancel()}
              aria-disabled={busy}
              autoFocus
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
