/**
 * The local Apps Script runtime: one workbook, one vm context whose globals
 * are the local services, and the very `dist/Code.js` that clasp pushes.
 *
 * The document lives with the output: `DIR/<name>.xlsx` plus
 * `DIR/<name>.properties.json` (properties, triggers, quota) and
 * `DIR/<name>.sheets.json` (the add-on's own sheets, written whenever the
 * document lock is released, so a concurrent process sees them at once).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import * as vm from 'node:vm';
import type ExcelJS from 'exceljs';
import { OUTPUT_SHEET_NAMES } from '../core/ownedSheets';
import { parseSettings, SETTINGS_PROPERTY, type SendMode } from '../core/settings';
import type { Lang } from '../core/types';
import { createCacheService } from './cache';
import { CallCounter } from './counters';
import { Faults } from './faults';
import { createHtmlService } from './html';
import { createLockService, heartbeat } from './lock';
import { createMailServices, type SentRecord } from './mail';
import { createPropertiesService } from './properties';
import { guardServices, type AuthState } from './auth';
import { clockFirings } from './scheduler';
import { createScriptApp } from './triggers';
import {
  applySnapshot,
  readDocumentMeta,
  readWorkbook,
  snapshotSheets,
  writeDocumentMeta,
  writeWorkbook,
  type SheetSnapshot,
} from './spreadsheet/document';
import { createSpreadsheetApp, LocalSpreadsheet } from './spreadsheet/spreadsheet';
import { emptyRecordedUi, type RecordedUi } from './spreadsheet/ui';
import { assignState, loadState, saveState, type LocalState } from './state';
import {
  contextDateFactory,
  dayAtHour,
  dayOf,
  DEFAULT_TIME_ZONE,
  fixContextClock,
  instantToWallClock,
  RUN_HOUR,
} from './time';
import { createLogger, createSession, createUtilities } from './utilities';
import { readInputWorkbook } from './workbookFile';

export const DEFAULT_ACTIVE_USER = 'manager@agency.example';

/** The project root: this file sits two levels down, in `src/local/` or `build/local/`. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');

export interface LocalRuntimeOptions {
  /** The input workbook (the user's current tables). */
  file: string;
  /** Where the document lives after the run (default `out`). */
  outDir?: string;
  /** The run's day `YYYY-MM-DD`: "now" is 09:00 that day in the spreadsheet's zone; default: the real now. */
  today?: string;
  /** Written into the settings before anything runs. */
  mode?: SendMode;
  /** The interface language of the run (the CLI user's), written into the settings like `mode`. */
  language?: Lang;
  dailyQuota?: number;
  /** Test hook: every mail after the first k throws a service error. */
  mailFailAfter?: number;
  /** Injected faults (kills, full disks, a failing mail service); default: `ACCOUNT_DESK_FAULTS`. */
  faults?: Faults;
  activeUser?: string;
  /** Where `Code.js` and the sidebars are (default `dist/`, rebuilt when stale). */
  distDir?: string;
  /** Called with each toast, e.g. to print progress. */
  onToast?: (message: string, title: string) => void;
  /** Echo the bundle's console and Logger output to stderr. */
  echoLogs?: boolean;
  /** Answers for Ui.prompt, in order. */
  promptAnswers?: string[];
  /** Run as an installed Editor add-on (its menu and trigger rules), not as a bound script. */
  addOn?: boolean;
}

/** One clock trigger that fired, with what its handler returned. */
export interface TriggerRun {
  handler: string;
  /** ISO instant it fired. */
  at: string;
  /** The wall-clock time it fired at in the spreadsheet's zone, `YYYY-MM-DD HH:MM`. */
  local: string;
  result: unknown;
}

