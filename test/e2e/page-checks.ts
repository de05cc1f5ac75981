// Shared e2e checks: axe on the current screen and screenshots in light and dark.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const SCREENS_DIR = resolve(import.meta.dirname, '../../test-results/screens');
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

type AxeViolation = Readonly<{ id: string; help: string; nodes: readonly { target: unknown }[] }>;

/** Evaluates an expression in the page: strings, because this Node tsconfig has no DOM types. */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/**
 * Runs axe-core in the page. Injected through evaluate, not a <script> tag: the renderer's
 * CSP (script-src 'self') rightly refuses inline scripts, and the test must not weaken it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await inPage<boolean>(page, "'axe' in window"))) await page.evaluate(axe.source);
  const violations = await inPage<AxeViolation[]>(page, 'axe.run().then((r) => r.violations)');
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
}

/**
 * Screenshots the screen in both schemes and returns axe findings for each scheme: the whole page,
 * or with `viewportOnly` just what the window shows (as a laptop at 1366×768 would).
 */
export async function captureScreen(
  page: Page,
  screen: string,
  lang: string,
  { viewportOnly = false }: Readonly<{ viewportOnly?: boolean }> = {},
): Promise<string[]> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const findings: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({
      path: resolve(SCREENS_DIR, `${screen}-${lang}-${scheme}.png`),
      fullPage: !viewportOnly,
      // The caret blinks; hiding it keeps screenshots comparable between runs.
      caret: 'hide',
    });
    for (const v of await axeViolations(page)) findings.push(`[${scheme}] ${v}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return findings;
}
