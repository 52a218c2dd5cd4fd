/**
 * The local Apps Script runtime: one document (its files: `documentFiles.ts`, shared between
 * processes: `sharedDocument.ts`), the services over it (`../services`), and one vm context
 * with the very `dist/Code.js` that clasp pushes (`bundleContext.ts`).
 */
import { mkdirSync } from 'node:fs';
import type { SendMode } from '../../core/settings';
import type { Lang } from '../../core/types';
import type { AuthState } from '../services/auth';
import { LocalCacheService } from '../services/cache';
import { CallCounter } from '../services/counters';
import { Faults } from '../services/faults';
import { createServiceGlobals } from '../services/index';
import { LocalLock } from '../services/lock';
import type { SentRecord } from '../services/mail/mail';
import { LocalSpreadsheet } from '../services/spreadsheet/spreadsheet';
import { emptyRecordedUi, type RecordedUi } from '../services/spreadsheet/ui';
import type { LocalState } from '../services/state';
import { dayAtHour, dayOf } from '../services/time';
import { BundleContext } from './bundleContext';
import { RUN_HOUR } from './clock';
import { runClockTriggers, type TriggerRun } from './clockTriggers';
import { readDocumentMeta, writeDocumentMeta, writeWorkbook } from './document';
import { documentFiles, removeDeadTemporaries, writeFileAtomic } from './documentFiles';
import { exitCleanlyOnSignals } from './processExit';
import { ensureBuilt, manifestTimeZone } from './project';
import { applyRunSettings } from './runSettings';
import { mailServicesFor } from './mailServices';
import { loadDocument, SharedDocument } from './sharedDocument';
import { enterEdit, type UserEdit } from './userEdit';
import type * as vm from 'node:vm';

export type { TriggerRun } from './clockTriggers';
export { documentName } from './documentFiles';

export const DEFAULT_ACTIVE_USER = 'manager@agency.example';

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
  /** Echo the bundle's console output to stderr. */
  echoLogs?: boolean;
  /** Run as an installed Editor add-on (its menu and trigger rules), not as a bound script. */
  addOn?: boolean;
  /** The local Drive: `<id>/<name>` per file (default: `drive/` beside the input workbook). */
  driveDir?: string;
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
  /** Lines the bundle logged. */
  logs: string[];
  /** Lines the bundle logged at error severity (`console.error`): how it reports a failed run. */
  errors: string[];
  /** Whether the bundle has a top-level function of this name. */
  has(fnName: string): boolean;
  /** Calls a top-level function of the bundle, as a menu click or a sidebar does (AuthMode.FULL). */
  call(fnName: string, ...args: unknown[]): unknown;
  /** Opens the spreadsheet: the simple trigger `onOpen` in AuthMode.NONE or LIMITED, as Sheets runs it. */
  open(authMode: 'NONE' | 'LIMITED'): void;
  /** A person types into a cell (the simple trigger onEdit runs), or another script writes it. */
  edit(edit: UserEdit): void;
  /** CacheService forgets everything (the document's cache and the user's), as a best-effort cache may at any time. */
  evictCache(): void;
  /**
   * Fires the installed clock triggers due in [fromMs, toMs) in time order, each with "now"
   * at its instant; the clock stays at the last one.
   */
  runClockTriggers(fromMs: number, toMs: number): TriggerRun[];
  /** Moves "now" forward for the bundle and the services: the benchmark's model of the time calls take. */
  advanceClock(ms: number): void;
  /** Mail written so far by this runtime. */
  sent(): SentRecord[];
  /** Files of `DIR/inbox/` that are no readable message (left out of the mailbox). */
  unreadInbox: string[];
  /** Writes the workbook, properties and the own-sheet snapshot next to the output. */
  save(): Promise<void>;
  /**
   * Why the document's state could not be saved (a full disk, no permission), once that
   * happened: from then on nothing more is sent, and the CLI reports it.
   */
  storageFailure(): Error | null;
}

/**
 * The run's "now": with `--today` 09:00 that day in the spreadsheet's zone, else the instant the
 * runtime was made; a firing trigger moves it (and the run's day) to its own instant.
 */
class RunClock {
  private ms: number;
  private day: string;

  constructor(
    readonly fixed: boolean,
    today: string | undefined,
    timeZone: string,
  ) {
    this.ms = today ? dayAtHour(today, RUN_HOUR, timeZone) : Date.now();
    this.day = today ?? dayOf(this.ms, timeZone);
  }

  nowMs(): number {
    return this.ms;
  }

  today(): string {
    return this.day;
  }

  moveTo(ms: number, timeZone: string): void {
    this.ms = ms;
    this.day = dayOf(ms, timeZone);
  }
}