export interface LocalRuntime {
  context: vm.Context;
  spreadsheet: LocalSpreadsheet;
  state: LocalState;
  counters: CallCounter;
  ui: RecordedUi;
  outDir: string;
  /** `DIR/<name>.xlsx`. */
  documentPath: string;
  propertiesPath: string;
  /** The run's calendar day in the spreadsheet's zone (moves when a trigger fires on another day). */
  readonly today: string;
  /** Lines the bundle logged (console and Logger). */
  logs: string[];
  /** Lines the bundle logged at error severity (`console.error`): how it reports a failed run. */
  errors: string[];
  /** Whether the bundle has a top-level function of this name. */
  has(fnName: string): boolean;
  /** Calls a top-level function of the bundle, as a menu click or a sidebar does (AuthMode.FULL). */
  call(fnName: string, ...args: unknown[]): unknown;
  /** Opens the spreadsheet: the simple trigger `onOpen` in AuthMode.NONE or LIMITED, as Sheets runs it. */
  open(authMode: 'NONE' | 'LIMITED'): void;
  /**
   * Fires the installed clock triggers due in [fromMs, toMs) in time order, each with "now"
   * at its instant; the clock stays at the last one.
   */
  runClockTriggers(fromMs: number, toMs: number): TriggerRun[];
  /** Moves "now" forward for the bundle and the services: the benchmark's model of the time calls take. */
  advanceClock(ms: number): void;
  /** Mail written so far by this runtime. */
  sent(): SentRecord[];
  /** Writes the workbook, properties and the own-sheet snapshot next to the output. */
  save(): Promise<void>;
  /**
   * Why the document's state could not be saved (a full disk, no permission), once that
   * happened: from then on nothing more is sent, and the CLI reports it.
   */
  storageFailure(): Error | null;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds `dist/` with the real build script when Code.js is missing or older than any source file. */
export function ensureBuilt(root = PROJECT_ROOT): string {
  const dist = join(root, 'dist');
  const code = join(dist, 'Code.js');
  const sources = [join(root, 'src'), join(root, 'appsscript.json')].filter(existsSync);
  const newest = Math.max(
    ...sources.map((path) => (statSync(path).isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)),
  );
  if (!existsSync(code) || statSync(code).mtimeMs < newest) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
  }
  return dist;
}

/** A stamp that changes whenever another process rewrites a file. */
function stamp(path: string): string {
  if (!existsSync(path)) return '';
  const stats = statSync(path);
  return `${stats.mtimeMs}:${stats.size}`;
}

function readSnapshots(path: string): SheetSnapshot[] {
  return JSON.parse(readFileSync(path, 'utf8')) as SheetSnapshot[];
}

/** Writes through a temporary file and a rename: a process killed mid-write leaves the old file whole. */
function writeFileAtomic(path: string, content: string, faults?: Faults): void {
  const temporary = `${path}.${process.pid}.tmp`;
  if (faults) faults.writeFile('output', temporary, content);
  else writeFileSync(temporary, content);
  renameSync(temporary, path);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Half-written temporary files of a document that a killed process left behind (`<file>.<pid>.tmp…`). */
function removeDeadTemporaries(outDir: string, name: string): void {
  const prefix = `${name}.`;
  for (const entry of readdirSync(outDir)) {
    const match = /\.(\d+)\.tmp(?:\.xlsx)?$/.exec(entry);
    if (!entry.startsWith(prefix) || !match || isAlive(Number(match[1]))) continue;
    try {
      unlinkSync(join(outDir, entry));
    } catch {
      // Another process cleaned it up first.
    }
  }
}

/**
 * Savers of runtimes whose bundle holds a lock right now. A process can end inside a
 * locked section (an uncaught error, `process.exit`): their own sheets and properties
 * are then saved on exit, synchronously as exit requires, so the next run sees them.
 */
const unsavedOnExit = new Set<() => void>();
let exitHookInstalled = false;

function saveOnExit(save: () => void): void {
  unsavedOnExit.add(save);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Before the lock service's own exit hook deletes the lock files: save while still the holder.
  process.prependListener('exit', () => {
    for (const pending of unsavedOnExit) {
      try {
        pending();
      } catch {
        // Exiting anyway: the previous state on disk is still whole.
      }
    }
  });
}

/** The manifest's time zone: what a clock trigger fires in unless it is given another. */
function manifestTimeZone(distDir: string): string {
  const manifest = join(distDir, 'appsscript.json');
  if (!existsSync(manifest)) return DEFAULT_TIME_ZONE;
  const { timeZone } = JSON.parse(readFileSync(manifest, 'utf8')) as { timeZone?: unknown };
  return typeof timeZone === 'string' && timeZone ? timeZone : DEFAULT_TIME_ZONE;
}

/**
 * The event a time-driven trigger passes its handler, its fields in UTC
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events).
 */
function timeDrivenEvent(atMs: number, triggerUid: string): Record<string, unknown> {
  const at = new Date(atMs);
  const weekday = at.getUTCDay();
  return {
    authMode: 'FULL',
    triggerUid,
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    'day-of-month': at.getUTCDate(),
    'day-of-week': weekday === 0 ? 7 : weekday,
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
    timezone: 'UTC',
  };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Exit codes of a process ended by a signal, as a shell reports them (128 + the signal's number). */
const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
let signalHandlersInstalled = false;

/**
 * SIGINT, SIGTERM and SIGHUP end the process without losing a write: Node runs a handler only
 * between two pieces of JavaScript, so a bundle call in progress finishes first (no message is
 * cut in half), then what the bundle holds under a lock is saved (the exit hook above) and the
 * process exits with the shell's code for that signal.
 */
function exitCleanlyOnSignals(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      // Someone else handles it (the preview server closes itself): leave the exit to them.
      if (process.listenerCount(signal) > 1) return;
      process.exit(code);
    });
  }
}

