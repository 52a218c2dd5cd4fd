/**
 * The benchmark's Markdown report: the runs against both peers, then the sections of
 * sections.ts, the limits, the targets, the rule and our calls by method.
 */
import { cellTotal, estimateMs, LATENCY_MS, LATENCY_SOURCES, LIMITS, MS_PER_CELL } from './cost';
import { compact, duration, int } from './format';
import { limitsSection } from './limits';
import { CALLS_PER_BATCH, CALLS_PER_GROWTH, growthFailures, totalCalls } from './rule';
import { chunkedSection, coreSection, sidebarSection, steadySection } from './sections';
import { targetsSection } from './targets';
import type { Measurement, ReportData, ReportOptions, SideRun } from './types';
import type { BenchSize } from './workbooks';

export function sizeLabel(size: BenchSize): string {
  return `${size.name} (${size.people}×${size.weeks}, ${int(size.documents)} docs)`;
}

/** Against the 6-minute limit, and the share of the consumer daily trigger budget one run takes. */
export function verdict(ms: number): string {
  const share = (ms / LIMITS.triggerDailyConsumerMs) * 100;
  const budget = `${share < 1 ? share.toFixed(1) : Math.round(share)} % of 90 min/day`;
  return ms > LIMITS.executionMs ? `**over 6 min**, ${budget}` : `ok, ${budget}`;
}

export function estimate(side: Pick<SideRun, 'calls' | 'cells'>): number {
  return estimateMs(side.calls, side.cells);
}

function emails(side: SideRun): string {
  return side.failed > 0 ? `${int(side.emails)} (+${int(side.failed)} over quota)` : int(side.emails);
}

function runsTable(measurements: readonly Measurement[]): string[] {
  const lines = [
    '| size | run | calls: ours / competent / naive | cells read: ours / competent | cells written: ours / competent | emails: ours (planned) / competent / naive | est. Apps Script: ours | competent | naive |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const m of measurements) {
    if (!m.available) {
      lines.push(`| ${sizeLabel(m.size)} | ${m.kind} | not in the bundle yet | | | | | | |`);
      continue;
    }
    const calls = [m.ours, m.competent, m.naive].map((side) => int(totalCalls(side.calls))).join(' / ');
    const read = [m.ours, m.competent].map((side) => compact(cellTotal(side.cells, 'read'))).join(' / ');
    const written = [m.ours, m.competent]
      .map((side) => compact(cellTotal(side.cells, 'written')))
      .join(' / ');
    const mail = `${int(m.ours.emails)} (${int(m.planned)}; ${int(m.ours.recipients)} recipients) / ${emails(m.competent)} / ${emails(m.naive)}`;
    const est = [m.ours, m.competent, m.naive].map((side) => {
      const ms = estimate(side);
      return `${duration(ms)} (${verdict(ms)})`;
    });
    lines.push(
      `| ${sizeLabel(m.size)} | ${m.kind} | ${calls} | ${read} | ${written} | ${mail} | ${est.join(' | ')} |`,
    );
  }
  return lines;
}

