/**
 * Counts Apps Script service calls by `Service.method`, so tests and the
 * benchmark can prove that a run's call count does not grow with the sheets.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Calls by method name, sorted by name. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let sum = 0;
    for (const value of this.counts.values()) sum += value;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }
}
