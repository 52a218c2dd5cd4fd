/**
 * `npm run bench -- calls`: only our calls of the three runs at one size, by method, in a minute or
 * two instead of the whole comparison — for working on the call count. Same workbooks, day, quota
 * and runs as the comparison (compare.ts); prints, writes nothing.
 *   --size=small|agency|large   the size (default large)
 *   --runs=recalculate,dailyRun the runs (default recalculate, dailyRun, weeklyRun)
 *   --week                      also the Friday-then-Monday-to-Wednesday runs (what a Monday adds)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../../src/core/calendar';
import { ensureBuilt } from '../../src/local/runner/project';
import { callsExcludingMail, totalCalls } from './rule';
import { counted, openRuntime, type RuntimeSpec } from './sides';
import type { Counted } from './types';
import { SIZES, writeBenchWorkbook } from './workbooks';

const TODAY = '2026-12-07';
const QUOTA = 1500;
const MAIL = 'MailApp.sendEmail';

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

function print(label: string, run: Counted): void {
  const mails = run.calls[MAIL] ?? 0;
  process.stdout.write(
    `\n## ${label}: ${totalCalls(run.calls)} calls, ${callsExcludingMail(run.calls)} besides ${mails} sends ` +
      `(${Math.ceil(mails / 10)} batches of 10)\n`,
  );
  for (const [method, count] of Object.entries(run.calls).sort((a, b) => b[1] - a[1]))
    process.stdout.write(`  ${String(count).padStart(5)}  ${method}\n`);
}

/** The run on the fresh workbook (its first), then again the next day on what it left. */
async function one(spec: RuntimeSpec, fn: string): Promise<[Counted, Counted]> {
  const runtime = await openRuntime({ ...spec, outDir: join(spec.outDir, fn) });
  runtime.counters.reset();
  runtime.call(fn);
  const first = counted(runtime);
  runtime.advanceClock(86_400_000);
  runtime.counters.reset();
  runtime.call(fn);
  return [first, counted(runtime)];
}

async function main(): Promise<void> {
  const size = SIZES.find((s) => s.name === (arg('size') ?? 'large'));
  if (!size) throw new Error(`no size ${arg('size')} (known: ${SIZES.map((s) => s.name).join(', ')})`);
  ensureBuilt();
  const root = mkdtempSync(join(tmpdir(), 'account-desk-calls-'));
  try {
    const file = join(root, `${size.name}.xlsx`);
    await writeBenchWorkbook(size, TODAY, file);
    const spec = { file, outDir: root, today: TODAY, quota: QUOTA };
    const runs = arg('runs')?.split(',') ?? ['recalculate', 'dailyRun', 'weeklyRun'];
    for (const fn of runs.filter(Boolean)) {
      const [first, next] = await one(spec, fn);
      print(`${size.name} ${fn} (first run)`, first);
      print(`${size.name} ${fn} (the next day)`, next);
    }
    if (process.argv.includes('--week')) {
      const runtime = await openRuntime({ ...spec, outDir: join(root, 'week'), today: addDays(TODAY, -3) });
      runtime.call('dailyRun');
      runtime.advanceClock(2 * 86_400_000);
      for (const day of ['Monday', 'Tuesday', 'Wednesday']) {
        runtime.advanceClock(86_400_000);
        runtime.counters.reset();
        runtime.call('dailyRun');
        print(`${size.name} dailyRun, ${day} (${runtime.today})`, counted(runtime));
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`calls: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
