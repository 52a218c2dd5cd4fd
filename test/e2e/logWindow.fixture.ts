/**
 * A document with a long history in `Журнал`, as a year of daily runs leaves it: `rowsPerDay`
 * sent client reminders on each earlier day (each for a document long paid and gone), written
 * into the input workbook before the first run of the add-on's current version.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { addDays } from '../../src/core/calendar';
import { LOG_HEADER } from '../../src/core/reminders/log';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { invoice, writeWorkbook, type Doc } from './reminders.fixture';

export const LOG = 'Журнал';
export const ARCHIVE = 'Журнал — архив';
/** A Tuesday, the first run of December. */
export const FIRST_DAY = '2026-12-08';

export type Row = (string | number)[];

/** A sent reminder of `day`, number `n` of that day, with the user's own note in a column beside. */
export function historyRow(day: string, n: number): Row {
  const client = `old${n}-${day}@client.example`;
  return [
    `${day}T06:00:00.000Z`,
    'client',
    `client:${client}:${day}`,
    client,
    `Напоминание об оплате ${n}`,
    'отправлено',
    `overdue:${n}·${day}|клиент ${n}:stage1`,
    `заметка ${day} ${n}`,
  ];
}

/** `days` earlier days, `rowsPerDay` rows each, oldest first. */
export function history(lastDay: string, days: number, rowsPerDay: number): Row[] {
  const rows: Row[] = [];
  for (let d = days; d >= 1; d -= 1)
    for (let n = 1; n <= rowsPerDay; n += 1) rows.push(historyRow(addDays(lastDay, -d), n));
  return rows;
}

/** Three overdue clients and one due soon: a daily run that sends something every day. */
export const DOCS: Doc[] = [
  invoice('С-1', 'Ромашка', '01.12.2026', 'buh@romashka.example'),
  invoice('С-2', 'Василёк', '25.11.2026', 'buh@vasilek.example'),
  invoice('С-3', 'Лютик', '30.11.2026', 'buh@lutik.example'),
  invoice('С-4', 'Ландыш', '10.12.2026', 'buh@landysh.example'),
];

/** The workbook with `rows` already in its log (header and a user column `Заметка`). */
export async function workbookWithLog(dir: string, name: string, rows: Row[], docs: Doc[] = DOCS) {
  const file = await writeWorkbook(dir, name, { docs, settings: { mode: 'send' } });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.addWorksheet(LOG);
  ws.addRow([...LOG_HEADER, 'Заметка']);
  for (const row of rows) ws.addRow(row);
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function open(file: string, outDir: string, today = FIRST_DAY): Promise<LocalRuntime> {
  return createLocalRuntime({ file, outDir, today, mode: 'send', distDir: DIST });
}

/** One daily run, and the log cells it read. */
export function measuredDailyRun(runtime: LocalRuntime): { logCellsRead: number; deleteRows: number } {
  runtime.counters.reset();
  runtime.call('dailyRun');
  const cells = runtime.counters.cellsSnapshot();
  const calls = runtime.counters.snapshot();
  return { logCellsRead: cells.read[LOG] ?? 0, deleteRows: calls['Sheet.deleteRows'] ?? 0 };
}

/** Every row of a sheet (header first), as values; [] when there is no such sheet. */
export function sheetRows(runtime: LocalRuntime, name: string): unknown[][] {
  const sheet = runtime.spreadsheet.getSheetByName(name);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
}

export const outDirOf = (dir: string, name: string) => join(dir, `${name}-out`);
