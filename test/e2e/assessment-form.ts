// Drives the test-result form's score rows (renderer/src/components/AssessmentForm.tsx): one
// group per score ("Score 1", …) holding its name, value and the scale's lowest and highest.
import type { Locator } from 'playwright-core';
import type { Messages } from '../../renderer/src/i18n/en';

export type ScoreCells = Readonly<{ name: string; value: string; min: string; max: string }>;

/** Score row `n` (1-based) of the form inside `scope`. */
export function scoreRow(scope: Locator, m: Messages, n: number): Locator {
  return scope.getByRole('group', {
    name: m.assessments.scoreRow.replace('{{n}}', String(n)),
    exact: true,
  });
}

const LABELS = (m: Messages) =>
  ({
    name: m.assessments.scoreName,
    value: m.assessments.scoreValue,
    min: m.assessments.scaleMin,
    max: m.assessments.scaleMax,
  }) as const;

/** One cell of score row `n`. */
export function scoreCell(scope: Locator, m: Messages, n: number, cell: keyof ScoreCells): Locator {
  return scoreRow(scope, m, n).getByLabel(LABELS(m)[cell], { exact: true });
}

/**
 * Types `rows` into the form, adding rows as needed and removing any left over, so the form
 * ends with exactly these scores.
 */
export async function fillScores(
  scope: Locator,
  m: Messages,
  rows: readonly ScoreCells[],
): Promise<void> {
  for (let i = 0; i < rows.length; i++) {
    if ((await scoreRow(scope, m, i + 1).count()) === 0)
      await scope.getByRole('button', { name: m.assessments.addScore, exact: true }).click();
    for (const cell of ['name', 'value', 'min', 'max'] as const)
      await scoreCell(scope, m, i + 1, cell).fill(rows[i]![cell]);
  }
  while ((await scoreRow(scope, m, rows.length + 1).count()) > 0)
    await scope
      .getByRole('button', {
        name: m.assessments.removeScoreLabel.replace('{{n}}', String(rows.length + 1)),
        exact: true,
      })
      .click();
}
