/**
 * Counts Apps Script service calls by `Service.method`, so tests and the
 * benchmark can prove that a run's call count does not grow with the sheets,
 * and the cells each range call moves (read or written, every layer: values,
 * formats, colours, notes) by sheet, since Google charges time per cell too.
 */
export type CellDirection = 'read' | 'written';

/** Told of every counted call and every batch of cells moved (the benchmark's clock model). */
export interface CallObserver {
  call(name: string): void;
  cells(direction: CellDirection, sheet: string, count: number): void;
}

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly moved: Record<CellDirection, Map<string, number>> = {
    read: new Map(),
    written: new Map(),
  };
  private observer: CallObserver | null = null;

  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.observer?.call(name);
  }

  cells(direction: CellDirection, sheet: string, count: number): void {
    const bySheet = this.moved[direction];
    bySheet.set(sheet, (bySheet.get(sheet) ?? 0) + count);
    this.observer?.cells(direction, sheet, count);
  }

  observe(observer: CallObserver | null): void {
    this.observer = observer;
  }

  /** Calls by method name, sorted by name. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Cells read and written by sheet name, sorted by name. */
  cellsSnapshot(): Record<CellDirection, Record<string, number>> {
    const sorted = (bySheet: Map<string, number>) =>
      Object.fromEntries([...bySheet.entries()].sort(([a], [b]) => a.localeCompare(b)));
    return { read: sorted(this.moved.read), written: sorted(this.moved.written) };
  }

  total(): number {
    let sum = 0;
    for (const value of this.counts.values()) sum += value;
    return sum;
  }

  reset(): void {
    this.counts.clear();
    this.moved.read.clear();
    this.moved.written.clear();
  }
}
