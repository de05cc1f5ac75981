// Assessment scores as a horizontal bar profile in SVG, scaled to the largest score; the numbers
// are also in the accessible table beside it, so the picture is never the only source.
import { useTranslation } from 'react-i18next';

type Props = Readonly<{ scores: Readonly<Record<string, number>>; instrument: string }>;

const ROW = 26;
const LABEL = 150;
const WIDTH = 420;

export function ScoreChart({ scores, instrument }: Props) {
  const { t } = useTranslation();
  const entries = Object.entries(scores);
  if (entries.length === 0) return null;
  const max = Math.max(...entries.map(([, v]) => Math.abs(v)), 1);
  const bar = WIDTH - LABEL - 40;
  return (
    <svg
      className="score-chart"
      viewBox={`0 0 ${WIDTH} ${entries.length * ROW + 4}`}
      role="img"
      aria-label={t('assessments.chart', { instrument })}
    >
      {entries.map(([name, value], i) => (
        <g key={name} transform={`translate(0 ${i * ROW + 2})`}>
          <text x={LABEL - 8} y={ROW / 2 + 5} textAnchor="end" className="score-label">
            {name.length > 22 ? `${name.slice(0, 21)}…` : name}
          </text>
          <rect x={LABEL} y={4} width={bar} height={ROW - 8} rx={3} className="score-track" />
          <rect
            x={LABEL}
            y={4}
            width={Math.max(2, (Math.abs(value) / max) * bar)}
            height={ROW - 8}
            rx={3}
            className="score-bar"
          />
          <text x={LABEL + bar + 6} y={ROW / 2 + 5} className="score-value">
            {value}
          </text>
        </g>
      ))}
    </svg>
  );
}
