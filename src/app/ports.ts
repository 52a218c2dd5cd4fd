/**
 * The few things the use cases need from the outside world. `src/gas/`
 * implements them over the Apps Script services; since `src/local/` provides
 * those services as globals, the same adapters also run offline. Every method
 * is one batched service call (or a small constant number of them): a use case
 * never calls a port inside a loop over rows.
 */
import type { CellBlock, OwnedSheetContent } from '../core/sheetContent';
import type { CellValue, Grid } from '../core/types';
import type { Mailbox } from './mailbox';

export type {
  AttachmentProblem,
  DraftInThread,
  IncomingMail,
  Mailbox,
  SentInThread,
  ThreadMail,
} from './mailbox';

/** Which per-cell data to read from a sheet; each kind costs one service call. */
export type GridKind = 'values' | 'display' | 'backgrounds' | 'formats';

/** A sheet's data range (A1 to last row × last column), as Sheets returns it. */
export type SheetGrid = Grid;

export type { CellBlock, OwnedSheetContent } from '../core/sheetContent';

export interface Workbook {
  name(): string;
  /** IANA time zone of the spreadsheet, e.g. `Europe/Moscow`. */
  timeZone(): string;
  /** Spreadsheet locale, e.g. `ru_RU`. */
  locale(): string;
  sheetNames(): string[];
  /** The data range of a sheet, one service call per requested kind; `null` if the sheet is missing. */
  readSheet(sheet: string, kinds: readonly GridKind[]): SheetGrid | null;
  /**
   * Values of rows `fromRow` … `toRow` (default: the last row with content) over the first
   * `columns` columns (default: to the last column with content), with the sheet's last row:
   * a run reads only the part of a long sheet it needs. `null` when the sheet is missing.
   */
  readRows(
    sheet: string,
    fromRow: number,
    options?: { toRow?: number; columns?: number },
  ): { lastRow: number; values: CellValue[][] } | null;
  /** Removes rows `fromRow` … `fromRow + count − 1` (the rows below move up). For owned sheets only. */
  deleteRows(sheet: string, fromRow: number, count: number): void;
  /** Creates the sheet when missing, clears it, writes every block. For owned sheets only. */
  replaceSheet(sheet: string, content: OwnedSheetContent): void;
  /** Writes one rectangle at a 1-based position (owned columns, or a row a form adds). */
  writeBlock(sheet: string, row: number, col: number, block: CellBlock): void;
  /** Appends rows after the last row with content, creating the sheet with `header` when missing. */
  appendRows(sheet: string, rows: CellValue[][], header?: CellValue[]): void;
  /**
   * Grows the sheet's grid so rows up to `lastRow` exist, with one insert (refused past Google's
   * limits like any growth): a run that will write rows in steps grows the sheet once.
   */
  reserveRows(sheet: string, lastRow: number): void;
  /**
   * `SpreadsheetApp.flush()`: every write so far reaches storage before the next step, so a
   * write-ahead log row is durable before its email goes out.
   */
  flush(): void;
  toast(message: string, title?: string, seconds?: number): void;
  /**
   * Every whole column carrying developer metadata `key`, with its value, across the
   * spreadsheet: one finder call. `column` is 1-based.
   */
  columnMarkers(key: string): { sheet: string; column: number; value: string }[];
  /** Attaches developer metadata to one whole column (1-based): it moves with the column. */
  markColumn(sheet: string, column: number, key: string, value: string): void;
  /** The value of the sheet's own developer metadata `key`; `null` when absent or no such sheet. */
  sheetMarker(sheet: string, key: string): string | null;
  markSheet(sheet: string, key: string, value: string): void;
  /**
   * Notes and formulas of the first `columns` columns (fewer when the grid is narrower) over
   * every row of the grid, so a note below the last value counts too: one call each. `null`
   * when the sheet is missing.
   */
  readAnnotations(sheet: string, columns: number): { notes: string[][]; formulas: string[][] } | null;
  /**
   * `Range.activate()` on one cell (`G37`): the user's selection moves there and its sheet
   * becomes the active one, so a sidebar can take them to a row it names.
   */
  activate(sheet: string, a1: string): void;
}

export interface MailMessage {
  to: string[];
  cc?: string[];
  bcc?: string[];
  replyTo?: string;
  subject: string;
  /** Plain-text body. */
  body: string;
  htmlBody?: string;
  /** Sender display name. */
  name?: string;
}

