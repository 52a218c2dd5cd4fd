/**
 * One xlsx cell seen through Apps Script: what getValues, getDisplayValues,
 * getBackgrounds… return for it, and how setValues and friends change it.
 */
import type { Cell, CellValue as XlsxValue, Fill, Style } from 'exceljs';
import { isDate } from '../../../core/types';
import { instantToWallClock, wallClockToInstant } from '../time';
import { resolveColor, toArgb, type XlsxColor } from './colors';
import { formatNumber, formatWallClock, isDateFormat } from './display';
import type { LocaleSymbols } from './locale';
import { parseEntered } from './entry';

/**
 * Sheets refuses a cell of more than 50,000 characters, with this message:
 * https://support.google.com/drive/answer/37603 (Google Sheets: "Up to 50,000 characters" per cell)
 */
export const MAX_CELL_CHARACTERS = 50_000;
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

/** Throws Google's error for a value no cell can hold; setValues checks every value before writing any. */
export function checkCellValue(value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) throw new Error(CELL_TOO_LONG);
}

/** A value as the bundle sees it: Apps Script's getValues types. */
export type GasValue = string | number | boolean | Date;

export interface CellContext {
  timeZone: () => string;
  /** Makes a Date in the bundle's realm. */
  makeDate: (ms: number) => Date;
  symbols: () => LocaleSymbols;
  theme: () => string[];
  /** The bundle's "now" (epoch ms): a date typed without a year takes this year. */
  now: () => number;
}

/** Sheets' name for the format of a cell that has none. */
export const GENERAL = 'General';

/** The value a cell holds after resolving formulas (cached result), rich text and hyperlinks. */
function plainValue(value: XlsxValue | undefined): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || isDate(value)) return value as string | number | boolean | Date;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: XlsxValue }).result;
    return plainValue(result);
  }
  if ('error' in value) return String(value.error);
  if ('text' in value) return String((value as { text: unknown }).text);
  return null;
}

/**
 * What a date cell no calendar can show reads as. A date-formatted number beyond
 * JavaScript's date range (±8.64e15 ms, about ±275 000 years) has no Date; Google
 * documents no such date, so the stricter choice: it displays as the error text
 * `#NUM!` (its value stays the number, restored on load, see recover.ts), and an
 * Invalid Date that still reaches a cell reads as `#NUM!` too, instead of a Date
 * that throws `RangeError: Invalid time value` wherever it is formatted.
 */
export const UNREPRESENTABLE_DATE = '#NUM!';

/** True for an Invalid Date, or one whose instant in the zone falls outside the date range. */
function unrepresentable(value: Date, ctx: CellContext): boolean {
  const wall = value.getTime();
  if (!Number.isFinite(wall)) return true;
  try {
    return !Number.isFinite(wallClockToInstant(wall, ctx.timeZone()));
  } catch {
    return true;
  }
}

/** True for the hidden cells of a merged range (everything but its top-left cell). */
export function isMergeSlave(cell: Cell | undefined): boolean {
  return !!cell && cell.isMerged && cell.master !== cell;
}

export function readValue(cell: Cell | undefined, ctx: CellContext): GasValue {
  if (!cell || isMergeSlave(cell)) return '';
  const value = plainValue(cell.value);
  if (value === null) return '';
  if (isDate(value)) {
    if (unrepresentable(value, ctx)) return UNREPRESENTABLE_DATE;
    return ctx.makeDate(wallClockToInstant(value.getTime(), ctx.timeZone()));
  }
  return value;
}

export function readFormat(cell: Cell | undefined): string {
  return cell?.numFmt || GENERAL;
}

export function readDisplay(cell: Cell | undefined, ctx: CellContext): string {
  if (!cell || isMergeSlave(cell)) return '';
  const value = plainValue(cell.value);
  if (value === null) return '';
  const symbols = ctx.symbols();
  const format = cell.numFmt;
  if (isDate(value) && unrepresentable(value, ctx)) return UNREPRESENTABLE_DATE;
  if (isDate(value))
    return formatWallClock(value, isDateFormat(format) ? format : symbols.datePattern, symbols);
  if (typeof value === 'number' && isDateFormat(format) && !isDateSerial(value)) return UNREPRESENTABLE_DATE;
  if (typeof value === 'number') return formatNumber(value, format, symbols);
  if (typeof value === 'boolean') return value ? symbols.trueText : symbols.falseText;
  return value;
}

/** A serial number (days since 1899-12-30) inside JavaScript's date range. */
function isDateSerial(serial: number): boolean {
  return Number.isFinite(serial) && Math.abs((serial - 25_569) * 86_400_000) <= 8.64e15;
}

