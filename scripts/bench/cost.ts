/**
 * What a run would cost on Google's servers, from the calls and the cells the
 * local services counted: a round trip per call, by service, plus a time per
 * cell moved (read or written, every layer alike). Apps Script publishes no
 * latency figures, so these are stated assumptions, each with its source.
 */
import type { CellDirection } from '../../src/local/services/counters';

/** Milliseconds per call, by service. */
export const LATENCY_MS = {
  /** Spreadsheet service round trip (getRange/getValues/setValue…): assumed 50 ms. */
  spreadsheet: 50,
  /** One MailApp.sendEmail: assumed 300 ms. */
  mail: 300,
  /** PropertiesService, LockService, ScriptApp, CacheService…: assumed 30 ms. */
  other: 30,
} as const;

/**
 * Milliseconds per cell moved, on top of the call's round trip: one setValues of 4,000 cells
 * took "less than 50 ms" in a published measurement (see CELL_SOURCE), so 50 / 4,000 = 12.5 µs.
 */
export const MS_PER_CELL = 50 / 4000;

export const CELL_SOURCE =
  'Stack Overflow answer to "What is faster: ScriptDb or SpreadsheetApp?" (mirrored at ' +
  'ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp): ' +
  '"a single write of a 4000-cell spreadsheet took less than 50ms" with one setValues (400 rows × 10 columns), ' +
  'and one setValues was two orders of magnitude faster than cell by cell. We charge that 12.5 µs per cell to every ' +
  'cell read or written, every layer (values, display values, formats, colours, notes), on top of the call: ' +
  'an upper bound for that measurement, since its 50 ms include the call itself.';

export const LATENCY_SOURCES = [
  'Google, "Best practices" for Apps Script (developers.google.com/apps-script/guides/support/best-practices): ' +
    'service calls are the slow part; read and write in batches, never alternate per cell.',
  'Google Apps Script blog, "Optimizing Spreadsheet Operations" (2010): calls to Spreadsheets are ' +
    '"measurably slower" than script code; look-ahead and write caches soften per-cell loops, so the naive ' +
    'estimate is an upper bound for reads next to each other.',
  'bugbugnow.net, "GoogleAppsScriptのスプレッドシート処理を高速化する" (2019), 1,000 rows, a Logger.log per row: ' +
    'getLastRow called in the loop condition took 160 s (~160 ms a call), getRange(i, 1).getValue() per row 3.1 s ' +
    '(~3 ms a call, the read cache warm), one getValues and one setValues 0.9 s. Our 50 ms per call lies inside ' +
    'that range; where it is too high, it flatters the scripts that make fewer calls, not us.',
  'L. Peralta, "Google Apps Script APIs performance" (ziritione.org/post/apps_script_performance): ' +
    'PropertiesService 20–64 ms average per call, CacheService.put ~90 ms, measured over 100 runs.',
  CELL_SOURCE,
  'The 50 ms per Spreadsheet call, 300 ms per MailApp.sendEmail and 12.5 µs per cell are our assumptions from ' +
    'those sources, not our measurements on Google servers.',
];

/** Apps Script limits (developers.google.com/apps-script/guides/services/quotas). */
export const LIMITS = {
  executionMs: 6 * 60_000,
  triggerDailyConsumerMs: 90 * 60_000,
  triggerDailyWorkspaceMs: 6 * 60 * 60_000,
  recipientsConsumer: 100,
  recipientsWorkspace: 1500,
};

export type Cells = Record<CellDirection, Record<string, number>>;

export function serviceOf(method: string): keyof typeof LATENCY_MS {
  if (method.startsWith('MailApp.') || method.startsWith('GmailApp.send')) {
    return method.endsWith('sendEmail') ? 'mail' : 'other';
  }
  if (
    method.startsWith('Spreadsheet') ||
    method.startsWith('Sheet.') ||
    method.startsWith('Range.') ||
    method.startsWith('Ui.')
  ) {
    return 'spreadsheet';
  }
  return 'other';
}

export function cellTotal(cells: Cells, direction?: CellDirection, sheet?: string): number {
  const directions: CellDirection[] = direction ? [direction] : ['read', 'written'];
  let sum = 0;
  for (const d of directions) {
    for (const [name, count] of Object.entries(cells[d])) if (!sheet || name === sheet) sum += count;
  }
  return sum;
}

/** Modelled time of one call, for the clock model. */
export function callMs(method: string): number {
  return LATENCY_MS[serviceOf(method)];
}

/** Estimated Apps Script wall time of a run, in milliseconds. */
export function estimateMs(calls: Record<string, number>, cells: Cells): number {
  let ms = 0;
  for (const [method, count] of Object.entries(calls)) ms += count * callMs(method);
  return ms + cellTotal(cells) * MS_PER_CELL;
}
