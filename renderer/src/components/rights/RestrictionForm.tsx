// Restricts a person's processing (art. 18: always at the person's request, so under their
// restriction request) with a reason; or lifts the restriction with a reason, once they were told.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { useVaultMutation } from '../../lib/vault-query';
import { ErrorMessage } from '../ErrorMessage';

type Props = Readonly<{
  participantId: number;
  /** Restrict under this request, or lift. */
  action: Readonly<{ restrict: number }> | 'lift';
  onDone: () => void;
  onCancel: () => void;
}>;

export function RestrictionForm({ participantId, action, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const restricting = action !== 'lift';
  // The page, its requests, the caseload and search follow (stale-after.ts).
  const restrict = useVaultMutation('participants.restrict');
  const lift = useVaultMutation('participants.liftRestriction');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!reason.trim()) return setError({ code: 'validation', field: 'reason' });
    setBusy(true);
    const result = restricting
      ? await restrict.mutateAsync({
          participantId,
          reason: reason.trim(),
          requestId: action.restrict,
        })
      : await lift.mutateAsync({
          participantId,
          reason: reason.trim(),
        });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone();
  };

  const words = t('rights.restriction', { returnObjects: true });
  return (
    <form
      className="request-form restriction-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id={`${id}-title`}>{restricting ? words.formTitle : words.liftTitle}</h3>
      <p className="hint">{restricting ? words.formIntro : words.liftIntro}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{words.reasonLabel}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          maxLength={500}
          autoFocus
          aria-required="true"
          aria-invalid={error?.field === 'reason' || undefined}
          aria-describedby={`${id}-reason-hint`}
          onChange={(e) => setReason(e.target.value)}
        />
        <p className="hint" id={`${id}-reason-hint`}>
          {restricting ? words.reasonHint : words.liftReasonHint}
        </p>
      </div>
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {restricting ? words.submit : words.liftSubmit}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
