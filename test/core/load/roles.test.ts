/**
 * Roles without a person yet (issue 18, item 6) and utilisation (item 7), from the sheets through
 * the engine to the summary sheet's rows and the Monday digest's lines.
 */
import { computeLoad } from '../../../src/core/load/compute';
import { describeLoadProblem } from '../../../src/core/load/problems';
import { readLoadInput } from '../../../src/core/load/read';
import { loadRuleSections } from '../../../src/core/load/rulesBlocks';
import { buildSummarySheet } from '../../../src/core/load/sheet';
import { utilisationOf } from '../../../src/core/load/utilisation';
import { detectRegisters } from '../../../src/core/registers';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CellValue, Grid } from '../../../src/core/types';

const today = '2026-12-07';
const dates = { timeZone: 'Europe/Moscow', referenceDay: today };

function grid(sheet: string, rows: CellValue[][]): Grid {
  return { sheet, values: rows, display: rows.map((row) => row.map(String)), backgrounds: [], formats: [] };
}

const team = grid('Команда', [
  ['Сотрудник', 'Email', 'Роль', 'Часов в неделю'],
  ['Иванова', 'ivanova@agency.ru', 'Копирайтер', 40],
  ['Петров', 'petrov@agency.ru', 'Дизайнер', 40],
  ['Сидоров', 'sidorov@agency.ru', 'Старший дизайнер', 20],
]);

function summarize(rows: CellValue[][]) {
  const grids = [team, grid('Загрузка', rows)];
  const sources = {
    grids: new Map(grids.map((g) => [g.sheet, g])),
    registers: detectRegisters(grids, [], dates),
    timeZone: dates.timeZone,
    today,
  };
  return computeLoad(readLoadInput(sources, DEFAULT_SETTINGS.load), DEFAULT_SETTINGS.load);
}

const HEADER = ['Сотрудник', 'Клиент / задача', '07.12.2026', '14.12.2026'];

describe('a placeholder row is role demand, not a person', () => {
  const summary = summarize([
    HEADER,
    ['Иванова', 'Ромашка', '80%', '50%'],
    ['Петров', 'Ромашка', '70%', '90%'],
    ['Сидоров', 'Лютик', '50%', '100%'],
    ['[дизайнер]', 'Ромашка', '50%', '25%'],
    ['', 'Лютик', '', '25%'],
    ['Копирайтер (нужен)', 'Лютик', '10%', ''],
  ]);

  it('leaves the placeholders out of the people and warns of none of them as unknown', () => {
    expect(summary.people.map((person) => person.name)).toEqual(['Иванова', 'Петров', 'Сидоров']);
    expect(summary.problems).toEqual([]);
  });

  it('counts the placeholder rows as demand per role and week, against the free hours of the role’s people', () => {
    const designer = summary.roles?.find((role) => role.role === 'дизайнер');
    expect(designer?.people).toEqual(['Петров', 'Сидоров']);
    // 07.12: 50 % of 40 h = 20 h needed; free 30 % × 40 h + 50 % × 20 h = 22 h.
    expect(designer?.byWeek['2026-12-07']).toMatchObject({ demandHours: 20, freeHours: 22, short: false });
    // 14.12: 25 % + 25 % = 20 h needed; free 10 % × 40 h + 0 = 4 h.
    expect(designer?.byWeek['2026-12-14']).toMatchObject({ demandHours: 20, freeHours: 4, short: true });
    const copywriter = summary.roles?.find((role) => role.role === 'Копирайтер');
    expect(copywriter?.byWeek['2026-12-07']).toMatchObject({ demandHours: 4, freeHours: 8, short: false });
  });

  it('shows demand against free hours in the summary sheet, red where the role is short', () => {
    const content = buildSummarySheet(summary, {
      today,
      lang: 'ru',
      limits: DEFAULT_SETTINGS.load,
      hasActuals: false,
    });
    const block = content.blocks.find((b) => String(b.block.values[0][0]).startsWith('Роли без исполнителя'));
    expect(block?.block.values.slice(2).map((row) => row.slice(0, 4))).toEqual([
      ['дизайнер', 'Петров, Сидоров', '20 / 22', '20 / 4'],
      ['Копирайтер', 'Иванова', '4 / 8', ''],
    ]);
    expect(block?.block.backgrounds?.[2].slice(2, 4)).toEqual(['#b7e1cd', '#f4c7c3']);
  });

  it('tells the Monday digest where demand exceeds the free hours', () => {
    const sections = (week: string) => loadRuleSections(summary, week, 75, 'ru');
    expect(sections('2026-12-07').filter((s) => s.heading.startsWith('Не хватает'))).toEqual([]);
    const [roles] = sections('2026-12-14');
    expect(roles.heading).toBe('Не хватает людей на роль — 1 роль');
    expect(roles.items.map((item) => item.text)).toEqual([
      'роль «дизайнер» — нужно 20 ч, свободно 4 ч у людей с этой ролью',
    ]);
  });
});

