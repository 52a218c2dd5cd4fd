/**
 * `npm run bench`: the add-on's runs against two tutorial scripts (peers/), on generated agency
 * workbooks of three sizes, through the same local Apps Script services, counting every call and
 * every cell moved; then the sidebar APIs, the steady state of a year of daily runs, a day of
 * 3,000 emails on the clock model, and the pure core up to 10× large. Prints a Markdown report,
 * writes it to docs/benchmarks.md (full run only) and exits non-zero when our call count grows
 * with the size of the sheets.
 *   --quick   small and agency only, the steady state and the mail day at agency size, the core
 *             at 1× and 2×; prints, writes nothing (a few minutes on a busy machine)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { addDays } from '../../src/core/calendar';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { ensureBuilt, PROJECT_ROOT } from '../../src/local/runner/project';
import { measureChunkedDay } from './chunked';
import { runCore } from './core';
import { measureCoreScale } from './coreScale';
import { growthFailures } from './rule';
import { renderReport } from './report';
import { measureSidebars } from './sidebars';
import { counted, gridsOf, openRuntime, recipientsOf, runPeer, type RuntimeSpec } from './sides';
import { measureSteadyState } from './steady';
import type { Counted, Measurement, OurRun, ReportData, RunKind, SidebarMeasurement } from './types';
import { SIZES, writeBenchWorkbook, type BenchSize } from './workbooks';

/** A Monday, so the daily and the Monday run both have work; the workbooks are dated around it. */
const TODAY = '2026-12-07';
/** Google Workspace's daily recipients, for ours and the peers alike. */
const QUOTA = 1500;
/** The mail day: this many invoices at their pre-due reminder on one day. */
const MAIL_DAY_INVOICES = 3000;

