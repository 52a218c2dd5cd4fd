/**
 * What the add-on writes into a sheet, as plain data. The core builds these
 * blocks (summary sheets, owned columns); the workbook port writes each layer
 * of a block with one service call.
 */
import type { CalendarDay, CellValue, Lang } from './types';

/**
 * A calendar day to be written as a date cell: the adapter turns it into midnight of that
 * day in the spreadsheet's time zone, with `format` as its number format. The core never
 * writes a date as text, since Sheets would read text back as it pleases.
 */
export interface DayCell {
  day: CalendarDay;
  format: string;
}

/** What a block's cell holds: a value, or a day to write as a date. */
export type BlockValue = CellValue | DayCell;

/** The number format of a date cell the add-on writes, unless a block says otherwise. */
export const DATE_FORMAT = 'dd.mm.yyyy';

/** How a day cell shows: `07.12.2026` in Russian, `2026-12-07` in English, as `formatDay` writes days. */
export function dayCell(day: CalendarDay, lang: Lang): DayCell {
  return { day, format: lang === 'ru' ? DATE_FORMAT : 'yyyy-mm-dd' };
}

export function isDayCell(value: unknown): value is DayCell {
  return typeof value === 'object' && value !== null && typeof (value as DayCell).day === 'string';
}

/**
 * A rectangle to write. Optional layers are written only when present (one call each).
 * Strings are always written as text (`@`) and days as dates, whatever `numberFormats`
 * says for them: the format layer chooses how numbers and dates look, never what a cell is.
 */
export interface CellBlock {
  values: BlockValue[][];
  /** `null` resets a cell to no fill. */
  backgrounds?: (string | null)[][];
  fontColors?: (string | null)[][];
  /** `''` for "no preference": strings `@`, days their own format, anything else `General`. */
  numberFormats?: string[][];
  fontWeights?: ('bold' | 'normal')[][];
  notes?: string[][];
}

/** The whole content of a sheet the add-on owns; it is rewritten every time. */
export interface OwnedSheetContent {
  /** Blocks at 1-based row/column positions. */
  blocks: { row: number; col: number; block: CellBlock }[];
  frozenRows?: number;
  frozenColumns?: number;
  /** Widths in pixels for runs of columns (one call per run). */
  columnWidths?: { col: number; count: number; width: number }[];
}
