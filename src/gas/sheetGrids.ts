/**
 * One execution's knowledge of the sheets' grids (rows × columns), and every growth of one:
 * each grid is asked of Sheets once per execution, since only the add-on grows a grid while it
 * runs. A growth is one insertRowsAfter / insertColumnsAfter per dimension
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsafterafterposition,-howmany),
 * refused first with the user's sentence when it would pass a Google Sheets limit.
 */
import { UserError } from '../core/errors';
import { MAX_SHEET_COLUMNS, MAX_SPREADSHEET_CELLS, NEW_SHEET_CELLS } from '../core/sheetLimits';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface GridSize {
  rows: number;
  cols: number;
}

export class SheetGrids {
  private readonly sizes = new Map<string, GridSize>();

  /** `everySheet` lists all sheets of the spreadsheet by name (read once, then kept up to date). */
  constructor(private readonly everySheet: () => ReadonlyMap<string, Sheet>) {}

  of(sheet: Sheet, name: string): GridSize {
    let size = this.sizes.get(name);
    if (!size) {
      size = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
      this.sizes.set(name, size);
    }
    return size;
  }

  /** After the add-on changed a grid itself (rows deleted). */
  set(name: string, size: GridSize): void {
    this.sizes.set(name, size);
  }

  /**
   * The grid cells of every sheet, for the 10-million-cell check: asked only when a sheet must
   * grow or be added (a person adding cells meanwhile meets Google's own refusal).
   */
  private cells(): number {
    let sum = 0;
    for (const [name, sheet] of this.everySheet()) {
      const { rows, cols } = this.of(sheet, name);
      sum += rows * cols;
    }
    return sum;
  }

  /** Throws the user's sentence when a new sheet would not fit. */
  checkNewSheet(name: string): void {
    if (this.cells() + NEW_SHEET_CELLS > MAX_SPREADSHEET_CELLS)
      throw new UserError('limits.tooManyCells', { sheet: name });
  }

  /**
   * Grows the sheet to hold `lastRow` × `lastCol` with one insert call per dimension, or
   * throws a UserError naming the sheet when that would pass a Google Sheets limit.
   */
  fit(sheet: Sheet, name: string, lastRow: number, lastCol: number): void {
    const { rows, cols } = this.of(sheet, name);
    if (lastRow <= rows && lastCol <= cols) return;
    const nextRows = Math.max(rows, lastRow);
    const nextCols = Math.max(cols, lastCol);
    if (nextCols > MAX_SHEET_COLUMNS)
      throw new UserError('limits.tooManyColumns', { sheet: name, columns: nextCols });
    // This sheet's share is known already: the others' plus this one's next size.
    const others = this.cells() - rows * cols;
    if (others + nextRows * nextCols > MAX_SPREADSHEET_CELLS)
      throw new UserError('limits.tooManyCells', { sheet: name });
    if (lastRow > rows) sheet.insertRowsAfter(rows, lastRow - rows);
    if (lastCol > cols) sheet.insertColumnsAfter(cols, lastCol - cols);
    this.sizes.set(name, { rows: nextRows, cols: nextCols });
  }
}
