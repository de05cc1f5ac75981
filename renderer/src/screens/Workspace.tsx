// The open vault: navigation, global search and shortcuts around whichever screen is current.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GlobalSearch } from '../components/GlobalSearch';
import type { Navigate, View } from '../lib/navigation';
import { isSearchKey, isTextField } from '../lib/shortcuts';
import { CaseloadScreen, INITIAL_CASELOAD, type CaseloadState } from './CaseloadScreen';
import { NewParticipantScreen } from './NewParticipantScreen';
import { ParticipantScreen } from './ParticipantScreen';
import { ProgrammeScreen } from './ProgrammeScreen';
import { ProgrammesScreen } from './ProgrammesScreen';

type Props = Readonly<{
  registerBeforeLock: (flush: (() => Promise<void>) | null) => void;
}>;

export function Workspace({ registerBeforeLock }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ kind: 'caseload' });
  // The caseload keeps its filters while the user visits a participant and comes back.
  const [caseload, setCaseload] = useState<CaseloadState>(INITIAL_CASELOAD);
  const searchInput = useRef<HTMLInputElement>(null);
  // Each navigation remounts the screen, so a revealed ID or an open dialog never outlives it.
  const [visit, setVisit] = useState(0);

  const navigate: Navigate = useCallback((next) => {
    setView(next);
    setVisit((n) => n + 1);
  }, []);

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

  const top = view.kind === 'programmes' || view.kind === 'programme' ? 'programmes' : 'caseload';
  return (
    <div className="workspace">
      <nav className="workspace-nav" aria-label={t('nav.label')}>
        <ul>
          {(['caseload', 'programmes'] as const).map((kind) => (
            <li key={kind}>
              <button
                type="button"
                className="nav-link"
                aria-current={top === kind ? 'page' : undefined}
                onClick={() => navigate({ kind })}
              >
                {t(`nav.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
        <GlobalSearch navigate={navigate} inputRef={searchInput} />
      </nav>
      <div key={visit}>
        {view.kind === 'caseload' && (
          <CaseloadScreen navigate={navigate} state={caseload} onState={setCaseload} />
        )}
        {view.kind === 'programmes' && <ProgrammesScreen navigate={navigate} />}
        {view.kind === 'programme' && (
          <ProgrammeScreen
            id={view.id}
            navigate={navigate}
            showInCaseload={(programmeId) => {
              setCaseload({ ...INITIAL_CASELOAD, programmeId });
              navigate({ kind: 'caseload' });
            }}
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
