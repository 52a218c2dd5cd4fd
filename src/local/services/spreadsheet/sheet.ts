/** Sheet over an exceljs worksheet: https://developers.google.com/apps-script/reference/spreadsheet/sheet */
import type { Worksheet } from 'exceljs';
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';
import { parseA1, splitSheet, type GridRect } from './a1';
import { hasContent, writeNote, type CellContext } from './cells';
import { checkCellLimit, checkColumnLimit, NEW_SHEET_COLS, NEW_SHEET_ROWS, OUTSIDE_SHEET } from './grid';
import { LocalDeveloperMetadata, type MetadataHost } from './metadata';
import { LocalRange } from './range';
import { deleteWorksheetRows, refuseRowDeletion } from './rowDeletion';
import { clearWorksheet, freeze, mergedRects, setColumnWidthsOf } from './worksheet';

export interface SheetHost {
  counter: CallCounter;
  cellContext: CellContext;
  sheetChanged(name: string): void;
  /** The grid cells of every other sheet of the spreadsheet, for the 10-million-cell limit. */
  cellsElsewhere(self: Worksheet): number;
  metadata: MetadataHost<LocalSheet, LocalRange<LocalSheet>>;
}

export class LocalSheet implements Emulates<GoogleAppsScript.Spreadsheet.Sheet> {
  /** The grid, at least what the worksheet uses (content carried in from another process counts). */
  private rows: number;
  private cols: number;

  constructor(
    readonly worksheet: Worksheet,
    private readonly host: SheetHost,
  ) {
    this.rows = Math.max(NEW_SHEET_ROWS, worksheet.rowCount);
    this.cols = Math.max(NEW_SHEET_COLS, this.usedColumns());
  }

  private usedColumns(): number {
    return Math.max(this.worksheet.columnCount, this.worksheet.columns?.length ?? 0);
  }

  /** getMaxRows without counting a call. */
  maxRows(): number {
    this.rows = Math.max(this.rows, this.worksheet.rowCount);
    return this.rows;
  }

  /** getMaxColumns without counting a call. */
  maxColumns(): number {
    this.cols = Math.max(this.cols, this.usedColumns());
    return this.cols;
  }

  gridCells(): number {
    return this.maxRows() * this.maxColumns();
  }

  /** A range inside the grid; anything reaching past it is Google's out-of-grid error. */
  rangeAt(rect: GridRect): LocalRange<LocalSheet> {
    if (
      rect.row < 1 ||
      rect.col < 1 ||
      rect.row + rect.numRows - 1 > this.maxRows() ||
      rect.col + rect.numCols - 1 > this.maxColumns()
    )
      throw new Error(OUTSIDE_SHEET);
    return new LocalRange(this, rect);
  }

  private grow(rows: number, cols: number): void {
    const nextRows = this.maxRows() + rows;
    const nextCols = this.maxColumns() + cols;
    checkColumnLimit(nextCols);
    checkCellLimit(this.host.cellsElsewhere(this.worksheet) + nextRows * nextCols);
    this.rows = nextRows;
    this.cols = nextCols;
  }

  private checkCount(howMany: number, what: 'rows' | 'columns'): void {
    if (!Number.isInteger(howMany) || howMany < 1)
      throw new Error(`The number of ${what} to insert must be at least 1.`);
  }

  private checkPosition(position: number, max: number, what: 'rows' | 'columns'): void {
    if (!Number.isInteger(position) || position < 1 || position > max)
      throw new Error(`Those ${what} are out of bounds.`);
  }

  /** Inserts empty rows before `row` (1-based), moving the rows from there down, as Sheets does. */
  private insertRowsAt(row: number, howMany: number): void {
    this.checkCount(howMany, 'rows');
    this.grow(howMany, 0);
    // Nothing below: nothing to move (and exceljs's splice is not cheap on a long sheet).
    if (row <= this.worksheet.rowCount)
      this.worksheet.spliceRows(row, 0, ...Array.from({ length: howMany }, () => []));
    this.touched();
  }

