// What falls due when, drawn as a 30-day line: a "due now" block on the left, a dot per later date.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/setup';
import { formatDay } from '../../lib/dates';
import type { DueSummary } from '../../lib/use-due-summary';

const WIDTH = 1000;
const AXIS_START = 190;
const AXIS_END = 910;
const HORIZON = 30;

function daysBetween(from: string, to: string): number {
  const utc = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function addDays(day: string, n: number): string {
  const d = new Date(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + n),
  );
  return d.toISOString().slice(0, 10);
}

type Props = Readonly<{ due: DueSummary }>;

export function DueTimeline({ due }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const now = due.items.filter((i) => i.effectiveOn <= due.today).length;
  const later = new Map<number, number>();
  for (const item of due.items) {
    const d = daysBetween(due.today, item.effectiveOn);
    if (d > 0 && d <= HORIZON) later.set(d, (later.get(d) ?? 0) + 1);
  }
  const x = (day: number) => AXIS_START + (day / HORIZON) * (AXIS_END - AXIS_START);
  const label = t('retention.screen.timeline', { dueNow: now, upcoming: due.counts.upcoming });
  return (
    <svg className="due-timeline" viewBox={`0 0 ${WIDTH} 110`} role="img" aria-label={label}>
      <rect className="tl-now" x="10" y="22" width="150" height="56" rx="8" data-count={now} />
      <text className="tl-now-count" x="85" y="50" textAnchor="middle">
        {now}
      </text>
      <text className="tl-label" x="85" y="70" textAnchor="middle">
        {t('retention.screen.dueNow')}
      </text>
      <line className="tl-axis" x1={AXIS_START} y1="50" x2={AXIS_END} y2="50" />
      {[0, 10, 20, 30].map((day) => (
        <g key={day}>
          <line className="tl-tick" x1={x(day)} y1="42" x2={x(day)} y2="58" />
          <text className="tl-label" x={x(day)} y="100" textAnchor="middle">
            {day === 0 ? t('retention.screen.today') : formatDay(addDays(due.today, day), language)}
          </text>
        </g>
      ))}
      {[...later].map(([day, count]) => (
        <g key={day}>
          <circle className="tl-dot" cx={x(day)} cy="50" r={8 + Math.min(count, 6) * 2} />
          <text className="tl-count" x={x(day)} y="22" textAnchor="middle">
            {count}
          </text>
        </g>
      ))}
    </svg>
  );
}
