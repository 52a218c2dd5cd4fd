/**
 * One row of a user's register to write with a single `writeBlock`: the
 * cells a form fills, spanning from the leftmost to the rightmost of them.
 * Cells in between are written only on a new row, where they are empty.
 */
import type { CellBlock } from '../ports';
import type { CellValue } from '../../core/types';

export interface RowCell {
  /** 0-based column. */
  col: number;
  value: CellValue;
  format?: string;
  background?: string | null;
}

export function rowBlock(cells: readonly RowCell[]): { col: number; block: CellBlock } {
  const first = Math.min(...cells.map((cell) => cell.col));
  const last = Math.max(...cells.map((cell) => cell.col));
  const values: CellValue[] = Array<CellValue>(last - first + 1).fill('');
  // '' leaves the cell's format to the workbook adapter: text for strings, General otherwise.
  const formats: string[] = Array<string>(values.length).fill('');
  const backgrounds: (string | null)[] = Array<string | null>(values.length).fill(null);
  let anyFormat = false;
  let anyBackground = false;
  for (const cell of cells) {
    values[cell.col - first] = cell.value;
    if (cell.format) {
      formats[cell.col - first] = cell.format;
      anyFormat = true;
    }
    if (cell.background !== undefined) {
      backgrounds[cell.col - first] = cell.background;
      anyBackground = true;
    }
  }
  const block: CellBlock = { values: [values] };
  if (anyFormat) block.numberFormats = [formats];
  if (anyBackground) block.backgrounds = [backgrounds];
  return { col: first + 1, block };
}
