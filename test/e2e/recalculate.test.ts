/**
 * End to end: a workbook built in code, the real bundle's `recalculate` menu
 * handler on the local Apps Script services, the output read back as xlsx.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';

const BLUE = 'FFC9DAF8';
const TODAY = '2026-12-21';

interface LoadLine {
  person?: string;
  task: string;
  status?: string;
  /** Per week column: a number (points), a text, or [fraction, '%'] / [value, 'blue']. */
  weeks: (number | string | [number, '%'] | [number | string, 'blue'] | null)[];
}

const WEEK_HEADERS = ['14.12', '21.12', '28.12', '04.01'];

async function buildWorkbook(path: string, lines: LoadLine[], merges: string[] = []): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  const team = workbook.addWorksheet('Команда');
  team.addRows([
    ['Сотрудник', 'Email', 'Роль', 'Часов в неделю', 'Ставка'],
    ['Иванова Анна', 'ivanova@agency.test', 'копирайтер', 40, null],
    ['Петров', 'petrov@agency.test', 'дизайнер', null, 0.5],
    ['Орлова', 'orlova@agency.test', 'аккаунт-менеджер', 40, null],
  ]);
  const load = workbook.addWorksheet('Загрузка');
  load.addRow(['Сотрудник', 'Клиент / задача', 'Статус', ...WEEK_HEADERS]);
  lines.forEach((line, index) => {
    const row = load.getRow(index + 2);
    row.getCell(1).value = line.person ?? null;
    row.getCell(2).value = line.task;
    row.getCell(3).value = line.status ?? null;
    line.weeks.forEach((week, w) => {
      const cell = row.getCell(4 + w);
      if (week === null) return;
      if (Array.isArray(week) && week[1] === '%') {
        cell.value = week[0];
        cell.numFmt = '0%';
      } else if (Array.isArray(week)) {
        cell.value = week[0];
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BLUE } };
      } else cell.value = week;
    });
  });
  for (const range of merges) load.mergeCells(range);
  await workbook.xlsx.writeFile(path);
}

/** Ivanova (merged block, blue cell, vacation over the new year), Petrov (part-time, a bad cell), Orlova (AM). */
const TEAM_LOAD: LoadLine[] = [
  { person: 'Иванова (копирайтер)', task: 'Клиент А', weeks: [[0.5, '%'], [0.6, '%'], null, 40] },
  { task: 'Клиент Б', weeks: [30, [30, 'blue'], null, null] },
  { task: 'Внутренние задачи', weeks: ['10%', '10%', null, '10%'] },
  { task: 'Отпуск', weeks: [null, null, 100, null] },
  { person: 'Петров (дизайнер)', task: 'Клиент А', weeks: ['10 ч', 'двадцать', '20 ч', null] },
  { person: 'Орлова', task: 'Клиент В', status: 'предв.', weeks: [20, 20, null, null] },
  { task: 'Клиент Г', weeks: [50, 90, 30, 30] },
];

async function runRecalculate(lines: LoadLine[], merges: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-load-'));
  const input = join(dir, 'agency.xlsx');
  await buildWorkbook(input, lines, merges);
  const runtime = await createLocalRuntime({
    file: input,
    outDir: join(dir, 'out'),
    today: TODAY,
    distDir: DIST,
  });
  runtime.counters.reset();
  runtime.call('recalculate');
  const counts = runtime.counters.snapshot();
  await runtime.save();
  const before = new ExcelJS.Workbook();
  await before.xlsx.readFile(input);
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(runtime.documentPath);
  return { runtime, counts, before, after };
}

function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: ExcelJS.CellValue[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(row.getCell(c).value);
    rows[number - 1] = values;
  });
  return Array.from(rows, (row) => row ?? []);
}

function rowOf(sheet: ExcelJS.Worksheet, firstCell: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).value === firstCell) found = row;
  });
  if (!found) throw new Error(`no row starting with ${firstCell}`);
  return found;
}

