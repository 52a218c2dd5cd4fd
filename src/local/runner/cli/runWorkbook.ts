/** One workbook through the bundle: the programmatic `run`, and what the CLI prints of it. */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { langFromLocale, t, type MessageKey, type MessageParams } from '../../../core/i18n';
import { detectRegisters, registerLabel } from '../../../core/registers';
import { parseSettings, SETTINGS_PROPERTY, type SendMode } from '../../../core/settings';
import { LAST_RUN_PROPERTY } from '../../../core/reminders/lastRun';
import type { Grid, Lang } from '../../../core/types';
import { hasZipSignature } from '../document';
import { createLocalRuntime, documentName, type LocalRuntime } from '../runtime';
import { UnreadableWorkbookError } from '../workbookFile';
import { InputError } from './inputError';

/** Exit codes, ordered: a batch exits with the worst of its files. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

export interface RunOptions {
  file: string;
  outDir?: string;
  today?: string;
  mode?: SendMode;
  quota?: number;
  mailFailAfter?: number;
  activeUser?: string;
  /** Where `Code.js` is (default `dist/`, rebuilt when stale). */
  distDir?: string;
  /** Progress lines (the CLI prints them). */
  progress?: (line: string) => void;
  /** The language of the progress lines. */
  lang?: Lang;
  /** The add-on's interface language for this run, written into its settings (default: left as set). */
  language?: Lang;
}

export interface WorkbookResult {
  name: string;
  documentPath: string;
  /** Entry points called, with what each returned. */
  calls: { fn: string; result: unknown }[];
  sheetsWritten: string[];
  messages: number;
  drafts: number;
  /** Service calls made by the bundle, by method. */
  serviceCalls: Record<string, number>;
  totalCalls: number;
  registers: string[];
  /** The bundle's error, when a call threw or reported a failure (what was written before it is saved). */
  error?: string;
  /** The run's own outcome when some email failed (the bundle records it as the last run). */
  failedMessages?: string;
  /** Why the document's state could not be saved (a full disk, no permission), in the user's language. */
  storageError?: string;
  runtime: LocalRuntime;
}

/** The locale the environment names, when it names one (C and POSIX name none). */
function localeOf(env: NodeJS.ProcessEnv): string | undefined {
  const locale = env.ACCOUNT_DESK_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale && !/^(c|posix)(\.|$)/i.test(locale) ? locale : undefined;
}

/** The CLI's language: ACCOUNT_DESK_LANG, else the POSIX locale; Russian when nothing says otherwise. */
export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return langFromLocale(localeOf(env));
}

/** The user's language when the environment says it; then the add-on speaks it too. */
export function userLanguage(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  const locale = localeOf(env);
  return locale ? langFromLocale(locale) : undefined;
}

/** Fails with exit code 2 unless the file exists and is a zip (every xlsx is one). */
export function checkInputFile(file: string): void {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new InputError('local.error.missingFile', { file });
  if (!hasZipSignature(file)) throw new InputError('local.error.notXlsx', { file });
}

/** Registers on the workbook's sheets, read from the first rows the way the add-on detects them. */
function registersIn(runtime: LocalRuntime, lang: Lang): string[] {
  const spreadsheet = runtime.spreadsheet;
  const grids: Grid[] = spreadsheet.workbook.worksheets.map((ws) => {
    const sheet = spreadsheet.sheetOf(ws);
    const rows = Math.min(10, Math.max(1, sheet.getLastRow()));
    const range = sheet.getRange(1, 1, rows, Math.max(1, sheet.getLastColumn()));
    return {
      sheet: ws.name,
      values: range.getValues(),
      display: range.getDisplayValues(),
      backgrounds: [],
      formats: [],
    };
  });
  const overrides = parseSettings(runtime.state.document[SETTINGS_PROPERTY]).mapping;
  return detectRegisters(grids, overrides, {
    timeZone: spreadsheet.currentTimeZone(),
    referenceDay: runtime.today,
  }).map((mapping) => {
    const label = registerLabel(mapping.kind, lang);
    return mapping.sheet.toLowerCase() === label.toLowerCase()
      ? mapping.sheet
      : `${mapping.sheet} (${label})`;
  });
}

export function errorText(error: unknown): string {
  const message =
    error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
  return message.split('\n')[0];
}

/**
 * Entry points of a run (SPEC §6): what the add-on's one clock trigger calls, `dailyRun`, which
 * recalculates and does the Monday work on Mondays; a bundle without it is only recalculated,
 * and one without either only opens (`onOpen`).
 */
