/**
 * The add-on's four columns at the right of the user's documents table
 * (SPEC §3.2). They are found by their header text (Russian or English, so
 * switching the language keeps them), wherever the user moved them; missing
 * ones are created right after the last used header cell, never elsewhere.
 * Values are written by the row index of the current read, so inserted
 * columns and sorted rows still land right.
 */
import { normalizeHeader } from '../cells';
import { t, type MessageKey } from '../i18n';
import { dayCell, type BlockValue } from '../sheetContent';
import type { CalendarDay, Lang } from '../types';
import { isDueSoon } from './summary';
import type { DocumentRules, DocumentState } from './types';

export const OWNED_COLUMNS = ['state', 'overdueDays', 'nextReminder', 'check'] as const;
export type OwnedColumn = (typeof OWNED_COLUMNS)[number];

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

/** A run of adjacent owned columns: written with one call. */
export interface ColumnRun {
  /** 0-based first column. */
  col: number;
  columns: OwnedColumn[];
}

export interface OwnedColumnsLayout {
  /** 0-based column of each owned column. */
  cols: Record<OwnedColumn, number>;
  /** Columns to create (their header cells are empty until written), in sheet order. */
  created: OwnedColumn[];
  /** The owned columns grouped into adjacent runs, left to right. */
  runs: ColumnRun[];
}

/** Where each owned column is, given the header row's texts. */
export function locateOwnedColumns(headerRow: readonly string[]): OwnedColumnsLayout {
  const normal = headerRow.map((text) => normalizeHeader(String(text ?? '')));
  let lastUsed = -1;
  normal.forEach((text, col) => {
    if (text !== '') lastUsed = col;
  });
  const cols = {} as Record<OwnedColumn, number>;
  const created: OwnedColumn[] = [];
  let next = lastUsed + 1;
  for (const column of OWNED_COLUMNS) {
    const names = (['ru', 'en'] as const).map((language) => normalizeHeader(ownedHeader(column, language)));
    const found = normal.findIndex((text) => text !== '' && names.includes(text));
    if (found >= 0) {
      cols[column] = found;
    } else {
      cols[column] = next;
      next += 1;
      created.push(column);
    }
  }
  const sorted = [...OWNED_COLUMNS].sort((a, b) => cols[a] - cols[b]);
  const runs: ColumnRun[] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col + last.columns.length === cols[column]) last.columns.push(column);
    else runs.push({ col: cols[column], columns: [column] });
  }
  return { cols, created, runs };
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
