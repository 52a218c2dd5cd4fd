/**
 * The spreadsheet the add-on is bound to, through batched SpreadsheetApp calls. Every
 * write of the add-on goes through here, so here it follows Google's rules for writes:
 * - the sheet's grid is grown first (one insertRowsAfter / insertColumnsAfter per block),
 *   since a range past the grid does not exist
 *   (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsafterafterposition,-howmany);
 * - a growth past Google's size limits is refused before anything is written, as a
 *   sentence the user can act on;
 * - strings go into plain-text `@` cells, set in the same block before the values, since
 *   setValues parses a string as typed text otherwise (`0012` → 12, `=…` → a formula,
 *   `07.12.2026` → a date; https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues);
 *   days become dates with a date format; strings are cut under the 50,000-character cell limit.
 */
import type { CellBlock, GridKind, OwnedSheetContent, SheetGrid, Workbook } from '../app/ports';
import { UserError } from '../core/errors';
import { midnightIn } from '../core/calendar';
import { DATE_FORMAT, isDayCell, type BlockValue } from '../core/sheetContent';
import { fitCellText, MAX_SHEET_COLUMNS, MAX_SPREADSHEET_CELLS, NEW_SHEET_CELLS } from '../core/sheetLimits';
import { isDate, type CellValue } from '../core/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const TEXT_FORMAT = '@';
const GENERAL = 'General';

/** The value and number format each cell of a block is written with. */
function cellsOf(
  block: CellBlock,
  width: number,
  timeZone: () => string,
): { values: CellValue[][]; formats: string[][] } {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  let zone: string | null = null;
  const zoneOnce = (): string => (zone ??= timeZone());
  block.values.forEach((line, r) => {
    const valueLine: CellValue[] = [];
    const formatLine: string[] = [];
    for (let c = 0; c < width; c += 1) {
      const value: BlockValue = c < line.length ? line[c] : '';
      const given = block.numberFormats?.[r]?.[c] ?? '';
      if (isDayCell(value)) {
        valueLine.push(new Date(midnightIn(value.day, zoneOnce())));
        formatLine.push(given && given !== GENERAL && given !== TEXT_FORMAT ? given : value.format);
      } else if (typeof value === 'string' && value !== '') {
        valueLine.push(fitCellText(value));
        formatLine.push(TEXT_FORMAT);
      } else if (isDate(value)) {
        valueLine.push(value);
        formatLine.push(given && given !== GENERAL && given !== TEXT_FORMAT ? given : DATE_FORMAT);
      } else {
        valueLine.push(value);
        formatLine.push(given || GENERAL);
      }
    }
    values.push(valueLine);
    formats.push(formatLine);
  });
  return { values, formats };
}

/** Writes each layer of a block with one call per layer, formats before values. */
function writeLayers(range: Range, block: CellBlock, width: number, timeZone: () => string): void {
  const { values, formats } = cellsOf(block, width, timeZone);
  // Formats go first: Sheets parses strings written into a cell by its format.
  range.setNumberFormats(formats);
  range.setValues(values);
  // Apps Script accepts null to reset a colour; its typings say string only.
  if (block.backgrounds) range.setBackgrounds(block.backgrounds as string[][]);
  if (block.fontColors) range.setFontColors(block.fontColors as string[][]);
  if (block.fontWeights) range.setFontWeights(block.fontWeights);
  if (block.notes) range.setNotes(block.notes);
}

function blockWidth(rows: readonly unknown[][]): number {
  return rows.reduce((max, row) => Math.max(max, row.length), 0);
}

export class GasWorkbook implements Workbook {
  private readonly spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // Asked once per execution: the add-on never changes them, and a run must see one zone throughout.
  private zoneRead: string | null = null;
  private localeRead: string | null = null;
  /** Asked only by a block that holds a date. */
  private readonly zone = (): string => this.timeZone();

  name(): string {
    return this.spreadsheet.getName();
  }

  timeZone(): string {
    return (this.zoneRead ??= this.spreadsheet.getSpreadsheetTimeZone());
  }

  locale(): string {
    return (this.localeRead ??= this.spreadsheet.getSpreadsheetLocale());
  }

  sheetNames(): string[] {
    return this.spreadsheet.getSheets().map((sheet) => sheet.getName());
  }