export function entryPointsFor(runtime: LocalRuntime): string[] {
  const present = ['dailyRun', 'recalculate'].filter((fn) => runtime.has(fn));
  return present.length ? present.slice(0, 1) : ['onOpen'];
}

/** A path as the user would type it: relative to the working folder when inside it. */
export function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/** Runs one workbook through the bundle and saves it next to the output; the programmatic `run`. */
export async function runWorkbook(options: RunOptions): Promise<WorkbookResult> {
  const lang = options.lang ?? 'ru';
  const say = (key: MessageKey, params: MessageParams = {}) => options.progress?.(t(lang, key, params));
  checkInputFile(options.file);
  say('local.progress.loading', { file: options.file });
  /** What the add-on has told the user during the current call (its toasts), each printed once. */
  const told: string[] = [];
  let runtime: LocalRuntime;
  try {
    runtime = await createLocalRuntime({
      file: options.file,
      outDir: options.outDir,
      today: options.today,
      mode: options.mode,
      language: options.language,
      dailyQuota: options.quota,
      mailFailAfter: options.mailFailAfter,
      activeUser: options.activeUser,
      distDir: options.distDir,
      onToast: (message) => {
        const line = message.replace(/\s*\n\s*/g, '; ');
        told.push(line);
        say('local.progress.toast', { message: line });
      },
    });
  } catch (error) {
    if (error instanceof UnreadableWorkbookError)
      throw new InputError('local.error.unreadable', { file: options.file });
    throw error;
  }
  const registers = registersIn(runtime, lang);
  if (registers.length === 0) throw new InputError('local.error.noRegister', { file: options.file });
  say('local.progress.registers', { list: registers.join(', ') });
  for (const file of runtime.unreadInbox) say('local.progress.inboxUnread', { file });
  runtime.counters.reset();

  const calls: WorkbookResult['calls'] = [];
  let error: string | undefined;
  let storageError: string | undefined;
  const lastRunBefore = runtime.state.document[LAST_RUN_PROPERTY];
  try {
    for (const fn of entryPointsFor(runtime)) {
      say('local.progress.calling', { fn, day: runtime.today });
      told.length = 0;
      const errorsBefore = runtime.errors.length;
      const result = runtime.call(fn);
      calls.push({ fn, result });
      const text = typeof result === 'string' ? result.replace(/\s+/g, ' ').trim() : '';
      // The result is usually the summary the add-on has just shown as a toast: say it once.
      if (text && !told.some((line) => line.replace(/\s+/g, ' ').trim() === text))
        say('local.progress.toast', { message: text });
      // The triggers never throw (Apps Script would only log it): a failure is logged at error severity.
      if (runtime.errors.length > errorsBefore) {
        error = t(lang, 'local.error.bundleFailed', { fn });
        break;
      }
    }
  } catch (caught) {
    error = errorText(caught);
  } finally {
    // Sheets keeps what was written before an exception, even inside a held lock: save it, then report.
    try {
      await runtime.save();
    } catch (caught) {
      storageError = storageErrorText(lang, options.file, runtime.outDir, caught);
    }
  }
  const storageFailure = runtime.storageFailure();
  if (storageFailure) storageError = storageErrorText(lang, options.file, runtime.outDir, storageFailure);
  const lastRun = runtime.state.document[LAST_RUN_PROPERTY];
  let failedMessages: string | undefined;
  if (lastRun && lastRun !== lastRunBefore) {
    const parsed = JSON.parse(lastRun) as { ok?: boolean; outcome?: string };
    if (parsed.ok === false) failedMessages = parsed.outcome ?? '';
  }
  const serviceCalls = runtime.counters.snapshot();
  const totalCalls = runtime.counters.total();
  say('local.progress.saved', { file: shown(runtime.documentPath) });
  const sent = runtime.sent();
  return {
    name: documentName(options.file),
    documentPath: runtime.documentPath,
    calls,
    sheetsWritten: [...runtime.spreadsheet.changedSheets],
    messages: sent.filter((record) => record.kind === 'sent').length,
    drafts: sent.filter((record) => record.kind === 'draft').length,
    serviceCalls,
    totalCalls,
    registers,
    error,
    failedMessages,
    storageError,
    runtime,
  };
}

/** "Could not save …: no space left on the disk" — the truth about what is on disk, in the user's language. */
function storageErrorText(lang: Lang, file: string, dir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason =
    code === 'ENOSPC' || code === 'EACCES'
      ? t(lang, `local.storage.${code}`)
      : t(lang, 'local.storage.other', { message: errorText(error) });
  return t(lang, 'local.error.storageFailed', { file, dir: shown(dir), reason });
}
