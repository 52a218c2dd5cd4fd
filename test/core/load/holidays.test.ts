import { readLoadInput } from '../../../src/core/load/read';
import { computeLoad } from '../../../src/core/load/compute';
import { buildSummarySheet } from '../../../src/core/load/sheet';
import { describeLoadProblem } from '../../../src/core/load/problems';
import { detectRegisters } from '../../../src/core/registers';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CellValue, Grid } from '../../../src/core/types';

const today = '2026-12-21';
const dates = { timeZone: 'Europe/Moscow', referenceDay: today };

function grid(sheet: string, rows: CellValue[][]): Grid {
  return { sheet, values: rows, display: rows.map((row) => row.map(String)), backgrounds: [], formats: [] };
}

function summarize(grids: Grid[]) {
  const sources = {
    grids: new Map(grids.map((g) => [g.sheet, g])),
    registers: detectRegisters(grids, [], dates),
    timeZone: dates.timeZone,
    today,
  };
  return computeLoad(readLoadInput(sources, DEFAULT_SETTINGS.load), DEFAULT_SETTINGS.load);
}

const team = grid('Команда', [
  ['Сотрудник', 'Email', 'Роль', 'Часов в неделю'],
  ['Иванова', 'ivanova@agency.ru', 'Копирайтер', 40],
  ['Петров', 'petrov@agency.ru', 'Дизайнер', 40],
]);

describe('load capacity by the production calendar', () => {
  it('the week of 29.12.2026–02.01.2027 has 3 working days: 40 % holidays, 24 h of work fill it', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '21.12', '28.12', '04.01', '11.01'],
      ['Иванова', 'Клиент А', '', '24ч', '', '50%'],
    ]);
    const summary = summarize([team, load]);
    expect(summary.capacity?.['2026-12-28']).toMatchObject({ workingDays: 3, share: 0.6 });
    const week = summary.people[0].byWeek['2026-12-28'];
    expect([week.confirmed, week.absence, week.total, week.free]).toEqual([60, 40, 100, 0]);
    expect(week.flags).toContain('noReserve');
  });

  it('the January holidays of 2027 are a whole week of absence, not underload', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '04.01.2027', '11.01.2027'],
      ['Иванова', 'Клиент А', '', '50%'],
    ]);
    const summary = summarize([team, load]);
    expect(summary.capacity?.['2027-01-04'].workingDays).toBe(0);
    const week = summary.people[0].byWeek['2027-01-04'];
    expect([week.absence, week.free]).toEqual([100, 0]);
    expect(week.flags).not.toContain('underload');
    expect(summary.people[0].byWeek['2027-01-11'].absence).toBe(0);
  });

  it('a Праздники row already in the table is not counted a second time', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '28.12', '04.01'],
      ['Иванова', 'Клиент А', '50%', ''],
      ['', 'Праздники', '40%', ''],
      ['Петров', 'Клиент Б', '50%', ''],
    ]);
    const summary = summarize([team, load]);
    const [ivanova, petrov] = summary.people;
    expect(ivanova.byWeek['2026-12-28'].absence).toBe(40);
    expect(ivanova.byWeek['2027-01-04'].absence).toBe(100); // no holiday row for that week: the calendar's
    expect(petrov.byWeek['2026-12-28'].absence).toBe(40);
  });

  it('a company day off in the Календарь sheet takes a day of everybody’s week; its bad rows are problems', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '14.12', '21.12'],
      ['Петров', 'Клиент Б', '50%', '50%'],
    ]);
    const calendar = grid('Календарь', [
      ['Дата', 'Тип дня', 'Примечание'],
      ['18.12.2026', 'выходной', 'день компании'],
      ['31.12.2026', 'праздник', ''],
      ['не дата', 'выходной', ''],
    ]);
    const summary = summarize([team, load, calendar]);
    expect(summary.capacity?.['2026-12-14'].workingDays).toBe(4);
    expect(summary.people[0].byWeek['2026-12-14'].absence).toBe(20);
    expect(summary.people[0].byWeek['2026-12-21'].absence).toBe(0);
    expect(summary.problems.map((problem) => describeLoadProblem(problem, 'ru'))).toEqual([
      'Календарь!A4: «не дата» — не дата',
    ]);
  });
});

describe('the summary sheet says the short weeks', () => {
  it('heads the week of 28.12 with “3 раб. дня” and the January holidays with “0 раб. дней”', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '21.12', '28.12', '04.01'],
      ['Иванова', 'Клиент А', '50%', '', ''],
    ]);
    const summary = summarize([team, load]);
    const options = { today, lang: 'ru' as const, limits: DEFAULT_SETTINGS.load, hasActuals: false };
    const headers = buildSummarySheet(summary, options).blocks[1].block.values[0];
    expect(headers.slice(3, 6)).toEqual([
      '21.12–25.12',
      '28.12–01.01 · 3 раб. дня',
      '04.01–08.01 · 0 раб. дней',
    ]);
    const en = buildSummarySheet(summary, { ...options, lang: 'en' }).blocks[1].block.values[0];
    expect(en[4]).toBe('Dec 28–Jan 1 · 3 working days');
  });
});

describe('a vacation over the holidays', () => {
  it('is a whole week away, not more: the calendar adds only what the vacation leaves of the week', () => {
    const load = grid('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '28.12', '04.01'],
      ['Иванова', 'Отпуск', '100%', '80%'],
    ]);
    const week = (monday: string) => summarize([team, load]).people[0].byWeek[monday];
    expect([week('2026-12-28').absence, week('2026-12-28').free]).toEqual([100, 0]);
    expect(week('2027-01-04').absence).toBe(100);
  });
});
