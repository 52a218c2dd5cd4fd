/**
 * The `Workbook` and `SelfTestServices` ports in memory, for app tests that need tables but not
 * the xlsx emulator: plain grids of cells, written by the rules `src/gas/workbook.ts` follows
 * (strings as text `@`, days as dates at midnight in the spreadsheet's zone, a new sheet of
 * 1000 × 26, the data range from A1 to the last cell with content). The ports contract test runs
 * the same assertions on this and on the real adapter, so the two cannot drift apart.
 */
import type {
  CellBlock,
  GridKind,
  OwnedSheetContent,
  ScratchSheet,
  SelfTestServices,
  SheetGrid,
  Workbook,
} from '../../src/app/ports';
import { midnightIn, wallClockOf } from '../../src/core/calendar';
import { DATE_FORMAT, isDayCell } from '../../src/core/sheetContent';
import { fitCellText } from '../../src/core/sheetLimits';
import { isDate, type CellValue } from '../../src/core/types';

/** One cell as the tests give and read it; absent layers read as Sheets' defaults. */
export interface MemoryCell {
  value: CellValue;
  /** What `getDisplayValues` shows; by default the value as plain text (a date as `dd.mm.yyyy`). */
  display?: string;
  /** `#rrggbb`; default white. */
  background?: string;
  /** Number format; default `General`. */
  format?: string;
  note?: string;
  formula?: string;
  fontColor?: string | null;
  fontWeight?: 'bold' | 'normal';
}

/** A sheet given by its values, or cell by cell where a test needs more than values. */
export type MemorySheetInput = (CellValue | MemoryCell)[][];

const NEW_ROWS = 1000;
const NEW_COLUMNS = 26;
const WHITE = '#ffffff';
const GENERAL = 'General';
const TEXT = '@';

const isCell = (value: CellValue | MemoryCell): value is MemoryCell =>
  typeof value === 'object' && !isDate(value);

export class MemorySheet {
  cells: MemoryCell[][] = [];
  maxRows = NEW_ROWS;
  maxColumns = NEW_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  readonly markers: { key: string; value: string }[] = [];
  /** Developer metadata on whole columns (1-based). */
  readonly columnMarks: { column: number; key: string; value: string }[] = [];

  constructor(readonly name: string) {}

  cell(row: number, col: number): MemoryCell {
    return this.cells[row - 1]?.[col - 1] ?? { value: '' };
  }

  setCell(row: number, col: number, cell: MemoryCell): void {
    this.grow(row, col);
    while (this.cells.length < row) this.cells.push([]);
    const line = this.cells[row - 1];
    while (line.length < col) line.push({ value: '' });
    line[col - 1] = cell;
  }

  grow(row: number, col: number): void {
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, col);
  }

  /** `getLastRow()` × `getLastColumn()`: the last row and column holding a value. */
  dataSize(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell.value === '' && !cell.formula) return;
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, c + 1);
      }),
    );
    return { rows, columns };
  }

  /** The values of the data range, as `getValues` returns them. */
  values(): CellValue[][] {
    return this.layer((cell) => cell.value);
  }

  layer<T>(
    read: (cell: MemoryCell) => T,
    rows = this.dataSize().rows,
    columns = this.dataSize().columns,
  ): T[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => read(this.cell(r + 1, c + 1))),
    );
  }
}

