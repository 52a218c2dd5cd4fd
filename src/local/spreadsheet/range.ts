/** Range over an exceljs worksheet, with Apps Script's semantics and error messages. */
import type { Cell } from 'exceljs';
import { a1Of, type GridRect } from './a1';
import {
  readBackground,
  readDisplay,
  readFontColor,
  readFontWeight,
  readFormat,
  readNote,
  readValue,
  isMergeSlave,
  writeBackground,
  writeFontColor,
  writeFontWeight,
  writeFormat,
  writeNote,
  writeValue,
  checkCellValue,
  type GasValue,
} from './cells';
import { ARBITRARY_RANGE_ERROR, LocalDeveloperMetadata } from './metadata';
import type { CellDirection } from '../counters';
import type { LocalSheet } from './sheet';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** The methods typed straight from Apps Script's own declarations, so a mismatch fails to compile. */
type TypedReads = Pick<
  GasRange,
  | 'getValues'
  | 'getDisplayValues'
  | 'getBackgrounds'
  | 'getNumberFormats'
  | 'getFormulas'
  | 'getFontColors'
  | 'getNotes'
  | 'getNote'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getValue'
  | 'getDisplayValue'
  | 'getBackground'
  | 'getNumberFormat'
  | 'isPartOfMerge'
>;

export class LocalRange implements TypedReads {
  constructor(
    readonly sheet: LocalSheet,
    readonly rect: GridRect,
  ) {}

  private count(method: string): void {
    this.sheet.counter.count(`Range.${method}`);
  }

  private moved(direction: CellDirection, cells: number): void {
    this.sheet.counter.cells(direction, this.sheet.worksheet.name, cells);
  }

  private readGrid<T>(read: (cell: Cell | undefined) => T): T[][] {
    const { row, col, numRows, numCols } = this.rect;
    const ws = this.sheet.worksheet;
    this.moved('read', numRows * numCols);
    const out: T[][] = [];
    for (let r = 0; r < numRows; r += 1) {
      const xlsxRow = ws.findRow(row + r);
      const line: T[] = [];
      for (let c = 0; c < numCols; c += 1) line.push(read(xlsxRow?.findCell(col + c)));
      out.push(line);
    }
    return out;
  }

