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
import type { CellValue } from '../core/types';
import { blockWidth, mergedBlock, writeLayers } from './blockLayers';
import { SheetGrids } from './sheetGrids';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class GasWorkbook implements Workbook {
  private readonly spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // One execution's knowledge of the spreadsheet, so no step asks Sheets twice for the same thing:
  // the Sheet objects by name, each grid's size (only the add-on grows a grid while it runs), and
  // the data range a read found, until the add-on writes to that sheet.
  private readonly sheets = new Map<string, Sheet>();
  private readonly grids = new SheetGrids(() => {
    if (!this.sheetsListed) this.sheetNames();
    return this.sheets;
  });
  private readonly dataRanges = new Map<string, Range>();
  /**
   * An owned sheet the add-on rewrites: when the run's list of sheets has no such name it is
   * created without asking again (under the document lock no other run of ours adds it meanwhile).
   */
  private readonly ownSheetOf = (name: string): Sheet | undefined =>
    this.sheetsListed ? this.sheets.get(name) : this.sheetOf(name);
  /** `sheets` holds every sheet of the spreadsheet (a list was read), not just the ones asked for. */
  private sheetsListed = false;
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
    this.sheets.clear();
    for (const sheet of this.spreadsheet.getSheets()) this.sheets.set(sheet.getName(), sheet);
    this.sheetsListed = true;
    return [...this.sheets.keys()];
  }

  readSheet(name: string, kinds: readonly GridKind[]): SheetGrid | null {
    const range = this.dataRangeOf(name);
    if (range === undefined) return null;
    const grid = {
      sheet: name,
      values: kinds.includes('values') ? (range.getValues() as CellValue[][]) : [],
      display: kinds.includes('display') ? range.getDisplayValues() : [],
      backgrounds: kinds.includes('backgrounds') ? range.getBackgrounds() : [],
      formats: kinds.includes('formats') ? range.getNumberFormats() : [],
    };
    // An empty sheet's data range is A1 alone: read as no rows.
    const blank = (cells: unknown[][]) => cells.length === 1 && cells[0].length === 1 && cells[0][0] === '';
    const read = [grid.values, grid.display].filter((cells) => cells.length > 0);
    if (read.length > 0 && read.every(blank))
      return { sheet: name, values: [], display: [], backgrounds: [], formats: [] };
    return grid;
  }

  readRows(
    name: string,
    fromRow: number,
    options: { toRow?: number; columns?: number } = {},
  ): { lastRow: number; values: CellValue[][] } | null {
    const sheet = this.sheetOf(name);
    if (!sheet) return null;
    const lastRow = sheet.getLastRow();
    const toRow = Math.min(options.toRow ?? lastRow, lastRow);
    if (toRow < fromRow) return { lastRow, values: [] };
    // A range past the grid does not exist: never ask for more columns than the sheet has.
    const columns = Math.min(options.columns ?? sheet.getLastColumn(), this.grids.of(sheet, name).cols);
    if (columns < 1) return { lastRow, values: [] };
    const range = sheet.getRange(fromRow, 1, toRow - fromRow + 1, columns);
    return { lastRow, values: range.getValues() as CellValue[][] };
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany
   * Sheets refuses to delete every non-frozen row: a deletion to the grid's end adds a row first.
   */
  deleteRows(name: string, fromRow: number, count: number): void {
    if (count < 1) return;
    const sheet = this.requireSheet(name);
    const grid = this.grids.of(sheet, name);
    const rows = fromRow + count - 1 >= grid.rows ? grid.rows + 1 : grid.rows;
    if (rows > grid.rows) sheet.insertRowsAfter(grid.rows, 1);
    sheet.deleteRows(fromRow, count);
    this.grids.set(name, { rows: rows - count, cols: grid.cols });
    this.dataRanges.delete(name);
  }

  /**
   * One block over all of the content, each layer written only when some cell needs it; the
   * frozen rows and column widths are set when the sheet is created, so a width the user
   * changed stays.
   */
  replaceSheet(name: string, content: OwnedSheetContent): void {
    const existing = this.ownSheetOf(name);
    const sheet = existing ?? this.insertSheet(name);
    const merged = mergedBlock(content.blocks);
    let lastRow = merged ? merged.row + merged.block.values.length - 1 : 1;
    let lastCol = merged ? merged.col + blockWidth(merged.block.values) - 1 : 1;
    if (!existing)
      for (const { col, count } of content.columnWidths ?? []) lastCol = Math.max(lastCol, col + count - 1);
    lastRow = Math.max(lastRow, 1);
    // Grown (or refused) before the old content goes: a refused sheet keeps what it showed.
    this.grids.fit(sheet, name, lastRow, lastCol);
    this.dataRanges.delete(name);
    if (existing) {
      sheet.clear();
      // clear() takes values and formats; the notes of the last rewrite go with their own call.
      sheet.clearNotes();
    }
    if (merged) {
      const { row, col, block } = merged;
      const width = blockWidth(block.values);
      writeLayers(sheet.getRange(row, col, block.values.length, width), block, width, this.zone);
    }
    if (existing) return;
    if (content.frozenRows !== undefined) sheet.setFrozenRows(content.frozenRows);
    if (content.frozenColumns !== undefined) sheet.setFrozenColumns(content.frozenColumns);
    for (const { col, count, width } of content.columnWidths ?? []) sheet.setColumnWidths(col, count, width);
  }

  writeBlock(name: string, row: number, col: number, block: CellBlock): void {
    if (block.values.length === 0) return;
    const sheet = this.requireSheet(name);
    this.writeAt(sheet, name, row, col, block);
  }

  appendRows(name: string, rows: CellValue[][], header?: CellValue[]): void {
    let sheet = this.sheetOf(name);
    if (!sheet) {
      sheet = this.insertSheet(name);
      if (header) {
        this.writeAt(sheet, name, 1, 1, {
          values: [header],
          fontWeights: [header.map(() => 'bold' as const)],
        });
        sheet.setFrozenRows(1);
      }
    }
    if (rows.length === 0) return;
    this.writeAt(sheet, name, sheet.getLastRow() + 1, 1, { values: rows });
  }

  reserveRows(name: string, lastRow: number): void {
    this.grids.fit(this.requireSheet(name), name, lastRow, 1);
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
    this.grids.checkNewSheet(name);
    const sheet = this.spreadsheet.insertSheet(name);
    this.sheets.set(name, sheet);
    this.dataRanges.delete(name);
    return sheet;
  }

  /** The sheet of that name, asked of Sheets once per execution; undefined when there is none. */
  private sheetOf(name: string): Sheet | undefined {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = this.spreadsheet.getSheetByName(name) ?? undefined;
      if (sheet) this.sheets.set(name, sheet);
    }
    return sheet;
  }

  /**
   * The sheet's data range, A1 to the last row and column with content, in one call
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange(): "functionally
   * equivalent to" a range bounded by A1 and getLastColumn() × getLastRow(); A1 alone on an empty sheet);
   * undefined when there is no such sheet.
   */
  private dataRangeOf(name: string): Range | undefined {
    const known = this.dataRanges.get(name);
    if (known) return known;
    const sheet = this.sheetOf(name);
    if (!sheet) return undefined;
    const range = sheet.getDataRange();
    this.dataRanges.set(name, range);
    return range;
  }

  private writeAt(sheet: Sheet, name: string, row: number, col: number, block: CellBlock): void {
    const width = blockWidth(block.values);
    this.grids.fit(sheet, name, row + block.values.length - 1, col + width - 1);
    this.dataRanges.delete(name);
    writeLayers(sheet.getRange(row, col, block.values.length, width), block, width, this.zone);
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
    sheet.getRange(1, column, this.grids.of(sheet, name).rows, 1).addDeveloperMetadata(key, value);
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDeveloperMetadata():
   * one call for the sheet's metadata, then the key of each (an own sheet carries one); the add-on
   * puts a sheet key on sheets only, so the key alone tells the sheet's marker.
   */
  sheetMarker(name: string, key: string): string | null {
    const sheet = this.sheetOf(name);
    if (!sheet) return null;
    const metadata = sheet.getDeveloperMetadata().find((entry) => entry.getKey() === key);
    return metadata ? (metadata.getValue() ?? '') : null;
  }

  markSheet(name: string, key: string, value: string): void {
    this.requireSheet(name).addDeveloperMetadata(key, value);
  }

  readAnnotations(name: string, columns: number): { notes: string[][]; formulas: string[][] } | null {
    const sheet = this.sheetOf(name);
    if (!sheet) return null;
    const grid = this.grids.of(sheet, name);
    const width = Math.min(columns, grid.cols);
    if (width < 1) return { notes: [], formulas: [] };
    const range = sheet.getRange(1, 1, grid.rows, width);
    return { notes: range.getNotes(), formulas: range.getFormulas() };
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#activate() */
  activate(name: string, a1: string): void {
    this.requireSheet(name).getRange(a1).activate();
  }

  private requireSheet(name: string): Sheet {
    const sheet = this.sheetOf(name);
    if (!sheet) throw new Error(`Sheet not found: ${name}`);
    return sheet;
  }
}
