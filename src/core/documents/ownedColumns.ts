/**
 * The add-on's four columns at the right of the user's documents table
 * (SPEC §2.6, §3.2). A column is the add-on's when it carries the add-on's
 * marker (developer metadata `accountDesk.ownedColumn` = the column's kind, on
 * the whole column, so it moves with the column), never because of its header:
 * a user column headed `Состояние` or `Check` is the user's and is left alone.
 *
 * Each kind is placed, in this order:
 * 1. the marked column, wherever the user moved it;
 * 2. once, for sheets written by 0.9 (no marker on the sheet at all): the four
 *    columns, when all four are there, each headed exactly as ours (Russian or
 *    English), read by no register field, with no note and no formula anywhere
 *    in it, every cell (title rows above the header included) empty or a value
 *    of the shape we write there — adopted together and marked; otherwise none;
 * 3. otherwise created in the first run of entirely free columns (no value, no
 *    note, no formula in any row) right of the last header, with a distinct
 *    header when a user column already carries ours — or, if none fits in the
 *    grid, not written at all and reported.
 * Values are written by the row index of the current read, so inserted columns
 * and sorted rows still land right.
 */
import { normalizeHeader } from '../cells';
import { t, type MessageKey } from '../i18n';
import { dayCell, type BlockValue } from '../sheetContent';
import type { CalendarDay, CellValue, Lang } from '../types';
import { looksOwned } from './ownedValues';
import { isDueSoon } from './summary';
import type { DocumentRules, DocumentState } from './types';

export const OWNED_COLUMNS = ['state', 'overdueDays', 'nextReminder', 'check'] as const;
export type OwnedColumn = (typeof OWNED_COLUMNS)[number];

/** The developer metadata key of an owned column; its value is the column's kind. */
export const OWNED_COLUMN_KEY = 'accountDesk.ownedColumn';

/** Sheets' most columns in a sheet (https://support.google.com/drive/answer/37603: 18,278). */
export const MAX_SHEET_COLUMNS = 18_278;

export const STATE_FILL = { red: '#f4c7c3', amber: '#fce8b2', grey: '#e8eaed' } as const;

const HEADER_KEY: Record<OwnedColumn, MessageKey> = {
  state: 'documents.column.state',
  overdueDays: 'documents.column.overdueDays',
  nextReminder: 'documents.column.nextReminder',
  check: 'documents.column.check',
};

export function ownedHeader(column: OwnedColumn, lang: Lang): string {
  return t(lang, HEADER_KEY[column]);
}

/** `Состояние (Пульт)`: the header of an owned column created next to a user column headed `Состояние`. */
export function distinctHeader(column: OwnedColumn, lang: Lang): string {
  return `${ownedHeader(column, lang)} ${t(lang, 'owned.column.suffix')}`;
}

export function isOwnedColumn(value: string): value is OwnedColumn {
  return (OWNED_COLUMNS as readonly string[]).includes(value);
}

/** A run of adjacent owned columns: written with one call. */
export interface ColumnRun {
  /** 0-based first column. */
  col: number;
  columns: OwnedColumn[];
}

/** What the placement reads of the documents sheet. All indexes are 0-based. */
export interface OwnedColumnsInput {
  headerRow: number;
  /** The sheet's data range, as getValues returns it. */
  values: readonly (readonly CellValue[])[];
  /** Display text of the header row. */
  header: readonly string[];
  /** Notes and formulas over every row of the grid (a note below the last value counts). */
  notes: readonly (readonly string[])[];
  formulas: readonly (readonly string[])[];
  /** Column → marker value, for every column carrying the owned-column marker. */
  markers: ReadonlyMap<number, string>;
  /** Columns a register field reads: never ours. */
  fieldColumns: ReadonlySet<number>;
  maxColumns?: number;
}