function localTable(measurements: readonly Measurement[]): string[] {
  const lines = [
    '| size | run | documents due | core (CPU) | local: ours / competent / naive |',
    '|---|---|--:|--:|--:|',
  ];
  for (const m of measurements.filter((x) => x.available)) {
    const local = [m.ours, m.competent, m.naive].map((side) => duration(side.localMs)).join(' / ');
    lines.push(`| ${sizeLabel(m.size)} | ${m.kind} | ${int(m.due)} | ${duration(m.coreMs)} | ${local} |`);
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
    lines.push(`| **total** | ${runs.map((m) => `**${int(totalCalls(m.ours.calls))}**`).join(' | ')} |`, '');
    const sheets = [...new Set(runs.flatMap((m) => Object.keys(m.ours.cells.read)))].sort();
    lines.push(
      `Cells read by sheet (${runs[runs.length - 1].size.name}): ` +
        sheets
          .map((sheet) => `${sheet} ${compact(runs[runs.length - 1].ours.cells.read[sheet] ?? 0)}`)
          .join(', ') +
        '.',
      '',
    );
    for (const peer of ['competent', 'naive'] as const) {
      const peerMethods = [...new Set(runs.flatMap((m) => Object.keys(m[peer].calls)))].sort();
      lines.push(
        `The ${peer} peer, same run: ${peerMethods.map((method) => `\`${method}\``).join(', ')}.`,
        '',
      );
    }
  }
  return lines;
}

export function renderReport(data: ReportData, options: ReportOptions): string {
  const { measurements } = data;
  const failures = growthFailures(measurements);
  const lines = [
    '# Benchmarks: Account Desk against the competent and the naive way',
    '',
    '_Generated by `npm run bench`; do not edit by hand._',
    '',
    `Workbooks generated for each size (people × weeks of load, documents), all runs on ${options.today} (a Monday), ` +
      `mode \`send\`, daily quota ${int(options.quota)} recipients (Google Workspace) for every side. ` +
      'Every side runs on the same local Apps Script services, which count every service call and every cell a call ' +
      'reads or writes (every layer: values, display values, formats, colours, notes). Two peers, both plain Apps Script in ' +
      '`scripts/bench/peers/`: the **competent** one (`competent.gs`) is what a careful tutorial writes — one `getValues` per ' +
      'sheet (and one `getBackgrounds` for the load colours), the loop in memory, one `setValues` for the states column, ' +
      'one `MailApp.sendEmail` per due invoice, every day; no log, no locks, no settings. The **naive** one (`naive.gs`): ' +
      'one `getRange(r, c).getValue()` per cell read, one `setValue` per state cell, one email per due invoice, every day.',
    '',
    '## Runs',
    '',
    ...runsTable(measurements),
    '',
    '- **calls**: every Apps Script service call of the run, all services. **cells**: cells moved by those calls, ' +
      'every layer counted (a `getValues` and a `getBackgrounds` of the same range count twice).',
    '- **emails**: ours sent by the bundle, in brackets what the core planner plans for that day from the same data ' +
      '(they agree unless the quota held messages back) and the recipients they went to (the quota counts recipients); the peers send one email per due invoice and count what the quota refused.',
    `- **est. Apps Script**: ${LATENCY_MS.spreadsheet} ms per Spreadsheet call, ${LATENCY_MS.mail} ms per ` +
      `\`MailApp.sendEmail\`, ${LATENCY_MS.other} ms per other service call, plus ${(MS_PER_CELL * 1000).toFixed(1)} µs ` +
      'per cell moved — against the 6-minute execution limit and the daily trigger runtime (90 min/day consumer, 6 h/day Workspace). ' +
      'Sources and assumptions at the end.',
    '',
    ...localTable(measurements),
    '',
    '- **documents due**: unpaid invoices overdue or due within 3 days — one email each for both peers. ' +
      'Ours sends one email per client address set and reminder stage, and only on the stage days.',
    '- **core**: the pure core alone on the same data (register detection, cell parsing, load and documents ' +
      'engines, reminder planner), CPU time, median of 3. **local**: loading the xlsx and running the function on the local services.',
    '',
    ...sidebarSection(data.sidebars),
    ...steadySection(data.steady),
    ...chunkedSection(data.chunked),
    ...coreSection(data.coreScale),
    ...limitsSection(data),
    ...targetsSection(data, failures.length === 0),
    '## The rule',
    '',
    'For the same run kind, our call count on the largest workbook may not exceed the one on the smallest; ' +
      '`MailApp.sendEmail` is excluded because it scales with the recipients due today, by design, ' +
      `and so are at most ${CALLS_PER_BATCH} calls per extra write-ahead batch of 10 emails (its rows ahead and the previous batch’s results as one block, one flush) ` +
      `and at most ${CALLS_PER_GROWTH} per sheet grown because its data outgrew the grid (the insert and the cell-limit check). ` +
      `The command exits non-zero otherwise. This run: ${failures.length === 0 ? '**passed**' : `**failed**\n\n${failures.join('\n')}`}.`,
    '',
    '## Our calls by method',
    '',
    ...callsTable(measurements),
    '## Cost assumptions and their sources',
    '',
    ...LATENCY_SOURCES.map((source) => `- ${source}`),
    `- Limits: 6 min per execution; triggers ${LIMITS.triggerDailyConsumerMs / 60_000} min/day (consumer), ` +
      `${LIMITS.triggerDailyWorkspaceMs / 3_600_000} h/day (Workspace); ${LIMITS.recipientsConsumer} / ` +
      `${int(LIMITS.recipientsWorkspace)} email recipients per day (developers.google.com/apps-script/guides/services/quotas).`,
    '',
  ];
  if (options.quick) {
    lines.splice(
      1,
      0,
      '',
      '**Quick run (`--quick`): small and agency sizes, the deep cases at agency size, the core at 1× and 2×.**',
    );
  }
  return `${lines.join('\n')}\n`;
}
