/**
 * The benchmark's Markdown report and its one rule: for the same run kind,
 * our Apps Script calls on the largest workbook may not exceed those on the
 * smallest. `MailApp.sendEmail` is left out of the rule, because emails scale
 * with the recipients due today by design (and are reported next to it).
 */
import { estimateMs, LATENCY_MS, LATENCY_SOURCES, LIMITS } from './latency';
import type { BenchSize } from './workbooks';

export interface RunKind {
  name: string;
  /** Top-level function of the bundle. */
  ours: string;
  /** Function of the naive tutorial script. */
  naive: string;
  /** What the planner plans in this run (for the core timing). */
  plan: { daily: boolean; weekly: boolean };
}

export interface Side {
  calls: Record<string, number>;
  emails: number;
  localMs: number;
}

export interface Measurement {
  size: BenchSize;
  kind: string;
  /** False when the bundle has no such function yet (the row says so). */
  available: boolean;
  ours: Side;
  coreMs: number;
  /** Messages the core planned. */
  planned: number;
  naive: Side & { failed: number };
  /** Unpaid invoices due within 3 days or overdue: what the naive way emails, one each. */
  due: number;
}

/** Methods that scale with recipients on purpose, left out of the growth rule. */
export const SCALES_WITH_RECIPIENTS = ['MailApp.sendEmail'];

export function callsExcludingMail(calls: Record<string, number>): number {
  return Object.entries(calls)
    .filter(([method]) => !SCALES_WITH_RECIPIENTS.includes(method))
    .reduce((sum, [, count]) => sum + count, 0);
}

function total(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, count) => sum + count, 0);
}

/**
 * Emails go in write-ahead batches of 10 (the log row ahead, the result after, a flush each):
 * a constant number of calls per batch, measured at 14, so a day with more emails may cost
 * this many more calls per extra batch — and nothing else may grow.
 */
export const CALLS_PER_BATCH = 16;
const EMAILS_PER_BATCH = 10;

function batches(calls: Record<string, number>): number {
  return Math.ceil((calls['MailApp.sendEmail'] ?? 0) / EMAILS_PER_BATCH);
}

/**
 * A sheet whose data outgrows its grid is grown before the write, as Google requires: one
 * insertRowsAfter / insertColumnsAfter, and the 10-million-cell check over every sheet's grid
 * (getSheets, then getMaxRows and getMaxColumns per sheet, under 24 calls on the bench's
 * workbooks). Only a larger workbook needs it, so each growth may cost this many calls more.
 */
export const CALLS_PER_GROWTH = 24;

function growths(calls: Record<string, number>): number {
  return (calls['Sheet.insertRowsAfter'] ?? 0) + (calls['Sheet.insertColumnsAfter'] ?? 0);
}

