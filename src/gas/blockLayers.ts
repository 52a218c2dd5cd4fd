/**
 * How a block of the add-on's becomes the layers Sheets writes: a value and a number
 * format for every cell (strings as plain text, days as dates in the spreadsheet's zone),
 * and the optional layers only where some cell has something other than the default.
 */
import type { CellBlock } from '../app/ports';
import { midnightIn } from '../core/calendar';
import { DATE_FORMAT, isDayCell, type BlockValue } from '../core/sheetContent';
import { fitCellText } from '../core/sheetLimits';
import { isDate, type CellValue } from '../core/types';

type Range = GoogleAppsScript.Spreadsheet.Range;

const TEXT_FORMAT = '@';
const GENERAL = 'General';

/** The value and number format each cell of a block is written with. */
function cellsOf(
  block: CellBlock,
  width: number,
  timeZone: () => string,
): { values: CellValue[][]; formats: string[][] } {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  let zone: string | null = null;
  const zoneOnce = (): string => (zone ??= timeZone());
  block.values.forEach((line, r) => {
    const valueLine: CellValue[] = [];
    const formatLine: string[] = [];
    for (let c = 0; c < width; c += 1) {
      const value: BlockValue = c < line.length ? line[c] : '';
      const given = block.numberFormats?.[r]?.[c] ?? '';
      if (isDayCell(value)) {
        valueLine.push(new Date(midnightIn(value.day, zoneOnce())));
        formatLine.push(given && given !== GENERAL && given !== TEXT_FORMAT ? given : value.format);
      } else if (typeof value === 'string' && value !== '') {
        valueLine.push(fitCellText(value));
        formatLine.push(TEXT_FORMAT);
      } else if (isDate(value)) {
        valueLine.push(value);
        formatLine.push(given && given !== GENERAL && given !== TEXT_FORMAT ? given : DATE_FORMAT);
      } else {
        valueLine.push(value);
        formatLine.push(given || GENERAL);
      }
    }
    values.push(valueLine);
    formats.push(formatLine);
  });
  return { values, formats };
}

/** Writes each layer of a block with one call per layer, formats before values. */
export function writeLayers(range: Range, block: CellBlock, width: number, timeZone: () => string): void {
  const { values, formats } = cellsOf(block, width, timeZone);
  // Formats go first: Sheets parses strings written into a cell by its format.
  range.setNumberFormats(formats);
  range.setValues(values);
  // Apps Script accepts null to reset a colour; its typings say string only.
  if (block.backgrounds) range.setBackgrounds(block.backgrounds as string[][]);
  if (block.fontColors) range.setFontColors(block.fontColors as string[][]);
  if (block.fontWeights) range.setFontWeights(block.fontWeights);
  if (block.notes) range.setNotes(block.notes);
}

export function blockWidth(rows: readonly unknown[][]): number {
  return rows.reduce((max, row) => Math.max(max, row.length), 0);
}

type Placed = { row: number; col: number; block: CellBlock };

/** A layer worth a call: some cell differs from what a cleared sheet already shows. */
function layerOf<T>(
  blocks: readonly Placed[],
  pick: (block: CellBlock) => T[][] | undefined,
  empty: T,
  box: { row: number; col: number; rows: number; cols: number },
): T[][] | undefined {
  let any = false;
  const grid: T[][] = Array.from({ length: box.rows }, () => Array<T>(box.cols).fill(empty));
  for (const { row, col, block } of blocks) {
    const layer = pick(block);
    if (!layer) continue;
    layer.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell === empty || cell === undefined) return;
        grid[row - box.row + r][col - box.col + c] = cell;
        any = true;
      }),
    );
  }
  return any ? grid : undefined;
}

/**
 * Every block of an owned sheet as one block over their bounding box, for a sheet that was
 * just cleared: values and formats always, the other layers only when a cell needs them.
 */
export function mergedBlock(blocks: readonly Placed[]): Placed | null {
  const placed = blocks.filter(({ block }) => block.values.length > 0);
  if (placed.length === 0) return null;
  const row = Math.min(...placed.map((p) => p.row));
  const col = Math.min(...placed.map((p) => p.col));
  const lastRow = Math.max(...placed.map((p) => p.row + p.block.values.length - 1));
  const lastCol = Math.max(...placed.map((p) => p.col + blockWidth(p.block.values) - 1));
  const box = { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
  const values: BlockValue[][] = Array.from({ length: box.rows }, () => Array<BlockValue>(box.cols).fill(''));
  const formats: string[][] = Array.from({ length: box.rows }, () => Array<string>(box.cols).fill(''));
  for (const { row: r0, col: c0, block } of placed) {
    const width = blockWidth(block.values);
    block.values.forEach((line, r) => {
      for (let c = 0; c < width; c += 1) {
        values[r0 - row + r][c0 - col + c] = c < line.length ? line[c] : '';
        formats[r0 - row + r][c0 - col + c] = block.numberFormats?.[r]?.[c] ?? '';
      }
    });
  }
  const merged: CellBlock = { values, numberFormats: formats };
  const backgrounds = layerOf<string | null>(placed, (b) => b.backgrounds, null, box);
  const fontColors = layerOf<string | null>(placed, (b) => b.fontColors, null, box);
  const fontWeights = layerOf<'bold' | 'normal'>(placed, (b) => b.fontWeights, 'normal', box);
  const notes = layerOf<string>(placed, (b) => b.notes, '', box);
  if (backgrounds) merged.backgrounds = backgrounds;
  if (fontColors) merged.fontColors = fontColors;
  if (fontWeights) merged.fontWeights = fontWeights;
  if (notes) merged.notes = notes;
  return { row, col, block: merged };
}
