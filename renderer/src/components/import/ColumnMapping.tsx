// The list's columns as the file has them (letter, heading, first values) and what each is imported
// as; a column read as the funder's earlier list was is marked "remembered". Values that look like
// a national ID are shown masked, as everywhere else in the window.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField } from '@core/import/columns';
import { columnLetter, type OpenedList } from '../../lib/import-words';
import { UserText } from '../UserText';

type Props = Readonly<{
  list: OpenedList;
  mapping: readonly (ImportField | null)[];
  funder: string;
  disabled: boolean;
  onChange: (column: number, field: ImportField | null) => void;
}>;

const SKIP = '';

/** "070761-4285" → "070761-••••"; a number that lost its leading zero keeps its date digits too. */
export function maskSample(sample: string): string {
  if (!/^[0-9][0-9 .-]*$/.test(sample)) return sample;
  const digits = sample.replace(/[^0-9]/g, '');
  if (digits.length < 9 || digits.length > 11) return sample;
  return `${digits.slice(0, digits.length === 9 ? 5 : 6)}-••••`;
}

export function ColumnMapping({ list, mapping, funder, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <table className="table import-mapping">
      <caption className="visually-hidden">{t('importList.mapping.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('importList.mapping.column')}</th>
          <th scope="col">{t('importList.mapping.header')}</th>
          <th scope="col">{t('importList.mapping.samples')}</th>
          <th scope="col">{t('importList.mapping.field')}</th>
        </tr>
      </thead>
      <tbody>
        {list.columns.map((column) => {
          const letter = columnLetter(column.index);
          const field = mapping[column.index] ?? null;
          // Marked only while it still says what was remembered.
          const remembered = column.remembered && field === column.field;
          const selectId = `${id}-field-${column.index}`;
          return (
            <tr key={column.index} data-column={letter}>
              <td className="import-letter">{letter}</td>
              <th scope="row" className="import-header">
                {column.header.trim() ? (
                  <UserText text={column.header} />
                ) : (
                  <span className="muted">{t('importList.mapping.noHeader')}</span>
                )}
              </th>
              <td className="import-samples">
                {column.samples.length === 0 ? (
                  <span className="muted">{t('importList.mapping.empty')}</span>
                ) : (
                  <ul>
                    {column.samples.map((sample, i) => (
                      <li key={i}>
                        <UserText text={maskSample(sample)} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <div className="import-field">
                  <label className="visually-hidden" htmlFor={selectId}>
                    {t('importList.mapping.fieldLabel', { letter })}
                  </label>
                  <select
                    id={selectId}
                    value={field ?? SKIP}
                    disabled={disabled}
                    aria-describedby={remembered ? `${selectId}-remembered` : undefined}
                    onChange={(e) =>
                      onChange(
                        column.index,
                        e.target.value === SKIP ? null : (e.target.value as ImportField),
                      )
                    }
                  >
                    <option value={SKIP}>{t('importList.mapping.skip')}</option>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {t(`importList.fields.${f}`)}
                      </option>
                    ))}
                  </select>
                  {remembered && (
                    <span
                      className="badge badge-remembered"
                      id={`${selectId}-remembered`}
                      title={t('importList.mapping.rememberedHint', { funder })}
                    >
                      {t('importList.mapping.remembered')}
                    </span>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
