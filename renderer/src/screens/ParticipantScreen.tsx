// One participant: name and warnings on top, then notes (draft, lock, addenda) beside the profile,
// enrolments, documents, test results, consents, disclosures and the trail of corrections.
import { useCallback, useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NationalIdWarningCode } from '@core/domain/national-ids';
import { AssessmentsPanel } from '../components/AssessmentsPanel';
import { ConsentsPanel } from '../components/ConsentsPanel';
import { DocumentsPanel } from '../components/DocumentsPanel';
import { EditParticipantDialog } from '../components/EditParticipantDialog';
import { EraseParticipantDialog } from '../components/retention/EraseParticipantDialog';
import { EnrolmentsPanel } from '../components/EnrolmentsPanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { NotesPanel } from '../components/NotesPanel';
import { ParticipantProfile } from '../components/ParticipantProfile';
import { ParticipantTasks } from '../components/ParticipantTasks';
import { RecruitmentProfilePanel } from '../components/RecruitmentProfilePanel';
import { RequestsPanel } from '../components/requests/RequestsPanel';
import { CorrectionsPanel } from '../components/rights/CorrectionsPanel';
import { DisclosuresPanel } from '../components/rights/DisclosuresPanel';
import { RecipientsToNotify } from '../components/rights/RecipientsToNotify';
import { RestrictionBanner } from '../components/rights/RestrictionBanner';
import { UserText } from '../components/UserText';
import type { Navigate } from '../lib/navigation';
import { ReadOnlyContext } from '../lib/read-only';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { askVault, useVaultQuery, vaultQueryKey } from '../lib/vault-query';

