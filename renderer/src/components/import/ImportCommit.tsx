// The import button and what stands in its way, said in words: column choices to fix, rows with
// errors (the list goes in whole or not at all), or nobody new. Remembering the columns for the
// funder is on unless the consultant says otherwise.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../../i18n/setup';
import { formatCount } from '../../lib/dates';
import { peopleToImport, type ImportPlan } from '../../lib/import-words';
import type { ImportProgress } from '../../lib/use-import-progress';
import { ErrorMessage } from '../ErrorMessage';
import { ImportProgressBar } from './ImportProgressBar';

type Props = Readonly<{
  plan: ImportPlan;
  funder: string;
  remember: boolean;
  onRemember: (remember: boolean) => void;
  busy: 'open' | 'preview' | 'commit' | null;
  /** A newer preview is on its way: the plan shown may not be the one that would be imported. */
  stale: boolean;
  error: IpcError | null;
  progress: ImportProgress | null;
  onCommit: () => void;
  onCancel: () => void;
}>;

export function ImportCommit(props: Props) {
  const { plan, funder, remember, onRemember, busy, stale, error, progress } = props;
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const people = peopleToImport(plan);
  const refused = plan.counts.refused;
  const blocker =
    plan.mappingProblems.length > 0
      ? t('importList.commit.blockedMapping')
      : refused > 0
        ? t('importList.commit.blockedErrors', {
            count: refused,
            n: formatCount(refused, language),
          })
        : people === 0
          ? t('importList.commit.nothingNew')
          : null;
  const canImport = blocker === null && plan.importable && !stale && busy === null;
  return (
    <section className="card import-commit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('importList.commit.title')}</h2>
      <div className="field-checkbox">
        <input
          id={`${id}-remember`}
          type="checkbox"
          checked={remember}
          disabled={busy === 'commit'}
          aria-describedby={`${id}-remember-hint`}
          onChange={(e) => onRemember(e.target.checked)}
        />
        <div>
          <label htmlFor={`${id}-remember`}>{t('importList.commit.remember', { funder })}</label>
          <p className="hint" id={`${id}-remember-hint`}>
            {t('importList.commit.rememberHint', { funder })}
          </p>
        </div>
      </div>
      {blocker && (
        <p className="message message-warning import-blocker" id={`${id}-blocker`}>
          {blocker}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {error?.code === 'importRefused' && error.details && error.details.length > 0 && (
        <p className="hint">
          {t('importList.commit.refusedRows', { rows: error.details.join(', ') })}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!canImport}
          aria-describedby={blocker ? `${id}-blocker` : undefined}
          onClick={props.onCommit}
        >
          {busy === 'commit'
            ? t('importList.commit.working')
            : people === 0
              ? t('importList.commit.title')
              : t('importList.commit.button', { count: people, n: formatCount(people, language) })}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy === 'commit'}
          onClick={props.onCancel}
        >
          {t('importList.cancel')}
        </button>
      </div>
      {progress && <ImportProgressBar progress={progress} />}
    </section>
  );
}
