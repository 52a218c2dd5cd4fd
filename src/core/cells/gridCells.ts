/**
 * A register row's cells as the rules registers (`Календарь`, `Клиенты`) read them: the value,
 * and the text a person sees (the display text first; a date value that shows nothing is no text).
 */
import type { CellValue, Grid } from '../types';
import { isDate } from '../types';
import { rawText } from './problems';
import { squeezeSpaces } from './text';

export function gridCell(grid: Grid, row: number, col: number | undefined): CellValue {
  return col === undefined ? '' : (grid.values[row]?.[col] ?? '');
}

export function gridText(grid: Grid, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const shown = grid.display[row]?.[col];
  if (shown !== undefined && shown !== '') return squeezeSpaces(shown);
  const value = gridCell(grid, row, col);
  return isDate(value) ? '' : squeezeSpaces(rawText(value));
}
