/**
 * The log sheet (`Журнал`) as one send run changes it: the rows an earlier
 * run left open are updated in place, new rows are appended, and every
 * `commit` writes the changes in as few blocks as possible and flushes them,
 * so a write-ahead row is durable before its email goes.
 */
import { OWNED_SHEETS } from '../../core/ownedSheets';
import {
  carryKeys,
  entryCarryKeys,
  isOpen,
  LOG_COLUMNS,
  LOG_HEADER,
  type LogEntry,
} from '../../core/reminders/log';
import type { PlannedMessage } from '../../core/reminders/types';
import type { CellValue } from '../../core/types';
import type { AppEnv } from '../ports';
import type { LogView } from './logStore';

/**
 * Rows of earlier runs whose message is still due (deferred by the quota, not attempted,
 * refused and retried): the same message updates its row instead of adding one per run.
 */
export function carriedRows(
  log: readonly LogEntry[],
  messages: readonly PlannedMessage[],
): Map<PlannedMessage, LogEntry> {
  const open = new Map<string, LogEntry>();
  for (const entry of log) {
    if (!isOpen(entry.result)) continue;
    for (const key of entryCarryKeys(entry)) open.set(key, entry);
  }
  const taken = new Set<number>();
  const carried = new Map<PlannedMessage, LogEntry>();
  for (const message of messages) {
    const entry = carryKeys(message)
      .map((key) => open.get(key))
      .find((candidate) => candidate !== undefined && !taken.has(candidate.row));
    if (!entry) continue;
    taken.add(entry.row);
    carried.set(message, entry);
  }
  return carried;
}

/**
 * The log sheet as this run changes it: rows updated in place and rows appended. Each `commit`
 * writes every row this run knows whole (appended, updated, or written by an earlier commit of
 * this run and given its result since) as one block per run of neighbouring rows — so a batch's
 * results and the next batch's write-ahead are one write —, the result cell alone of a row an
 * earlier run wrote, and flushes once.
 */
export class LogWriter {
  private readonly rows: CellValue[][];
  /** 1-based sheet row of the next appended row. */
  private nextRow: number;
  /** The sheet is missing or empty: the first commit creates it (with its header) by appending. */
  private appendFirst: boolean;
  private readonly header: boolean;
  private readonly appended: CellValue[][] = [];
  /** Rows on the sheet whose every log cell this run wrote or will write. */
  private readonly ownRows = new Set<number>();
  private readonly wholeRows = new Set<number>();
  private readonly resultRows = new Set<number>();
  /** The last row the run's appends may reach, grown into the grid once (`expectAppends`). */
  private reserveTo = 0;

  constructor(
    private readonly env: Pick<AppEnv, 'workbook'>,
    log: Pick<LogView, 'values' | 'firstRow' | 'lastRow'>,
  ) {
    // Only the rows the run read are known; the others are never written.
    this.rows = [];
    log.values.forEach((row, i) => (this.rows[log.firstRow - 1 + i] = [...row]));
    // A log sheet the user emptied gets its header back, so no key row is ever read as the header.
    this.header = log.lastRow === 0;
    this.appendFirst = log.lastRow <= 0;
    this.nextRow = log.lastRow <= 0 ? 2 : log.lastRow + 1;
  }

  private row(row: number): CellValue[] {
    return (this.rows[row - 1] ??= []);
  }

  /**
   * At most this many rows will be appended by the run: the grid is grown for all of them with
   * the first commit, not once per batch that passes its end.
   */
  expectAppends(count: number): void {
    if (count > 0) this.reserveTo = this.nextRow + count - 1;
  }

  append(values: CellValue[]): number {
    const row = this.nextRow;
    this.nextRow += 1;
    this.rows[row - 1] = [...values];
    this.appended.push(this.rows[row - 1]);
    return row;
  }

  update(row: number, values: CellValue[]): number {
    if (this.appended.includes(this.row(row))) this.rows[row - 1].splice(0, values.length, ...values);
    else {
      this.rows[row - 1] = [...values];
      this.ownRows.add(row);
      this.wholeRows.add(row);
    }
    return row;
  }

  setResult(row: number, result: string): void {
    const values = this.row(row);
    while (values.length <= LOG_COLUMNS.result) values.push('');
    values[LOG_COLUMNS.result] = result;
    if (this.appended.includes(values)) return;
    if (this.ownRows.has(row)) this.wholeRows.add(row);
    else this.resultRows.add(row);
  }

  /** The items cell of a row (the Gmail build: with the thread its email went in), written whole. */
  setItems(row: number, items: string): void {
    const values = this.row(row);
    while (values.length <= LOG_COLUMNS.items) values.push('');
    values[LOG_COLUMNS.items] = items;
    if (this.appended.includes(values)) return;
    this.resultRows.delete(row);
    this.wholeRows.add(row);
  }

  commit(): void {
    const { workbook } = this.env;
    const firstAppended = this.nextRow - this.appended.length;
    if (this.appendFirst && (this.appended.length > 0 || this.header)) {
      // The sheet is created (or its header restored) by the append, with the rows after it.
      const header = this.header ? [LOG_HEADER] : [];
      workbook.appendRows(OWNED_SHEETS.log, [...header, ...this.appended.map((row) => [...row])], LOG_HEADER);
      this.appendFirst = false;
    } else for (let i = 0; i < this.appended.length; i += 1) this.wholeRows.add(firstAppended + i);
    for (let i = 0; i < this.appended.length; i += 1) this.ownRows.add(firstAppended + i);
    this.appended.length = 0;
    if (!this.appendFirst && this.reserveTo >= this.nextRow) {
      workbook.reserveRows(OWNED_SHEETS.log, this.reserveTo);
      this.reserveTo = 0;
    }
    for (const [from, block] of runs(this.wholeRows, (row) => this.wholeRow(row)))
      workbook.writeBlock(OWNED_SHEETS.log, from, 1, { values: block });
    for (const [from, block] of runs(this.resultRows, (row) => [this.row(row)[LOG_COLUMNS.result] ?? '']))
      workbook.writeBlock(OWNED_SHEETS.log, from, LOG_COLUMNS.result + 1, { values: block });
    this.wholeRows.clear();
    this.resultRows.clear();
    workbook.flush();
  }

  /** A row's log cells, blank to the log's width so a block is a rectangle of the log's columns. */
  private wholeRow(row: number): CellValue[] {
    const values = this.row(row).slice(0, LOG_HEADER.length);
    while (values.length < LOG_HEADER.length) values.push('');
    return values;
  }
}

/** Neighbouring rows grouped into one block each: `[first row, values]`. */
function runs(rows: ReadonlySet<number>, values: (row: number) => CellValue[]): [number, CellValue[][]][] {
  const sorted = [...rows].sort((a, b) => a - b);
  const blocks: [number, CellValue[][]][] = [];
  for (const row of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last[0] + last[1].length === row) last[1].push(values(row));
    else blocks.push([row, [values(row)]]);
  }
  return blocks;
}
