// Importing a job centre's or NAV's enrolment list into one programme: the file is picked and read
// by the main process (this page never sees its path or bytes), its columns are checked and can be
// corrected, every row's effect and problems are previewed again after each change, and the list
// is imported whole or not at all. Leaving the screen drops the list from memory.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportField } from '@core/import/columns';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { ColumnMapping } from '../components/import/ColumnMapping';
import { ImportCommit } from '../components/import/ImportCommit';
import { ImportPreview } from '../components/import/ImportPreview';
import { ImportProgressBar } from '../components/import/ImportProgressBar';
import { ImportResult } from '../components/import/ImportResult';
import { UserText } from '../components/UserText';
import { currentLanguage } from '../i18n/setup';
import { formatCount } from '../lib/dates';
import { formatText, type ImportPlan, type OpenedList } from '../lib/import-words';
import type { Navigate } from '../lib/navigation';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { useImportProgress } from '../lib/use-import-progress';
import { callVault, useVaultQuery } from '../lib/vault-query';

type Mapping = readonly (ImportField | null)[];
type Done = Readonly<{ result: ChannelOutput<'import.commit'>; emailMissing: number }>;
type Busy = 'open' | 'preview' | 'commit' | null;

type Props = Readonly<{
  programmeId: number;
  navigate: Navigate;
  showInCaseload: (programmeId: number) => void;
}>;

