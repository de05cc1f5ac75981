// Percentiles and timing helpers shared by the benchmarks.

/**
 * Runs `fn` `n` times one after another (awaiting each) and returns each run's duration in
 * milliseconds (performance.now), in run order. Whatever `fn` throws is passed on.
 */
export async function timeRepeated(n: number, fn: (i: number) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * The `p`th percentile (0–100, nearest rank) of `values`, rounded to two decimals; same unit as
 * the values. `values` must not be empty (NaN otherwise).
 */
export function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!,
  );
}

/**
 * `a / b` rounded to two decimals, or 0 when `b` is 0 (a figure that could not be measured).
 */
export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : round(a / b);
}

/** `x` rounded to two decimals (half away from zero for positive values). */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
