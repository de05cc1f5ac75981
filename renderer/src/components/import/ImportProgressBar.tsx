// The bar while a list is read, checked or saved: rows done of the total where the core counts them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../lib/use-import-progress';

type Props = Readonly<{ progress: ImportProgress }>;

export function ImportProgressBar({ progress }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { phase, done, total } = progress;
  const counted = total > 0 && phase !== 'idle' && phase !== 'reading';
  const percent = counted ? Math.min(100, Math.round((done / total) * 100)) : null;
  const words =
    phase === 'checking' || phase === 'saving'
      ? t(`importList.progress.${phase}`, { done, total })
      : t(`importList.progress.${phase}`);
  return (
    <div className="import-progress" data-phase={phase}>
      <div className="progress-head">
        <span id={`${id}-label`}>{t('importList.progress.label')}</span>
        <span aria-hidden="true">{words}</span>
      </div>
      <div
        className="progress-bar"
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={words}
      >
        <span
          className={percent === null ? 'progress-indeterminate' : undefined}
          style={{ width: `${percent ?? 100}%` }}
        />
      </div>
    </div>
  );
}
