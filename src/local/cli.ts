/**
 * `account-desk`: runs the add-on's bundle on .xlsx workbooks (SPEC §6).
 *   account-desk run [--today D] [--out DIR] [--mode M] [--quota N] FILE.xlsx...
 *   account-desk preview [--port N] [--today D] [--out DIR] FILE.xlsx
 *   account-desk diagnose [--out DIR] [--json] [--compare google.json] FILE.xlsx
 * Every line is in the user's language (ACCOUNT_DESK_LANG, else the POSIX locale), the
 * add-on's own lines included. Each file of a batch gets its own outcome; the exit code is
 * the worst of them: 0 success, 1 a run failed, 2 bad arguments or input.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { diagnosticsText, diagnosticsView, differencesText } from '../app/diagnostics/view';
import { compareReports, isReport } from '../core/diagnostics/compare';
import type { DiagnosticsReport } from '../core/diagnostics/report';
import { langFromLocale, t, type MessageKey, type MessageParams } from '../core/i18n';
import { detectRegisters, registerLabel } from '../core/registers';
import { parseSettings, SETTINGS_PROPERTY, type SendMode } from '../core/settings';
import { LAST_RUN_PROPERTY } from '../app/reminders/status';
import type { Grid, Lang } from '../core/types';
import { parseCommandLine, type CommandLine } from './cli/args';
import { InputError } from './cli/inputError';
import { createLocalRuntime, documentName, type LocalRuntime } from './runtime';
import { hasZipSignature } from './spreadsheet/document';
import { UnreadableWorkbookError } from './workbookFile';

export { InputError };

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

function errorText(error: unknown): string {
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
function shown(path: string): string {
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

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** Where `Code.js` is, for callers that run another build (default `dist/`, rebuilt when stale). */
  distDir?: string;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

/** Runs every file, each to its own outcome; returns the worst exit code. */
async function runCommand(line: CommandLine, io: Io, lang: Lang): Promise<number> {
  if (line.files.length === 0) throw new InputError('local.error.noFiles');
  const outDir = line.out ?? 'out';
  const language = userLanguage(io.env);
  let worst: number = EXIT.ok;
  const outcomes: string[] = [];
  for (const file of line.files) {
    try {
      const result = await runWorkbook({
        file,
        outDir,
        today: line.today,
        mode: line.mode,
        quota: line.quota,
        lang,
        language,
        progress: io.out,
        distDir: io.distDir,
      });
      const summary = t(lang, 'local.summary.workbook', {
        name: result.name,
        sheets: result.sheetsWritten.length,
        sheetList: result.sheetsWritten.length ? ` (${result.sheetsWritten.join(', ')})` : '',
        messages: result.messages,
        drafts: result.drafts,
        calls: result.totalCalls,
      });
      if (result.storageError) {
        worst = Math.max(worst, EXIT.failed);
        io.err(result.storageError);
        outcomes.push(t(lang, 'local.outcome.failed', { file, summary }));
      } else if (result.error) {
        worst = Math.max(worst, EXIT.failed);
        const log = `${shown(result.documentPath).replace(/\.xlsx$/, '')}.log`;
        io.err(
          t(lang, 'local.error.runFailed', {
            file,
            message: result.error,
            output: shown(result.documentPath),
            log,
          }),
        );
        outcomes.push(t(lang, 'local.outcome.failed', { file, summary }));
      } else if (result.failedMessages !== undefined) {
        worst = Math.max(worst, EXIT.failed);
        io.err(t(lang, 'local.error.messagesFailed', { file, message: result.failedMessages }));
        outcomes.push(t(lang, 'local.outcome.failed', { file, summary }));
      } else outcomes.push(summary);
    } catch (error) {
      // One bad file does not stop the others.
      if (error instanceof InputError) {
        worst = Math.max(worst, EXIT.badInput);
        io.err(t(lang, error.key, error.params));
      } else {
        worst = Math.max(worst, EXIT.failed);
        io.err(t(lang, 'local.error.fileCrashed', { file, message: errorText(error) }));
      }
      outcomes.push(t(lang, 'local.outcome.skipped', { file }));
    }
  }
  for (const outcome of outcomes) io.out(outcome);
  io.out(t(lang, 'local.summary.where', { dir: shown(outDir) || '.' }));
  return worst;
}

async function previewCommand(line: CommandLine, io: Io, lang: Lang): Promise<number> {
  if (line.files.length === 0) throw new InputError('local.error.noFiles');
  if (line.files.length > 1) throw new InputError('local.error.previewOneFile', { count: line.files.length });
  const [file] = line.files;
  checkInputFile(file);
  const port = line.port ?? 8080;
  const { startPreviewServer } = await import('./preview/server');
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  try {
    server = await startPreviewServer({
      file,
      outDir: line.out ?? 'out',
      port,
      today: line.today,
      language: userLanguage(io.env),
      distDir: io.distDir,
    });
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new InputError('local.error.unreadable', { file });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES')
      throw new InputError('local.error.portBusy', { port, next: port === 65535 ? 8081 : port + 1 });
    throw error;
  }
  io.out(t(lang, 'local.preview.listening', { file, url: server.url, out: shown(line.out ?? 'out') }));
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      void server.close().then(resolveStop);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}

/** The JSON the Diagnostics sidebar copied in Google. */
function readGoogleReport(file: string): DiagnosticsReport {
  if (!existsSync(file)) throw new InputError('local.error.missingFile', { file });
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    parsed = null;
  }
  if (!isReport(parsed)) throw new InputError('diagnostics.cli.notReport', { file });
  return parsed;
}

/** The Diagnostics report of the local runtime; with `--compare`, its differences from Google's (exit 1 if any). */
async function diagnoseCommand(line: CommandLine, io: Io, lang: Lang): Promise<number> {
  if (line.files.length === 0) throw new InputError('local.error.noFiles');
  const [file] = line.files;
  checkInputFile(file);
  const google = line.compare === undefined ? null : readGoogleReport(line.compare);
  const { diagnoseWorkbook } = await import('./diagnose');
  let report: DiagnosticsReport;
  try {
    report = await diagnoseWorkbook({ file, outDir: line.out, distDir: io.distDir });
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new InputError('local.error.unreadable', { file });
    throw error;
  }
  if (google) {
    const differences = compareReports(report, google);
    for (const text of differencesText(differences, lang)) io.out(text);
    return differences.length ? EXIT.failed : EXIT.ok;
  }
  if (line.json) io.out(JSON.stringify(report, null, 2));
  else for (const text of diagnosticsText(diagnosticsView(report, lang))) io.out(text);
  return EXIT.ok;
}

/** The command line; resolves to the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = cliLang(io.env);
  try {
    const line = parseCommandLine(argv);
    if (line.help || line.command === undefined || line.command === 'help') {
      io.out(t(lang, 'local.help'));
      return line.help || line.command === 'help' ? EXIT.ok : EXIT.badInput;
    }
    if (line.command === 'run') return await runCommand(line, io, lang);
    if (line.command === 'preview') return await previewCommand(line, io, lang);
    if (line.command === 'diagnose') return await diagnoseCommand(line, io, lang);
    throw new InputError('local.error.unknownCommand', { command: line.command });
  } catch (error) {
    if (error instanceof InputError) {
      io.err(t(lang, error.key, error.params));
      return EXIT.badInput;
    }
    io.err(t(lang, 'local.error.crashed', { message: errorText(error) }));
    return EXIT.failed;
  }
}
