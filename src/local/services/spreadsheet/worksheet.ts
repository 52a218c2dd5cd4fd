/** What Sheet does to an exceljs worksheet where exceljs has no public way: merges, clearing, frozen panes. */
import type { Cell, Worksheet } from 'exceljs';
import type { GridRect } from './a1';

interface MergeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Rectangles of the merged ranges. */
export function mergedRects(ws: Worksheet): GridRect[] {
  // exceljs keeps merges in a private map keyed by the top-left address; it has no public list.
  const merges = (ws as unknown as { _merges: Record<string, { model: MergeModel }> })._merges;
  return Object.values(merges).map(({ model }) => ({
    row: model.top,
    col: model.left,
    numRows: model.bottom - model.top + 1,
    numCols: model.right - model.left + 1,
  }));
}

/**
 * "Clears the sheet of content and formatting information": values, formats and merges go,
 * the sheet is then empty (getLastRow 0) and its xlsx holds no styled empty cells. Notes are
 * neither content nor format and Google names no effect on them (`clearNotes()` removes
 * them), so they stay, the stricter choice: a writer that rewrites a sheet clears its notes
 * itself. Row heights and column widths are sizes, not formats, and stay too.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear
 */
export function clearWorksheet(ws: Worksheet): void {
  for (const rect of mergedRects(ws))
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
}

/**
 * Freezes rows or columns in the sheet's first view. A workbook written by a script often has
 * no sheet views at all (exceljs then leaves `views` undefined), so none is read as the default view.
 */
export function freeze(ws: Worksheet, patch: { ySplit?: number; xSplit?: number }): void {
  const view = { ...(((ws.views ?? [])[0] as Record<string, unknown> | undefined) ?? {}) };
  Object.assign(view, patch);
  const frozen = Number(view.ySplit ?? 0) > 0 || Number(view.xSplit ?? 0) > 0;
  view.state = frozen ? 'frozen' : 'normal';
  ws.views = [view as (typeof ws.views)[number]];
}

/** Pixels per xlsx character-width unit (Calibri 11). */
const PX_PER_CHAR = 7;

/** Widths in pixels of a run of columns; columns outside the grid are refused. */
export function setColumnWidthsOf(
  ws: Worksheet,
  run: { startColumn: number; numColumns: number; width: number },
  maxColumns: number,
): void {
  const { startColumn, numColumns, width } = run;
  if (!Number.isInteger(startColumn) || startColumn < 1 || startColumn + numColumns - 1 > maxColumns)
    throw new Error('Those columns are out of bounds.');
  for (let c = startColumn; c < startColumn + numColumns; c += 1) ws.getColumn(c).width = width / PX_PER_CHAR;
}