export function readBackground(cell: Cell | undefined, ctx: CellContext): string {
  const fill = cell?.fill as Fill | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return '#ffffff';
  const color = resolveColor((fill.fgColor ?? fill.bgColor) as XlsxColor | undefined, ctx.theme());
  return color ?? '#ffffff';
}

export function readFontColor(cell: Cell | undefined, ctx: CellContext): string {
  return resolveColor(cell?.font?.color as XlsxColor | undefined, ctx.theme()) ?? '#000000';
}

export function readFontWeight(cell: Cell | undefined): string {
  return cell?.font?.bold ? 'bold' : 'normal';
}

export function readNote(cell: Cell | undefined): string {
  const note = cell?.note;
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/** Replaces part of a cell's style with a fresh object: exceljs may share style objects between cells. */
function restyle(cell: Cell, patch: Partial<Style>): void {
  const next: Partial<Style> = { ...cell.style, ...patch };
  for (const key of Object.keys(patch) as (keyof Style)[]) if (patch[key] === undefined) delete next[key];
  cell.style = next as Style;
}

/**
 * Writes one value as setValues does: '' clears, Dates of any realm become date
 * cells in the zone, strings are parsed as if typed into the cell.
 */
export function writeValue(cell: Cell, value: unknown, ctx: CellContext): void {
  if (value === null || value === undefined || value === '') {
    cell.value = null;
    return;
  }
  if (isDate(value)) {
    const ms = (value as Date).getTime();
    const wall = instantToWallClock(ms, ctx.timeZone());
    cell.value = new Date(wall);
    if (!isDateFormat(cell.numFmt)) {
      const day = ctx.symbols().datePattern;
      restyle(cell, { numFmt: wall % 86400000 === 0 ? day : `${day} hh:mm:ss` });
    }
    return;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    cell.value = value;
    return;
  }
  const year = new Date(instantToWallClock(ctx.now(), ctx.timeZone())).getUTCFullYear();
  const entered = parseEntered(String(value), cell.numFmt, { symbols: ctx.symbols(), year });
  switch (entered.kind) {
    case 'formula':
      // No result is cached: getValues reads '' until a spreadsheet application computes it.
      cell.value = { formula: entered.formula, date1904: false };
      return;
    case 'number':
      cell.value = entered.value;
      // Sheets gives a parsed percentage its format only when the cell had none of its own.
      if (entered.format && readFormat(cell) === GENERAL) restyle(cell, { numFmt: entered.format });
      return;
    case 'boolean':
      cell.value = entered.value;
      return;
    case 'date':
      cell.value = new Date(entered.wall);
      // A typed date shows as a date even in a cell formatted as a number.
      if (!isDateFormat(cell.numFmt)) restyle(cell, { numFmt: entered.format });
      return;
    default:
      cell.value = entered.text === '' ? null : entered.text;
  }
}

export function writeFormat(cell: Cell, format: string): void {
  restyle(cell, { numFmt: format === GENERAL || format === '' ? undefined : format });
}

export function writeBackground(cell: Cell, color: string | null): void {
  const argb = color === null ? null : toArgb(color);
  if (argb === null || argb === 'FFFFFFFF') restyle(cell, { fill: undefined });
  else restyle(cell, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } });
}

export function writeFontColor(cell: Cell, color: string | null): void {
  const argb = color === null ? null : toArgb(color);
  const font = { ...(cell.font ?? {}) };
  if (argb === null) delete font.color;
  else font.color = { argb };
  restyle(cell, { font });
}

export function writeFontWeight(cell: Cell, weight: string | null): void {
  restyle(cell, { font: { ...(cell.font ?? {}), bold: weight === 'bold' } });
}

export function writeNote(cell: Cell, note: string): void {
  if (note !== '') {
    cell.note = note;
    return;
  }
  // Sheets' setNote('') leaves the cell without a note. exceljs keeps a Note object for any value
  // assigned to `note`, even undefined, and saves it as an empty comment, so the note goes by
  // its one field: the saved file then has no comment there, as Sheets' download would not.
  delete (cell as unknown as { _comment?: unknown })._comment;
}

/** Whether a cell counts for getLastRow/getLastColumn. */
export function hasContent(cell: Cell | undefined): boolean {
  if (!cell || isMergeSlave(cell)) return false;
  // A formula counts even before anything computed its result, as it does in Sheets.
  const raw = cell.value;
  if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) return true;
  const value = plainValue(cell.value);
  return value !== null && value !== '';
}
