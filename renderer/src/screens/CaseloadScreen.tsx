// Home after unlock: every active participant across programmes, filtered, sorted, searched by
// name as you type, in a virtual list that stays smooth at 10,000 rows.
import { useId, useMemo, useState } from 'react';
import type { ChannelOutput } from '@core/ipc/contract';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/setup';
import { formatCount } from '../lib/dates';
import { ProgrammeSummary } from '../components/ProgrammeSummary';
import { VirtualCaseload } from '../components/VirtualCaseload';
import type { Navigate } from '../lib/navigation';
import { useDebounced } from '../lib/use-debounced';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import type { CaseloadFilter } from '../lib/use-caseload-window';
import { useVaultQuery } from '../lib/vault-query';

type Sort = CaseloadFilter['sort'];
type Status = NonNullable<CaseloadFilter['status']>;
const SORTS: readonly Sort[] = ['name', 'lastContact', 'nextDue'];
const STATUSES: readonly Status[] = ['active', 'completed', 'withdrawn', 'all'];

export type CaseloadState = Readonly<{
  programmeId: number | null;
  status: Status;
  sort: Sort;
  text: string;
  /** The consultant chose to match six digits against birth dates (off by default). */
  matchBirthDate: boolean;
}>;

export const INITIAL_CASELOAD: CaseloadState = {
  programmeId: null,
  status: 'active',
  sort: 'name',
  text: '',
  matchBirthDate: false,
};

const NO_COUNTS: ChannelOutput<'caseload.counts'> = [];
/** One row of everyone, to learn whether the vault holds anybody at all. */
const ANYONE = { status: 'all', sort: 'name', offset: 0, limit: 1 } as const;

type Props = Readonly<{
  navigate: Navigate;
  state: CaseloadState;
  onState: (state: CaseloadState) => void;
}>;

export function CaseloadScreen({ navigate, state, onState }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const counts = useVaultQuery('caseload.counts', {}).data ?? NO_COUNTS;
  const [total, setTotal] = useState<number | null>(null);
  const text = useDebounced(state.text.trim(), 250);

  // Nobody in the vault at all: say so, rather than "no participants match".
  // Null until known, so "no participants match" never flashes first in a new vault.
  const anyone = useVaultQuery('caseload.list', ANYONE);
  const vaultEmpty = anyone.isPending ? null : anyone.data?.total === 0;

  const filter = useMemo<CaseloadFilter>(
    () => ({
      sort: state.sort,
      status: state.status,
      ...(state.programmeId ? { programmeId: state.programmeId } : {}),
      ...(text ? { text } : {}),
      ...(text && state.matchBirthDate ? { matchBirthDate: true } : {}),
    }),
    [state.sort, state.status, state.programmeId, text, state.matchBirthDate],
  );

  const set = (patch: Partial<CaseloadState>) => onState({ ...state, ...patch });

  return (
    <div className="caseload-layout">
      <section className="card" aria-labelledby={`${id}-title`}>
        <div className="title-row">
          <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {t('caseload.title')}
          </h1>
          <p className="count" aria-live="polite">
            {total === null
              ? ''
              : t('caseload.total', { count: total, n: formatCount(total, currentLanguage()) })}
          </p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => navigate({ kind: 'newParticipant', programmeId: state.programmeId })}
          >
            {t('caseload.newParticipant')}
          </button>
        </div>
        <div className="filters" role="group" aria-label={t('caseload.filters')}>
          <div className="field filter-text">
            <label htmlFor={`${id}-text`}>{t('caseload.nameFilter')}</label>
            <input
              id={`${id}-text`}
              type="search"
              value={state.text}
              maxLength={200}
              autoComplete="off"
              aria-describedby={`${id}-text-hint`}
              onChange={(e) => set({ text: e.target.value })}
            />
            <p className="hint" id={`${id}-text-hint`}>
              {t('caseload.nameFilterHint')}
            </p>
            <div className="field field-checkbox">
              <input
                id={`${id}-birth`}
                type="checkbox"
                checked={state.matchBirthDate}
                onChange={(e) => set({ matchBirthDate: e.target.checked })}
              />
              <label htmlFor={`${id}-birth`}>{t('caseload.matchBirthDate')}</label>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-programme`}>{t('caseload.programme')}</label>
            <select
              id={`${id}-programme`}
              value={state.programmeId ?? ''}
              onChange={(e) => set({ programmeId: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t('caseload.allProgrammes')}</option>
              {counts.map((c) => (
                <option key={c.programmeId} value={c.programmeId}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('caseload.status')}</label>
            <select
              id={`${id}-status`}
              value={state.status}
              onChange={(e) => set({ status: e.target.value as Status })}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`caseload.statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-sort`}>{t('caseload.sort')}</label>
            <select
              id={`${id}-sort`}
              value={state.sort}
              onChange={(e) => set({ sort: e.target.value as Sort })}
            >
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`caseload.sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {vaultEmpty === null ? null : vaultEmpty ? (
          <div className="empty-caseload">
            <p className="empty">{t('caseload.emptyVault')}</p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                // A list is imported into a programme: straight there when there is only one.
                navigate(
                  counts.length === 1
                    ? { kind: 'importList', programmeId: counts[0]!.programmeId }
                    : { kind: 'programmes' },
                )
              }
            >
              {t('caseload.importList')}
            </button>
          </div>
        ) : (
          <VirtualCaseload
            filter={filter}
            onOpen={(participantId) => navigate({ kind: 'participant', id: participantId })}
            onTotal={setTotal}
          />
        )}
      </section>
      <section className="card" aria-labelledby={`${id}-summary`}>
        <h2 id={`${id}-summary`}>{t('caseload.summary')}</h2>
        <ProgrammeSummary
          counts={counts}
          selected={state.programmeId}
          onSelect={(programmeId) => set({ programmeId })}
        />
      </section>
    </div>
  );
}
