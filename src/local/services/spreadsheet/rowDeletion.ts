/**
 * Sheet.deleteRows over an exceljs worksheet, as Sheets does it:
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany
 * The rows go with everything in them; the rows below move up and the grid shrinks. Sheets refuses
 * to delete every non-frozen row ("Sorry, it is not possible to delete all non-frozen rows.").
 * Where the reference is silent, the stricter choice: merged ranges or row developer metadata at
 * or below the deleted rows (the add-on has neither in a sheet it deletes rows of) are refused
 * rather than moved by a guess.
 */
import type { Worksheet } from 'exceljs';
import { readNote, writeNote } from './cells';
import type { DeveloperMetadataStore } from './metadataStore';
import { mergedRects } from './worksheet';

/** Rows frozen in the sheet's first view (0 when none). */
function frozenRows(ws: Worksheet): number {
  const view = (ws.views ?? [])[0] as Record<string, unknown> | undefined;
  return view?.state === 'frozen' ? Number(view.ySplit ?? 0) : 0;
}

/** Throws Sheets' error (or the local runtime's, where it is stricter) for a deletion Sheets would not make. */
export function refuseRowDeletion(
  ws: Worksheet,
  metadata: DeveloperMetadataStore,
  maxRows: number,
  rowPosition: number,
  howMany: number,
): void {
  if (!Number.isInteger(rowPosition) || rowPosition < 1 || rowPosition > maxRows)
    throw new Error('Those rows are out of bounds.');
  if (!Number.isInteger(howMany) || howMany < 1)
    throw new Error('The number of rows to delete must be at least 1.');
  if (rowPosition + howMany - 1 > maxRows) throw new Error('Those rows are out of bounds.');
  if (maxRows - howMany <= frozenRows(ws))
    throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
  if (mergedRects(ws).some((rect) => rect.row + rect.numRows - 1 >= rowPosition))
    throw new Error('The local runtime does not move merged ranges on deleteRows.');
  const below = metadata
    .entries()
    .some((entry) => entry.sheet === ws.name && entry.type === 'ROW' && entry.index >= rowPosition);
  if (below) throw new Error('The local runtime does not move row developer metadata on deleteRows.');
}

/**
 * Removes the rows, moving the rows below up with their values, styles and notes. exceljs's
 * `spliceRows` moves values and styles but leaves notes where they were, and leaves copies of the
 * last moved rows behind the new end: both are mended here.
 */
export function deleteWorksheetRows(ws: Worksheet, rowPosition: number, howMany: number): void {
  if (rowPosition > ws.rowCount) return;
  const notes: { row: number; col: number; note: string }[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber < rowPosition) return;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (!cell.note) return;
      if (rowNumber >= rowPosition + howMany)
        notes.push({ row: rowNumber - howMany, col, note: readNote(cell) });
      writeNote(cell, '');
    });
  });
  const before = ws.rowCount;
  ws.spliceRows(rowPosition, howMany);
  const rows = (ws as unknown as { _rows: unknown[] })._rows;
  rows.length = Math.min(rows.length, Math.max(rowPosition - 1, before - howMany));
  for (const { row, col, note } of notes) writeNote(ws.getCell(row, col), note);
}