export function ImportListScreen({ programmeId, navigate, showInCaseload }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const client = useQueryClient();
  const asked = useVaultQuery('programmes.get', { id: programmeId });
  const programme = asked.data ?? null;
  const [list, setList] = useState<OpenedList | null>(null);
  const [mapping, setMapping] = useState<Mapping>([]);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [failed, setError] = useState<IpcError | null>(null);
  const error = failed ?? asked.error?.ipc ?? null;
  const [pickCancelled, setPickCancelled] = useState(false);
  const [remember, setRemember] = useState(true);
  const [done, setDone] = useState<Done | null>(null);
  const { progress, track } = useImportProgress();
  // The list the main process holds for this screen, dropped when the screen goes.
  const held = useRef<string | null>(null);
  // Only the answer to the latest preview counts: the mapping may change while one runs.
  const previewSeq = useRef(0);

  useEffect(
    () => () => {
      if (held.current) void callVault(client, 'import.close', { listId: held.current });
    },
    [client],
  );

  useEffect(() => {
    if (done) resultHeading.current?.focus();
  }, [done]);

  const preview = useCallback(
    async (opened: OpenedList, next: Mapping) => {
      const seq = ++previewSeq.current;
      setBusy('preview');
      const r = await track(() =>
        callVault(client, 'import.preview', {
          listId: opened.listId,
          programmeId,
          mapping: [...next],
        }),
      );
      if (seq !== previewSeq.current) return;
      setBusy(null);
      if (r.ok) setPlan(r.value);
      else setError(r.error);
    },
    [programmeId, track, client],
  );

  const open = async () => {
    setBusy('open');
    setError(null);
    setPickCancelled(false);
    const r = await track(() => callVault(client, 'import.open', { programmeId }));
    setBusy(null);
    if (!r.ok) {
      // A file was picked but refused: the list held before it is gone too.
      held.current = null;
      setList(null);
      setPlan(null);
      return setError(r.error);
    }
    const opened = r.value.list;
    if (r.value.outcome === 'cancelled' || !opened) return setPickCancelled(true);
    held.current = opened.listId;
    const suggested = opened.columns.map((c) => c.field);
    setList(opened);
    setMapping(suggested);
    setPlan(null);
    void preview(opened, suggested);
  };

  const changeColumn = (column: number, field: ImportField | null) => {
    if (!list) return;
    const next = mapping.map((f, i) => (i === column ? field : f));
    setMapping(next);
    setError(null);
    void preview(list, next);
  };

  const commit = async () => {
    if (!list || !plan) return;
    setBusy('commit');
    setError(null);
    const r = await track(
      () =>
        callVault(client, 'import.commit', {
          listId: list.listId,
          programmeId,
          mapping: [...mapping],
          rememberMapping: remember,
        }),
      true,
    );
    setBusy(null);
    if (!r.ok) return setError(r.error);
    held.current = null;
    const emailMissing = plan.rows.filter(
      (row) => row.action === 'create' && row.warnings.some((w) => w.code === 'emailMissing'),
    ).length;
    setDone({ result: r.value, emailMissing });
  };

  const cancel = () => {
    const listId = held.current;
    held.current = null;
    if (listId) void callVault(client, 'import.close', { listId });
    navigate({ kind: 'programme', id: programmeId });
  };

  const funder = programme?.funder ?? '';

  if (done) {
    return (
      <section className="card" aria-labelledby={`${id}-done`}>
        <h1 id={`${id}-done`} ref={resultHeading} tabIndex={-1}>
          {t('importList.result.title')}
        </h1>
        <ImportResult
          result={done.result}
          emailMissing={done.emailMissing}
          titleId={`${id}-done`}
          onCaseload={() => showInCaseload(programmeId)}
          onProgramme={() => navigate({ kind: 'programme', id: programmeId })}
        />
      </section>
    );
  }

  return (
    <div className="stack">
      <section className="card" aria-labelledby={`${id}-title`}>
        <div className="title-row">
          <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
            {t('importList.title')}
          </h1>
          <button type="button" className="button button-secondary" onClick={cancel}>
            {t('importList.cancel')}
          </button>
        </div>
        <p className="lead">{t('importList.intro')}</p>
        <dl className="facts">
          <dt>{t('importList.into')}</dt>
          <dd>
            {programme ? (
              <>
                <UserText text={programme.name} /> (<UserText text={programme.funder} />)
              </>
            ) : (
              t('common.loading')
            )}
          </dd>
          {list && (
            <>
              <dt>{t('importList.file')}</dt>
              <dd data-testid="import-format">
                {formatText(t, list.format)}
                <span className="muted">
                  {' · '}
                  {t('importList.rows', {
                    count: list.rowCount,
                    n: formatCount(list.rowCount, language),
                    header: list.headerRow,
                  })}
                </span>
              </dd>
            </>
          )}
        </dl>
        <div className="actions">
          <button
            type="button"
            className={list ? 'button button-secondary' : 'button button-primary'}
            disabled={busy !== null || !programme}
            onClick={() => void open()}
          >
            {list ? t('importList.chooseAnother') : t('importList.choose')}
          </button>
        </div>
        {busy === 'open' && progress && <ImportProgressBar progress={progress} />}
        {pickCancelled && (
          <p className="message message-info" role="status">
            {t('importList.cancelled')}
          </p>
        )}
        {error && !list && <ErrorMessage error={error} />}
      </section>
      {list && (
        <section className="card" aria-labelledby={`${id}-mapping`}>
          <h2 id={`${id}-mapping`}>{t('importList.mapping.title')}</h2>
          <p className="hint import-intro">{t('importList.mapping.intro')}</p>
          <ColumnMapping
            list={list}
            mapping={mapping}
            funder={funder}
            disabled={busy === 'commit'}
            onChange={changeColumn}
          />
          {plan && plan.mappingProblems.length > 0 && (
            <div className="message message-warning import-problems" role="status">
              <ul>
                {plan.mappingProblems.map((p) => (
                  <li key={p}>{t(`importList.problems.${p}`)}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
      {list && (
        <section className="card" aria-labelledby={`${id}-preview`} aria-busy={busy === 'preview'}>
          <h2 id={`${id}-preview`}>{t('importList.preview.title')}</h2>
          {busy === 'preview' && progress && <ImportProgressBar progress={progress} />}
          {!plan && <p className="loading">{t('importList.preview.checking')}</p>}
          {plan && plan.mappingProblems.length === 0 && <ImportPreview plan={plan} list={list} />}
          {plan && plan.mappingProblems.length > 0 && (
            <p className="empty">{t('importList.commit.blockedMapping')}</p>
          )}
        </section>
      )}
      {list && plan && (
        <ImportCommit
          plan={plan}
          funder={funder}
          remember={remember}
          onRemember={setRemember}
          busy={busy}
          stale={busy === 'preview'}
          error={error}
          progress={busy === 'commit' ? progress : null}
          onCommit={() => void commit()}
          onCancel={cancel}
        />
      )}
    </div>
  );
}