  /** Checks the shape as Apps Script does, then writes every cell (creating it when needed). */
  private writeGrid<T>(data: T[][], write: (cell: Cell, value: T) => void): this {
    const { row, col, numRows, numCols } = this.rect;
    if (!Array.isArray(data) || data.length !== numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${numRows}.`,
      );
    }
    for (const line of data) {
      if (!Array.isArray(line) || line.length !== numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : 0} but the range has ${numCols}.`,
        );
      }
    }
    const ws = this.sheet.worksheet;
    this.moved('written', numRows * numCols);
    data.forEach((line, r) => line.forEach((value, c) => write(ws.getCell(row + r, col + c), value)));
    this.sheet.touched();
    return this;
  }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.rect.numRows }, () => Array<T>(this.rect.numCols).fill(value));
  }

  getValues(): GasValue[][] {
    this.count('getValues');
    return this.readGrid((cell) => readValue(cell, this.sheet.cellContext));
  }

  getValue(): GasValue {
    this.count('getValue');
    this.moved('read', 1);
    return readValue(this.sheet.worksheet.findCell(this.rect.row, this.rect.col), this.sheet.cellContext);
  }

  getDisplayValues(): string[][] {
    this.count('getDisplayValues');
    return this.readGrid((cell) => readDisplay(cell, this.sheet.cellContext));
  }

  getDisplayValue(): string {
    this.count('getDisplayValue');
    this.moved('read', 1);
    return readDisplay(this.sheet.worksheet.findCell(this.rect.row, this.rect.col), this.sheet.cellContext);
  }

  getBackgrounds(): string[][] {
    this.count('getBackgrounds');
    return this.readGrid((cell) => readBackground(cell, this.sheet.cellContext));
  }

  getBackground(): string {
    this.count('getBackground');
    this.moved('read', 1);
    return readBackground(
      this.sheet.worksheet.findCell(this.rect.row, this.rect.col),
      this.sheet.cellContext,
    );
  }

  getNumberFormats(): string[][] {
    this.count('getNumberFormats');
    return this.readGrid(readFormat);
  }

  getNumberFormat(): string {
    this.count('getNumberFormat');
    this.moved('read', 1);
    return readFormat(this.sheet.worksheet.findCell(this.rect.row, this.rect.col));
  }

  getFontColors(): string[][] {
    this.count('getFontColors');
    return this.readGrid((cell) => readFontColor(cell, this.sheet.cellContext));
  }

  getFontWeights(): string[][] {
    this.count('getFontWeights');
    return this.readGrid(readFontWeight);
  }

  /**
   * "Returns the formulas (A1 notation) for the cells in the range. Entries in the 2D array are
   * empty strings for cells with no formula."
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()
   */
  getFormulas(): string[][] {
    this.count('getFormulas');
    // exceljs resolves a shared formula to this cell's own text in `formula`.
    return this.readGrid((cell) => (cell && !isMergeSlave(cell) && cell.formula ? `=${cell.formula}` : ''));
  }

  getNotes(): string[][] {
    this.count('getNotes');
    return this.readGrid(readNote);
  }

  getNote(): string {
    this.count('getNote');
    this.moved('read', 1);
    return readNote(this.sheet.worksheet.findCell(this.rect.row, this.rect.col));
  }

  setValues(values: unknown[][]): this {
    this.count('setValues');
    return this.writeValues(values);
  }

  /** setValues without counting a call, for Sheet methods that are one Apps Script call themselves. */
  writeValues(values: unknown[][]): this {
    // One value too long fails the whole call before any cell changes.
    if (Array.isArray(values))
      for (const line of values) if (Array.isArray(line)) line.forEach(checkCellValue);
    return this.writeGrid(values, (cell, value) => writeValue(cell, value, this.sheet.cellContext));
  }

  setValue(value: unknown): this {
    this.count('setValue');
    checkCellValue(value);
    return this.writeGrid(this.fill(value), (cell, v) => writeValue(cell, v, this.sheet.cellContext));
  }

  setNumberFormats(formats: string[][]): this {
    this.count('setNumberFormats');
    return this.writeGrid(formats, writeFormat);
  }

  setNumberFormat(format: string): this {
    this.count('setNumberFormat');
    return this.writeGrid(this.fill(format), writeFormat);
  }

  setBackgrounds(colors: (string | null)[][]): this {
    this.count('setBackgrounds');
    return this.writeGrid(colors, writeBackground);
  }

  setBackground(color: string | null): this {
    this.count('setBackground');
    return this.writeGrid(this.fill(color), writeBackground);
  }

  setFontColors(colors: (string | null)[][]): this {
    this.count('setFontColors');
    return this.writeGrid(colors, writeFontColor);
  }

  setFontColor(color: string | null): this {
    this.count('setFontColor');
    return this.writeGrid(this.fill(color), writeFontColor);
  }

  setFontWeights(weights: (string | null)[][]): this {
    this.count('setFontWeights');
    return this.writeGrid(weights, writeFontWeight);
  }

  setFontWeight(weight: string | null): this {
    this.count('setFontWeight');
    return this.writeGrid(this.fill(weight), writeFontWeight);
  }

  setNotes(notes: string[][]): this {
    this.count('setNotes');
    return this.writeGrid(notes, (cell, note) => writeNote(cell, note ?? ''));
  }

  setNote(note: string): this {
    this.count('setNote');
    return this.writeGrid(this.fill(note ?? ''), writeNote);
  }

  /** Clears content and formats (Apps Script's `clear()` with no options). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.count('clear');
    const { row, col, numRows, numCols } = this.rect;
    const ws = this.sheet.worksheet;
    for (let r = row; r < row + numRows; r += 1) {
      const xlsxRow = ws.findRow(r);
      if (!xlsxRow) continue;
      for (let c = col; c < col + numCols; c += 1) {
        const cell = xlsxRow.findCell(c);
        if (!cell) continue;
        if (!options?.formatOnly) cell.value = null;
        if (!options?.contentsOnly) cell.style = {};
      }
    }
    this.sheet.touched();
    return this;
  }

  clearContent(): this {
    this.count('clearContent');
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): this {
    this.count('clearFormat');
    return this.clear({ formatOnly: true });
  }

  getRow(): number {
    this.count('getRow');
    return this.rect.row;
  }

  getColumn(): number {
    this.count('getColumn');
    return this.rect.col;
  }

  getNumRows(): number {
    this.count('getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.count('getNumColumns');
    return this.rect.numCols;
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return this.rect.col + this.rect.numCols - 1;
  }

  getA1Notation(): string {
    this.count('getA1Notation');
    return a1Of(this.rect);
  }

  getSheet(): LocalSheet {
    this.count('getSheet');
    return this.sheet;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): LocalRange {
    this.count('offset');
    return this.sheet.rangeAt({
      row: this.rect.row + rowOffset,
      col: this.rect.col + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numCols: numColumns ?? this.rect.numCols,
    });
  }

  /** `COLUMN` when this range is one entire column, `ROW` for one entire row, else null. */
  private wholeLine(): { type: 'ROW' | 'COLUMN'; index: number } | null {
    const { row, col, numRows, numCols } = this.rect;
    const ws = this.sheet.worksheet;
    // The grid as getMaxRows/getMaxColumns report it, without counting those calls.
    const maxRows = Math.max(1000, ws.rowCount);
    const maxCols = Math.max(26, ws.columnCount);
    if (numCols === 1 && row === 1 && numRows >= maxRows) return { type: 'COLUMN', index: col };
    if (numRows === 1 && col === 1 && numCols >= maxCols) return { type: 'ROW', index: row };
    return null;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String,String)
   * — only on one entire row or column (see metadata.ts).
   */
  addDeveloperMetadata(key: string, value?: string): this {
    this.count('addDeveloperMetadata');
    const line = this.wholeLine();
    if (!line) throw new Error(ARBITRARY_RANGE_ERROR);
    this.sheet.metadataHost.store.add({
      key: String(key),
      value: value === undefined ? null : String(value),
      type: line.type,
      sheet: this.sheet.worksheet.name,
      index: line.index,
    });
    return this;
  }

  /** The metadata associated with exactly this row or column. */
  getDeveloperMetadata(): LocalDeveloperMetadata<LocalSheet, LocalRange>[] {
    this.count('getDeveloperMetadata');
    const line = this.wholeLine();
    if (!line) return [];
    const host = this.sheet.metadataHost;
    const name = this.sheet.worksheet.name;
    return host.store
      .entries()
      .filter((entry) => entry.sheet === name && entry.type === line.type && entry.index === line.index)
      .map((entry) => new LocalDeveloperMetadata(host, entry));
  }

  /** Merged ranges that intersect this range. */
  getMergedRanges(): LocalRange[] {
    this.count('getMergedRanges');
    const { row, col, numRows, numCols } = this.rect;
    return this.sheet
      .mergedRects()
      .filter(
        (m) =>
          m.row < row + numRows &&
          row < m.row + m.numRows &&
          m.col < col + numCols &&
          col < m.col + m.numCols,
      )
      .map((m) => new LocalRange(this.sheet, m));
  }

  isPartOfMerge(): boolean {
    this.count('isPartOfMerge');
    return this.getMergedRanges().length > 0;
  }

  merge(): this {
    this.count('merge');
    const { row, col, numRows, numCols } = this.rect;
    this.sheet.worksheet.mergeCells(row, col, row + numRows - 1, col + numCols - 1);
    this.sheet.touched();
    return this;
  }

  breakApart(): this {
    this.count('breakApart');
    for (const m of this.sheet.mergedRects()) {
      const inside =
        m.row >= this.rect.row &&
        m.col >= this.rect.col &&
        m.row + m.numRows <= this.rect.row + this.rect.numRows &&
        m.col + m.numCols <= this.rect.col + this.rect.numCols;
      if (inside) this.sheet.worksheet.unMergeCells(a1Of(m));
    }
    this.sheet.touched();
    return this;
  }
}
