/**
 * A day of many emails on the local clock model (src/local/runner/clockModel.ts): the add-on's
 * installed triggers fire through one calendar day as Google schedules them; every service call
 * moves the bundle's clock by its modelled time (cost.ts: per call and per cell), and an
 * execution that passes 6 minutes is stopped the way Apps Script stops it — its next service
 * call throws, whatever it catches.
 * Counted: executions, the longest, the day's total, emails sent and duplicates.
 */
import { join } from 'node:path';
import { addDays } from '../../src/core/calendar';
import { runClockedDay } from '../../src/local/runner/clockModel';
import { dayAtHour } from '../../src/local/services/time';
import { callMs, MS_PER_CELL } from './cost';
import { openRuntime, type RuntimeSpec } from './sides';
import type { ChunkedResult } from './types';
import type { BenchSize } from './workbooks';

const MINUTE_MS = 60_000;

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
  const zone = runtime.spreadsheet.currentTimeZone();
  const dayStart = dayAtHour(spec.today, 0, zone);
  const dayEnd = dayAtHour(addDays(spec.today, 1), 0, zone);
  // Minute-long windows: each firing is its own execution, whatever minute the trigger keeps.
  const records = runClockedDay(runtime, { callMs, cellMs: MS_PER_CELL }, dayStart, dayEnd, MINUTE_MS);

  const sent = runtime.sent().filter((record) => record.kind === 'sent');
  const unique = new Set(sent.map((record) => sentKey([...record.to, ...record.cc], record.subject)));
  return {
    size,
    quota: spec.quota,
    planned,
    triggers,
    executions: records.length,
    killed: records.filter((record) => record.killed).length,
    maxExecutionMs: Math.max(0, ...records.map((record) => record.ms)),
    totalMs: records.reduce((sum, record) => sum + record.ms, 0),
    sent: sent.length,
    duplicates: sent.length - unique.size,
    lastExecutionCalls: records.at(-1)?.calls ?? 0,
    recipientsUsed: runtime.state.mailQuota.day === spec.today ? runtime.state.mailQuota.used : 0,
  };
}