describe('a placeholder over the New Year week', () => {
  it('gets no holiday row of its own: it stays demand, never a person', () => {
    const summary = summarize([
      ['Сотрудник', 'Клиент / задача', '28.12.2026'],
      ['Петров', 'Ромашка', '40%'],
      ['[дизайнер]', 'Ромашка', '30%'],
    ]);
    expect(summary.people.map((person) => person.name)).toEqual(['Петров']);
    // Петров's week of 3 working days: 40 % work + 40 % holidays leave 20 % × 40 h free (Сидоров plans
    // nothing in the load sheet, so the summary knows no free hours of his).
    expect(summary.roles?.[0].byWeek['2026-12-28']).toMatchObject({
      demandHours: 12,
      freeHours: 8,
      short: true,
    });
  });
});

describe('bad placeholders', () => {
  it('makes an unknown role and a bare TBD data problems with their cell; the rest still counts', () => {
    const summary = summarize([
      HEADER,
      ['Иванова', 'Ромашка', '80%', ''],
      ['[моушн-дизайнер]', 'Ромашка', '50%', ''],
      ['TBD', 'Лютик', '20%', ''],
    ]);
    expect(summary.problems.map((problem) => describeLoadProblem(problem, 'ru'))).toEqual([
      'Загрузка!A3: роли «моушн-дизайнер» нет в листе «Команда» — спрос на неё не с кем сравнить',
      'Загрузка!A4: заглушка без роли: напишите роль, например «[дизайнер]» или «TBD дизайнер»',
    ]);
    expect(summary.people.map((person) => person.name)).toEqual(['Иванова']);
    expect(
      summary.roles?.map((role) => [
        role.role,
        role.byWeek['2026-12-07'].demandHours,
        role.byWeek['2026-12-07'].short,
      ]),
    ).toEqual([
      ['моушн-дизайнер', 20, true],
      ['', 8, true],
    ]);
  });
});

describe('utilisation: client work ÷ available hours', () => {
  const summary = summarize([
    HEADER,
    ['Иванова', 'Ромашка', '60%', '40%'],
    ['', 'Внутренние задачи', '20%', ''],
    ['', 'Отпуск', '', '50%'],
    ['Петров', 'Лютик', '80%', '90%'],
    ['Сидоров', 'Отпуск', '100%', ''],
  ]);
  const utilisation = utilisationOf(summary, 75);
  const pct = (name: string, week: string) =>
    utilisation.people.find((person) => person.name === name)?.byWeek[week]?.pct;

  it('excludes absence from the available hours; internal work is not billable', () => {
    expect(pct('Иванова', '2026-12-07')).toBe(60);
    // 40 % of a week that is half vacation: 16 h of 20 h available.
    expect(pct('Иванова', '2026-12-14')).toBe(80);
    expect(pct('Сидоров', '2026-12-07')).toBeNull();
  });

  it('sums the agency’s billable and available hours per week', () => {
    // 07.12: (24 + 32) h of (40 + 40) h; Сидоров is away.
    expect(utilisation.agency['2026-12-07']).toMatchObject({
      billableHours: 56,
      availableHours: 80,
      pct: 70,
      belowTarget: true,
    });
  });

  it('writes the billable share beside the people in the summary, below the target highlighted', () => {
    const content = buildSummarySheet(summary, {
      today,
      lang: 'ru',
      limits: DEFAULT_SETTINGS.load,
      hasActuals: false,
    });
    const block = content.blocks.find((b) =>
      String(b.block.values[0][0]).startsWith('Оплачиваемая доля'),
    )?.block;
    expect(block?.values[0][0]).toContain('цель 75 %');
    expect(block?.values.slice(2).map((row) => row.slice(0, 3))).toEqual([
      ['Агентство', 0.7, 0.65],
      ['Иванова', 0.6, 0.8],
      ['Петров', 0.8, 0.9],
      ['Сидоров', '—', 0],
    ]);
    expect(block?.backgrounds?.slice(2).map((row) => row.slice(1, 3))).toEqual([
      ['#fce8b2', '#fce8b2'],
      ['#fce8b2', '#b7e1cd'],
      ['#b7e1cd', '#b7e1cd'],
      ['#e8eaed', '#fce8b2'],
    ]);
  });

  it('gives the Monday digest the agency’s share and who is below the target', () => {
    const [below] = loadRuleSections(summary, '2026-12-07', 75, 'ru');
    expect(below.heading).toBe('Ниже цели по оплачиваемой доле (агентство 70 %, цель 75 %) — 1 сотрудник');
    expect(below.items.map((item) => item.text)).toEqual(['Иванова — 60 %']);
  });
});
