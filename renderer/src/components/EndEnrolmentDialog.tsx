// Confirms ending one enrolment: the day it ended, completed or withdrawn, and why (job,
// education, sickness, moved, or other in the consultant's own words).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput } from '@core/ipc/contract';
import { todayIso } from '../lib/dates';
import { ConfirmDialog } from './ConfirmDialog';
import { DateInput } from './DateInput';

type Enrolment = ChannelOutput<'enrolments.list'>[number];
type EndInput = ChannelInput<'enrolments.end'>;
export type EndChoice = Readonly<Pick<EndInput, 'endedOn' | 'status' | 'reason' | 'reasonText'>>;
type Reason = EndInput['reason'];
const REASONS: readonly Reason[] = ['job', 'education', 'sickness', 'moved', 'other'];

type Props = Readonly<{
  enrolment: Enrolment;
  onConfirm: (choice: EndChoice) => void;
  onCancel: () => void;
}>;

export function EndEnrolmentDialog({ enrolment, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [endedOn, setEndedOn] = useState(todayIso());
  const [status, setStatus] = useState<EndChoice['status']>('completed');
  const [reason, setReason] = useState<Reason | ''>('');
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const missing = { reason: !reason, text: reason === 'other' && !text.trim() };

  const confirm = () => {
    setTried(true);
    if (!endedOn || !reason || missing.text) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('dialog [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    onConfirm({
      endedOn,
      status,
      reason,
      ...(reason === 'other' ? { reasonText: text.trim().slice(0, 500) } : {}),
    });
  };

  return (
    <ConfirmDialog
      title={t('participant.endTitle', { programme: enrolment.programmeName })}
      confirmLabel={t('participant.endEnrolment')}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <p>{t('participant.endBody')}</p>
      <DateInput
        label={t('participant.endedOn')}
        value={endedOn}
        min={enrolment.enrolledOn}
        required
        onChange={setEndedOn}
      />
      <fieldset className="fieldset outcome-choices">
        <legend>{t('participant.outcome')}</legend>
        {(['completed', 'withdrawn'] as const).map((s) => (
          <div className="field-checkbox" key={s}>
            <input
              id={`${id}-${s}`}
              type="radio"
              name={`${id}-status`}
              checked={status === s}
              onChange={() => setStatus(s)}
            />
            <label htmlFor={`${id}-${s}`}>{t(`caseload.statuses.${s}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('participant.endReason')}</label>
        <select
          id={`${id}-reason`}
          value={reason}
          aria-required="true"
          aria-invalid={tried && missing.reason}
          aria-describedby={tried && missing.reason ? `${id}-reason-error` : undefined}
          onChange={(e) => setReason(e.target.value as Reason | '')}
        >
          <option value="">{t('participant.chooseEndReason')}</option>
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`participant.endReasons.${r}`)}
            </option>
          ))}
        </select>
        {tried && missing.reason && (
          <p className="hint hint-error" id={`${id}-reason-error`}>
            {t('participant.endReasonNeeded')}
          </p>
        )}
      </div>
      {reason === 'other' && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('participant.endReasonText')}</label>
          <input
            id={`${id}-text`}
            value={text}
            maxLength={500}
            aria-required="true"
            aria-invalid={tried && missing.text}
            aria-describedby={tried && missing.text ? `${id}-text-error` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {tried && missing.text && (
            <p className="hint hint-error" id={`${id}-text-error`}>
              {t('participant.endReasonTextNeeded')}
            </p>
          )}
        </div>
      )}
    </ConfirmDialog>
  );
}
