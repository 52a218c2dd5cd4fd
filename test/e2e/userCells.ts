/**
 * The promise every run keeps: each cell the user filled (a value or a note) is exactly as it
 * was — value, type, style and note — after the run. Read from the xlsx files on both sides, the
 * way the local runtime reads them.
 */
import type ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/local/runner/document';

export interface UserCell {
  sheet: string;
  address: string;
  value: unknown;
  type: number;
  style: string;
  note: string;
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/** Every cell with a value or a note on the named sheets (all sheets when omitted). */
export async function userCells(file: string, sheets?: readonly string[]): Promise<UserCell[]> {
  // Read as the local runtime reads it, so what exceljs alone drops (notes of empty cells) counts.
  const workbook = await readWorkbook(file);
  const cells: UserCell[] = [];
  for (const ws of workbook.worksheets) {
    if (sheets && !sheets.includes(ws.name)) continue;
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = noteText(cell.note);
        if ((cell.value === null || cell.value === undefined || cell.value === '') && note === '') return;
        cells.push({
          sheet: ws.name,
          address: cell.address,
          value: cell.value,
          type: cell.type,
          style: JSON.stringify(cell.style ?? {}),
          note,
        });
      });
    });
  }
  return cells;
}

/** The cells of `before` as they are in `after`, for a `toEqual` against `before`. */
export async function sameCellsIn(after: string, before: readonly UserCell[]): Promise<UserCell[]> {
  const workbook = await readWorkbook(after);
  return before.map(({ sheet, address }) => {
    const ws = workbook.getWorksheet(sheet);
    const cell = ws?.getCell(address);
    return {
      sheet,
      address,
      value: cell?.value ?? null,
      type: cell?.type ?? -1,
      style: JSON.stringify(cell?.style ?? {}),
      note: noteText(cell?.note),
    };
  });
}
