import { computeLoad } from '../../../src/core/load/compute';
import { describeLoadProblem } from '../../../src/core/load/problems';
import { readLoadInput } from '../../../src/core/load/read';
import { detectRegisters } from '../../../src/core/registers';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CellValue, Grid } from '../../../src/core/types';

const limits = DEFAULT_SETTINGS.load;
const BLUE = '#c9daf8';
const today = '2026-12-07';

/** A grid from rows; `blue` lists [row, col] cells with a blue fill, `percent` cells formatted `0%`. */
function grid(
  sheet: string,
  values: CellValue[][],
  layers: { blue?: [number, number][]; percent?: [number, number][] } = {},
): Grid {
  const width = Math.max(...values.map((row) => row.length));
  const rows = values.map((row) => [...row, ...Array<CellValue>(width - row.length).fill('')]);
  const backgrounds = rows.map((row) => row.map(() => '#ffffff'));
  const formats = rows.map((row) => row.map(() => 'General'));
  for (const [r, c] of layers.blue ?? []) backgrounds[r][c] = BLUE;
  for (const [r, c] of layers.percent ?? []) formats[r][c] = '0%';
  return { sheet, values: rows, display: rows.map((row) => row.map((v) => String(v))), backgrounds, formats };
}

function read(grids: Grid[]) {
  const ctx = { timeZone: 'Europe/Moscow', referenceDay: today };
  const registers = detectRegisters(grids, [], ctx);
  const input = readLoadInput(
    { grids: new Map(grids.map((g) => [g.sheet, g])), registers, timeZone: ctx.timeZone, today },
    limits,
  );
  return { input, summary: computeLoad(input, limits) };
}

const team = grid('Команда', [
  ['Сотрудник', 'Email', 'Роль', 'Часов в неделю', 'Ставка'],
  ['Иванова Анна', 'ivanova@agency.test', 'копирайтер', 40, ''],
  ['Петров', 'petrov@agency.test', 'дизайнер', '', 0.5],
  ['Орлова', 'orlova@agency.test', 'аккаунт-менеджер', 40, ''],
]);

