// Percentiles and timing helpers shared by the benchmarks.

export async function timeRepeated(n: number, fn: (i: number) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return times;
}

export function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!,
  );
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : round(a / b);
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
