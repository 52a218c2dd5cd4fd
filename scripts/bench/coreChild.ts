/**
 * One core measurement in a process of its own, so its memory is its own: builds the large
 * agency `factor` times over in memory, reads its sheets as the runs do, lets the workbook go,
 * then runs the pure core three times. Prints one JSON line (CoreScaleMeasurement).
 * Run by coreScale.ts as `node --expose-gc coreChild.cjs <factor> <today>`.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import * as vm from 'node:vm';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { CallCounter } from '../../src/local/services/counters';
import { LocalSpreadsheet } from '../../src/local/services/spreadsheet/spreadsheet';
import { emptyRecordedUi } from '../../src/local/services/spreadsheet/ui';
import { contextDateFactory } from '../../src/local/runner/clock';
import { runCore } from './core';
import { gridsOf } from './sides';
import type { CoreScaleMeasurement } from './types';
import { buildBenchWorkbook, scaledLarge } from './workbooks';

const MB = 1024 * 1024;

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function main(): Promise<void> {
  const factor = Number(process.argv[2]);
  const today = process.argv[3];
  const size = scaledLarge(factor);
  const spreadsheet = new LocalSpreadsheet({
    workbook: buildBenchWorkbook(size, today),
    name: 'core',
    timeZone: 'Europe/Moscow',
    locale: 'ru_RU',
    counter: new CallCounter(),
    makeDate: contextDateFactory(vm.createContext({})),
    recorded: emptyRecordedUi(),
  });
  const input = { grids: gridsOf(spreadsheet), timeZone: 'Europe/Moscow', today, settings: DEFAULT_SETTINGS };
  collect();

  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const runs = [];
  let heapMb = 0;
  for (let i = 0; i < 3; i++) {
    runs.push(runCore(input, { daily: true, weekly: true }));
    if (i === 0) heapMb = getHeapStatistics().total_heap_size / MB;
  }
  // GC entries arrive asynchronously: let them in before reading the sum.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[1];
  const totalMs = runs.reduce((sum, run) => sum + run.ms, 0);
  const result: CoreScaleMeasurement = {
    factor,
    people: size.people,
    documents: size.documents,
    ms: middle(runs.map((run) => run.ms)),
    cpuMs: middle(runs.map((run) => run.cpuMs)),
    heapMb,
    rssMb: process.resourceUsage().maxRSS / 1024,
    gcPct: (gcMs / totalMs) * 100,
    planned: runs[0].planned,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
