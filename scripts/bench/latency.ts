/**
 * What a run would cost on Google's servers, from the calls the local
 * services counted. Apps Script publishes no latency figures, so these are
 * stated assumptions, with where each comes from, and the table says so.
 */

/** Milliseconds per call, by service. */
export const LATENCY_MS = {
  /** Spreadsheet service round trip (getRange/getValues/setValue…): assumed 50 ms. */
  spreadsheet: 50,
  /** One MailApp.sendEmail: assumed 300 ms. */
  mail: 300,
  /** PropertiesService, LockService, ScriptApp, CacheService…: assumed 30 ms. */
  other: 30,
} as const;

export const LATENCY_SOURCES = [
  'Google, "Best practices" for Apps Script (developers.google.com/apps-script/guides/support/best-practices): ' +
    'service calls are the slow part; read and write in batches, never alternate per cell.',
  'Google Apps Script blog, "Optimizing Spreadsheet Operations" (2010): calls to Spreadsheets are ' +
    '"measurably slower" than script code; look-ahead and write caches soften per-cell loops, so the naive ' +
    'estimate is an upper bound for reads next to each other.',
  'L. Peralta, "Google Apps Script APIs performance" (ziritione.org/post/apps_script_performance): ' +
    'PropertiesService 20–64 ms average per call, CacheService.put ~90 ms, measured over 100 runs.',
  'The 50 ms per Spreadsheet call and 300 ms per MailApp.sendEmail are our assumptions in that range, ' +
    'not our measurements on Google servers.',
];

/** Apps Script limits (developers.google.com/apps-script/guides/services/quotas). */
export const LIMITS = {
  executionMs: 6 * 60_000,
  triggerDailyConsumerMs: 90 * 60_000,
  triggerDailyWorkspaceMs: 6 * 60 * 60_000,
  recipientsConsumer: 100,
  recipientsWorkspace: 1500,
};

function serviceOf(method: string): keyof typeof LATENCY_MS {
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

/** Estimated Apps Script wall time of a run, in milliseconds. */
export function estimateMs(calls: Record<string, number>): number {
  let ms = 0;
  for (const [method, count] of Object.entries(calls)) ms += count * LATENCY_MS[serviceOf(method)];
  return ms;
}