describe('Recalculate on a workbook built in code', () => {
  let result: Awaited<ReturnType<typeof runRecalculate>>;
  beforeAll(async () => {
    result = await runRecalculate(TEAM_LOAD, ['A2:A5', 'A7:A8']);
  });

  it('writes people × weeks with totals, a heat map and the tentative marker', () => {
    const summary = result.after.getWorksheet('Сводка загрузки')!;
    expect(summary).toBeDefined();
    const header = rowOf(summary, 'Сотрудник');
    expect([4, 5, 6, 7].map((c) => header.getCell(c).value)).toEqual([
      '14.12–18.12',
      '21.12–25.12',
      // The production calendar: 31.12 and 01.01 are off, 04.01–08.01 are the January holidays.
      '28.12–01.01 · 3 раб. дня',
      '04.01–08.01 · 0 раб. дней',
    ]);
    const ivanova = rowOf(summary, 'Иванова (копирайтер)');
    // 04.01: 40 % + 10 % planned in a week of holidays (100 % absence) is 150 %, an overload.
    expect([4, 5, 6, 7].map((c) => ivanova.getCell(c).value)).toEqual([0.9, 0.7, 1, 1.5]);
    expect(ivanova.getCell(3).value).toBe(40);
    // 21.12: 60 % + 10 % confirmed, 30 % tentative (the blue cell).
    expect(ivanova.getCell(5).numFmt).toBe('0%" (+30)"');
    expect(ivanova.getCell(5).note).toBeTruthy();
    const fill = (cell: ExcelJS.Cell) =>
      (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb?.slice(2);
    expect([4, 5, 6, 7].map((c) => fill(ivanova.getCell(c))?.toLowerCase())).toEqual([
      'fce8b2',
      'b7e1cd',
      'e8eaed',
      'f4c7c3',
    ]);
  });

  it('converts hours with a part-timer’s weekly hours and counts a bad cell as 0', () => {
    const petrov = rowOf(result.after.getWorksheet('Сводка загрузки')!, 'Петров (дизайнер)');
    expect(petrov.getCell(3).value).toBe(20);
    // 28.12: 20 h of a 20-hour week plus the 40 % of holidays; 04.01: the January holidays.
    expect([4, 5, 6, 7].map((c) => petrov.getCell(c).value)).toEqual([0.5, 0, 1.4, 1]);
  });

  it('says the flags in words from this week on, and free capacity this and next week', () => {
    const summary = result.after.getWorksheet('Сводка загрузки')!;
    const header = rowOf(summary, 'Сотрудник');
    const col = (title: string) => (header.values as ExcelJS.CellValue[]).findIndex((v) => v === title);
    const ivanova = rowOf(summary, 'Иванова (копирайтер)');
    const orlova = rowOf(summary, 'Орлова');
    expect(ivanova.getCell(col('Свободно на этой неделе (21.12)')).value).toBeCloseTo(0.3);
    expect(ivanova.getCell(col('Свободно на следующей неделе (28.12)')).value).toBe(0);
    expect(ivanova.getCell(col('Флаги (с текущей недели)')).value).toBe(
      // The week of 04.01 is public holidays: work on top of them is an overload, not a vacation conflict.
      'перегруз 150 % — неделя 04.01\nждёт подтверждения +30 % — неделя 21.12',
    );
    expect(orlova.getCell(col('Флаги (с текущей недели)')).value).toBe(
      // 28.12: 30 % of work and 40 % of holidays is 70 %, no underload; 04.01: 30 % in the holidays.
      [
        'перегруз 130 % — неделя 04.01',
        'нет резерва 90 % — неделя 21.12',
        'ждёт подтверждения +20 % — неделя 21.12',
        'перегруз после подтверждения 110 % — неделя 21.12',
      ].join('\n'),
    );
  });

  it('lists data problems with their cell addresses', () => {
    const rows = sheetRows(result.after.getWorksheet('Сводка загрузки')!);
    const start = rows.findIndex((row) => String(row[0]).startsWith('Проблемы в данных'));
    expect(rows[start][0]).toBe('Проблемы в данных: 1');
    expect(rows[start + 2].slice(0, 2)).toEqual([
      'Загрузка!E6',
      '«двадцать» — не процент и не часы (пример: 20%, 0,2, 8 ч)',
    ]);
  });

  it('tells the user what was recalculated in one toast', () => {
    const messages = result.runtime.ui.toasts.map((toast) => toast.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBe('Пересчитываю…');
    // One line per feature; the load's comes first.
    expect(messages[1].split('\n')[0]).toBe('Пересчитано: 3 сотрудника × 4 недели, 1 проблема в данных');
    expect(result.runtime.ui.alerts).toEqual([]);
  });

  it('leaves every cell of the user’s sheets exactly as it was', () => {
    for (const name of ['Команда', 'Загрузка']) {
      const before = result.before.getWorksheet(name)!;
      const after = result.after.getWorksheet(name)!;
      expect(after.rowCount).toBe(before.rowCount);
      expect(after.columnCount).toBe(before.columnCount);
      before.eachRow({ includeEmpty: true }, (row, r) => {
        for (let c = 1; c <= before.columnCount; c++) {
          const [was, is] = [row.getCell(c), after.getRow(r).getCell(c)];
          expect({ at: was.address, value: is.value, numFmt: is.numFmt, fill: is.fill }).toEqual({
            at: was.address,
            value: was.value,
            numFmt: was.numFmt,
            fill: was.fill,
          });
        }
      });
      expect(Object.keys(after.model.merges ?? {}).sort()).toEqual(
        Object.keys(before.model.merges ?? {}).sort(),
      );
    }
  });
});

describe('the cost of a recalculation in Apps Script calls', () => {
  function manyRows(n: number): LoadLine[] {
    return Array.from({ length: n }, (_, i) => ({
      person: i % 10 === 0 ? `Сотрудник ${i / 10}` : undefined,
      task: `Клиент ${i % 7}`,
      weeks: [10, '2 ч', [5, 'blue'], i % 3 === 0 ? 'плохо' : 20],
    }));
  }

  it('is the same for 10 and for 1,000 load rows', async () => {
    const small = await runRecalculate(manyRows(10));
    const large = await runRecalculate(manyRows(1000));
    expect(small.runtime.ui.alerts).toEqual([]);
    expect(large.runtime.ui.alerts).toEqual([]);
    expect(small.counts).toEqual(large.counts);
    expect(Object.values(small.counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
