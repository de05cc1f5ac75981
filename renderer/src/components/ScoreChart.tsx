// A test result's scores as a table: each score's name, its value and its scale, and a bar drawn
// on that score's own scale (the track runs from min to max, the bar from min to the value), so
// 9 of 10 and 9 of 100 never look alike. A name too long for its column ends in an ellipsis and
// can be focused or hovered to read it whole; a screen reader always hears it whole.
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import { localeFor } from '../i18n/language';
import { currentLanguage, systemLanguageTags } from '../i18n/setup';
import '../styles/assessments.css';

type Score = ChannelOutput<'assessments.list'>[number]['scores'][number];

type Props = Readonly<{ scores: readonly Score[]; instrument: string }>;

/** Where the value sits on its scale, 0 to 1; null without a usable scale. */
export function shareOfScale(s: Score): number | null {
  if (s.min === null || s.max === null || s.max <= s.min) return null;
  return Math.min(1, Math.max(0, (s.value - s.min) / (s.max - s.min)));
}

export function ScoreChart({ scores, instrument }: Props) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(localeFor(currentLanguage(), systemLanguageTags()));
  const table = useRef<HTMLTableElement>(null);
  // Which names are cut by the ellipsis: only those are made focusable (a tab stop per name
  // that is readable anyway would only slow a keyboard user down).
  const [cut, setCut] = useState<readonly boolean[]>([]);

  useLayoutEffect(() => {
    const el = table.current;
    if (!el) return;
    const measure = () => {
      const names = [...el.querySelectorAll<HTMLElement>('.score-name-text')];
      const next = names.map((n) => n.scrollWidth > n.clientWidth + 1);
      setCut((old) =>
        old.length === next.length && old.every((v, i) => v === next[i]) ? old : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [scores]);

  if (scores.length === 0) return null;
  return (
    <table className="score-chart" ref={table}>
      <caption className="visually-hidden">{t('assessments.chart', { instrument })}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('assessments.scoreName')}</th>
          <th scope="col">{t('assessments.scoreValue')}</th>
          <th scope="col">{t('assessments.scale')}</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((s, i) => {
          const share = shareOfScale(s);
          return (
            <tr key={`${i}-${s.name}`} className="score-row-chart">
              <th scope="row" className="score-name">
                <span className="score-name-text" tabIndex={cut[i] ? 0 : undefined}>
                  {s.name}
                </span>
                {cut[i] && (
                  <span className="score-name-full" aria-hidden="true">
                    {s.name}
                  </span>
                )}
              </th>
              <td className="score-value">{number.format(s.value)}</td>
              <td className="score-scale">
                {share === null ? (
                  <span className="muted">{t('assessments.noScale')}</span>
                ) : (
                  <span className="score-scale-line">
                    <span className="score-scale-end">{number.format(s.min!)}</span>
                    <span className="score-track" aria-hidden="true">
                      <span className="score-bar" style={{ width: `${share * 100}%` }} />
                      <span className="score-mark" style={{ left: `${share * 100}%` }} />
                    </span>
                    <span className="score-scale-end">{number.format(s.max!)}</span>
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