const KINDS: readonly RunKind[] = [
  {
    name: 'recalculate',
    ours: 'recalculate',
    naive: 'naiveRecalculate',
    competent: 'competentRecalculate',
    plan: { daily: false, weekly: false },
  },
  // TODAY is a Monday: the one daily run plans the load digest too.
  {
    name: 'daily run',
    ours: 'dailyRun',
    naive: 'naiveDailyRun',
    competent: 'competentDailyRun',
    plan: { daily: true, weekly: true },
  },
  {
    name: 'Monday run',
    ours: 'weeklyRun',
    naive: 'naiveMondayRun',
    competent: 'competentMondayRun',
    plan: { daily: false, weekly: true },
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function progress(text: string): void {
  process.stderr.write(`bench: ${text}…\n`);
}

async function measure(
  size: BenchSize,
  kind: RunKind,
  spec: RuntimeSpec,
  sidebars: SidebarMeasurement[],
): Promise<Measurement> {
  const started = performance.now();
  const ours = await openRuntime({ ...spec, outDir: join(spec.outDir, `ours-${kind.ours}`) });
  const available = ours.has(kind.ours);
  ours.counters.reset();
  if (available) ours.call(kind.ours);
  const oursMs = performance.now() - started;
  const oursCounted = counted(ours);
  const oursEmails = ours.sent().length;
  const oursRecipients = recipientsOf(ours);
  // The first run makes the own sheets, columns and markers; the next day's shows what a recalculation costs after.
  let next: Counted | undefined;
  if (available && kind.ours === 'recalculate') {
    ours.advanceClock(86_400_000);
    ours.counters.reset();
    ours.call(kind.ours);
    next = counted(ours);
  }

  // The core alone, on the sheets the run read (read again here, outside the counted run).
  const coreInput = {
    grids: gridsOf(ours.spreadsheet),
    timeZone: ours.spreadsheet.currentTimeZone(),
    today: TODAY,
    settings: DEFAULT_SETTINGS,
  };
  const core = [0, 1, 2].map(() => runCore(coreInput, kind.plan));
  if (kind.ours === 'dailyRun') {
    progress(`${size.name} × sidebars`);
    sidebars.push(...measureSidebars(ours, size, TODAY));
  }

  const naive = await runPeer('naive', kind.naive, {
    ...spec,
    outDir: join(spec.outDir, `naive-${kind.ours}`),
  });
  const competent = await runPeer('competent', kind.competent, {
    ...spec,
    outDir: join(spec.outDir, `competent-${kind.ours}`),
  });
  return {
    size,
    kind: kind.name,
    available,
    ours: { ...oursCounted, emails: oursEmails, recipients: oursRecipients, failed: 0, localMs: oursMs },
    competent,
    naive,
    coreMs: median(core.map((run) => run.cpuMs)),
    planned: core[0].planned,
    due: naive.due,
    next,
  };
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? SIZES.filter((size) => size.name !== 'large') : SIZES;
  const deepest = sizes[sizes.length - 1];
  ensureBuilt();
  const root = mkdtempSync(join(tmpdir(), 'account-desk-bench-'));
  const measurements: Measurement[] = [];
  const sidebars: SidebarMeasurement[] = [];
  try {
    for (const size of sizes) {
      const file = join(root, `${size.name}.xlsx`);
      await writeBenchWorkbook(size, TODAY, file);
      for (const kind of KINDS) {
        progress(`${size.name} × ${kind.name}`);
        measurements.push(
          await measure(
            size,
            kind,
            { file, outDir: join(root, size.name), today: TODAY, quota: QUOTA },
            sidebars,
          ),
        );
      }
    }

    progress(`${deepest.name} × daily runs Friday, then Monday to Wednesday`);
    const week = await mondayAndTuesday(deepest, {
      file: join(root, `${deepest.name}.xlsx`),
      outDir: join(root, 'week'),
      today: addDays(TODAY, -3),
      quota: QUOTA,
    });

    progress(`steady state at ${deepest.name}`);
    const steady = await measureSteadyState(
      deepest,
      { file: join(root, `${deepest.name}.xlsx`), outDir: join(root, 'steady'), today: TODAY, quota: QUOTA },
      [30, 365],
    );

    progress(`a day of ${MAIL_DAY_INVOICES} emails`);
    const mailSize: BenchSize = {
      ...deepest,
      name: `${deepest.name}, mail day`,
      documents: MAIL_DAY_INVOICES,
      dueInvoices: MAIL_DAY_INVOICES,
    };
    const mailFile = join(root, 'mailday.xlsx');
    await writeBenchWorkbook(mailSize, TODAY, mailFile);
    const mailDaySpec = { file: mailFile, outDir: join(root, 'mailday'), today: TODAY };
    const mailPlanned = await plannedOn(mailDaySpec);
    // Above Google's 1,500 so the time limit shows on its own; the Workspace quota is a second case.
    // The quota counts recipients, and every reminder copies its account manager: 2 per invoice, plus
    // the digests', so 3 per invoice keeps the quota out of the time case.
    const chunked = [
      await measureChunkedDay(mailSize, { ...mailDaySpec, quota: 3 * MAIL_DAY_INVOICES }, mailPlanned),
      await measureChunkedDay(
        mailSize,
        { ...mailDaySpec, outDir: join(root, 'mailday-quota'), quota: QUOTA },
        mailPlanned,
      ),
    ];

    const coreScale = measureCoreScale(quick ? [1, 2] : [1, 2, 5, 10], TODAY);

    const target = join(PROJECT_ROOT, 'docs', 'benchmarks.md');
    // Formatted like every committed file, so `npm run format:check` stays green after a regeneration.
    const report = await format(
      renderReport(
        { measurements, sidebars, steady, chunked, coreScale, week },
        { today: TODAY, quota: QUOTA, quick },
      ),
      { ...(await resolveConfig(target)), parser: 'markdown' },
    );
    process.stdout.write(report);
    if (!quick) writeFileSync(target, report);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const failures = growthFailures(measurements);
  if (failures.length > 0) {
    process.stderr.write(`bench: our Apps Script calls grow with size:\n${failures.join('\n')}\n`);
    process.exitCode = 1;
  }
}

/**
 * What a Monday adds: a daily run on the Friday before (the first: it creates the own sheets and,
 * sending, the log — a Sunday run sends nothing, so the log would be the Monday's to create), then
 * Monday, Tuesday and Wednesday on one document, a day apart; the last three are measured.
 */
async function mondayAndTuesday(size: BenchSize, spec: RuntimeSpec): Promise<ReportData['week']> {
  const runtime = await openRuntime(spec);
  runtime.call('dailyRun');
  runtime.advanceClock(2 * 86_400_000);
  const next = (): OurRun => {
    runtime.advanceClock(86_400_000);
    const sentBefore = runtime.sent().length;
    runtime.counters.reset();
    runtime.call('dailyRun');
    return { size, day: runtime.today, emails: runtime.sent().length - sentBefore, ...counted(runtime) };
  };
  const monday = next();
  const tuesday = next();
  return { monday, tuesday, wednesday: next() };
}

/** Messages the core plans on the mail day (what "all of them" means). */
async function plannedOn(spec: Omit<RuntimeSpec, 'quota'>): Promise<number> {
  const runtime = await openRuntime({ ...spec, outDir: join(spec.outDir, 'plan'), quota: QUOTA });
  const input = {
    grids: gridsOf(runtime.spreadsheet),
    timeZone: runtime.spreadsheet.currentTimeZone(),
    today: spec.today,
    settings: DEFAULT_SETTINGS,
  };
  return runCore(input, { daily: true, weekly: true }).planned;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
