// What importing the list would do: counts, then the rows with their spreadsheet row numbers, the
// masked ID, name, start, what happens and every problem named by its column's heading. A long
// list shows its first rows; "only rows with problems" finds the rest.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { formatCount, formatDay } from '../../lib/dates';
import {
  columnName,
  hasProblems,
  issueMessage,
  type ImportPlan,
  type OpenedList,
  type PlannedRow,
  type RowIssue,
} from '../../lib/import-words';
import { UserText } from '../UserText';

const MAX_SHOWN = 300;

const COUNTS = ['create', 'enrol', 'alreadyEnrolled', 'duplicate', 'refused', 'warnings'] as const;

type Props = Readonly<{ plan: ImportPlan; list: OpenedList }>;

export function ImportPreview({ plan, list }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = onlyProblems ? plan.rows.filter(hasProblems) : plan.rows;
  const shown = rows.slice(0, MAX_SHOWN);
  return (
    <>
      <ul className="import-counts" aria-label={t('importList.preview.counts.label')}>
        {COUNTS.map((key) => {
          const n = plan.counts[key];
          const tone =
            n === 0 ? 'zero' : key === 'refused' ? 'error' : key === 'warnings' ? 'warning' : 'ok';
          return (
            <li key={key} className={`import-count import-count-${tone}`} data-count={key}>
              <span className="import-count-n">{formatCount(n, language)}</span>{' '}
              <span className="import-count-label">{t(`importList.preview.counts.${key}`)}</span>
            </li>
          );
        })}
      </ul>
      <div className="field-checkbox import-filter">
        <input
          id={`${id}-only`}
          type="checkbox"
          checked={onlyProblems}
          onChange={(e) => setOnlyProblems(e.target.checked)}
        />
        <label htmlFor={`${id}-only`}>{t('importList.preview.onlyProblems')}</label>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('importList.preview.noProblems')}</p>
      ) : (
        <table className="table import-rows">
          <caption className="visually-hidden">{t('importList.preview.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importList.preview.columns.row')}</th>
              <th scope="col">{t('importList.preview.columns.nationalId')}</th>
              <th scope="col">{t('importList.preview.columns.name')}</th>
              <th scope="col">{t('importList.preview.columns.startsOn')}</th>
              <th scope="col">{t('importList.preview.columns.action')}</th>
              <th scope="col">{t('importList.preview.columns.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <PreviewRow key={row.row} row={row} list={list} language={language} />
            ))}
          </tbody>
        </table>
      )}
      {rows.length > shown.length && (
        <p className="hint">
          {t('importList.preview.capped', {
            shown: formatCount(shown.length, language),
            total: formatCount(rows.length, language),
          })}
        </p>
      )}
    </>
  );
}

type RowProps = Readonly<{
  row: PlannedRow;
  list: OpenedList;
  language: ReturnType<typeof currentLanguage>;
}>;

function PreviewRow({ row, list, language }: RowProps) {
  const { t } = useTranslation();
  const name = [row.givenName, row.familyName].filter((n): n is string => !!n).join(' ');
  return (
    <tr className={`import-row import-row-${row.action}`} data-row={row.row}>
      <th scope="row" className="import-row-number">
        {row.row}
      </th>
      <td className="import-id">
        {row.nationalIdMasked ?? (
          <span className="muted">{t('importList.preview.unreadable')}</span>
        )}
      </td>
      <td>{name ? <UserText text={name} /> : <span className="muted">—</span>}</td>
      <td className="import-date">{row.startsOn ? formatDay(row.startsOn, language) : '—'}</td>
      <td>
        <span className={`badge import-action import-action-${row.action}`}>
          {t(`importList.preview.actions.${row.action}`, { row: row.sameAsRow ?? '' })}
        </span>
      </td>
      <td>
        {hasProblems(row) && (
          <ul className="import-issues">
            {row.errors.map((issue, i) => (
              <Issue key={`e${i}`} issue={issue} kind="error" list={list} />
            ))}
            {row.warnings.map((issue, i) => (
              <Issue key={`w${i}`} issue={issue} kind="warning" list={list} />
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

type IssueProps = Readonly<{ issue: RowIssue; kind: 'error' | 'warning'; list: OpenedList }>;

function Issue({ issue, kind, list }: IssueProps) {
  const { t } = useTranslation();
  const column = columnName(t, list, issue.column);
  const message = issueMessage(t, kind, issue.code);
  return (
    <li className={`import-issue import-issue-${kind}`} data-code={issue.code}>
      {column === null ? (
        message
      ) : (
        <>
          <UserText text={column} className="strong" />: {message}
        </>
      )}
    </li>
  );
}
