/** Google's grid: the size of a new sheet, the out-of-grid error, the cell and column limits. */

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

export function checkColumnLimit(columns: number): void {
  if (columns > MAX_COLUMNS)
    throw new Error(
      `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS} columns.`,
    );
}
