// The open vault: navigation, global search and shortcuts around whichever screen is current.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GlobalSearch } from '../components/GlobalSearch';
import { RecoveryRepairedNotice } from '../components/RecoveryRepairedNotice';
import { RecoveryReminder } from '../components/RecoveryReminder';
import { DueBanner } from '../components/retention/DueBanner';
import type { Navigate, View } from '../lib/navigation';
import { isSearchKey, isTextField } from '../lib/shortcuts';
import { useDueSummary } from '../lib/use-due-summary';
import { useRequestCounts } from '../lib/use-request-counts';
import { callVault, useVaultQuery } from '../lib/vault-query';
import { CaseloadScreen, INITIAL_CASELOAD, type CaseloadState } from './CaseloadScreen';
import { CertificatesScreen } from './CertificatesScreen';
import { CloseOutScreen } from './CloseOutScreen';
import { ImportListScreen } from './ImportListScreen';
import { NewParticipantScreen } from './NewParticipantScreen';
import { ParticipantScreen } from './ParticipantScreen';
import { ProgrammeScreen } from './ProgrammeScreen';
import { ProgrammesScreen } from './ProgrammesScreen';
import { RequestsScreen } from './RequestsScreen';
import { RetentionScreen } from './RetentionScreen';
import { SettingsScreen } from './SettingsScreen';

const TOP_LEVEL = [
  'caseload',
  'programmes',
  'requests',
  'retention',
  'certificates',
  'settings',
] as const;
type TopLevel = (typeof TOP_LEVEL)[number];

/** Which nav entry a view belongs under. */
function topOf(view: View): TopLevel {
  if (view.kind === 'programmes' || view.kind === 'programme' || view.kind === 'importList')
    return 'programmes';
  if (view.kind === 'retention' || view.kind === 'closeOut') return 'retention';
  if (view.kind === 'requests' || view.kind === 'certificates' || view.kind === 'settings')
    return view.kind;
  return 'caseload';
}

type Props = Readonly<{
  registerBeforeLock: (flush: (() => Promise<void>) | null) => void;
  /** This unlock rebuilt the recovery copy of the key from the vault's own: say so, calmly. */
  recoveryRepaired?: boolean;
  onRecoveryRepairedSeen?: () => void;
  /** Called on each move to another screen (a notice that only said "done" goes then). */
  onNavigated?: () => void;
}>;

export function Workspace({
  registerBeforeLock,
  recoveryRepaired = false,
  onRecoveryRepairedSeen,
  onNavigated,
}: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ kind: 'caseload' });
  // The caseload keeps its filters while the user visits a participant and comes back.
  const [caseload, setCaseload] = useState<CaseloadState>(INITIAL_CASELOAD);
  const searchInput = useRef<HTMLInputElement>(null);
  const client = useQueryClient();
  // Fetched after unlock (this component mounts on unlock), again each day, and after every call
  // that can move a retention date (stale-after.ts).
  const { due, refresh: refreshDue } = useDueSummary();
  // Overdue and nearly due requests, for the same banner: again after each change to a request.
  const requestCounts = useRequestCounts();
  // Each navigation remounts the screen, so a revealed ID or an open dialog never outlives it.
  const [visit, setVisit] = useState(0);
  // The 90-day reminder to test the recovery passphrase: asked after unlock, and again after a
  // test or a change of the passphrase (stale-after.ts); "later" hides it for this unlock.
  const settings = useVaultQuery('settings.get', {});
  const [reminderLater, setReminderLater] = useState(false);
  const reminderDue = !reminderLater && (settings.data?.recoveryReminderDue ?? false);

  const navigate: Navigate = useCallback(
    (next) => {
      setView(next);
      setVisit((n) => n + 1);
      onNavigated?.();
    },
    [onNavigated],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isSearchKey(event, isTextField(event.target))) {
        event.preventDefault();
        searchInput.current?.focus();
        searchInput.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // The caseload filtered to one programme (from its page, or after importing its list).
  const showInCaseload = useCallback(
    (programmeId: number) => {
      setCaseload({ ...INITIAL_CASELOAD, programmeId });
      navigate({ kind: 'caseload' });
    },
    [navigate],
  );

  const top = topOf(view);
  const onRetention = view.kind === 'retention' || view.kind === 'closeOut';
  return (
    <div className="workspace">
      <nav className="workspace-nav" aria-label={t('nav.label')}>
        <ul>
          {TOP_LEVEL.map((kind) => (
            <li key={kind}>
              <button
                type="button"
                className="nav-link"
                aria-current={top === kind ? 'page' : undefined}
                onClick={() => navigate({ kind })}
              >
                {kind === 'caseload' || kind === 'programmes'
                  ? t(`nav.${kind}`)
                  : kind === 'requests'
                    ? t('requests.nav')
                    : t(`retention.nav.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
        <GlobalSearch navigate={navigate} inputRef={searchInput} />
      </nav>
      {recoveryRepaired && (
        <RecoveryRepairedNotice
          onTest={() => {
            onRecoveryRepairedSeen?.();
            navigate({ kind: 'settings', focus: 'recoveryTest' });
          }}
          onDismiss={() => onRecoveryRepairedSeen?.()}
        />
      )}
      {reminderDue && !recoveryRepaired && (
        <RecoveryReminder
          onTest={() => navigate({ kind: 'settings', focus: 'recoveryTest' })}
          onLater={() => {
            setReminderLater(true);
            void callVault(client, 'settings.dismissRecoveryReminder', {});
          }}
        />
      )}
      <DueBanner
        due={due}
        requests={requestCounts}
        onOpen={onRetention ? null : () => navigate({ kind: 'retention' })}
        onOpenRequests={view.kind === 'requests' ? null : () => navigate({ kind: 'requests' })}
      />
      <div key={visit}>
        {view.kind === 'caseload' && (
          <CaseloadScreen navigate={navigate} state={caseload} onState={setCaseload} />
        )}
        {view.kind === 'programmes' && (
          <ProgrammesScreen
            navigate={navigate}
            due={due}
            forNewParticipant={view.forNewParticipant ?? false}
          />
        )}
        {view.kind === 'programme' && (
          <ProgrammeScreen
            id={view.id}
            navigate={navigate}
            due={due}
            showInCaseload={showInCaseload}
          />
        )}
        {view.kind === 'importList' && (
          <ImportListScreen
            programmeId={view.programmeId}
            navigate={navigate}
            showInCaseload={showInCaseload}
          />
        )}
        {view.kind === 'requests' && <RequestsScreen navigate={navigate} />}
        {view.kind === 'retention' && (
          <RetentionScreen due={due} refreshDue={refreshDue} navigate={navigate} />
        )}
        {view.kind === 'closeOut' && (
          <CloseOutScreen
            programmeId={view.programmeId}
            navigate={navigate}
            onShredded={refreshDue}
          />
        )}
        {view.kind === 'certificates' && <CertificatesScreen />}
        {view.kind === 'settings' && (
          <SettingsScreen
            onPresetsChanged={refreshDue}
            onSecurityChanged={() => void settings.refetch()}
            focus={view.focus}
          />
        )}
        {view.kind === 'newParticipant' && (
          <NewParticipantScreen programmeId={view.programmeId} navigate={navigate} />
        )}
        {view.kind === 'participant' && (
          <ParticipantScreen
            id={view.id}
            noteId={view.noteId ?? null}
            warnings={view.warnings ?? []}
            navigate={navigate}
            registerBeforeLock={registerBeforeLock}
          />
        )}
      </div>
    </div>
  );
}
