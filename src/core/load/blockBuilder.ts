/**
 * A block of the summary sheet built row by row with every formatting layer,
 * then padded to the rectangle `setValues` needs, and the few kinds of cell
 * the sheet is made of.
 */
import type { CellBlock } from '../sheetContent';
import type { CellValue } from '../types';

const HEADER_FILL = '#f1f3f4';

/** Rows of one block padded to the same width, as `setValues` needs. */
function pad<T>(rows: T[][], width: number, filler: T): T[][] {
  return rows.map((row) =>
    row.length >= width ? row : [...row, ...Array<T>(width - row.length).fill(filler)],
  );
}

/** Builds a block row by row with every layer, then pads it to a rectangle. */
export class BlockBuilder {
  private readonly values: CellValue[][] = [];
  private readonly backgrounds: (string | null)[][] = [];
  private readonly fontColors: (string | null)[][] = [];
  private readonly formats: string[][] = [];
  private readonly weights: ('bold' | 'normal')[][] = [];
  private readonly notes: string[][] = [];

  row(
    cells: {
      value: CellValue;
      background?: string | null;
      fontColor?: string | null;
      format?: string;
      bold?: boolean;
      note?: string;
    }[],
  ): void {
    this.values.push(cells.map((c) => c.value));
    this.backgrounds.push(cells.map((c) => c.background ?? null));
    this.fontColors.push(cells.map((c) => c.fontColor ?? null));
    this.formats.push(cells.map((c) => c.format ?? '@'));
    this.weights.push(cells.map((c) => (c.bold ? 'bold' : 'normal')));
    this.notes.push(cells.map((c) => c.note ?? ''));
  }

  get height(): number {
    return this.values.length;
  }

  build(): CellBlock {
    const width = this.values.reduce((max, row) => Math.max(max, row.length), 1);
    return {
      values: pad(this.values, width, ''),
      backgrounds: pad(this.backgrounds, width, null),
      fontColors: pad(this.fontColors, width, null),
      numberFormats: pad(this.formats, width, '@'),
      fontWeights: pad(this.weights, width, 'normal'),
      notes: pad(this.notes, width, ''),
    };
  }
}

/** Names come from the user's cells: one starting with `=` must stay text, not become a formula. */
// No apostrophe guard: the workbook adapter writes every string into a plain-text cell.
export const text = (value: string, bold = false) => ({ value, bold, format: '@' });
export const header = (value: string) => ({ value, bold: true, background: HEADER_FILL, format: '@' });
export const hours = (value: number | null) =>
  value === null ? { value: '' } : { value: Math.round(value * 10) / 10, format: '0.0' };
