// One programme: its details (editable) and its active participants, every one of them in the
// caseload's virtual table (not the first 200), with a link to the caseload filtered to it.
import { useId, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import { ProgrammeForm } from '../components/ProgrammeForm';
import { ShreddingPrompt } from '../components/retention/ShreddingPrompt';
import { UserText } from '../components/UserText';
import { VirtualCaseload } from '../components/VirtualCaseload';
import { currentLanguage } from '../i18n/setup';
import { formatCount, formatDay } from '../lib/dates';
import type { Navigate } from '../lib/navigation';
import type { CaseloadFilter } from '../lib/use-caseload-window';
import type { DueSummary } from '../lib/use-due-summary';
import { usePresets } from '../lib/use-presets';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { useVaultQuery, vaultQueryKey } from '../lib/vault-query';

type Props = Readonly<{
  id: number;
  navigate: Navigate;
  due: DueSummary | null;
  showInCaseload: (programmeId: number) => void;
}>;

export function ProgrammeScreen({ id: programmeId, navigate, due, showInCaseload }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const client = useQueryClient();
  const asked = useVaultQuery('programmes.get', { id: programmeId });
  const programme = asked.data ?? null;
  const error = asked.error?.ipc ?? null;
  const [total, setTotal] = useState<number | null>(null);
  const people = useMemo<CaseloadFilter>(
    () => ({ programmeId, status: 'active', sort: 'name' }),
    [programmeId],
  );
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const presets = usePresets();
  // The status as derived from today (closing once the end date has passed), else as stored.
  const status =
    due?.programmes?.find((p) => p.programmeId === programmeId)?.status ??
    programme?.status ??
    'active';
  // Past its end (and not postponed): the programme's own page prompts the close-out.
  const dueItem = due?.items.find(
    (i) =>
      i.scope.kind === 'programme' &&
      i.scope.programmeId === programmeId &&
      i.effectiveOn <= due.today,
  );

  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${id}-title`}>
        <div className="title-row">
          <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {programme ? <UserText text={programme.name} /> : t('common.loading')}
          </h1>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => navigate({ kind: 'programmes' })}
          >
            {t('common.back')}
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
        {dueItem && (
          <ShreddingPrompt
            item={dueItem}
            presets={presets}
            onReview={() => navigate({ kind: 'closeOut', programmeId })}
          />
        )}
        {saved && (
          <p className="message message-success" role="status">
            {t('programmes.saved')}
          </p>
        )}
        {programme && !editing && (
          <>
            <dl className="facts">
              <dt>{t('programmes.funder')}</dt>
              <dd>
                <UserText text={programme.funder} />
              </dd>
              <dt>{t('programmes.country')}</dt>
              <dd>{t(`programmes.countries.${programme.country}`)}</dd>
              <dt>{t('programmes.startsOn')}</dt>
              <dd>{formatDay(programme.startsOn, language)}</dd>
              <dt>{t('programmes.endsOn')}</dt>
              <dd>{formatDay(programme.endsOn, language)}</dd>
              <dt>{t('programmes.status')}</dt>
              <dd data-testid="programme-status">{t(`programmes.statuses.${status}`)}</dd>
            </dl>
            <div className="actions">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('common.edit')}
              </button>
            </div>
          </>
        )}
        {programme && editing && (
          <ProgrammeForm
            programme={programme}
            onCancel={() => setEditing(false)}
            onSaved={(p) => {
              // Shown at once; the table (stale-after.ts) has the banner, status and prompt follow.
              client.setQueryData(vaultQueryKey('programmes.get', { id: programmeId }), p);
              setEditing(false);
              setSaved(true);
            }}
          />
        )}
      </section>
      <section className="card programme-people" aria-labelledby={`${id}-people`}>
        <div className="title-row">
          <h2 id={`${id}-people`}>{t('programmes.participants')}</h2>
          {total !== null && (
            <p className="count" aria-live="polite">
              {t('caseload.total', { count: total, n: formatCount(total, language) })}
            </p>
          )}
          <button
            type="button"
            className="button button-primary"
            onClick={() => navigate({ kind: 'newParticipant', programmeId })}
          >
            {t('programmes.addParticipant')}
          </button>
          {programme && status === 'active' && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => navigate({ kind: 'importList', programmeId })}
            >
              {t('importList.action')}
            </button>
          )}
          <a
            href="#caseload"
            className="button button-secondary"
            onClick={(event) => {
              event.preventDefault();
              showInCaseload(programmeId);
            }}
          >
            {t('programmes.showInCaseload')}
          </a>
        </div>
        <VirtualCaseload
          filter={people}
          onOpen={(participantId) => navigate({ kind: 'participant', id: participantId })}
          onTotal={setTotal}
          emptyText={t('programmes.noParticipants')}
        />
      </section>
    </div>
  );
}
