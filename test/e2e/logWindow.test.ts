/**
 * The log's working set on the real bundle: a run reads only the recent part of `Журнал`
 * (the same number of cells after a year as after a month), the month's first run moves the
 * old rows to `Журнал — архив` in one block, and an unsettled row is honoured whatever its age.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../../src/core/calendar';
import { documentId } from '../../src/core/identity';
import {
  ARCHIVE,
  FIRST_DAY,
  history,
  LOG,
  measuredDailyRun,
  open,
  outDirOf,
  sheetRows,
  workbookWithLog,
} from './logWindow.fixture';

const ROWS_PER_DAY = 20;
const DAY_MS = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'account-desk-logwindow-'));

async function steadyRead(days: number) {
  const name = `log${days}`;
  const file = await workbookWithLog(dir, name, history(FIRST_DAY, days, ROWS_PER_DAY));
  const runtime = await open(file, outDirOf(dir, name));
  const first = measuredDailyRun(runtime);
  runtime.advanceClock(DAY_MS);
  const second = measuredDailyRun(runtime);
  runtime.advanceClock(DAY_MS);
  const third = measuredDailyRun(runtime);
  return { first, second, third, runtime };
}

describe('the daily run reads only the recent part of the log', () => {
  it('reads as many log cells on day 365 as on day 30', async () => {
    const month = await steadyRead(29);
    const year = await steadyRead(364);
    expect(year.second.logCellsRead).toBe(month.second.logCellsRead);
    expect(year.third.logCellsRead).toBe(month.third.logCellsRead);
    // …and far fewer than the year holds: about the window's days, not 364 of them.
    expect(year.second.logCellsRead).toBeLessThan(15 * ROWS_PER_DAY * 7);
  }, 120_000);
});

describe('the monthly move to the archive', () => {
  it('moves the rows older than the window in one block, with the user’s column, and none twice', async () => {
    const rows = history(FIRST_DAY, 60, 5);
    const file = await workbookWithLog(dir, 'move', rows);
    const runtime = await open(file, outDirOf(dir, 'move'));
    const before = sheetRows(runtime, LOG).length - 1;
    const run = measuredDailyRun(runtime);
    expect(run.deleteRows).toBe(1);
    const log = sheetRows(runtime, LOG);
    const archive = sheetRows(runtime, ARCHIVE);
    expect(archive[0]).toEqual([
      'Перенесено',
      'Время',
      'Вид',
      'Ключ',
      'Получатели',
      'Тема',
      'Результат',
      'Пункты',
      'Заметка',
    ]);
    // Nothing lost, nothing in both: the old rows are in the archive, with their note, the rest in the log.
    const keys = [...log.slice(1).map((row) => row[2]), ...archive.slice(1).map((row) => row[3])];
    expect(new Set(keys).size).toBe(keys.length);
    expect(archive.length - 1 + log.length - 1).toBeGreaterThan(before);
    for (const row of rows) expect(keys).toContain(row[2]);
    const oldest = archive[1];
    expect(oldest.slice(1)).toEqual(rows[0]);
    expect(String(oldest[0])).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // What stays is the window: no row older than three weeks.
    const oldestKept = log
      .slice(1)
      .map((row) => String(row[0]).slice(0, 10))
      .sort()[0];
    expect(oldestKept >= addDays(FIRST_DAY, -21)).toBe(true);
    expect(archive.length - 1).toBeGreaterThan(40 * 5 - 1);

    // The month's later runs move nothing; the archive is never read.
    runtime.advanceClock(DAY_MS);
    runtime.counters.reset();
    runtime.call('dailyRun');
    expect(runtime.counters.snapshot()['Sheet.deleteRows'] ?? 0).toBe(0);
    expect(runtime.counters.cellsSnapshot().read[ARCHIVE] ?? 0).toBe(0);
  }, 60_000);

  it('keeps a pending row older than the window: its client is not reminded again, and it stays in the log', async () => {
    // Ромашка's invoice С-1 is due 01.12: on 08.12 its first overdue reminder (stage 1) is due.
    const id = documentId('С-1', 'Ромашка');
    const old = addDays(FIRST_DAY, -45);
    const pending = [
      `${old}T06:00:00.000Z`,
      'client',
      `client:buh@romashka.example:${old}`,
      'buh@romashka.example',
      'Напоминание об оплате',
      'отправляется',
      `overdue:${id}:stage1`,
      'моя пометка',
    ];
    const rows = [...history(FIRST_DAY, 60, 3).slice(0, 30), pending, ...history(FIRST_DAY, 50, 3)];
    const file = await workbookWithLog(dir, 'pending', rows);
    const runtime = await open(file, outDirOf(dir, 'pending'));
    runtime.call('dailyRun');
    const sentTo = runtime.sent().flatMap((mail) => mail.to);
    expect(sentTo).not.toContain('buh@romashka.example');
    expect(sentTo).toContain('buh@vasilek.example');
    const kept = sheetRows(runtime, LOG).filter((row) => row[6] === `overdue:${id}:stage1`);
    expect(kept).toHaveLength(1);
    expect(String(kept[0][5])).toMatch(/^статус неизвестен/);
    expect(kept[0][7]).toBe('моя пометка');
    expect(sheetRows(runtime, ARCHIVE).some((row) => row[7] === `overdue:${id}:stage1`)).toBe(false);
    // Days later, after another month's move, it is still in the log, still unknown, never re-sent.
    runtime.advanceClock(30 * DAY_MS);
    runtime.call('dailyRun');
    const later = sheetRows(runtime, LOG).filter((row) => row[6] === `overdue:${id}:stage1`);
    expect(later.map((row) => String(row[5]).slice(0, 17))).toEqual(['статус неизвестен']);
    expect(sheetRows(runtime, ARCHIVE).some((row) => row[7] === `overdue:${id}:stage1`)).toBe(false);
  }, 60_000);

  it('reads the whole log again, once, when a person deleted rows above the working set', async () => {
    const file = await workbookWithLog(dir, 'edited', history(FIRST_DAY, 40, 5));
    const runtime = await open(file, outDirOf(dir, 'edited'));
    runtime.call('dailyRun');
    runtime.advanceClock(DAY_MS);
    const steady = measuredDailyRun(runtime);
    const log = runtime.spreadsheet.getSheetByName(LOG)!;
    const rowsBefore = log.getLastRow();
    log.deleteRows(2, 3);
    runtime.advanceClock(DAY_MS);
    const afterEdit = measuredDailyRun(runtime);
    // The guard row moved: this run read every row, so no row it needs was skipped…
    expect(afterEdit.logCellsRead).toBeGreaterThanOrEqual((rowsBefore - 4) * 7);
    runtime.advanceClock(DAY_MS);
    // …and the next one is back to the working set.
    expect(measuredDailyRun(runtime).logCellsRead).toBeLessThan(steady.logCellsRead * 2);
  }, 60_000);
});
