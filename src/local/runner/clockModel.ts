/**
 * The local runtime's clock model: every counted service call and every cell a range call moves
 * moves the bundle's clock by the time it would take on Google's servers (the cost model is the
 * benchmark's, passed in, so there is one), and an execution past Apps Script's 6 minutes is
 * stopped the way Google stops it: its next service call throws, whatever the script catches
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
 */
import type { CallCounter } from '../services/counters';

/** Apps Script's execution time limit. */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
/** What Apps Script says when it stops an execution at its limit. */
export const EXCEEDED = 'Exceeded maximum execution time';

export interface CostModel {
  /** Modelled milliseconds of one call of `method` (`Service.method`). */
  callMs(method: string): number;
  /** Modelled milliseconds per cell read or written, on top of the call. */
  cellMs: number;
}

/** What the clock model needs of the runtime: its call counter and a way to move "now". */
export interface ClockedRuntime {
  counters: CallCounter;
  advanceClock(ms: number): void;
}

/** One execution's modelled time; `start()` before each execution, `detach()` when done. */
export class ExecutionClock {
  elapsedMs = 0;
  calls = 0;
  killed = false;

  constructor(
    private readonly runtime: ClockedRuntime,
    private readonly cost: CostModel,
    private readonly limitMs = EXECUTION_LIMIT_MS,
  ) {
    runtime.counters.observe({
      call: (name) => this.call(name),
      cells: (_direction, _sheet, count) => this.spend(count * cost.cellMs),
    });
  }

  start(): void {
    this.elapsedMs = 0;
    this.calls = 0;
    this.killed = false;
  }

  detach(): void {
    this.runtime.counters.observe(null);
  }

  private spend(ms: number): void {
    this.elapsedMs += ms;
    this.runtime.advanceClock(ms);
  }

  private call(name: string): void {
    if (this.elapsedMs > this.limitMs) {
      this.killed = true;
      throw new Error(EXCEEDED);
    }
    this.calls += 1;
    this.spend(this.cost.callMs(name));
  }
}

export interface ExecutionRecord {
  /** Epoch ms the execution began. */
  atMs: number;
  handler: string;
  /** Modelled duration, at most the limit. */
  ms: number;
  calls: number;
  killed: boolean;
}

/** What `runClockTriggers` needs: the runtime fires the triggers due in a window. */
export interface TriggerRuntime extends ClockedRuntime {
  runClockTriggers(fromMs: number, toMs: number): { handler: string; at: string }[];
}

/**
 * Fires the installed clock triggers of [fromMs, toMs) one hour-long window at a time, each
 * execution on its own modelled clock; returns every execution that made a call.
 */
export function runClockedDay(
  runtime: TriggerRuntime,
  cost: CostModel,
  fromMs: number,
  toMs: number,
  windowMs = 60 * 60_000,
): ExecutionRecord[] {
  const clock = new ExecutionClock(runtime, cost);
  const records: ExecutionRecord[] = [];
  try {
    for (let from = fromMs; from < toMs; from += windowMs) {
      clock.start();
      let runs: { handler: string; at: string }[] = [];
      try {
        runs = runtime.runClockTriggers(from, Math.min(toMs, from + windowMs));
      } catch (error) {
        if (!(error instanceof Error && error.message === EXCEEDED)) throw error;
      }
      if (clock.calls === 0 && !clock.killed) continue;
      const ms = Math.min(clock.elapsedMs, EXECUTION_LIMIT_MS);
      records.push({
        atMs: runs[0] ? Date.parse(runs[0].at) : from,
        handler: runs[0]?.handler ?? '',
        ms,
        calls: clock.calls,
        killed: clock.killed,
      });
    }
  } finally {
    clock.detach();
  }
  return records;
}
