import { detectRegister } from '../../../src/core/registers';
import type { RegisterMapping } from '../../../src/core/registers/types';
import { readCalendarSheet } from '../../../src/core/calendar/sheet';
import { describeSheetProblem } from '../../../src/core/sheetProblems';
import { isWorkingDay, workCalendar } from '../../../src/core/calendar/workdays';
import type { CellValue, Grid } from '../../../src/core/types';

const dates = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };

function grid(rows: CellValue[][], sheet = 'Календарь'): Grid {
  return { sheet, values: rows, display: rows.map((row) => row.map(String)), backgrounds: [], formats: [] };
}

function read(rows: CellValue[][]) {
  const g = grid(rows);
  const mapping = detectRegister(g, [], dates);
  expect(mapping?.kind).toBe('calendar');
  return readCalendarSheet(g, mapping as RegisterMapping<'calendar'>, dates);
}

describe('the Календарь sheet', () => {
  it('adds company days off and working days to the production calendar', () => {
    const { overrides, problems } = read([
      ['Дата', 'Тип дня', 'Примечание'],
      ['14.12.2026', 'выходной', 'день компании'],
      ['2027-01-08', 'рабочий', 'сдаём проект'],
      ['', '', ''],
      ['30.12.2026', 'сокращённый', ''],
    ]);
    expect(problems).toEqual([]);
    expect(overrides).toEqual([
      { day: '2026-12-14', kind: 'off', note: 'день компании' },
      { day: '2027-01-08', kind: 'working', note: 'сдаём проект' },
      { day: '2026-12-30', kind: 'shortened', note: '' },
    ]);
    const calendar = workCalendar(overrides);
    expect(isWorkingDay(calendar, '2026-12-14')).toBe(false);
    expect(isWorkingDay(calendar, '2027-01-08')).toBe(true);
  });

  it('is found by English headers too', () => {
    const { overrides } = read([
      ['Date', 'Day type', 'Note'],
      ['2026-12-25', 'holiday', 'Christmas (Berlin office)'],
    ]);
    expect(overrides).toEqual([{ day: '2026-12-25', kind: 'off', note: 'Christmas (Berlin office)' }]);
  });

  it('reports an unreadable date and an unknown day type with their cells, and keeps the other rows', () => {
    const { overrides, problems } = read([
      ['Дата', 'Тип дня', 'Примечание'],
      ['32.12.2026', 'выходной', ''],
      ['15.12.2026', 'полувыходной', ''],
      ['', 'выходной', 'без даты'],
      ['16.12.2026', 'выходной', ''],
    ]);
    expect(overrides).toEqual([{ day: '2026-12-16', kind: 'off', note: '' }]);
    expect(problems.map((problem) => describeSheetProblem(problem, 'ru'))).toEqual([
      'Календарь!A2: «32.12.2026» — такой даты нет',
      'Календарь!B3: «полувыходной» — не тип дня: напишите «выходной», «рабочий» или «сокращённый»',
      'Календарь!A4: у строки календаря нет даты',
    ]);
  });

  it('a documents register with a date and a type column stays a documents register', () => {
    const g = grid([
      ['Тип', 'Номер', 'Клиент', 'Дата', 'Сумма'],
      ['счёт', '1', 'Альфа', '01.12.2026', '1000'],
    ]);
    expect(detectRegister(g, [], dates)?.kind).toBe('documents');
  });
});