/** Loads the workbook and the document's state, and a vm context with the bundle in it. */
export async function createLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const files = documentFiles(options.file, options.outDir ?? 'out');
  const faults = options.faults ?? Faults.fromEnv();
  exitCleanlyOnSignals();
  mkdirSync(files.outDir, { recursive: true });
  removeDeadTemporaries(files.outDir, files.name);
  const { workbook, state } = await loadDocument(files);
  const shared = new SharedDocument(files, workbook, state, faults);
  const meta = readDocumentMeta(workbook);
  const clock = new RunClock(Boolean(options.today), options.today, meta.timeZone);
  applyRunSettings(state, options);

  const counters = new CallCounter();
  const ui = emptyRecordedUi();
  const log = { lines: [] as string[], errors: [] as string[], echo: options.echoLogs ?? false };
  const auth: AuthState = { mode: 'FULL', addOn: options.addOn ?? false };
  const bundle = new BundleContext(auth, clock.fixed ? clock.nowMs() : null);
  const spreadsheet = new LocalSpreadsheet({
    workbook,
    name: files.name,
    timeZone: meta.timeZone,
    locale: meta.locale,
    counter: counters,
    makeDate: bundle.makeDate,
    now: () => (clock.fixed ? clock.nowMs() : Date.now()),
    recorded: ui,
    onToast: options.onToast,
  });
  const mail = await mailServicesFor(
    { ...options, activeUser: options.activeUser ?? DEFAULT_ACTIVE_USER },
    { outDir: files.outDir, state, clock, counter: counters, faults, makeDate: bundle.makeDate, log },
    shared,
  );
  const distDir = options.distDir ?? ensureBuilt();
  const scriptTimeZone = manifestTimeZone(distDir);
  const cache = new LocalCacheService(counters, () => (clock.fixed ? clock.nowMs() : Date.now()));
  const globals = createServiceGlobals({
    spreadsheet,
    ui,
    flush: () => shared.flush(),
    mail,
    cache,
    lock: shared.bundleLock(counters),
    state,
    counter: counters,
    auth,
    scriptTimeZone,
    distDir,
    effectiveUser: options.activeUser ?? DEFAULT_ACTIVE_USER,
    log,
  });
  bundle.load(globals, distDir);
  // The final save takes the document lock like any writer, through a lock whose calls are not the bundle's.
  const saveLock = new LocalLock(shared.saveLock(new CallCounter()));
  const setNow = (ms: number): void => {
    clock.moveTo(ms, spreadsheet.currentTimeZone());
    bundle.setNow(ms);
  };

  return {
    context: bundle.context,
    spreadsheet,
    state,
    counters,
    ui,
    outDir: files.outDir,
    documentPath: files.documentPath,
    propertiesPath: files.propertiesPath,
    get today() {
      return clock.today();
    },
    logs: log.lines,
    errors: log.errors,
    has: (fnName) => bundle.has(fnName),
    call: (fnName, ...args) => bundle.call('FULL', fnName, args),
    open(authMode) {
      // The Sheets onOpen event (https://developers.google.com/apps-script/guides/triggers/events#open):
      // without authorization the event carries no spreadsheet.
      const event: Record<string, unknown> = { authMode: bundle.enumValue('AuthMode', authMode) };
      if (authMode !== 'NONE') event.source = spreadsheet;
      bundle.call(authMode, 'onOpen', [event]);
    },
    edit: (edit) =>
      enterEdit(
        {
          spreadsheet,
          has: (fnName) => bundle.has(fnName),
          callLimited: (fnName, event) => bundle.call('LIMITED', fnName, [event]),
          authMode: (name) => bundle.enumValue('AuthMode', name),
        },
        edit,
      ),
    evictCache: () => {
      cache.document.evictAll();
      cache.user.evictAll();
    },
    runClockTriggers: (fromMs, toMs) =>
      runClockTriggers(
        {
          state,
          scriptTimeZone,
          spreadsheetTimeZone: () => spreadsheet.currentTimeZone(),
          setNow,
          call: (handler, event) => bundle.call('FULL', handler, [event]),
        },
        fromMs,
        toMs,
      ),
    advanceClock: (ms) => setNow(clock.nowMs() + ms),
    sent: () => mail.sent(),
    unreadInbox: mail.unreadInbox,
    storageFailure: () => shared.storageFailure(),
    async save() {
      if (!saveLock.take(60_000))
        throw new Error('Lock timeout: another process was holding the lock for too long.');
      try {
        writeDocumentMeta(workbook, {
          timeZone: spreadsheet.currentTimeZone(),
          locale: spreadsheet.currentLocale(),
        });
        faults.checkWrite('output', files.documentPath);
        await writeWorkbook(workbook, files.documentPath);
        if (log.lines.length) writeFileAtomic(files.logPath, `${log.lines.join('\n')}\n`, faults);
      } finally {
        saveLock.release();
        shared.settled();
      }
    },
  };
}
