// Erase one participant whose data is due: paper-notes answer and the full name typed, in a modal dialog.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { ErrorMessage } from '../ErrorMessage';
import { CloseOutCounts } from './CloseOutCounts';
import { FinishingNotice, type Finishing } from './FinishingNotice';
import { UserText } from '../UserText';
import { confirmationMatches } from '@core/domain/text';
import { useVaultMutation, useVaultQuery } from '../../lib/vault-query';

type Counts = Readonly<Record<string, number>>;

type Props = Readonly<{
  participantId: number;
  name: string;
  onDone: () => void;
  onCancel: () => void;
  /** From the participant page: a data-subject request; from a due item: the rule. */
  reason?: 'dataSubjectRequest' | 'retentionDue';
}>;

export function EraseParticipantDialog({
  participantId,
  name,
  onDone,
  onCancel,
  reason = 'retentionDue',
}: Props) {
  const { t } = useTranslation();
  const erase = useVaultMutation('retention.eraseParticipant');
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [paper, setPaper] = useState<'shredded' | 'none' | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  // Deleted, but the finishing is pending: say so before the dialog closes.
  const [pending, setPending] = useState<Finishing | null>(null);
  const ready = paper !== null && confirmationMatches(typed, name) && !busy;

  // What the consultant confirmed stays shown: asked again after the shredding, the review would
  // show what is left, not what went.
  const [held, setHeld] = useState<Counts | null>(null);
  const asked = useVaultQuery('retention.reviewErase', { participantId }).data?.counts ?? null;
  const counts = held ?? asked;

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || paper === null) return;
    setBusy(true);
    setHeld(counts);
    const result = await erase.mutateAsync({
      participantId,
      typedName: typed,
      paper,
      reason,
    });
    setBusy(false);
    if (!result.ok) {
      setHeld(null);
      return setError(result.error);
    }
    if (result.value.finishing !== 'done') return setPending(result.value.finishing);
    onDone();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {pending ? (
        <div>
          <h2 id={`${id}-title`}>{t('retention.erase.title')}</h2>
          <FinishingNotice finishing={pending} />
          <div className="actions">
            <button type="button" className="button button-primary" onClick={onDone} autoFocus>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <h2 id={`${id}-title`}>{t('retention.erase.title')}</h2>
          <p className="strong">
            <UserText text={name} />
          </p>
          <p>{t('retention.erase.body')}</p>
          {counts && <CloseOutCounts counts={counts} caption={t('retention.purge.goes')} />}
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
          {error && <ErrorMessage error={error} />}
          <div className="actions">
            <button type="submit" className="button button-danger" aria-disabled={!ready}>
              {t('retention.erase.submit')}
            </button>
            <button type="button" className="button button-secondary" onClick={onCancel} autoFocus>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
