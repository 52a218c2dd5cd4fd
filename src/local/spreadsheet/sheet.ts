/** Sheet over an exceljs worksheet. */
import type { Cell, Worksheet } from 'exceljs';
import type { CallCounter } from '../counters';
import { parseA1, splitSheet, type GridRect } from './a1';
import { hasContent, writeNote, type CellContext } from './cells';
import { LocalDeveloperMetadata, LocalDeveloperMetadataFinder, type MetadataHost } from './metadata';
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

/**
 * A new sheet has 1000 rows × 26 columns (A–Z); a sheet read from a file keeps at
 * least that and at least what it uses. Ranges beyond the grid do not exist:
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getmaxrows
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
 */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLS = 26;
export const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';

/**
 * A spreadsheet holds up to 10 million cells and a sheet up to 18,278 columns (ZZZ):
 * https://support.google.com/drive/answer/37603 . The cell message is the one Sheets gives;
 * for columns Google documents none, so the same wording names the column limit.
 */
export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;

export function checkCellLimit(cells: number): void {
  if (cells > MAX_CELLS)
    throw new Error(
      `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
    );
}

function checkColumnLimit(columns: number): void {
  if (columns > MAX_COLUMNS)
    throw new Error(
      `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS} columns.`,
    );
}
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
  /** The grid cells of every other sheet of the spreadsheet, for the 10-million-cell limit. */
  cellsElsewhere(self: Worksheet): number;
  metadata: MetadataHost<LocalSheet, LocalRange>;
}

export class LocalSheet implements TypedReads {
  /**
   * Conditional format rules the bundle set, recorded only: the add-on sets none, so they are
   * not written into the xlsx. Rules the workbook came with stay in the file as they were.
   */
  private conditionalRules: unknown[] = [];
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
  rangeAt(rect: GridRect): LocalRange {
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

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsbeforebeforeposition,-howmany */
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.count('insertRowsBefore');
    this.checkPosition(beforePosition, this.maxRows(), 'rows');
    this.insertRowsAt(beforePosition, howMany);
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsrowindex,-numrows */
  insertRows(rowIndex: number, numRows = 1): void {
    this.count('insertRows');
    this.checkPosition(rowIndex, this.maxRows(), 'rows');
    this.insertRowsAt(rowIndex, numRows);
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsafterafterposition,-howmany */
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.count('insertColumnsAfter');
    this.checkPosition(afterPosition, this.maxColumns(), 'columns');
    this.insertColumnsAt(afterPosition + 1, howMany);
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsbeforebeforeposition,-howmany */
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.count('insertColumnsBefore');
    this.checkPosition(beforePosition, this.maxColumns(), 'columns');
    this.insertColumnsAt(beforePosition, howMany);
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnscolumnindex,-numcolumns */
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.count('insertColumns');
    this.checkPosition(columnIndex, this.maxColumns(), 'columns');
    this.insertColumnsAt(columnIndex, numColumns);
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
    return this.maxRows();
  }

  getMaxColumns(): number {
    this.count('getMaxColumns');
    return this.maxColumns();
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
   * "Appends a row to the bottom of the current data region in the sheet": a sheet whose
   * data reaches its last row gets one more row; a row wider than the grid is refused.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
   */
  appendRow(rowContents: unknown[]): this {
    this.count('appendRow');
    const row = this.lastContent().row + 1;
    const width = Math.max(1, rowContents.length);
    if (width > this.maxColumns()) throw new Error(OUTSIDE_SHEET);
    if (row > this.maxRows()) this.grow(row - this.maxRows(), 0);
    this.rangeAt({ row, col: 1, numRows: 1, numCols: width }).writeValues([
      rowContents.length ? rowContents : [''],
    ]);
    return this;
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
    const ws = this.worksheet;
    for (const rect of this.mergedRects())
      ws.unMergeCells(rect.row, rect.col, rect.row + rect.numRows - 1, rect.col + rect.numCols - 1);
    // Column styles are formats too; read the columns before the rows go, columnCount counts cells.
    for (const column of ws.columns ?? []) if (Object.keys(column.style ?? {}).length) column.style = {};
    const sizes: { row: number; height?: number; hidden: boolean }[] = [];
    const notes: { row: number; col: number; note: Cell['note'] }[] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.height !== undefined || row.hidden)
        sizes.push({ row: rowNumber, height: row.height, hidden: row.hidden });
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        if (cell.note) notes.push({ row: rowNumber, col: colNumber, note: cell.note });
      });
    });
    // exceljs has no public way to drop rows without shifting the ones below: empty its row list.
    (ws as unknown as { _rows: unknown[] })._rows = [];
    for (const { row, height, hidden } of sizes) {
      const xlsxRow = ws.getRow(row);
      if (height !== undefined) xlsxRow.height = height;
      if (hidden) xlsxRow.hidden = true;
    }
    for (const { row, col, note } of notes) ws.getCell(row, col).note = note;
    this.conditionalRules = [];
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

  private checkColumns(start: number, count: number): void {
    if (!Number.isInteger(start) || start < 1 || start + count - 1 > this.maxColumns())
      throw new Error('Those columns are out of bounds.');
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.count('setColumnWidths');
    this.checkColumns(startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c += 1)
      this.worksheet.getColumn(c).width = width / PX_PER_CHAR;
    this.touched();
    return this;
  }

  setColumnWidth(column: number, width: number): this {
    this.count('setColumnWidth');
    this.checkColumns(column, 1);
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

  get metadataHost(): MetadataHost<LocalSheet, LocalRange> {
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

  /** Metadata of the sheet itself (not of its rows or columns). */
  getDeveloperMetadata(): LocalDeveloperMetadata<LocalSheet, LocalRange>[] {
    this.count('getDeveloperMetadata');
    const host = this.host.metadata;
    return host.store
      .entries()
      .filter((entry) => entry.type === 'SHEET' && entry.sheet === this.worksheet.name)
      .map((entry) => new LocalDeveloperMetadata(host, entry));
  }

  /**
   * Metadata "associated with the sheet itself, or with a row, column, or range on that sheet"
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#createDeveloperMetadataFinder()).
   */
  createDeveloperMetadataFinder(): LocalDeveloperMetadataFinder<LocalSheet, LocalRange> {
    this.count('createDeveloperMetadataFinder');
    const name = this.worksheet.name;
    return new LocalDeveloperMetadataFinder(this.host.metadata, (entry) => entry.sheet === name);
  }

  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.worksheet.state !== 'visible';
  }
}
