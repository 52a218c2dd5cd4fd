/** The report's sections for the sidebars, the steady state, the mail day and the core. */
import { cellTotal, estimateMs, LIMITS } from './cost';
import { compact, duration, int, ratio } from './format';
import { totalCalls } from './rule';
import type { ChunkedResult, CoreScaleMeasurement, SidebarMeasurement, SteadyResult } from './types';

export function sidebarSection(sidebars: readonly SidebarMeasurement[]): string[] {
  const lines = [
    '## Sidebars',
    '',
    'What a person waits for, on each size, right after that day’s daily run (so the own sheets and the log exist): ' +
      'a form’s options and the dashboard, each opened twice with nothing changed in between (a second open may be ' +
      'answered from a cache), then one document added and one payment registered through the forms’ APIs.',
    '',
    '| size | action | API | calls | cells read | cells written | est. Apps Script |',
    '|---|---|---|--:|--:|--:|--:|',
  ];
  for (const s of sidebars) {
    if (!s.available) {
      lines.push(`| ${s.size.name} | ${s.label} | \`${s.api}\` | not in the bundle | | | |`);
      continue;
    }
    const failed = s.ok ? '' : ' (refused)';
    lines.push(
      `| ${s.size.name} | ${s.label}${failed} | \`${s.api}\` | ${int(totalCalls(s.calls))} | ${compact(cellTotal(s.cells, 'read'))} | ` +
        `${compact(cellTotal(s.cells, 'written'))} | ${duration(estimateMs(s.calls, s.cells))} |`,
    );
  }
  return [...lines, ''];
}

export function steadySection(steady: SteadyResult): string[] {
  const size = steady.runs[0]?.size;
  const lines = [
    '## Steady state: day 30 and day 365 of daily runs',
    '',
    `At ${size ? size.name : '—'} size. **How the log is made**: day 1 is the real daily run on the fresh workbook ` +
      `(${int(steady.firstDayRows)} log rows); day 2 the real daily run of the next day on the document day 1 saved, ` +
      `which appended ${int(steady.rowsPerDay)} rows — the template of one day. The log before day N is **seeded**: that ` +
      'template once for each of the N − 2 earlier days, moved to its day (times and message-key dates) and re-keyed so each ' +
      'day’s items belong to documents of their own (long paid and gone), then the real day-1 rows. Day N runs on the ' +
      'calendar day of the real day 2, so it has exactly that day’s work and only a longer log; day N + 1 is the next real run ' +
      'on the same document (a run that archives old rows on its first run shows that on day N, its steady cost on day N + 1).',
    '',
    '| day | log rows before the run | calls | cells read | of them `Журнал` | cells written | emails | est. Apps Script |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const run of steady.runs) {
    lines.push(
      `| ${run.day} | ${int(run.logRowsBefore)} | ${int(totalCalls(run.calls))} | ${compact(cellTotal(run.cells, 'read'))} | ` +
        `${compact(run.logCellsRead)} | ${compact(cellTotal(run.cells, 'written'))} | ${int(run.emails)} | ` +
        `${duration(estimateMs(run.calls, run.cells))} |`,
    );
  }
  return [...lines, ''];
}

export function chunkedSection(cases: readonly ChunkedResult[]): string[] {
  const lines = [
    '## A day of 3,000 emails on the clock model',
    '',
    'Every invoice of the workbook is at its pre-due reminder today, each to its own client address. The add-on’s own ' +
      '`installTriggers` sets up its triggers; then they fire through the whole calendar day as Google schedules them. ' +
      'Each service call moves the bundle’s clock by its modelled time (the cost model above, per call and per cell), so a run ' +
      'that budgets its time with the clock sees it pass; an execution past 6 minutes is stopped as Apps Script stops it — ' +
      'its next service call throws, whatever it catches. The first case gives the account a quota above the day’s emails so ' +
      'the time limit shows on its own (no Google account has it: Workspace allows 1,500 recipients a day); the second has the Workspace quota.',
    '',
    '| case | triggers | planned | executions | stopped at 6 min | longest execution | all executions | sent | duplicates | calls of the last execution |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const c of cases) {
    lines.push(
      `| quota ${int(c.quota)} | ${c.triggers.map((t) => `\`${t}\``).join(', ')} | ${int(c.planned)} | ${int(c.executions)} | ` +
        `${int(c.killed)} | ${duration(c.maxExecutionMs)} | ${duration(c.totalMs)} | ${int(c.sent)} | ${int(c.duplicates)} | ` +
        `${int(c.lastExecutionCalls)} |`,
    );
  }
  lines.push(
    '',
    `- An execution stopped at ${LIMITS.executionMs / 60_000} minutes counts ${LIMITS.executionMs / 60_000} minutes. ` +
      '**duplicates**: messages sent more than once to the same recipients with the same subject that day.',
    '',
  );
  return lines;
}

export function coreSection(scale: readonly CoreScaleMeasurement[]): string[] {
  const base = scale[0];
  const lines = [
    '## The core at 1×, 2×, 5×, 10× large',
    '',
    'The pure core of a Monday daily run (detection, parsing, load and documents engines, planner) on the large agency ' +
      'multiplied (people and documents; the weeks stay a year), each factor in a process of its own: the workbook built in ' +
      'memory, its sheets read as a run reads them, then the core run three times (median shown).',
    '',
    '| scale | people | documents | core, CPU time | growth from 1× | core, wall time | heap after the first run | peak RSS of the process | GC share |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const s of scale) {
    lines.push(
      `| ${s.factor}× | ${int(s.people)} | ${int(s.documents)} | ${duration(s.cpuMs)} | ${ratio(s.cpuMs, base.cpuMs)} | ${duration(s.ms)} | ` +
        `${int(s.heapMb)} MB | ${int(s.rssMb)} MB | ${s.gcPct.toFixed(0)} % |`,
    );
  }
  lines.push(
    '',
    '- **CPU time**: user + system time of the process over one pass (median of three), which a busy machine ' +
      'stretches far less than wall time; V8’s helper threads (concurrent GC) count in it too. The growth and the target are read on it.',
    '- **heap after the first run**: the committed V8 heap right after it, before any forced collection (close to its peak; ' +
      'it holds the grids too). **peak RSS**: the process’s peak resident memory, the workbook built in memory included.',
    '',
  );
  return lines;
}