export interface Mailer {
  /** `MailApp.getRemainingDailyQuota()`: recipients that may still be sent to today. */
  remainingDailyQuota(): number;
  send(message: MailMessage): void;
  /** Whether Gmail drafts can be made (only in the opt-in `--with-gmail` build). */
  draftsAvailable(): boolean;
  createDraft(message: MailMessage): void;
}

/** Document properties (settings, sent state, mapping corrections). */
export interface PropertyStore {
  get(key: string): string | null;
  getAll(): Record<string, string>;
  set(key: string, value: string): void;
  setAll(properties: Record<string, string>): void;
  delete(key: string): void;
}

/**
 * A short-lived store of computed answers shared by the document's users (CacheService's document
 * cache): it may forget anything at any time, so a miss only costs the computation again.
 */
export interface ResultCache {
  get(key: string): string | null;
  /** Keeps `value` for at most `seconds`; false when it was not kept (too large, refused). Never throws. */
  put(key: string, value: string, seconds: number): boolean;
}

/** The person at the keyboard, as far as Google says. */
export interface UserSession {
  /**
   * `Session.getActiveUser().getEmail()`; `''` when Google does not give it, as it often does not
   * for consumer accounts and never in a simple trigger.
   */
  email(): string;
  /** `PropertiesService.getUserProperties()`: this user's own choices, not the document's. */
  properties: PropertyStore;
}

export interface DocumentLock {
  /** Waits up to `timeoutMs` for the document lock; false when another execution holds it. */
  tryAcquire(timeoutMs: number): boolean;
  release(): void;
}

export interface TriggerInfo {
  id: string;
  handler: string;
  /** `'clock'` for time-driven triggers. */
  source: string;
}

export interface Triggers {
  list(): TriggerInfo[];
  /** Once an hour, at a minute Google picks and keeps (the most often an add-on's clock trigger may run). */
  createHourly(handler: string): void;
  remove(id: string): void;
}

/** One item of the add-on's menu, its label in the user's language; `null` is a separator. */
export type MenuEntry = { label: string; handler: string } | null;

export interface Ui {
  /** Opens `dist/<page>.html` as a sidebar. */
  showSidebar(page: string, title: string): void;
  alert(message: string): void;
  /**
   * Adds the add-on's menu: under Extensions when it runs as an Editor add-on (always so in
   * AuthMode.NONE, which only an add-on sees), else as a menu of its own named `title`.
   */
  addMenu(title: string, entries: readonly MenuEntry[], options: { unauthorized: boolean }): void;
}

export interface Clock {
  now(): Date;
}

/**
 * A sheet the Diagnostics self-test inserts and always removes. Its methods are the raw
 * service calls (no growing, no text formats), so the report shows what Sheets itself does.
 */
export interface ScratchSheet {
  name(): string;
  /** `getMaxRows()` × `getMaxColumns()`: the sheet's grid, not its content. */
  gridSize(): { rows: number; columns: number };
  insertRowsAfter(afterRow: number, howMany: number): void;
  insertColumnsAfter(afterColumn: number, howMany: number): void;
  /** One plain `getRange(...).setValues(values)`: strings are parsed as typed text. */
  setValues(row: number, col: number, values: CellValue[][]): void;
  /** One cell, through the batched reads the add-on uses and `getFormulas`. */
  readCell(row: number, col: number): { value: CellValue; display: string; format: string; formula: string };
  remove(): void;
}

/** What only the Diagnostics self-test needs beyond the other ports. */
export interface SelfTestServices {
  /** Inserts a new, empty sheet with Sheets' default grid; the caller must remove it. */
  insertScratchSheet(name: string): ScratchSheet;
  /** `Session.getScriptTimeZone()`: the manifest's zone, in which a clock trigger fires unless given one. */
  scriptTimeZone(): string;
}

export interface Logger {
  log(message: string, context?: unknown): void;
  /** A failure someone must look at (Apps Script shows it at error severity in the executions log). */
  error(message: string, context?: unknown): void;
}

/** Everything a use case may touch, passed in explicitly. */
export interface AppEnv {
  workbook: Workbook;
  mailer: Mailer;
  /** The Gmail build's threads, replies, bounces and attachments; unavailable in the default build. */
  mailbox: Mailbox;
  documentProperties: PropertyStore;
  /** CacheService's document cache: answers the same for every user of the document. */
  cache: ResultCache;
  /** CacheService's user cache: private to the person at the keyboard, for answers that are theirs alone. */
  userCache: ResultCache;
  user: UserSession;
  lock: DocumentLock;
  triggers: Triggers;
  ui: Ui;
  clock: Clock;
  logger: Logger;
  selfTest: SelfTestServices;
}
