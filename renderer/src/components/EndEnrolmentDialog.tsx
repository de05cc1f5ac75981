// Confirms ending one enrolment, with the day it ended and whether it was completed or withdrawn.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../main/ipc/contract';
import { todayIso } from '../lib/dates';
import { ConfirmDialog } from './ConfirmDialog';

type Enrolment = ChannelOutput<'enrolments.list'>[number];
export type EndChoice = Readonly<{ endedOn: string; status: 'completed' | 'withdrawn' }>;

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
  return (
    <ConfirmDialog
      title={t('participant.endTitle', { programme: enrolment.programmeName })}
      confirmLabel={t('participant.endEnrolment')}
      onConfirm={() => endedOn && onConfirm({ endedOn, status })}
      onCancel={onCancel}
    >
      <p>{t('participant.endBody')}</p>
      <div className="field">
        <label htmlFor={`${id}-ended`}>{t('participant.endedOn')}</label>
        <input
          id={`${id}-ended`}
          type="date"
          value={endedOn}
          min={enrolment.enrolledOn}
          aria-required="true"
          onChange={(e) => setEndedOn(e.target.value)}
        />
      </div>
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
    </ConfirmDialog>
  );
}
