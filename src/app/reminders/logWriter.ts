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
 * The log sheet as this run changes it: rows updated in place and rows appended, written on
 * `commit` with one append, one write per run of neighbouring changed rows, and a flush.
 */
export class LogWriter {
  private readonly rows: CellValue[][];
  /** 1-based sheet row of the next appended row. */
  private nextRow: number;
  private readonly header: boolean;
  private headerWritten = false;
  private readonly appended: CellValue[][] = [];
  private readonly wholeRows = new Set<number>();
  private readonly resultRows = new Set<number>();

  constructor(
    private readonly env: Pick<AppEnv, 'workbook'>,
    log: Pick<LogView, 'values' | 'firstRow' | 'lastRow'>,
  ) {
    // Only the rows the run read are known; the others are never written.
    this.rows = [];
    log.values.forEach((row, i) => (this.rows[log.firstRow - 1 + i] = [...row]));
    // A log sheet the user emptied gets its header back, so no key row is ever read as the header.
    this.header = log.lastRow === 0;
    this.nextRow = log.lastRow <= 0 ? 2 : log.lastRow + 1;
  }

  private row(row: number): CellValue[] {
    return (this.rows[row - 1] ??= []);
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
      this.wholeRows.add(row);
    }
    return row;
  }

  setResult(row: number, result: string): void {
    const values = this.row(row);
    while (values.length <= LOG_COLUMNS.result) values.push('');
    values[LOG_COLUMNS.result] = result;
    if (!this.appended.includes(values) && !this.wholeRows.has(row)) this.resultRows.add(row);
  }

  commit(): void {
    const { workbook } = this.env;
    if (this.appended.length > 0 || (this.header && !this.headerWritten)) {
      const header = this.header && !this.headerWritten ? [LOG_HEADER] : [];
      workbook.appendRows(OWNED_SHEETS.log, [...header, ...this.appended.map((row) => [...row])], LOG_HEADER);
      this.headerWritten = true;
      // From now on these rows are on the sheet: later changes are writes in place.
      for (let i = 0; i < this.appended.length; i += 1) {
        const row = this.nextRow - this.appended.length + i;
        this.rows[row - 1] = [...this.appended[i]];
      }
      this.appended.length = 0;
    }
    for (const [from, block] of runs(this.wholeRows, (row) => this.row(row).slice(0, LOG_HEADER.length)))
      workbook.writeBlock(OWNED_SHEETS.log, from, 1, { values: block });
    for (const [from, block] of runs(this.resultRows, (row) => [this.row(row)[LOG_COLUMNS.result] ?? '']))
      workbook.writeBlock(OWNED_SHEETS.log, from, LOG_COLUMNS.result + 1, { values: block });
    this.wholeRows.clear();
    this.resultRows.clear();
    workbook.flush();
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