  readSheet(name: string, kinds: readonly GridKind[]): SheetGrid | null {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) return null;
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    if (rows === 0 || cols === 0)
      return { sheet: name, values: [], display: [], backgrounds: [], formats: [] };
    const range = sheet.getRange(1, 1, rows, cols);
    return {
      sheet: name,
      values: kinds.includes('values') ? (range.getValues() as CellValue[][]) : [],
      display: kinds.includes('display') ? range.getDisplayValues() : [],
      backgrounds: kinds.includes('backgrounds') ? range.getBackgrounds() : [],
      formats: kinds.includes('formats') ? range.getNumberFormats() : [],
    };
  }

  replaceSheet(name: string, content: OwnedSheetContent): void {
    const sheet = this.spreadsheet.getSheetByName(name) ?? this.insertSheet(name);
    let lastRow = 1;
    let lastCol = 1;
    for (const { row, col, block } of content.blocks) {
      if (block.values.length === 0) continue;
      lastRow = Math.max(lastRow, row + block.values.length - 1);
      lastCol = Math.max(lastCol, col + blockWidth(block.values) - 1);
    }
    for (const { col, count } of content.columnWidths ?? []) lastCol = Math.max(lastCol, col + count - 1);
    // Grown (or refused) before the old content goes: a refused sheet keeps what it showed.
    this.fitGrid(sheet, lastRow, lastCol);
    sheet.clear();
    // clear() takes values and formats; the notes of the last rewrite go with their own call.
    sheet.clearNotes();
    for (const { row, col, block } of content.blocks) {
      if (block.values.length === 0) continue;
      const width = blockWidth(block.values);
      writeLayers(sheet.getRange(row, col, block.values.length, width), block, width, this.zone);
    }
    if (content.frozenRows !== undefined) sheet.setFrozenRows(content.frozenRows);
    if (content.frozenColumns !== undefined) sheet.setFrozenColumns(content.frozenColumns);
    for (const { col, count, width } of content.columnWidths ?? []) sheet.setColumnWidths(col, count, width);
  }

  writeBlock(name: string, row: number, col: number, block: CellBlock): void {
    if (block.values.length === 0) return;
    const sheet = this.requireSheet(name);
    this.writeAt(sheet, row, col, block);
  }

  appendRows(name: string, rows: CellValue[][], header?: CellValue[]): void {
    let sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) {
      sheet = this.insertSheet(name);
      if (header) {
        this.writeAt(sheet, 1, 1, { values: [header], fontWeights: [header.map(() => 'bold' as const)] });
        sheet.setFrozenRows(1);
      }
    }
    if (rows.length === 0) return;
    this.writeAt(sheet, sheet.getLastRow() + 1, 1, { values: rows });
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush() */
  flush(): void {
    SpreadsheetApp.flush();
  }

  toast(message: string, title?: string, seconds?: number): void {
    this.spreadsheet.toast(message, title ?? '', seconds ?? 5);
  }

  /** A new sheet, or the user's sentence when the spreadsheet has no room for one. */
  private insertSheet(name: string): Sheet {
    if (this.cellsOfSheets() + NEW_SHEET_CELLS > MAX_SPREADSHEET_CELLS)
      throw new UserError('limits.tooManyCells', { sheet: name });
    return this.spreadsheet.insertSheet(name);
  }

  /** The grid cells of every sheet: asked only when a sheet must grow or be added. */
  private cellsOfSheets(): number {
    return this.spreadsheet
      .getSheets()
      .reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
  }

  private writeAt(sheet: Sheet, row: number, col: number, block: CellBlock): void {
    const width = blockWidth(block.values);
    this.fitGrid(sheet, row + block.values.length - 1, col + width - 1);
    writeLayers(sheet.getRange(row, col, block.values.length, width), block, width, this.zone);
  }

  /**
   * Grows the sheet to hold `lastRow` × `lastCol` with one insert call per dimension, or
   * throws a UserError naming the sheet when that would pass a Google Sheets limit.
   */
  private fitGrid(sheet: Sheet, lastRow: number, lastCol: number): void {
    const rows = sheet.getMaxRows();
    const cols = sheet.getMaxColumns();
    if (lastRow <= rows && lastCol <= cols) return;
    const nextRows = Math.max(rows, lastRow);
    const nextCols = Math.max(cols, lastCol);
    if (nextCols > MAX_SHEET_COLUMNS)
      throw new UserError('limits.tooManyColumns', { sheet: sheet.getName(), columns: nextCols });
    // This sheet's share is known already: the others' plus this one's next size.
    const others = this.cellsOfSheets() - rows * cols;
    if (others + nextRows * nextCols > MAX_SPREADSHEET_CELLS)
      throw new UserError('limits.tooManyCells', { sheet: sheet.getName() });
    if (lastRow > rows) sheet.insertRowsAfter(rows, lastRow - rows);
    if (lastCol > cols) sheet.insertColumnsAfter(cols, lastCol - cols);
  }

  // Developer metadata: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata,
  // found with https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createDeveloperMetadataFinder().
  // On a whole column it "will remain associated at those locations as they move around"
  // (https://developers.google.com/sheets/api/guides/metadata): inserted columns never confuse it.
  columnMarkers(key: string): { sheet: string; column: number; value: string }[] {
    const found = this.spreadsheet
      .createDeveloperMetadataFinder()
      .withKey(key)
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
      .find();
    return found.flatMap((metadata) => {
      const column = metadata.getLocation().getColumn();
      if (!column) return [];
      return [
        { sheet: column.getSheet().getName(), column: column.getColumn(), value: metadata.getValue() ?? '' },
      ];
    });
  }

  markColumn(name: string, column: number, key: string, value: string): void {
    const sheet = this.requireSheet(name);
    // Range.addDeveloperMetadata(key, value) on exactly one entire column.
    sheet.getRange(1, column, sheet.getMaxRows(), 1).addDeveloperMetadata(key, value);
  }

  sheetMarker(name: string, key: string): string | null {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) return null;
    const [metadata] = sheet
      .createDeveloperMetadataFinder()
      .withKey(key)
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
      .find();
    return metadata ? (metadata.getValue() ?? '') : null;
  }

  markSheet(name: string, key: string, value: string): void {
    this.requireSheet(name).addDeveloperMetadata(key, value);
  }

  readAnnotations(name: string, columns: number): { notes: string[][]; formulas: string[][] } | null {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) return null;
    const width = Math.min(columns, sheet.getMaxColumns());
    if (width < 1) return { notes: [], formulas: [] };
    const range = sheet.getRange(1, 1, sheet.getMaxRows(), width);
    return { notes: range.getNotes(), formulas: range.getFormulas() };
  }

  private requireSheet(name: string): Sheet {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`Sheet not found: ${name}`);
    return sheet;
  }
}
