// Progress of a running close-out: a bar and the list of phases, each named in the reader's language.
import { useTranslation } from 'react-i18next';

export type ShredPhase = 'idle' | 'purge' | 'merge' | 'vacuum' | 'rekey' | 'backup' | 'done';

const STEPS: readonly ShredPhase[] = ['purge', 'merge', 'vacuum', 'rekey', 'backup', 'done'];

type Props = Readonly<{ phase: ShredPhase }>;

export function ShredProgress({ phase }: Props) {
  const { t } = useTranslation();
  const at = phase === 'idle' ? -1 : STEPS.indexOf(phase);
  const percent = phase === 'done' ? 100 : Math.round(((at + 1) / STEPS.length) * 100);
  return (
    <div className="shred-progress" data-phase={phase}>
      <div className="progress-head">
        <span id="shred-progress-label">{t('retention.closeOut.progress')}</span>
        <span aria-hidden="true">{t(`retention.closeOut.phases.${phase}`)}</span>
      </div>
      <div
        className="progress-bar"
        role="progressbar"
        aria-labelledby="shred-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t(`retention.closeOut.phases.${phase}`)}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <ol className="phase-list">
        {STEPS.filter((s) => s !== 'done').map((step, i) => (
          <li key={step} data-state={i < at ? 'done' : i === at ? 'current' : 'pending'}>
            {t(`retention.closeOut.phases.${step}`)}
            {i < at && (
              <span className="visually-hidden"> ({t('retention.closeOut.phaseDone')})</span>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
