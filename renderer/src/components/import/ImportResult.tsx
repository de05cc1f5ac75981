// After an import: what it did, the people who still need an e-mail address, and the plain
// instruction to delete the e-mailed list now (the vault has what it needs; the file is a copy of
// CPR numbers in a mailbox and a downloads folder).
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import { currentLanguage } from '../../i18n/setup';
import { formatCount } from '../../lib/dates';

type Props = Readonly<{
  result: ChannelOutput<'import.commit'>;
  /** People created without an e-mail address: each has the task on their page. */
  emailMissing: number;
  titleId: string;
  onCaseload: () => void;
  onProgramme: () => void;
}>;

const LINES = ['created', 'matched', 'alreadyEnrolled', 'duplicates', 'warnings'] as const;

export function ImportResult({ result, emailMissing, titleId, onCaseload, onProgramme }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="import-result">
      <ul className="import-summary">
        {LINES.filter((key) => key === 'created' || result[key] > 0).map((key) => (
          <li key={key} data-count={key}>
            {t(`importList.result.${key}`, {
              count: result[key],
              // i18next picks the plural from count; the figure is shown in the reader's format.
              n: formatCount(result[key], language),
            })}
          </li>
        ))}
      </ul>
      {emailMissing > 0 && (
        <p className="message message-info">
          {t('importList.result.emailMissing', {
            count: emailMissing,
            n: formatCount(emailMissing, language),
          })}
        </p>
      )}
      <section
        className="message message-warning import-delete"
        aria-labelledby={`${titleId}-delete`}
        role="note"
      >
        <h2 id={`${titleId}-delete`}>{t('importList.result.deleteTitle')}</h2>
        <p>{t('importList.result.deleteBody')}</p>
      </section>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onCaseload}>
          {t('importList.result.toCaseload')}
        </button>
        <button type="button" className="button button-secondary" onClick={onProgramme}>
          {t('importList.result.toProgramme')}
        </button>
      </div>
    </div>
  );
}