/** One line per run kind whose calls (without sendEmail and its batches) grew from the smallest to the largest size. */
export function growthFailures(measurements: readonly Measurement[]): string[] {
  const failures: string[] = [];
  for (const kind of new Set(measurements.map((m) => m.kind))) {
    const runs = measurements.filter((m) => m.kind === kind && m.available);
    if (runs.length < 2) continue;
    const first = runs[0];
    const last = runs[runs.length - 1];
    const small = callsExcludingMail(first.ours.calls);
    const large = callsExcludingMail(last.ours.calls);
    const allowed =
      CALLS_PER_BATCH * Math.max(0, batches(last.ours.calls) - batches(first.ours.calls)) +
      CALLS_PER_GROWTH * Math.max(0, growths(last.ours.calls) - growths(first.ours.calls));
    if (large > small + allowed) {
      failures.push(`  ${kind}: ${small} calls (${first.size.name}) → ${large} calls (${last.size.name})`);
    }
  }
  return failures;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 2 * 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

function ratio(naive: number, ours: number): string {
  if (ours === 0) return naive === 0 ? '—' : '∞';
  return `${(naive / ours).toFixed(naive / ours >= 10 ? 0 : 1)}×`;
}

/** Against the 6-minute limit, and the share of the consumer daily trigger budget one run takes. */
function verdict(ms: number): string {
  const share = (ms / LIMITS.triggerDailyConsumerMs) * 100;
  const budget = `${share < 1 ? share.toFixed(1) : Math.round(share)} % of 90 min/day`;
  return ms > LIMITS.executionMs ? `**over 6 min**, ${budget}` : `ok, ${budget}`;
}

function sizeLabel(size: BenchSize): string {
  return `${size.name} (${size.people}×${size.weeks}, ${int(size.documents)} docs)`;
}

function mainTable(measurements: readonly Measurement[]): string[] {
  const lines = [
    '| size | run | our calls | naive calls | calls ratio | our emails | naive emails | documents due | core | local, ours / naive | est. Apps Script, ours | est. Apps Script, naive |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const m of measurements) {
    if (!m.available) {
      lines.push(`| ${sizeLabel(m.size)} | ${m.kind} | not in the bundle yet | | | | | | | | | |`);
      continue;
    }
    const ours = total(m.ours.calls);
    const naive = total(m.naive.calls);
    const oursEst = estimateMs(m.ours.calls);
    const naiveEst = estimateMs(m.naive.calls);
    const naiveEmails =
      m.naive.failed > 0
        ? `${int(m.naive.emails)} (+${int(m.naive.failed)} over quota)`
        : int(m.naive.emails);
    lines.push(
      `| ${sizeLabel(m.size)} | ${m.kind} | ${int(ours)} | ${int(naive)} | ${ratio(naive, ours)} | ${int(m.ours.emails)} (planned ${int(m.planned)}) | ${naiveEmails} | ${int(m.due)} | ${duration(m.coreMs)} | ${duration(m.ours.localMs)} / ${duration(m.naive.localMs)} | ${duration(oursEst)} (${verdict(oursEst)}) | ${duration(naiveEst)} (${verdict(naiveEst)}) |`,
    );
  }
  return lines;
}

function callsTable(measurements: readonly Measurement[]): string[] {
  const kinds = [...new Set(measurements.map((m) => m.kind))];
  const lines: string[] = [];
  for (const kind of kinds) {
    const runs = measurements.filter((m) => m.kind === kind && m.available);
    if (runs.length === 0) continue;
    const methods = [...new Set(runs.flatMap((m) => Object.keys(m.ours.calls)))].sort();
    lines.push(`### ${kind}: our calls by service method`, '');
    lines.push(`| method | ${runs.map((m) => m.size.name).join(' | ')} |`);
    lines.push(`|---|${runs.map(() => '--:').join('|')}|`);
    for (const method of methods) {
      lines.push(`| \`${method}\` | ${runs.map((m) => int(m.ours.calls[method] ?? 0)).join(' | ')} |`);
    }
    lines.push(`| **total** | ${runs.map((m) => `**${int(total(m.ours.calls))}**`).join(' | ')} |`, '');
    const naiveMethods = [...new Set(runs.flatMap((m) => Object.keys(m.naive.calls)))].sort();
    lines.push(`Naive way, same run: ${naiveMethods.map((method) => `\`${method}\``).join(', ')}.`, '');
  }
  return lines;
}

export function renderReport(
  measurements: readonly Measurement[],
  options: { today: string; quota: number; quick: boolean },
): string {
  const failures = growthFailures(measurements);
  const lines = [
    '# Benchmarks: Account Desk against the naive way',
    '',
    '_Generated by `npm run bench`; do not edit by hand._',
    '',
    `Workbooks generated for each size (people × weeks of load, documents), all runs on ${options.today} (a Monday), ` +
      `mode \`send\`, daily quota ${int(options.quota)} recipients (Google Workspace) for both sides. ` +
      'Both sides run on the same local Apps Script services, which count every service call. ' +
      'The naive way is `scripts/bench/naive/tutorial.gs`: one `getRange(r, c).getValue()` per cell read, ' +
      'one `setValue` per state cell written, one `MailApp.sendEmail` per due invoice, every day.',
    '',
    ...mainTable(measurements),
    '',
    '- **calls**: every Apps Script service call of the run, all services. **calls ratio**: naive ÷ ours.',
    '- **our emails**: sent by the bundle; **planned**: messages the core planner plans for that day from the ' +
      'same data, with the same inputs the bundle builds (the two agree unless the quota held messages back).',
    '- **documents due**: unpaid invoices overdue or due within 3 days — one email each for the naive way. ' +
      'Ours sends one email per client address set and reminder stage, and only on the stage days.',
    '- **core**: the pure core alone on the same data (register detection, cell parsing, load and documents ' +
      'engines, reminder planner), median of 3. **local**: loading the xlsx and running the function on the local services.',
    `- **est. Apps Script**: calls × assumed latency — ${LATENCY_MS.spreadsheet} ms per Spreadsheet call, ` +
      `${LATENCY_MS.mail} ms per \`MailApp.sendEmail\`, ${LATENCY_MS.other} ms per other service call — ` +
      `against the 6-minute execution limit and the daily trigger runtime (90 min/day consumer, 6 h/day Workspace).`,
    '',
    '## The rule',
    '',
    'For the same run kind, our call count on the largest workbook may not exceed the one on the smallest; ' +
      '`MailApp.sendEmail` is excluded because it scales with the recipients due today, by design, ' +
      `and so are at most ${CALLS_PER_BATCH} calls per extra write-ahead batch of 10 emails (log rows ahead, results, flush) ` +
      `and at most ${CALLS_PER_GROWTH} per sheet grown because its data outgrew the grid (the insert and the cell-limit check). ` +
      `The command exits non-zero otherwise. This run: ${failures.length === 0 ? '**passed**' : `**failed**\n\n${failures.join('\n')}`}.`,
    '',
    '## Our calls by method',
    '',
    ...callsTable(measurements),
    '## Latency assumptions and their sources',
    '',
    ...LATENCY_SOURCES.map((source) => `- ${source}`),
    `- Limits: 6 min per execution; triggers ${LIMITS.triggerDailyConsumerMs / 60_000} min/day (consumer), ` +
      `${LIMITS.triggerDailyWorkspaceMs / 3_600_000} h/day (Workspace); ${LIMITS.recipientsConsumer} / ` +
      `${int(LIMITS.recipientsWorkspace)} email recipients per day (developers.google.com/apps-script/guides/services/quotas).`,
    '',
  ];
  if (options.quick) lines.splice(1, 0, '', '**Quick run (`--quick`): small and agency sizes only.**');
  return `${lines.join('\n')}\n`;
}
