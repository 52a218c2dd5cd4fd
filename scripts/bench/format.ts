/** Number and duration formatting for the benchmark's report. */
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 2 * 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

export function ratio(a: number, b: number): string {
  if (b === 0) return a === 0 ? '—' : '∞';
  const r = a / b;
  return `${r.toFixed(r >= 10 ? 0 : r >= 1 ? 1 : 2)}×`;
}

/** A thousands-rounded count for big numbers: 915k, 1.2M. */
export function compact(n: number): string {
  if (n < 10_000) return int(n);
  if (n < 1_000_000) return `${Math.round(n / 1000)}k`;
  return `${(n / 1_000_000).toFixed(1)}M`;
}
