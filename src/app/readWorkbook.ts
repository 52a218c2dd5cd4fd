/**
 * Reads the agency's tables once per run: values and display text of every
 * sheet but the add-on's output sheets, register detection on them, then —
 * when the run needs them — backgrounds and number formats of the load
 * registers only (tentative blue and percent formats matter nowhere else).
 * Service calls depend on the number of sheets, never on the number of rows.
 */
import { workCalendarOf } from '../core/calendar/fromRegisters';
import type { WorkCalendar } from '../core/calendar/workdays';
import { clientDirectoryOf, type ClientDirectory } from '../core/documents/directory';
import { hintHolds, type ColumnMarker } from '../core/documents/markerHint';
import { BOUNCED_PROPERTY, parseBounced } from '../core/mail/news';
import { OWNED_COLUMN_KEY } from '../core/documents/ownedColumns';
import { OUTPUT_SHEET_NAMES } from '../core/ownedSheets';
import { detectRegisters, HEADER_SEARCH_ROWS, isRegisterOf } from '../core/registers';
import type { RegisterKind, RegisterMapping } from '../core/registers/types';
import type { SheetProblem } from '../core/sheetProblems';
import type { CalendarDay, Grid } from '../core/types';
import { dateContextOf, type RunContext } from './context';
import type { AppEnv } from './ports';

/** A register found on a sheet, with that sheet's grid. */
export interface FoundRegister<K extends RegisterKind> {
  mapping: RegisterMapping<K>;
  grid: Grid;
}

export interface WorkbookSnapshot {
  /** The run's zone and day (from its context), as the core's readers take them. */
  timeZone: string;
  today: CalendarDay;
  /**
   * Every sheet of the spreadsheet, read once; the run adds the sheets it creates, so no
   * step asks Sheets for the list again.
   */
  sheetNames: Set<string>;
  /** Every sheet read, by name; load-register grids also carry backgrounds and formats when asked. */
  grids: Map<string, Grid>;
  registers: RegisterMapping[];
  /** Per sheet, the 0-based columns carrying the add-on's owned-column marker, with its value. */
  ownedColumns: Map<string, Map<number, string>>;
  /** The production calendar with the days of the `Календарь` sheet: load, sending and terms read it. */
  calendar: WorkCalendar;
  /** Rows of the `Календарь` sheet that could not be read. */
  calendarProblems: SheetProblem[];
  /** The `Клиенты` directory: defaults for document rows, and its unreadable cells. */
  directory: ClientDirectory;
  /** Gmail build: client addresses whose mail bounced (lower case), flagged on their rows. */
  bounced?: ReadonlySet<string>;
  /** The first register of `kind` whose sheet was read, or null. */
  register<K extends RegisterKind>(kind: K): FoundRegister<K> | null;
  /** Every register of `kind` whose sheet was read, in sheet order. */
  registersOf<K extends RegisterKind>(kind: K): FoundRegister<K>[];
}

export interface ReadOptions {
  /** Backgrounds and number formats of the load registers: the load engine and the booking form need them. */
  styles: boolean;
  /**
   * A read-only view's hint of where our column markers are (the change stamp's): used when the
   * header rows just read still show it, else the markers are asked for. Never for a run that writes.
   */
  markersHint?: readonly ColumnMarker[] | null;
}

/** The grid as detection sees it: the add-on's own columns have no header, so no field reads them. */
function withoutColumns(grid: Grid, cols: ReadonlyMap<number, string> | undefined): Grid {
  if (!cols || cols.size === 0) return grid;
  const blankHeaders = <T>(rows: readonly T[][], empty: T): T[][] =>
    rows.map((row, r) => (r < HEADER_SEARCH_ROWS ? row.map((cell, c) => (cols.has(c) ? empty : cell)) : row));
  return { ...grid, values: blankHeaders(grid.values, ''), display: blankHeaders(grid.display, '') };
}

/** The addresses bounces named (one property read, in the Gmail build only). */
function bouncedOf(env: Partial<Pick<AppEnv, 'mailbox' | 'documentProperties'>>): {
  bounced?: ReadonlySet<string>;
} {
  if (!env.mailbox?.available() || !env.documentProperties) return {};
  const bounced = parseBounced(env.documentProperties.get(BOUNCED_PROPERTY));
  return bounced.size > 0 ? { bounced: new Set(bounced.keys()) } : {};
}

export function readWorkbook(
  env: Pick<AppEnv, 'workbook'> & Partial<Pick<AppEnv, 'mailbox' | 'documentProperties'>>,
  ctx: Pick<RunContext, 'settings' | 'timeZone' | 'today'>,
  options: ReadOptions,
): WorkbookSnapshot {
  const { workbook } = env;
  const sheetNames = new Set(workbook.sheetNames());
  const grids = new Map<string, Grid>();
  for (const sheet of sheetNames) {
    if (OUTPUT_SHEET_NAMES.includes(sheet)) continue;
    const grid = workbook.readSheet(sheet, ['values', 'display']);
    if (grid) grids.set(sheet, grid);
  }
  const ownedColumns = new Map<string, Map<number, string>>();
  const hint = options.markersHint;
  const markers = hint && hintHolds(hint, grids) ? hint : workbook.columnMarkers(OWNED_COLUMN_KEY);
  for (const { sheet, column, value } of markers) {
    const cols = ownedColumns.get(sheet) ?? new Map<number, string>();
    if (!cols.has(column - 1)) cols.set(column - 1, value);
    ownedColumns.set(sheet, cols);
  }
  const registers = detectRegisters(
    [...grids.values()].map((grid) => withoutColumns(grid, ownedColumns.get(grid.sheet))),
    ctx.settings.mapping,
    dateContextOf(ctx),
  );
  const registersOf = <K extends RegisterKind>(kind: K): FoundRegister<K>[] =>
    registers.flatMap((mapping) => {
      const grid = grids.get(mapping.sheet);
      return isRegisterOf(mapping, kind) && grid ? [{ mapping, grid }] : [];
    });
  if (options.styles) {
    for (const { mapping, grid } of registersOf('load')) {
      const styles = workbook.readSheet(mapping.sheet, ['backgrounds', 'formats']);
      if (styles)
        grids.set(mapping.sheet, { ...grid, backgrounds: styles.backgrounds, formats: styles.formats });
    }
  }
  const calendar = workCalendarOf({ grids, registers }, dateContextOf(ctx));
  const termUnit = ctx.settings.documents.termsInWorkingDays ? 'working' : 'calendar';
  const directory = clientDirectoryOf({ grids, registers }, dateContextOf(ctx), termUnit);
  return {
    timeZone: ctx.timeZone,
    today: ctx.today,
    sheetNames,
    grids,
    registers,
    ownedColumns,
    calendar: calendar.calendar,
    calendarProblems: calendar.problems,
    directory,
    ...bouncedOf(env),
    register: (kind) => registersOf(kind)[0] ?? null,
    registersOf,
  };
}
