// One participant: profile and enrolments, notes (draft, lock, addenda), test results, documents, consents.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalIdWarningCode } from '../../../main/domain/national-ids';
import type { ChannelOutput, IpcError } from '../../../main/ipc/contract';
import { AssessmentsPanel } from '../components/AssessmentsPanel';
import { ConsentsPanel } from '../components/ConsentsPanel';
import { DocumentsPanel } from '../components/DocumentsPanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { NotesPanel } from '../components/NotesPanel';
import { ParticipantProfile } from '../components/ParticipantProfile';
import { UserText } from '../components/UserText';
import type { Navigate } from '../lib/navigation';
import { useFocusOnMount } from '../lib/use-focus-on-mount';

type Props = Readonly<{
  id: number;
  noteId: number | null;
  warnings: readonly NationalIdWarningCode[];
  navigate: Navigate;
  registerBeforeLock: (flush: (() => Promise<void>) | null) => void;
}>;

export function ParticipantScreen({
  id: participantId,
  noteId,
  warnings,
  navigate,
  registerBeforeLock,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [participant, setParticipant] = useState<ChannelOutput<'participants.get'> | null>(null);
  const [enrolments, setEnrolments] = useState<ChannelOutput<'enrolments.list'> | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    void window.vault['participants.get']({ id: participantId }).then((r) =>
      r.ok ? setParticipant(r.value) : setError(r.error),
    );
    void window.vault['enrolments.list']({ participantId }).then(
      (r) => r.ok && setEnrolments(r.value),
    );
  }, [participantId]);

  return (
    <div className="participant-layout">
      <section className="card participant-head" aria-labelledby={`${id}-title`}>
        <div className="title-row">
          <h1 id={`${id}-title`} ref={heading} tabIndex={-1} className="participant-name">
            {participant ? (
              <>
                <UserText text={participant.givenName} /> <UserText text={participant.familyName} />
              </>
            ) : (
              t('common.loading')
            )}
          </h1>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => navigate({ kind: 'caseload' })}
          >
            {t('common.back')}
          </button>
        </div>
        {warnings.length > 0 && (
          <div className="message message-warning" role="status">
            <p>{t('participant.savedWithWarnings')}</p>
            <ul className="issue-list">
              {warnings.map((code) => (
                <li key={code}>{t(`nationalId.warnings.${code}`)}</li>
              ))}
            </ul>
          </div>
        )}
        {error && <ErrorMessage error={error} />}
        {participant && enrolments && (
          <ParticipantProfile participant={participant} enrolments={enrolments} />
        )}
      </section>
      <div className="participant-main">
        {enrolments && (
          <NotesPanel
            participantId={participantId}
            enrolments={enrolments}
            focusNoteId={noteId}
            registerBeforeLock={registerBeforeLock}
          />
        )}
      </div>
      <div className="participant-side">
        <DocumentsPanel participantId={participantId} />
        <AssessmentsPanel participantId={participantId} />
        <ConsentsPanel participantId={participantId} />
      </div>
    </div>
  );
}
