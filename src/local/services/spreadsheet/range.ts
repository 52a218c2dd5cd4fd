/** Range over an exceljs worksheet, with Apps Script's semantics and error messages. */
import type { Cell, Worksheet } from 'exceljs';
import type { CallCounter, CellDirection } from '../counters';
import type { Emulates } from '../emulates';
import { columnLetter, type GridRect } from './a1';
import {
  checkCellValue,
  isMergeSlave,
  readBackground,
  readDisplay,
  readFormat,
  readNote,
  readValue,
  writeBackground,
  writeFontColor,
  writeFontWeight,
  writeFormat,
  writeNote,
  writeValue,
  type CellContext,
  type GasValue,
} from './cells';
import { ARBITRARY_RANGE_ERROR } from './metadata';
import type { DeveloperMetadataStore } from './metadataStore';

/** What a range needs of its sheet (the sheet makes its ranges; a range never imports it). */
export interface RangeSheet {
  readonly worksheet: Worksheet;
  readonly counter: CallCounter;
  readonly cellContext: CellContext;
  readonly metadataHost: { store: DeveloperMetadataStore };
  /** Marks the sheet written. */
  touched(): void;
}

/** https://developers.google.com/apps-script/reference/spreadsheet/range */
export class LocalRange<
  S extends RangeSheet = RangeSheet,
> implements Emulates<GoogleAppsScript.Spreadsheet.Range> {
  constructor(
    readonly sheet: S,
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

  setValues(values: unknown[][]): this {
    this.count('setValues');
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

  setFontWeights(weights: (string | null)[][]): this {
    this.count('setFontWeights');
    return this.writeGrid(weights, writeFontWeight);
  }

  /**
   * "Sets the specified range as the active range, with the top left cell in the range as the
   * current cell"; "the sheet that contains the range becomes the active sheet"
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#activate()). Locally the
   * selection is the sheet view's active cell and the workbook's active tab, saved with the xlsx,
   * as a spreadsheet application opens it. No cell changes.
   */
  activate(): this {
    this.count('activate');
    const ws = this.sheet.worksheet;
    const cell = `${columnLetter(this.rect.col)}${this.rect.row}`;
    const view = { ...(((ws.views ?? [])[0] as Record<string, unknown> | undefined) ?? {}) };
    view.activeCell = cell;
    ws.views = [view as (typeof ws.views)[number]];
    const book = ws.workbook;
    const tab = book.worksheets.indexOf(ws);
    const bookView = book.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' };
    book.views = [{ ...bookView, firstSheet: 0, activeTab: tab }];
    return this;
  }

  setNotes(notes: string[][]): this {
    this.count('setNotes');
    return this.writeGrid(notes, (cell, note) => writeNote(cell, note ?? ''));
  }

  getColumn(): number {
    this.count('getColumn');
    return this.rect.col;
  }

  getSheet(): S {
    this.count('getSheet');
    return this.sheet;
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
}
