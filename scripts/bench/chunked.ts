/**
 * A day of many emails on the local clock model: the add-on's installed triggers fire through
 * one calendar day as Google schedules them; every service call moves the bundle's clock by its
 * modelled time (cost.ts: per call and per cell), and an execution that passes 6 minutes is
 * stopped the way Apps Script stops it — its next service call throws, whatever it catches.
 * Counted: executions, the longest, the day's total, emails sent and duplicates.
 */
import { join } from 'node:path';
import { addDays } from '../../src/core/calendar';
import type { LocalRuntime } from '../../src/local/runner/runtime';
import { dayAtHour } from '../../src/local/services/time';
import { callMs, LIMITS, MS_PER_CELL } from './cost';
import { openRuntime, type RuntimeSpec } from './sides';
import type { ChunkedResult } from './types';
import type { BenchSize } from './workbooks';

export const EXCEEDED = 'Exceeded maximum execution time';
const MINUTE_MS = 60_000;

class ExecutionClock {
  elapsedMs = 0;
  calls = 0;
  killed = false;

  constructor(private readonly runtime: LocalRuntime) {}

  start(): void {
    this.elapsedMs = 0;
    this.calls = 0;
    this.killed = false;
  }

  private spend(ms: number): void {
    this.elapsedMs += ms;
    this.runtime.advanceClock(ms);
  }

  call(name: string): void {
    if (this.elapsedMs > LIMITS.executionMs) {
      this.killed = true;
      throw new Error(EXCEEDED);
    }
    this.calls += 1;
    this.spend(callMs(name));
  }

  cells(count: number): void {
    this.spend(count * MS_PER_CELL);
  }
}

function sentKey(to: readonly string[], subject: string): string {
  return `${[...to].sort().join(',')}|${subject}`;
}

export async function measureChunkedDay(
  size: BenchSize,
  spec: RuntimeSpec,
  planned: number,
): Promise<ChunkedResult> {
  const runtime = await openRuntime({ ...spec, outDir: join(spec.outDir, 'chunked') });
  runtime.call('installTriggers');
  const triggers = runtime.state.triggers.map((trigger) => trigger.handler);
  const clock = new ExecutionClock(runtime);
  runtime.counters.observe({
    call: (name) => clock.call(name),
    cells: (_d, _s, count) => clock.cells(count),
  });

  const zone = runtime.spreadsheet.currentTimeZone();
  const dayStart = dayAtHour(spec.today, 0, zone);
  const dayEnd = dayAtHour(addDays(spec.today, 1), 0, zone);
  let executions = 0;
  let killed = 0;
  let maxExecutionMs = 0;
  let totalMs = 0;
  let lastExecutionCalls = 0;
  for (let from = dayStart; from < dayEnd; from += MINUTE_MS) {
    clock.start();
    try {
      runtime.runClockTriggers(from, from + MINUTE_MS);
    } catch (error) {
      if (!(error instanceof Error && error.message === EXCEEDED)) throw error;
    }
    if (clock.calls === 0 && !clock.killed) continue;
    executions += 1;
    if (clock.killed) killed += 1;
    const ms = Math.min(clock.elapsedMs, LIMITS.executionMs);
    maxExecutionMs = Math.max(maxExecutionMs, ms);
    totalMs += ms;
    lastExecutionCalls = clock.calls;
  }
  runtime.counters.observe(null);

  const sent = runtime.sent().filter((record) => record.kind === 'sent');
  const unique = new Set(sent.map((record) => sentKey([...record.to, ...record.cc], record.subject)));
  return {
    size,
    quota: spec.quota,
    planned,
    triggers,
    executions,
    killed,
    maxExecutionMs,
    totalMs,
    sent: sent.length,
    duplicates: sent.length - unique.size,
    lastExecutionCalls,
  };
}