  private insertColumnsAt(col: number, howMany: number): void {
    this.checkCount(howMany, 'columns');
    this.grow(0, howMany);
    if (col <= this.usedColumns())
      this.worksheet.spliceColumns(col, 0, ...Array.from({ length: howMany }, () => []));
    this.touched();
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsafterafterposition,-howmany */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.count('insertRowsAfter');
    this.checkPosition(afterPosition, this.maxRows(), 'rows');
    this.insertRowsAt(afterPosition + 1, howMany);
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsafterafterposition,-howmany */
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.count('insertColumnsAfter');
    this.checkPosition(afterPosition, this.maxColumns(), 'columns');
    this.insertColumnsAt(afterPosition + 1, howMany);
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany (rules: rowDeletion.ts) */
  deleteRows(rowPosition: number, howMany: number): void {
    this.count('deleteRows');
    refuseRowDeletion(this.worksheet, this.host.metadata.store, this.maxRows(), rowPosition, howMany);
    deleteWorksheetRows(this.worksheet, rowPosition, howMany);
    this.rows = this.maxRows() - howMany;
    this.touched();
  }

  get counter(): CallCounter {
    return this.host.counter;
  }

  get cellContext(): CellContext {
    return this.host.cellContext;
  }

  touched(): void {
    this.host.sheetChanged(this.worksheet.name);
  }

  private count(method: string): void {
    this.counter.count(`Sheet.${method}`);
  }

  getName(): string {
    this.count('getName');
    return this.worksheet.name;
  }

  /** Rectangles of the merged ranges. */
  mergedRects(): GridRect[] {
    return mergedRects(this.worksheet);
  }

  private lastContent(): { row: number; col: number } {
    let lastRow = 0;
    let lastCol = 0;
    this.worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (!hasContent(cell)) return;
        lastRow = Math.max(lastRow, rowNumber);
        lastCol = Math.max(lastCol, colNumber);
      });
    });
    return { row: lastRow, col: lastCol };
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this.lastContent().row;
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return this.lastContent().col;
  }

  getMaxRows(): number {
    this.count('getMaxRows');
    return this.maxRows();
  }

  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.maxColumns();
  }

  /** The range from A1 to the last row and column with content (A1 on an empty sheet). */
  getDataRange(): LocalRange<LocalSheet> {
    this.count('getDataRange');
    const last = this.lastContent();
    return new LocalRange(this, {
      row: 1,
      col: 1,
      numRows: Math.max(1, last.row),
      numCols: Math.max(1, last.col),
    });
  }

  getRange(
    a1OrRow: string | number,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): LocalRange<LocalSheet> {
    this.count('getRange');
    if (typeof a1OrRow === 'string') {
      const { range } = splitSheet(a1OrRow);
      return this.rangeAt(parseA1(range, this.maxRows(), this.maxColumns()));
    }
    const rect = { row: a1OrRow, col: column ?? 1, numRows: numRows ?? 1, numCols: numColumns ?? 1 };
    if (![rect.row, rect.col, rect.numRows, rect.numCols].every((n) => Number.isInteger(n))) {
      throw new Error('Cannot find method getRange with these arguments.');
    }
    if (rect.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (rect.numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    return this.rangeAt(rect);
  }

  /**
   * "Clears the sheet of content and formatting information": values, formats and merges go,
   * the sheet is then empty (getLastRow 0) and its xlsx holds no styled empty cells. Notes are
   * neither content nor format and Google names no effect on them (`clearNotes()` removes
   * them), so they stay, the stricter choice: a writer that rewrites a sheet clears its notes
   * itself. Row heights and column widths are sizes, not formats, and stay too.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear
   */
  clear(): this {
    this.count('clear');
    clearWorksheet(this.worksheet);
    this.touched();
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearnotes */
  clearNotes(): this {
    this.count('clearNotes');
    // A note may sit on a cell without a value: every cell is visited.
    this.worksheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.note) writeNote(cell, '');
      });
    });
    this.touched();
    return this;
  }

  private setView(patch: { ySplit?: number; xSplit?: number }): void {
    freeze(this.worksheet, patch);
    this.touched();
  }

  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    this.setView({ ySplit: rows });
  }

  setFrozenColumns(columns: number): void {
    this.count('setFrozenColumns');
    this.setView({ xSplit: columns });
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.count('setColumnWidths');
    setColumnWidthsOf(this.worksheet, { startColumn, numColumns, width }, this.maxColumns());
    this.touched();
    return this;
  }

  get metadataHost(): MetadataHost<LocalSheet, LocalRange<LocalSheet>> {
    return this.host.metadata;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#addDeveloperMetadata(String,String) */
  addDeveloperMetadata(key: string, value?: string): this {
    this.count('addDeveloperMetadata');
    this.host.metadata.store.add({
      key: String(key),
      value: value === undefined ? null : String(value),
      type: 'SHEET',
      sheet: this.worksheet.name,
      index: 0,
    });
    return this;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDeveloperMetadata(): "all developer
   * metadata associated with this sheet"; its rows' and columns' too (the stricter reading: tell yours by key).
   */
  getDeveloperMetadata(): LocalDeveloperMetadata<LocalSheet, LocalRange<LocalSheet>>[] {
    this.count('getDeveloperMetadata');
    const name = this.worksheet.name;
    return this.host.metadata.store
      .entries()
      .filter((entry) => entry.sheet === name)
      .map((entry) => new LocalDeveloperMetadata(this.host.metadata, entry));
  }
}