export function documentName(file: string): string {
  return basename(file, extname(file));
}

/** Loads the workbook and the document's state, and a vm context with the bundle in it. */
export async function createLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const file = resolve(options.file);
  const outDir = resolve(options.outDir ?? 'out');
  const faults = options.faults ?? Faults.fromEnv();
  exitCleanlyOnSignals();
  mkdirSync(outDir, { recursive: true });
  const name = documentName(file);
  removeDeadTemporaries(outDir, name);
  const documentPath = join(outDir, `${name}.xlsx`);
  const propertiesPath = join(outDir, `${name}.properties.json`);
  const sheetsPath = join(outDir, `${name}.sheets.json`);
  const inputProperties = join(dirname(file), `${name}.properties.json`);

  const workbook: ExcelJS.Workbook = await readInputWorkbook(file);
  // The add-on's own sheets come from the last state of the document, not from the input.
  if (existsSync(sheetsPath)) {
    for (const snapshot of readSnapshots(sheetsPath)) applySnapshot(workbook, snapshot);
  } else if (existsSync(documentPath) && resolve(documentPath) !== file) {
    const previous = await readWorkbook(documentPath);
    for (const snapshot of snapshotSheets(previous, OUTPUT_SHEET_NAMES)) applySnapshot(workbook, snapshot);
  }
  const state = loadState(
    existsSync(propertiesPath) || !existsSync(inputProperties) ? propertiesPath : inputProperties,
  );
  const seen = { sheets: stamp(sheetsPath), properties: stamp(propertiesPath) };

  const meta = readDocumentMeta(workbook);
  let nowMs = options.today ? dayAtHour(options.today, RUN_HOUR, meta.timeZone) : Date.now();
  let today = options.today ?? dayOf(nowMs, meta.timeZone);

  if (options.mode || options.language) {
    // Only these change: the rest stays as stored, so the bundle still sees (and reports) bad values.
    let stored: unknown = null;
    try {
      stored = JSON.parse(state.document[SETTINGS_PROPERTY] ?? 'null');
    } catch {
      stored = null;
    }
    const settings = isPlainRecord(stored) ? stored : parseSettings(null);
    state.document[SETTINGS_PROPERTY] = JSON.stringify({
      ...settings,
      ...(options.mode ? { mode: options.mode } : {}),
      ...(options.language ? { language: options.language } : {}),
    });
  }

  const counters = new CallCounter();
  const ui = emptyRecordedUi();
  const logs: string[] = [];
  const errors: string[] = [];
  const echo = options.echoLogs ?? false;
  const context = vm.createContext({});
  const makeDate = contextDateFactory(context);
  let setContextClock = options.today ? fixContextClock(context, nowMs) : null;
  /** Moves "now" for the bundle and the services (a trigger firing at its own instant). */
  const setNow = (ms: number): void => {
    nowMs = ms;
    today = dayOf(ms, spreadsheet.currentTimeZone());
    if (setContextClock) setContextClock(ms);
    else setContextClock = fixContextClock(context, ms);
  };
  const auth: AuthState = { mode: 'FULL', addOn: options.addOn ?? false };

  const spreadsheet = new LocalSpreadsheet({
    workbook,
    name,
    idSeed: documentPath,
    timeZone: meta.timeZone,
    locale: meta.locale,
    counter: counters,
    makeDate,
    now: () => (options.today ? nowMs : Date.now()),
    recorded: ui,
    onToast: options.onToast,
  });

  /** Another process released the lock after writing: take its sheets and properties. */
  const reloadFromDisk = (): void => {
    const sheetsNow = stamp(sheetsPath);
    if (sheetsNow && sheetsNow !== seen.sheets) {
      for (const snapshot of readSnapshots(sheetsPath)) applySnapshot(workbook, snapshot);
      seen.sheets = sheetsNow;
    }
    const propertiesNow = stamp(propertiesPath);
    if (propertiesNow && propertiesNow !== seen.properties) {
      assignState(state, loadState(propertiesPath));
      seen.properties = propertiesNow;
    }
  };
  let storageFailure: Error | null = null;
  const writeOutput = (path: string, content: string) => faults.writeFile('output', path, content);
  const saveShared = (): void => {
    try {
      writeFileAtomic(sheetsPath, JSON.stringify(snapshotSheets(workbook, OUTPUT_SHEET_NAMES)), faults);
      saveState(propertiesPath, state, writeOutput);
    } catch (error) {
      storageFailure ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    }
    seen.sheets = stamp(sheetsPath);
    seen.properties = stamp(propertiesPath);
  };
  /**
   * `SpreadsheetApp.flush()` makes the bundle's writes durable, as in Sheets: under a lock the
   * own sheets and properties are written to disk at once (atomically). Outside a lock they wait
   * for the release or the final save, since only a holder may write the shared state.
   */
  const flush = (): void => {
    heartbeat();
    if (held > 0) saveShared();
    faults.afterFlush();
  };
  /** Locks (document, script, user) this process holds for the bundle right now. */
  let held = 0;
  // While the bundle holds a lock, dying must not lose its writes; only a holder may write
  // them, since without the lock another process's newer state would be overwritten.
  const saveHeldWrites = (): void => saveShared();
  const lockPath = `${documentPath}.lock`;
  const LockService = createLockService({
    lockPath,
    counter: counters,
    onAcquired: () => {
      held += 1;
      saveOnExit(saveHeldWrites);
      reloadFromDisk();
    },
    onReleased: () => {
      held = Math.max(0, held - 1);
      if (held === 0) unsavedOnExit.delete(saveHeldWrites);
      try {
        saveShared();
      } catch {
        // Recorded in `storageFailure`: the mail service now refuses to send, and the CLI says
        // why. Releasing must still succeed, or the bundle would report the wrong failure.
      }
    },
  });

  const mail = createMailServices({
    outDir,
    state,
    today: () => today,
    counter: counters,
    dailyQuota: options.dailyQuota,
    failAfter: options.mailFailAfter,
    activeUser: options.activeUser ?? DEFAULT_ACTIVE_USER,
    now: () => new Date(nowMs),
    faults,
    blocked: () =>
      storageFailure
        ? `Nothing more is sent: the run's state could not be saved (${storageFailure.message})`
        : null,
    onDelivered: heartbeat,
  });
  const distDir = options.distDir ?? ensureBuilt();
  const scriptTimeZone = manifestTimeZone(distDir);
  const print =
    (level: string) =>
    (...args: unknown[]): void => {
      const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      logs.push(level === 'log' ? line : `${level}: ${line}`);
      if (level === 'error') errors.push(line);
      if (echo) process.stderr.write(`${line}\n`);
    };

  const services = {
    SpreadsheetApp: createSpreadsheetApp(spreadsheet, ui, options.promptAnswers, flush),
    MailApp: mail.MailApp,
    GmailApp: mail.GmailApp,
    PropertiesService: createPropertiesService(state, counters),
    CacheService: createCacheService(counters, () => nowMs),
    LockService,
    ScriptApp: createScriptApp(state, counters, { scriptTimeZone, addOn: auth.addOn }),
    HtmlService: createHtmlService(distDir, counters),
    Utilities: createUtilities(counters, makeDate),
    Session: createSession(counters, {
      activeUser: options.activeUser ?? DEFAULT_ACTIVE_USER,
      // "Gets the time zone of the script" — the project's (the manifest's), not the spreadsheet's:
      // https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
      timeZone: () => scriptTimeZone,
      locale: () => spreadsheet.currentLocale(),
    }),
    Logger: createLogger(counters, { lines: logs, echo }),
    console: { log: print('log'), info: print('info'), warn: print('warn'), error: print('error') },
  };
  Object.assign(context, guardServices(services, auth));
  vm.runInContext(readFileSync(join(distDir, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });

  // The final save takes the document lock like any writer, through a lock whose calls are not the bundle's.
  const saveLock = createLockService({
    lockPath,
    counter: new CallCounter(),
    onAcquired: reloadFromDisk,
    onReleased: saveShared,
  });

  const callIn = (mode: AuthState['mode'], fnName: string, args: unknown[]): unknown => {
    if (!/^[A-Za-z_$][\w$]*$/.test(fnName) || vm.runInContext(`typeof ${fnName}`, context) !== 'function') {
      throw new Error(`Script function not found: ${fnName}`);
    }
    const fn = (context as Record<string, (...a: unknown[]) => unknown>)[fnName];
    auth.mode = mode;
    try {
      return fn(...args);
    } finally {
      auth.mode = 'FULL';
    }
  };
  const enumValue = (name: string, member: string): unknown =>
    vm.runInContext(`ScriptApp.${name}.${member}`, context);

  return {
    context,
    spreadsheet,
    state,
    counters,
    ui,
    outDir,
    documentPath,
    propertiesPath,
    get today() {
      return today;
    },
    logs,
    errors,
    has: (fnName) => vm.runInContext(`typeof ${fnName}`, context) === 'function',
    call: (fnName, ...args) => callIn('FULL', fnName, args),
    open(authMode) {
      // The Sheets onOpen event (https://developers.google.com/apps-script/guides/triggers/events#open):
      // without authorization the event carries no spreadsheet.
      const event: Record<string, unknown> = { authMode: enumValue('AuthMode', authMode) };
      if (authMode !== 'NONE') event.source = spreadsheet;
      callIn(authMode, 'onOpen', [event]);
    },
    runClockTriggers(fromMs, toMs) {
      const runs: TriggerRun[] = [];
      for (const firing of clockFirings(state.triggers, fromMs, toMs, scriptTimeZone)) {
        // A trigger deleted by an earlier firing does not fire any more.
        if (!state.triggers.some((trigger) => trigger.id === firing.trigger.id)) continue;
        setNow(firing.atMs);
        const result = callIn('FULL', firing.trigger.handler, [
          timeDrivenEvent(firing.atMs, firing.trigger.id),
        ]);
        const wall = new Date(instantToWallClock(firing.atMs, spreadsheet.currentTimeZone()));
        runs.push({
          handler: firing.trigger.handler,
          at: new Date(firing.atMs).toISOString(),
          local: wall.toISOString().slice(0, 16).replace('T', ' '),
          result,
        });
      }
      return runs;
    },
    advanceClock: (ms) => setNow(nowMs + ms),
    sent: () => mail.sent(),
    storageFailure: () => storageFailure,
    async save() {
      const lock = saveLock.getDocumentLock();
      lock.waitLock(60_000);
      try {
        writeDocumentMeta(workbook, {
          timeZone: spreadsheet.currentTimeZone(),
          locale: spreadsheet.currentLocale(),
        });
        faults.checkWrite('output', documentPath);
        await writeWorkbook(workbook, documentPath);
        if (logs.length) writeFileAtomic(join(outDir, `${name}.log`), `${logs.join('\n')}\n`, faults);
      } finally {
        lock.releaseLock();
        // Releasing saved the own sheets and properties, and freed any lock the bundle left held.
        held = 0;
        unsavedOnExit.delete(saveHeldWrites);
      }
    },
  };
}