export interface OwnedColumnsLayout {
  /** 0-based column of each owned column that is written. */
  cols: Partial<Record<OwnedColumn, number>>;
  /** Columns to create, in sheet order, with whether their header must be told apart from a user's. */
  created: { column: OwnedColumn; col: number; distinct: boolean }[];
  /** Unmarked 0.9 columns taken over; they get the marker. */
  adopted: { column: OwnedColumn; col: number }[];
  /** Kinds that could not be placed without touching user cells: not written, reported. */
  unplaced: OwnedColumn[];
  /** User columns that carry an owned header, left alone. */
  userColumns: { col: number; header: string }[];
  /** The written columns grouped into adjacent runs, left to right. */
  runs: ColumnRun[];
}

function blank(value: CellValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

function headerNames(column: OwnedColumn): string[] {
  return (['ru', 'en'] as const).map((lang) => normalizeHeader(ownedHeader(column, lang)));
}

/** No value, no note and no formula in any row of the column. */
function isFree(input: OwnedColumnsInput, col: number): boolean {
  if (input.markers.has(col) || input.fieldColumns.has(col)) return false;
  return (
    input.values.every((row) => blank(row[col])) &&
    input.notes.every((row) => blank(row[col])) &&
    input.formulas.every((row) => blank(row[col]))
  );
}

/** A column 0.9 created: exactly our header, nothing in it that we would not have written. */
function isOurOldColumn(input: OwnedColumnsInput, column: OwnedColumn, col: number): boolean {
  if (input.markers.has(col) || input.fieldColumns.has(col)) return false;
  const header = String(input.header[col] ?? '').trim();
  if (!(['ru', 'en'] as const).some((lang) => header === ownedHeader(column, lang))) return false;
  if (!input.notes.every((row) => blank(row[col])) || !input.formulas.every((row) => blank(row[col])))
    return false;
  return input.values.every((row, r) => r === input.headerRow || looksOwned(column, row[col] ?? ''));
}

/**
 * The four columns a 0.9 run created on a sheet with no markers: all four headed exactly as
 * ours (0.9 always created the four together), each passing `isOurOldColumn`. Anything less
 * is not taken for ours: `[]`.
 */
function oldColumns(input: OwnedColumnsInput): OwnedColumnsLayout['adopted'] {
  const width = Math.max(input.header.length, ...input.values.map((row) => row.length));
  const found: OwnedColumnsLayout['adopted'] = [];
  for (const column of OWNED_COLUMNS) {
    const col = Array.from({ length: width }, (_, c) => c).find(
      (c) => !found.some((entry) => entry.col === c) && isOurOldColumn(input, column, c),
    );
    if (col === undefined) return [];
    found.push({ column, col });
  }
  return found;
}

function runsOf(cols: Partial<Record<OwnedColumn, number>>): ColumnRun[] {
  const placed = OWNED_COLUMNS.filter((column) => cols[column] !== undefined).sort(
    (a, b) => (cols[a] as number) - (cols[b] as number),
  );
  const runs: ColumnRun[] = [];
  for (const column of placed) {
    const last = runs[runs.length - 1];
    if (last && last.col + last.columns.length === cols[column]) last.columns.push(column);
    else runs.push({ col: cols[column] as number, columns: [column] });
  }
  return runs;
}

/** Where each owned column is, or goes; see the file comment for the rules. */
export function locateOwnedColumns(input: OwnedColumnsInput): OwnedColumnsLayout {
  const maxColumns = input.maxColumns ?? MAX_SHEET_COLUMNS;
  const cols: Partial<Record<OwnedColumn, number>> = {};
  const taken = new Set<number>();
  for (const [col, value] of [...input.markers].sort((a, b) => a[0] - b[0])) {
    if (isOwnedColumn(value) && cols[value] === undefined) {
      cols[value] = col;
      taken.add(col);
    }
  }
  const adopted = input.markers.size === 0 ? oldColumns(input) : [];
  for (const { column, col } of adopted) {
    cols[column] = col;
    taken.add(col);
  }
  const userColumns: OwnedColumnsLayout['userColumns'] = [];
  const userHeaders = new Set<string>();
  input.header.forEach((text, col) => {
    const name = normalizeHeader(String(text ?? ''));
    if (name === '' || taken.has(col)) return;
    if (OWNED_COLUMNS.some((column) => headerNames(column).includes(name))) {
      userColumns.push({ col, header: String(text).trim() });
      userHeaders.add(name);
    }
  });

  const missing = OWNED_COLUMNS.filter((column) => cols[column] === undefined);
  const created: OwnedColumnsLayout['created'] = [];
  const unplaced: OwnedColumn[] = [];
  if (missing.length > 0) {
    let lastUsed = -1;
    input.header.forEach((text, col) => {
      if (String(text ?? '').trim() !== '') lastUsed = col;
    });
    for (const col of taken) lastUsed = Math.max(lastUsed, col);
    let start = lastUsed + 1;
    // The first run of free columns wide enough for every missing kind, right of the table.
    while (start + missing.length <= maxColumns) {
      const blocked = missing.findIndex((_, i) => !isFree(input, start + i));
      if (blocked < 0) break;
      start += blocked + 1;
    }
    if (start + missing.length > maxColumns) {
      unplaced.push(...missing);
    } else {
      missing.forEach((column, i) => {
        cols[column] = start + i;
        const distinct = headerNames(column).some((name) => userHeaders.has(name));
        created.push({ column, col: start + i, distinct });
      });
    }
  }
  return { cols, created, adopted, unplaced, userColumns, runs: runsOf(cols) };
}

/** The state cell's fill: red for STOP and overdue, amber for due soon, grey for paid or cancelled. */
export function stateFill(state: DocumentState, rules: Pick<DocumentRules, 'preDueDays'>): string | null {
  switch (state.kind) {
    case 'stop':
    case 'overdue':
      return STATE_FILL.red;
    case 'paid':
    case 'cancelled':
      return STATE_FILL.grey;
    default:
      return isDueSoon(state, rules) ? STATE_FILL.amber : null;
  }
}

export interface OwnedCell {
  value: BlockValue;
  background: string | null;
}

/** The four cells of one document row. */
export function ownedCells(
  state: DocumentState,
  nextReminder: CalendarDay | null,
  rules: Pick<DocumentRules, 'preDueDays'>,
  lang: Lang,
): Record<OwnedColumn, OwnedCell> {
  return {
    state: { value: state.label, background: stateFill(state, rules) },
    overdueDays: { value: state.overdueDays > 0 ? state.overdueDays : '', background: null },
    // A date cell, not the date as text: Sheets would parse text by the spreadsheet's locale.
    nextReminder: { value: nextReminder ? dayCell(nextReminder, lang) : '', background: null },
    check: { value: state.problems.map((problem) => problem.text).join('; '), background: null },
  };
}

const BLANK: OwnedCell = { value: '', background: null };

export interface OwnedBlock {
  /** 0-based grid row and column of the block's top-left cell. */
  row: number;
  col: number;
  values: BlockValue[][];
  backgrounds: (string | null)[][];
}

/**
 * One block per run covering every data row from `firstRow` to `lastRow`
 * (0-based, inclusive); rows without a document are cleared, so results of
 * a row the user emptied or moved never linger.
 */
export function ownedBlocks(
  layout: OwnedColumnsLayout,
  cellsByRow: ReadonlyMap<number, Record<OwnedColumn, OwnedCell>>,
  firstRow: number,
  lastRow: number,
): OwnedBlock[] {
  if (lastRow < firstRow) return [];
  return layout.runs.map((run) => {
    const values: BlockValue[][] = [];
    const backgrounds: (string | null)[][] = [];
    for (let row = firstRow; row <= lastRow; row += 1) {
      const cells = cellsByRow.get(row);
      const rowCells = run.columns.map((column) => (cells ? cells[column] : BLANK));
      values.push(rowCells.map((cell) => cell.value));
      backgrounds.push(rowCells.map((cell) => cell.background));
    }
    return { row: firstRow, col: run.col, values, backgrounds };
  });
}
