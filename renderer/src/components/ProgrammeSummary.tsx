// The caseload summary: active participants per programme as bars, each a button that filters by it.
// The side column is narrow: a long name breaks between words or at a hyphen, never mid-syllable.
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import { withSoftHyphens } from '../lib/hyphenate';
import { UserText } from './UserText';

type Counts = ChannelOutput<'caseload.counts'>;

type Props = Readonly<{
  counts: Counts;
  selected: number | null;
  onSelect: (programmeId: number | null) => void;
}>;

export function ProgrammeSummary({ counts, selected, onSelect }: Props) {
  const { t } = useTranslation();
  if (counts.length === 0) return <p className="empty">{t('caseload.summaryEmpty')}</p>;
  const max = Math.max(1, ...counts.map((c) => c.active));
  return (
    <ul className="summary" aria-label={t('caseload.summary')}>
      {counts.map((c) => (
        <li key={c.programmeId}>
          <button
            type="button"
            className="summary-item"
            aria-pressed={selected === c.programmeId}
            onClick={() => onSelect(selected === c.programmeId ? null : c.programmeId)}
          >
            {/* The name in its programme's language, so it breaks where a reader of it would. */}
            <span className="summary-name" lang={c.country === 'NO' ? 'nb' : 'da'}>
              <UserText text={withSoftHyphens(c.name)} />
            </span>
            <span className="summary-count">{c.active}</span>
            <span className="summary-bar" aria-hidden="true">
              <span style={{ width: `${(c.active / max) * 100}%` }} />
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
