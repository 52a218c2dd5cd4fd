/**
 * What the add-on writes into a sheet, as plain data. The core builds these
 * blocks (summary sheets, owned columns); the workbook port writes each layer
 * of a block with one service call.
 */
import type { CellValue } from './types';

/** A rectangle to write. Optional layers are written only when present (one call each). */
export interface CellBlock {
  values: CellValue[][];
  /** `null` resets a cell to no fill. */
  backgrounds?: (string | null)[][];
  fontColors?: (string | null)[][];
  numberFormats?: string[][];
  fontWeights?: ('bold' | 'normal')[][];
  notes?: string[][];
}

/** The whole content of a sheet the add-on owns; it is rewritten every time. */
export interface OwnedSheetContent {
  /** Blocks at 1-based row/column positions. */
  blocks: { row: number; col: number; block: CellBlock }[];
  frozenRows?: number;
  frozenColumns?: number;
  /** Widths in pixels for runs of columns (one call per run). */
  columnWidths?: { col: number; count: number; width: number }[];
}
