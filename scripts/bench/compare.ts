/**
 * `npm run bench`: the add-on's runs against the naive tutorial way, on
 * generated agency workbooks of three sizes, through the same local Apps
 * Script services, counting every service call. Prints a Markdown report,
 * writes it to docs/benchmarks.md (full run only) and exits non-zero when our
 * call count grows with the size of the sheets.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { format, resolveConfig } from 'prettier';
import { readWorkbook } from '../../src/app/readWorkbook';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { GasWorkbook } from '../../src/gas/workbook';
import { createLocalRuntime, ensureBuilt, PROJECT_ROOT } from '../../src/local/runtime';
import { runCore } from './core';
import { growthFailures, renderReport, type Measurement, type RunKind } from './report';
import { SIZES, writeBenchWorkbook, type BenchSize } from './workbooks';

/** A Monday, so the daily and the Monday run both have work; the workbooks are dated around it. */
const TODAY = '2026-12-07';
/** Google Workspace's daily recipients, for ours and the naive alike. */
const QUOTA = 1500;

const KINDS: readonly RunKind[] = [
  {
    name: 'recalculate',
    ours: 'recalculate',
    naive: 'naiveRecalculate',
    plan: { daily: false, weekly: false },
  },
  // TODAY is a Monday: the one daily run plans the load digest too.
  { name: 'daily run', ours: 'dailyRun', naive: 'naiveDailyRun', plan: { daily: true, weekly: true } },
  { name: 'Monday run', ours: 'weeklyRun', naive: 'naiveMondayRun', plan: { daily: false, weekly: true } },
];

interface NaiveResult {
  due: number;
  sent: number;
  failed: number;
}

const tutorial = readFileSync(join(PROJECT_ROOT, 'scripts', 'bench', 'naive', 'tutorial.gs'), 'utf8');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(size: BenchSize, kind: RunKind, file: string, dir: string): Promise<Measurement> {
  const started = performance.now();
  const ours = await createLocalRuntime({
    file,
    outDir: join(dir, `ours-${kind.ours}`),
    today: TODAY,
    mode: 'send',
    dailyQuota: QUOTA,
  });
  const available = ours.has(kind.ours);
  if (available) ours.call(kind.ours);
  const oursMs = performance.now() - started;
  const oursCalls = ours.counters.snapshot();

  // The core alone, on the grids the run read (read again here, outside the counted run).
  (globalThis as Record<string, unknown>).SpreadsheetApp = (
    ours.context as Record<string, unknown>
  ).SpreadsheetApp;
  const workbook = new GasWorkbook();
  const run = { settings: DEFAULT_SETTINGS, timeZone: workbook.timeZone(), today: TODAY };
  const snapshot = readWorkbook({ workbook }, run, { styles: true });
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
  const coreInput = {
    grids: snapshot.grids,
    timeZone: snapshot.timeZone,
    today: TODAY,
    settings: DEFAULT_SETTINGS,
  };
  const core = [0, 1, 2].map(() => runCore(coreInput, kind.plan));

  const naiveStarted = performance.now();
  const naive = await createLocalRuntime({
    file,
    outDir: join(dir, `naive-${kind.naive}`),
    today: TODAY,
    mode: 'send',
    dailyQuota: QUOTA,
  });
  vm.runInContext(tutorial, naive.context, { filename: 'tutorial.gs' });
  const naiveResult = naive.call(kind.naive) as NaiveResult;
  const naiveMs = performance.now() - naiveStarted;

  return {
    size,
    kind: kind.name,
    available,
    ours: { calls: oursCalls, emails: ours.sent().length, localMs: oursMs },
    coreMs: median(core.map((run) => run.ms)),
    planned: core[0].planned,
    naive: {
      calls: naive.counters.snapshot(),
      emails: naiveResult.sent,
      failed: naiveResult.failed,
      localMs: naiveMs,
    },
    due: naiveResult.due,
  };
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? SIZES.filter((size) => size.name !== 'large') : SIZES;
  ensureBuilt();
  const root = mkdtempSync(join(tmpdir(), 'account-desk-bench-'));
  const measurements: Measurement[] = [];
  try {
    for (const size of sizes) {
      const file = join(root, `${size.name}.xlsx`);
      await writeBenchWorkbook(size, TODAY, file);
      for (const kind of KINDS) {
        process.stderr.write(`bench: ${size.name} × ${kind.name}…\n`);
        measurements.push(await measure(size, kind, file, join(root, size.name)));
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }

  const target = join(PROJECT_ROOT, 'docs', 'benchmarks.md');
  // Formatted like every committed file, so `npm run format:check` stays green after a regeneration.
  const report = await format(renderReport(measurements, { today: TODAY, quota: QUOTA, quick }), {
    ...(await resolveConfig(target)),
    parser: 'markdown',
  });
  process.stdout.write(report);
  if (!quick) writeFileSync(target, report);
  const failures = growthFailures(measurements);
  if (failures.length > 0) {
    process.stderr.write(`bench: our Apps Script calls grow with size:\n${failures.join('\n')}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
