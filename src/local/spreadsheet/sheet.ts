/** Sheet over an exceljs worksheet. */
import type { Worksheet } from 'exceljs';
import type { CallCounter } from '../counters';
import { parseA1, splitSheet, type GridRect } from './a1';
import { hasContent, type CellContext } from './cells';
import { LocalRange } from './range';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type TypedReads = Pick<
  GasSheet,
  | 'getName'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getFrozenRows'
  | 'getFrozenColumns'
>;

/** Sheets gives a new sheet 1000 rows × 26 columns. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLS = 26;
/** Pixels per xlsx character-width unit (Calibri 11). */
const PX_PER_CHAR = 7;

interface MergeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetHost {
  counter: CallCounter;
  cellContext: CellContext;
  sheetChanged(name: string): void;
}

export class LocalSheet implements TypedReads {
  /**
   * Conditional format rules the bundle set, recorded only: the add-on sets none, so they are
   * not written into the xlsx. Rules the workbook came with stay in the file as they were.
   */
  private conditionalRules: unknown[] = [];

  constructor(
    readonly worksheet: Worksheet,
    private readonly host: SheetHost,
  ) {}

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

  getSheetId(): number {
    this.count('getSheetId');
    return this.worksheet.id;
  }

  getIndex(): number {
    this.count('getIndex');
    return this.worksheet.workbook.worksheets.indexOf(this.worksheet) + 1;
  }

  /** Rectangles of the merged ranges. */
  mergedRects(): GridRect[] {
    // exceljs keeps merges in a private map keyed by the top-left address; it has no public list.
    const merges = (this.worksheet as unknown as { _merges: Record<string, { model: MergeModel }> })._merges;
    return Object.values(merges).map(({ model }) => ({
      row: model.top,
      col: model.left,
      numRows: model.bottom - model.top + 1,
      numCols: model.right - model.left + 1,
    }));
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
    return Math.max(NEW_SHEET_ROWS, this.worksheet.rowCount);
  }

  getMaxColumns(): number {
    this.count('getMaxColumns');
    return Math.max(NEW_SHEET_COLS, this.worksheet.columnCount);
  }

  getDataRange(): LocalRange {
    this.count('getDataRange');
    const last = this.lastContent();
    return new LocalRange(this, {
      row: 1,
      col: 1,
      numRows: Math.max(1, last.row),
      numCols: Math.max(1, last.col),
    });
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): LocalRange {
    this.count('getRange');
    if (typeof a1OrRow === 'string') {
      const { range } = splitSheet(a1OrRow);
      const maxRows = Math.max(NEW_SHEET_ROWS, this.worksheet.rowCount);
      const maxCols = Math.max(NEW_SHEET_COLS, this.worksheet.columnCount);
      return new LocalRange(this, parseA1(range, maxRows, maxCols));
    }
    const rect = { row: a1OrRow, col: column ?? 1, numRows: numRows ?? 1, numCols: numColumns ?? 1 };
    if (![rect.row, rect.col, rect.numRows, rect.numCols].every((n) => Number.isInteger(n))) {
      throw new Error('Cannot find method getRange with these arguments.');
    }
    if (rect.row < 1 || rect.col < 1)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    if (rect.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (rect.numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    return new LocalRange(this, rect);
  }

  appendRow(rowContents: unknown[]): this {
    this.count('appendRow');
    const row = this.lastContent().row + 1;
    const range = new LocalRange(this, { row, col: 1, numRows: 1, numCols: Math.max(1, rowContents.length) });
    range.writeValues([rowContents.length ? rowContents : ['']]);
    return this;
  }

  /**
   * Removes every value and format, as Sheets' `clear()` does: the sheet is then
   * empty (getLastRow 0) and its xlsx holds no styled empty cells. Row heights and
   * column widths are sizes, not formats, and stay.
   */
  clear(): this {
    this.count('clear');
    const ws = this.worksheet;
    for (const rect of this.mergedRects())
      ws.unMergeCells(rect.row, rect.col, rect.row + rect.numRows - 1, rect.col + rect.numCols - 1);
    // Column styles are formats too; read the columns before the rows go, columnCount counts cells.
    for (const column of ws.columns ?? []) if (Object.keys(column.style ?? {}).length) column.style = {};
    const sizes: { row: number; height?: number; hidden: boolean }[] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.height !== undefined || row.hidden)
        sizes.push({ row: rowNumber, height: row.height, hidden: row.hidden });
    });
    // exceljs has no public way to drop rows without shifting the ones below: empty its row list.
    (ws as unknown as { _rows: unknown[] })._rows = [];
    for (const { row, height, hidden } of sizes) {
      const xlsxRow = ws.getRow(row);
      if (height !== undefined) xlsxRow.height = height;
      if (hidden) xlsxRow.hidden = true;
    }
    this.conditionalRules = [];
    this.touched();
    return this;
  }

  clearContents(): this {
    this.count('clearContents');
    this.worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cell.value = null;
      });
    });
    this.touched();
    return this;
  }

  /**
   * The sheet's first view. A workbook written by a script often has no sheet views at
   * all (exceljs then leaves `views` undefined), so none is read as the default view.
   */
  private firstView(): Record<string, unknown> | undefined {
    return (this.worksheet.views ?? [])[0] as Record<string, unknown> | undefined;
  }

  private setView(patch: { ySplit?: number; xSplit?: number }): void {
    const view = { ...(this.firstView() ?? {}) };
    Object.assign(view, patch);
    const frozen = Number(view.ySplit ?? 0) > 0 || Number(view.xSplit ?? 0) > 0;
    view.state = frozen ? 'frozen' : 'normal';
    this.worksheet.views = [view as (typeof this.worksheet.views)[number]];
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

  getFrozenRows(): number {
    this.count('getFrozenRows');
    const view = this.firstView() as { state?: string; ySplit?: number } | undefined;
    return view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
  }

  getFrozenColumns(): number {
    this.count('getFrozenColumns');
    const view = this.firstView() as { state?: string; xSplit?: number } | undefined;
    return view?.state === 'frozen' ? (view.xSplit ?? 0) : 0;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.count('setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c += 1)
      this.worksheet.getColumn(c).width = width / PX_PER_CHAR;
    this.touched();
    return this;
  }

  setColumnWidth(column: number, width: number): this {
    this.count('setColumnWidth');
    this.worksheet.getColumn(column).width = width / PX_PER_CHAR;
    this.touched();
    return this;
  }

  getColumnWidth(column: number): number {
    this.count('getColumnWidth');
    return Math.round((this.worksheet.getColumn(column).width ?? 100 / PX_PER_CHAR) * PX_PER_CHAR);
  }

  getConditionalFormatRules(): unknown[] {
    this.count('getConditionalFormatRules');
    return [...this.conditionalRules];
  }

  setConditionalFormatRules(rules: unknown[]): void {
    this.count('setConditionalFormatRules');
    this.conditionalRules = [...rules];
  }

  activate(): this {
    this.count('activate');
    return this;
  }

  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.worksheet.state !== 'visible';
  }
}
