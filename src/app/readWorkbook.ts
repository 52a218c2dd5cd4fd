/**
 * Reads the agency's tables once per run: values and display text of every
 * sheet but the add-on's output sheets, register detection on them, then
 * backgrounds and number formats of the load registers only (tentative blue
 * and percent formats matter nowhere else). Service calls depend on the
 * number of sheets, never on the number of rows.
 */
import { dayInTimeZone } from '../core/calendar';
import type { DateContext } from '../core/cells';
import { OWNED_COLUMN_KEY } from '../core/documents/ownedColumns';
import { OUTPUT_SHEET_NAMES } from '../core/ownedSheets';
import { detectRegisters, HEADER_SEARCH_ROWS } from '../core/registers';
import type { RegisterMapping } from '../core/registers/types';
import type { Settings } from '../core/settings';
import type { CalendarDay, Grid } from '../core/types';
import type { AppEnv } from './ports';

export interface WorkbookSnapshot {
  /** IANA time zone of the spreadsheet. */
  timeZone: string;
  /** Spreadsheet locale, e.g. `ru_RU`. */
  locale: string;
  /** Today in the spreadsheet's time zone. */
  today: CalendarDay;
  /** Every sheet read, by name; load-register grids also carry backgrounds and formats. */
  grids: Map<string, Grid>;
  registers: RegisterMapping[];
  /** Per sheet, the 0-based columns carrying the add-on's owned-column marker, with its value. */
  ownedColumns: Map<string, Map<number, string>>;
}

/** The grid as detection sees it: the add-on's own columns have no header, so no field reads them. */
function withoutColumns(grid: Grid, cols: ReadonlyMap<number, string> | undefined): Grid {
  if (!cols || cols.size === 0) return grid;
  const blankHeaders = <T>(rows: readonly T[][], empty: T): T[][] =>
    rows.map((row, r) => (r < HEADER_SEARCH_ROWS ? row.map((cell, c) => (cols.has(c) ? empty : cell)) : row));
  return { ...grid, values: blankHeaders(grid.values, ''), display: blankHeaders(grid.display, '') };
}

/** The date context every parser of this run uses. */
export function dateContextOf(snapshot: Pick<WorkbookSnapshot, 'timeZone' | 'today'>): DateContext {
  return { timeZone: snapshot.timeZone, referenceDay: snapshot.today };
}

export function readWorkbook(env: Pick<AppEnv, 'workbook' | 'clock'>, settings: Settings): WorkbookSnapshot {
  const { workbook } = env;
  const timeZone = workbook.timeZone();
  const today = dayInTimeZone(env.clock.now(), timeZone);
  const grids = new Map<string, Grid>();
  for (const sheet of workbook.sheetNames()) {
    if (OUTPUT_SHEET_NAMES.includes(sheet)) continue;
    const grid = workbook.readSheet(sheet, ['values', 'display']);
    if (grid) grids.set(sheet, grid);
  }
  const ownedColumns = new Map<string, Map<number, string>>();
  for (const { sheet, column, value } of workbook.columnMarkers(OWNED_COLUMN_KEY)) {
    const cols = ownedColumns.get(sheet) ?? new Map<number, string>();
    if (!cols.has(column - 1)) cols.set(column - 1, value);
    ownedColumns.set(sheet, cols);
  }
  const registers = detectRegisters(
    [...grids.values()].map((grid) => withoutColumns(grid, ownedColumns.get(grid.sheet))),
    settings.mapping,
    { timeZone, referenceDay: today },
  );
  for (const mapping of registers) {
    if (mapping.kind !== 'load') continue;
    const styles = workbook.readSheet(mapping.sheet, ['backgrounds', 'formats']);
    const grid = grids.get(mapping.sheet);
    if (styles && grid) {
      grids.set(mapping.sheet, { ...grid, backgrounds: styles.backgrounds, formats: styles.formats });
    }
  }
  return { timeZone, locale: workbook.locale(), today, grids, registers, ownedColumns };
}