function displayOf(cell: MemoryCell, timeZone: string): string {
  if (cell.display !== undefined) return cell.display;
  const { value } = cell;
  if (isDate(value)) {
    const w = wallClockOf(value.getTime(), timeZone);
    const two = (n: number) => String(n).padStart(2, '0');
    return cell.format === 'yyyy-mm-dd'
      ? `${w.year}-${two(w.month)}-${two(w.day)}`
      : `${two(w.day)}.${two(w.month)}.${w.year}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** A format that says how a value looks, not what it is (`''`, General and `@` say nothing). */
const chosen = (format: string | undefined): format is string =>
  !!format && format !== GENERAL && format !== TEXT;

export class MemoryWorkbook implements Workbook {
  readonly sheets = new Map<string, MemorySheet>();
  readonly toasts: { message: string; title?: string }[] = [];
  /** The writing calls in order (`replaceSheet:<name>`, `writeBlock:<name>`, `appendRows:<name>`, `flush`). */
  readonly journal: string[];
  /** Calls per method, every method but the spreadsheet's name, zone and locale. */
  readonly calls: Record<string, number> = {};

  constructor(
    private readonly meta: { name: string; timeZone: string; locale: string },
    journal: string[],
  ) {
    this.journal = journal;
  }

  /** Adds (or replaces) a sheet holding `content` from A1. */
  addSheet(name: string, content: MemorySheetInput = []): MemorySheet {
    const sheet = new MemorySheet(name);
    content.forEach((line, r) =>
      line.forEach((given, c) =>
        sheet.setCell(r + 1, c + 1, isCell(given) ? { ...given } : { value: given }),
      ),
    );
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** A sheet a test reads back; throws when it does not exist, so a typo fails loudly. */
  sheet(name: string): MemorySheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`Sheet not found: ${name}`);
    return sheet;
  }

  private count(method: string): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
  }

  name(): string {
    return this.meta.name;
  }

  timeZone(): string {
    return this.meta.timeZone;
  }

  locale(): string {
    return this.meta.locale;
  }

  sheetNames(): string[] {
    this.count('sheetNames');
    return [...this.sheets.keys()];
  }

  readSheet(name: string, kinds: readonly GridKind[]): SheetGrid | null {
    this.count('readSheet');
    const sheet = this.sheets.get(name);
    if (!sheet) return null;
    const zone = this.meta.timeZone;
    const read = <T>(kind: GridKind, layer: (cell: MemoryCell) => T): T[][] =>
      kinds.includes(kind) ? sheet.layer(layer) : [];
    return {
      sheet: name,
      values: read('values', (cell) => cell.value),
      display: read('display', (cell) => displayOf(cell, zone)),
      backgrounds: read('backgrounds', (cell) => cell.background ?? WHITE),
      formats: read('formats', (cell) => cell.format ?? GENERAL),
    };
  }

  readRows(
    name: string,
    fromRow: number,
    options: { toRow?: number; columns?: number } = {},
  ): { lastRow: number; values: CellValue[][] } | null {
    this.count('readRows');
    const sheet = this.sheets.get(name);
    if (!sheet) return null;
    const size = sheet.dataSize();
    const toRow = Math.min(options.toRow ?? size.rows, size.rows);
    const columns = Math.min(options.columns ?? size.columns, sheet.maxColumns);
    if (toRow < fromRow || columns < 1) return { lastRow: size.rows, values: [] };
    const values = Array.from({ length: toRow - fromRow + 1 }, (_, r) =>
      Array.from({ length: columns }, (_, c) => sheet.cell(fromRow + r, c + 1).value),
    );
    return { lastRow: size.rows, values };
  }

  deleteRows(name: string, fromRow: number, count: number): void {
    this.count('deleteRows');
    this.journal.push(`deleteRows:${name}`);
    if (count < 1) return;
    const sheet = this.sheet(name);
    if (fromRow < 1 || fromRow + count - 1 > sheet.maxRows) throw new Error('Those rows are out of bounds.');
    if (sheet.maxRows - count <= sheet.frozenRows)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.cells.splice(fromRow - 1, count);
    sheet.maxRows -= count;
  }

  replaceSheet(name: string, content: OwnedSheetContent): void {
    this.count('replaceSheet');
    this.journal.push(`replaceSheet:${name}`);
    const previous = this.sheets.get(name);
    const sheet = new MemorySheet(name);
    if (previous) {
      sheet.maxRows = previous.maxRows;
      sheet.maxColumns = previous.maxColumns;
      sheet.markers.push(...previous.markers);
      sheet.columnMarks.push(...previous.columnMarks);
    }
    this.sheets.set(name, sheet);
    for (const { row, col, block } of content.blocks) this.write(sheet, row, col, block);
    if (content.frozenRows !== undefined) sheet.frozenRows = content.frozenRows;
    if (content.frozenColumns !== undefined) sheet.frozenColumns = content.frozenColumns;
    for (const { col, count, width } of content.columnWidths ?? []) {
      sheet.grow(1, col + count - 1);
      for (let c = col; c < col + count; c += 1) sheet.columnWidths.set(c, width);
    }
  }

  writeBlock(name: string, row: number, col: number, block: CellBlock): void {
    this.count('writeBlock');
    this.journal.push(`writeBlock:${name}`);
    if (block.values.length === 0) return;
    this.write(this.sheet(name), row, col, block);
  }

  appendRows(name: string, rows: CellValue[][], header?: CellValue[]): void {
    this.count('appendRows');
    this.journal.push(`appendRows:${name}`);
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = this.addSheet(name);
      if (header) {
        this.write(sheet, 1, 1, { values: [header], fontWeights: [header.map(() => 'bold' as const)] });
        sheet.frozenRows = 1;
      }
    }
    if (rows.length > 0) this.write(sheet, sheet.dataSize().rows + 1, 1, { values: rows });
  }

  reserveRows(name: string, lastRow: number): void {
    this.count('reserveRows');
    this.sheet(name).grow(lastRow, 1);
  }

  flush(): void {
    this.count('flush');
    this.journal.push('flush');
  }

  toast(message: string, title?: string): void {
    this.count('toast');
    this.toasts.push({ message, title });
  }

  columnMarkers(key: string): { sheet: string; column: number; value: string }[] {
    this.count('columnMarkers');
    return [...this.sheets.values()].flatMap((sheet) =>
      sheet.columnMarks
        .filter((mark) => mark.key === key)
        .map(({ column, value }) => ({ sheet: sheet.name, column, value })),
    );
  }

  markColumn(name: string, column: number, key: string, value: string): void {
    this.count('markColumn');
    this.sheet(name).columnMarks.push({ column, key, value });
  }

  sheetMarker(name: string, key: string): string | null {
    this.count('sheetMarker');
    return this.sheets.get(name)?.markers.find((marker) => marker.key === key)?.value ?? null;
  }

  markSheet(name: string, key: string, value: string): void {
    this.count('markSheet');
    this.sheet(name).markers.push({ key, value });
  }

  readAnnotations(name: string, columns: number): { notes: string[][]; formulas: string[][] } | null {
    this.count('readAnnotations');
    const sheet = this.sheets.get(name);
    if (!sheet) return null;
    const width = Math.min(columns, sheet.maxColumns);
    if (width < 1) return { notes: [], formulas: [] };
    return {
      notes: sheet.layer((cell) => cell.note ?? '', sheet.maxRows, width),
      formulas: sheet.layer((cell) => cell.formula ?? '', sheet.maxRows, width),
    };
  }

  /** Where `activate` last put the user's selection. */
  active: { sheet: string; a1: string } | null = null;

  activate(name: string, a1: string): void {
    this.count('activate');
    this.sheet(name);
    this.active = { sheet: name, a1 };
  }

  /** One block, by the adapter's rules: the width is the longest line, short lines padded with `''`. */
  private write(sheet: MemorySheet, row: number, col: number, block: CellBlock): void {
    const width = block.values.reduce((max, line) => Math.max(max, line.length), 0);
    block.values.forEach((line, r) => {
      for (let c = 0; c < width; c += 1) {
        const given = c < line.length ? line[c] : '';
        const format = block.numberFormats?.[r]?.[c] ?? '';
        const cell: MemoryCell = { value: '' };
        if (isDayCell(given)) {
          cell.value = new Date(midnightIn(given.day, this.meta.timeZone));
          cell.format = chosen(format) ? format : given.format;
        } else if (typeof given === 'string' && given !== '') {
          cell.value = fitCellText(given);
          cell.format = TEXT;
        } else if (isDate(given)) {
          cell.value = given;
          cell.format = chosen(format) ? format : DATE_FORMAT;
        } else {
          cell.value = given;
          cell.format = format || GENERAL;
        }
        const old = sheet.cell(row + r, col + c);
        cell.background = block.backgrounds ? (block.backgrounds[r]?.[c] ?? undefined) : old.background;
        cell.fontColor = block.fontColors ? block.fontColors[r]?.[c] : old.fontColor;
        cell.fontWeight = block.fontWeights ? block.fontWeights[r]?.[c] : old.fontWeight;
        cell.note = block.notes ? block.notes[r]?.[c] : old.note;
        sheet.setCell(row + r, col + c, cell);
      }
    });
  }
}

/** The Diagnostics self-test's scratch sheets, inserted into the memory workbook and removed from it. */
export class MemorySelfTest implements SelfTestServices {
  constructor(
    private readonly workbook: MemoryWorkbook,
    private readonly zone: string,
  ) {}

  insertScratchSheet(name: string): ScratchSheet {
    if (this.workbook.sheets.has(name)) throw new Error(`A sheet named ${name} already exists`);
    const sheet = this.workbook.addSheet(name);
    const workbook = this.workbook;
    return {
      name: () => name,
      gridSize: () => ({ rows: sheet.maxRows, columns: sheet.maxColumns }),
      insertRowsAfter: (_after, howMany) => void (sheet.maxRows += howMany),
      insertColumnsAfter: (_after, howMany) => void (sheet.maxColumns += howMany),
      // Raw values, unparsed: what Sheets would make of a typed string is the emulator's subject.
      setValues: (row, col, values) =>
        values.forEach((line, r) => line.forEach((value, c) => sheet.setCell(row + r, col + c, { value }))),
      readCell: (row, col) => {
        const cell = sheet.cell(row, col);
        return {
          value: cell.value,
          display: displayOf(cell, workbook.timeZone()),
          format: cell.format ?? GENERAL,
          formula: cell.formula ?? '',
        };
      },
      remove: () => void workbook.sheets.delete(name),
    };
  }

  scriptTimeZone(): string {
    return this.zone;
  }
}