type News = { kind: 'saved'; recipients: readonly string[] } | { kind: 'lifted' } | null;

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
  const client = useQueryClient();
  // Both fetched again whenever a call anywhere changes them (stale-after.ts): a note locked,
  // an enrolment ended, a restriction lifted, details corrected.
  const asked = useVaultQuery('participants.get', { id: participantId });
  const participant = asked.data ?? null;
  const error = asked.error?.ipc ?? null;
  const enrolments = useVaultQuery('enrolments.list', { participantId }).data ?? null;
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [loggingRequest, setLoggingRequest] = useState(false);
  const [shownWarnings, setShownWarnings] = useState(warnings);
  // Said once under the title: details saved (with the organisations to tell of the correction,
  // art. 19), or the restriction lifted.
  const [news, setNews] = useState<News>(null);
  // Bumped after an erasure that kept something: every panel reads what is left.
  const [generation, setGeneration] = useState(0);
  const refetchParticipant = asked.refetch;

  // Erased on request: gone entirely, or only what a rule keeps is left to show.
  const afterErasure = useCallback(() => {
    const input = { id: participantId };
    void client
      .fetchQuery({
        queryKey: vaultQueryKey('participants.get', input),
        queryFn: () => askVault('participants.get', input),
      })
      .then(
        () => setGeneration((g) => g + 1),
        () => navigate({ kind: 'caseload' }),
      );
  }, [participantId, navigate, client]);

  const restricted = participant?.restricted ?? false;
  const readOnlyId = `${id}-read-only`;
  const readOnlyBecause = restricted ? readOnlyId : undefined;

  return (
    <ReadOnlyContext.Provider value={restricted ? readOnlyId : null}>
      <div className="participant-layout">
        <section className="card participant-head" aria-labelledby={`${id}-title`}>
          <div className="title-row">
            <h1 id={`${id}-title`} ref={heading} tabIndex={-1} className="participant-name">
              {participant ? (
                <>
                  <UserText text={participant.givenName} />{' '}
                  <UserText text={participant.familyName} />
                </>
              ) : (
                t('common.loading')
              )}
            </h1>
            {participant && (
              <button
                type="button"
                className="button button-secondary"
                disabled={restricted}
                aria-describedby={readOnlyBecause}
                onClick={() => {
                  setNews(null);
                  setEditing(true);
                }}
              >
                {t('participant.edit')}
              </button>
            )}
            {participant && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setLoggingRequest(true)}
              >
                {t('requests.panel.log')}
              </button>
            )}
            {participant && (
              // Whole-person erasure (a data-subject request): every programme, counts shown first.
              <button
                type="button"
                className="button button-danger"
                disabled={restricted}
                aria-describedby={readOnlyBecause}
                onClick={() => setErasing(true)}
              >
                {t('retention.erase.erasePerson')}
              </button>
            )}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => navigate({ kind: 'caseload' })}
            >
              {t('common.back')}
            </button>
          </div>
          {participant && erasing && (
            <EraseParticipantDialog
              participantId={participantId}
              name={`${participant.givenName} ${participant.familyName}`}
              reason="dataSubjectRequest"
              onCancel={() => setErasing(false)}
              onDone={() => {
                setErasing(false);
                navigate({ kind: 'caseload' });
              }}
            />
          )}
          {participant?.restriction && (
            <RestrictionBanner
              participantId={participantId}
              restriction={participant.restriction}
              explanationId={readOnlyId}
              // Said once the page shows it: the banner has gone and the controls are back.
              onLifted={() => void refetchParticipant().then(() => setNews({ kind: 'lifted' }))}
            />
          )}
          {news && (
            <p className="message message-success" role="status">
              {news.kind === 'saved'
                ? t('participant.changesSaved')
                : t('rights.restriction.lifted')}
            </p>
          )}
          {news?.kind === 'saved' && (
            <RecipientsToNotify recipients={news.recipients} after="correction" />
          )}
          {shownWarnings.length > 0 && (
            <div className="message message-warning" role="status">
              <p>{t('participant.savedWithWarnings')}</p>
              <ul className="issue-list">
                {shownWarnings.map((code) => (
                  <li key={code}>{t(`nationalId.warnings.${code}`)}</li>
                ))}
              </ul>
            </div>
          )}
          {error && <ErrorMessage error={error} />}
          {participant && (
            <ParticipantTasks
              tasks={participant.tasks}
              readOnlyBecause={readOnlyBecause}
              onAddEmail={() => {
                setNews(null);
                setEditing(true);
              }}
            />
          )}
          {participant && editing && (
            <EditParticipantDialog
              participant={participant}
              onSaved={(_changed, changedWarnings, recipients) => {
                // The page, the trail and the caseload follow through the table (stale-after.ts).
                setShownWarnings(changedWarnings);
                setNews({ kind: 'saved', recipients });
                setEditing(false);
              }}
              onClose={() => setEditing(false)}
            />
          )}
        </section>
        <RequestsPanel
          participantId={participantId}
          logging={loggingRequest}
          onLoggingDone={() => setLoggingRequest(false)}
          onErased={afterErasure}
          onRestricted={() => {
            setNews(null);
            void refetchParticipant();
          }}
        />
        <div className="participant-main" key={`main-${generation}`}>
          {enrolments && (
            <NotesPanel
              participantId={participantId}
              enrolments={enrolments}
              focusNoteId={noteId}
              registerBeforeLock={registerBeforeLock}
              onNoteSaved={() => void refetchParticipant()}
            />
          )}
        </div>
        <div className="participant-side" key={`side-${generation}`}>
          {/* Beside the notes, not above them: on a 1366×768 laptop the note editor, the day's
              main task, is in view when the page opens (issue 13, layout). */}
          <div className="card participant-facts">
            {participant && <ParticipantProfile participant={participant} />}
            {enrolments && (
              <EnrolmentsPanel participantId={participantId} enrolments={enrolments} />
            )}
          </div>
          {enrolments && (
            // Folded for Danish programmes; a summary only for Norwegian ones: the note editor
            // stays the first thing in view.
            <RecruitmentProfilePanel
              participantId={participantId}
              programmeIds={enrolments.map((e) => e.programmeId)}
            />
          )}
          <DocumentsPanel participantId={participantId} />
          <DisclosuresPanel participantId={participantId} />
          <AssessmentsPanel participantId={participantId} />
          <ConsentsPanel participantId={participantId} />
          <CorrectionsPanel participantId={participantId} />
        </div>
      </div>
    </ReadOnlyContext.Provider>
  );
}
