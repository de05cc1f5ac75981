// Open tasks on a participant's record, each with the button that does it: for now an e-mail
// address a list was imported without (the Danish procedure needs it to reach the person).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';

type Props = Readonly<{
  tasks: ChannelOutput<'participants.get'>['tasks'];
  /** Why the buttons are off (a restricted record is read-only), when they are. */
  readOnlyBecause: string | undefined;
  onAddEmail: () => void;
}>;

export function ParticipantTasks({ tasks, readOnlyBecause, onAddEmail }: Props) {
  const { t } = useTranslation();
  const id = useId();
  if (tasks.length === 0) return null;
  return (
    <section className="participant-tasks" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('importList.tasks.label')}
      </h2>
      <ul className="plain-list">
        {tasks.map((task) => (
          <li key={task} className="message message-warning participant-task" data-task={task}>
            <span>{t(`importList.tasks.${task}`)}</span>
            <button
              type="button"
              className="button button-secondary"
              disabled={readOnlyBecause !== undefined}
              aria-describedby={readOnlyBecause}
              onClick={onAddEmail}
            >
              {t('importList.tasks.addEmail')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