describe('reading the load register', () => {
  it('carries the person down through a merged block and reads each kind of row', () => {
    const load = grid(
      'Загрузка',
      [
        ['Сотрудник', 'Клиент / задача', '07.12', '14.12'],
        ['Иванова (копирайтер)', 'Клиент А', 20, '40%'],
        ['', 'Клиент Б', 0.3, ''],
        ['', 'Внутренние задачи', '10 %', '10%'],
        ['', 'Отпуск', '', 50],
        ['Петров (дизайнер)', 'Клиент А', '10 ч', ''],
      ],
      { blue: [[2, 2]], percent: [[2, 2]] },
    );
    const { summary } = read([team, load]);
    expect(summary.people.map((p) => [p.name, p.weeklyHours, p.email])).toEqual([
      ['Иванова (копирайтер)', 40, 'ivanova@agency.test'],
      ['Петров (дизайнер)', 20, 'petrov@agency.test'],
    ]);
    const [ivanova, petrov] = summary.people;
    expect(ivanova.byWeek['2026-12-07']).toMatchObject({
      confirmed: 20,
      tentative: 30,
      internal: 10,
      total: 30,
    });
    expect(ivanova.byWeek['2026-12-14']).toMatchObject({
      confirmed: 40,
      internal: 10,
      absence: 50,
      total: 100,
    });
    // 10 hours of a half-time week (rate 0.5 → 20 h) is half of it.
    expect(petrov.byWeek['2026-12-07'].total).toBe(50);
    expect(summary.problems).toEqual([]);
  });

  it('mixes hours and percents in one row', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '07.12', '14.12', '21.12'],
      ['Иванова', 'Клиент А', '8ч', '20%', 30],
    ]);
    const week = (day: string) => read([team, load]).summary.people[0].byWeek[day].total;
    expect([week('2026-12-07'), week('2026-12-14'), week('2026-12-21')]).toEqual([20, 20, 30]);
  });

  it('makes a whole row tentative when its status says so', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', 'Статус', '07.12', '14.12'],
      ['Иванова', 'Клиент А', 'предв.', 20, 30],
      ['Иванова', 'Клиент Б', 'подтв.', 50, 50],
    ]);
    const ivanova = read([team, load]).summary.people[0];
    expect([ivanova.byWeek['2026-12-07'].tentative, ivanova.byWeek['2026-12-14'].tentative]).toEqual([
      20, 30,
    ]);
    expect(ivanova.byWeek['2026-12-07'].confirmed).toBe(50);
  });

  it('reports a bad cell with its address, counts it as 0 and keeps the rest', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '07.12', '14.12'],
      ['Иванова', 'Клиент А', 'двадцать', 30],
    ]);
    const { summary } = read([team, load]);
    expect(summary.problems.map((p) => describeLoadProblem(p, 'ru'))).toEqual([
      'Загрузка!C2: «двадцать» — не процент и не часы (пример: 20%, 0,2, 8 ч)',
    ]);
    expect(summary.people[0].byWeek['2026-12-07'].total).toBe(0);
    expect(summary.people[0].byWeek['2026-12-14'].total).toBe(30);
  });

  it('gives a person missing from the team 40 hours and reports where they are', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '07.12'],
      ['Иванова', 'Клиент А', 50],
      ['Сидоров', 'Клиент А', '10 ч'],
    ]);
    const { summary } = read([team, load]);
    expect(summary.people[1]).toMatchObject({ name: 'Сидоров', weeklyHours: 40, inTeamRegister: false });
    expect(summary.people[1].byWeek['2026-12-07'].total).toBe(25);
    expect(summary.problems.map((p) => describeLoadProblem(p, 'ru'))).toEqual([
      'Загрузка!A3: «Сидоров» нет в листе «Команда» — считаем 40 ч в неделю',
    ]);
  });

  it('reports a planned row above the first person', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '07.12'],
      ['', 'Клиент А', 50],
      ['Иванова', 'Клиент А', 50],
    ]);
    const { summary } = read([team, load]);
    expect(summary.problems.map((p) => describeLoadProblem(p, 'ru'))).toEqual([
      'Загрузка!A2: строка без сотрудника — не учтена',
    ]);
    expect(summary.people[0].byWeek['2026-12-07'].total).toBe(50);
  });

  it('takes week headers across the new year in order', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '28.12', '04.01'],
      ['Иванова', 'Клиент А', 50, 60],
    ]);
    const { summary } = read([team, load]);
    expect(summary.weeks).toEqual(['2026-12-28', '2027-01-04']);
    // The work is read into the week of 04.01.2027; that week is all holidays, so it also overloads.
    expect(summary.people[0].byWeek['2027-01-04'].confirmed).toBe(60);
    expect(summary.people[0].byWeek['2027-01-04'].absence).toBe(100);
  });

  it('reads the estimate column and the actuals register into plan vs actual', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', 'Смета, ч', '07.12', '14.12'],
      ['Иванова', 'Клиент А', 30, 50, 50],
    ]);
    const actuals = grid('Факт', [
      ['Дата', 'Сотрудник', 'Клиент', 'Часы'],
      ['08.12.2026', 'Иванова', 'Клиент А', 30],
      ['15.12.2026', 'Иванова', 'Клиент А', '20,5'],
      ['16.12.2026', 'Иванова', 'Клиент А', 'много'],
    ]);
    const { summary, input } = read([team, load, actuals]);
    expect(input.hasActuals).toBe(true);
    expect(summary.planVsActual).toEqual([
      {
        client: 'Клиент А',
        month: '2026-12',
        planned: 40,
        actual: 50.5,
        estimate: 30,
        flags: ['actualOverPlan', 'actualOverEstimate', 'planOverEstimate'],
      },
    ]);
    expect(summary.problems.map((p) => describeLoadProblem(p, 'ru'))).toEqual([
      'Факт!D4: «много» — не число',
    ]);
  });

  it('says when the workbook has no load register', () => {
    const { input } = read([team]);
    expect(input.hasLoadRegister).toBe(false);
    expect(input.problems.map((p) => p.kind)).toEqual(['noLoadRegister']);
  });
});
