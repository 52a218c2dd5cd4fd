/**
 * `account-desk`: runs the add-on's bundle on .xlsx workbooks (SPEC §6).
 *   account-desk run [--today D] [--out DIR] [--mode M] [--quota N] FILE.xlsx...
 *   account-desk preview [--port N] [--today D] [--out DIR] FILE.xlsx
 * Exit codes: 0 success, 1 a run failed, 2 bad arguments or input.
 */
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { langFromLocale, t, type MessageKey, type MessageParams } from '../core/i18n';
import { detectRegisters } from '../core/registers';
import { parseSettings, SETTINGS_PROPERTY, type SendMode } from '../core/settings';
import type { Grid, Lang } from '../core/types';
import { createLocalRuntime, documentName, type LocalRuntime } from './runtime';
import { hasZipSignature } from './spreadsheet/document';
import { isCalendarDay } from './time';

/** A failure the user fixes by changing the command line or the input; exit code 2. */
export class InputError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

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
  lang?: Lang;
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
  /** The bundle's error, when a call threw (what was written before it is saved). */
  error?: string;
  runtime: LocalRuntime;
}

/** The CLI's language: ACCOUNT_DESK_LANG, else the POSIX locale; Russian when nothing says otherwise. */
export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.ACCOUNT_DESK_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^(c|posix)(\.|$)/i.test(locale) ? 'ru' : langFromLocale(locale);
}

/** Fails with exit code 2 unless the file exists and is a zip (every xlsx is one). */
export function checkInputFile(file: string): void {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new InputError('local.error.missingFile', { file });
  if (!hasZipSignature(file)) throw new InputError('local.error.notXlsx', { file });
}

/** Registers on the workbook's sheets, read from the first rows the way the add-on detects them. */
function registersIn(runtime: LocalRuntime): string[] {
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
  }).map((mapping) => `${mapping.sheet} (${mapping.kind})`);
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

/** Runs one workbook through the bundle and saves it next to the output; the programmatic `run`. */
export async function runWorkbook(options: RunOptions): Promise<WorkbookResult> {
  const lang = options.lang ?? 'ru';
  const say = (key: MessageKey, params: MessageParams = {}) => options.progress?.(t(lang, key, params));
  checkInputFile(options.file);
  say('local.progress.loading', { file: options.file });
  const runtime = await createLocalRuntime({
    file: options.file,
    outDir: options.outDir,
    today: options.today,
    mode: options.mode,
    dailyQuota: options.quota,
    mailFailAfter: options.mailFailAfter,
    activeUser: options.activeUser,
    distDir: options.distDir,
    onToast: (message, title) =>
      options.progress?.(`  · ${title ? `${title}: ` : ''}${message.replace(/\s*\n\s*/g, '; ')}`),
  });
  const registers = registersIn(runtime);
  if (registers.length === 0) throw new InputError('local.error.noRegister', { file: options.file });
  say('local.progress.registers', { list: registers.join(', ') });
  runtime.counters.reset();

  const calls: WorkbookResult['calls'] = [];
  let error: string | undefined;
  try {
    for (const fn of entryPointsFor(runtime)) {
      say('local.progress.calling', { fn, day: runtime.today });
      const result = runtime.call(fn);
      calls.push({ fn, result });
      if (typeof result === 'string' && result)
        say('local.progress.result', { fn, result: result.replace(/\s+/g, ' ') });
    }
  } catch (caught) {
    error = errorText(caught);
  } finally {
    // Sheets keeps what was written before an exception, even inside a held lock: save it, then report.
    await runtime.save();
  }
  const serviceCalls = runtime.counters.snapshot();
  const totalCalls = runtime.counters.total();
  say('local.progress.saved', { file: runtime.documentPath });
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
    runtime,
  };
}

function wholeNumber(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new InputError('local.error.badNumber', { option, value });
  return Number(value);
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        today: { type: 'string' },
        out: { type: 'string' },
        mode: { type: 'string' },
        quota: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new InputError('local.error.badArguments', { message: errorText(error) });
  }
}

async function runCommand(values: ReturnType<typeof parse>['values'], files: string[], io: Io, lang: Lang) {
  const today = values.today;
  if (today !== undefined && !isCalendarDay(today))
    throw new InputError('local.error.badToday', { value: today });
  const mode = values.mode;
  if (mode !== undefined && !['preview', 'draft', 'send'].includes(mode)) {
    throw new InputError('local.error.badMode', { value: mode });
  }
  const quota = wholeNumber('--quota', values.quota);
  if (files.length === 0) throw new InputError('local.error.noFiles');
  for (const file of files) checkInputFile(file);
  const outDir = values.out ?? 'out';
  let failed = false;
  const results: WorkbookResult[] = [];
  for (const file of files) {
    const result = await runWorkbook({
      file,
      outDir,
      today,
      mode: mode as SendMode | undefined,
      quota,
      lang,
      progress: io.out,
    });
    results.push(result);
    if (result.error) {
      failed = true;
      io.err(t(lang, 'local.error.runFailed', { file, message: result.error, output: result.documentPath }));
    }
  }
  for (const result of results) {
    io.out(
      t(lang, 'local.summary.workbook', {
        name: result.name,
        sheets: result.sheetsWritten.length,
        sheetList: result.sheetsWritten.length ? ` (${result.sheetsWritten.join(', ')})` : '',
        messages: result.messages,
        drafts: result.drafts,
        calls: result.totalCalls,
      }),
    );
  }
  io.out(t(lang, 'local.summary.where', { dir: relative(process.cwd(), outDir) || '.' }));
  return failed ? 1 : 0;
}

async function previewCommand(
  values: ReturnType<typeof parse>['values'],
  files: string[],
  io: Io,
  lang: Lang,
) {
  const today = values.today;
  if (today !== undefined && !isCalendarDay(today))
    throw new InputError('local.error.badToday', { value: today });
  const port = wholeNumber('--port', values.port) ?? 8080;
  if (files.length === 0) throw new InputError('local.error.noFiles');
  checkInputFile(files[0]);
  const { startPreviewServer } = await import('./preview/server');
  const server = await startPreviewServer({ file: files[0], outDir: values.out ?? 'out', port, today });
  io.out(t(lang, 'local.preview.listening', { file: files[0], url: server.url }));
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      void server.close().then(resolveStop);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** The command line; resolves to the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = cliLang(io.env);
  try {
    const { values, positionals } = parse(argv);
    const [command, ...files] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.out(t(lang, 'local.help'));
      return values.help || command === 'help' ? 0 : 2;
    }
    if (command === 'run') return await runCommand(values, files, io, lang);
    if (command === 'preview') return await previewCommand(values, files, io, lang);
    throw new InputError('local.error.unknownCommand', { command });
  } catch (error) {
    if (error instanceof InputError) {
      io.err(t(lang, error.key, error.params));
      return 2;
    }
    io.err(errorText(error));
    return 1;
  }
}
