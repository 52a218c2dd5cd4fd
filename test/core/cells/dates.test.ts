import * as vm from 'node:vm';
import { describeProblem, parseDay, type DateContext } from '../../../src/core/cells';
import type { CellValue } from '../../../src/core/types';

const ctx: DateContext = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };

describe('parseDay', () => {
  it.each<[CellValue, string]>([
    ['05.12.2026', '2026-12-05'],
    ['5.12.2026', '2026-12-05'],
    ['05.12.26', '2026-12-05'],
    ['05/12/2026', '2026-12-05'],
    ['05.12.2026 г.', '2026-12-05'],
    ['05.12.2026 14:30', '2026-12-05'],
    ['2026-12-05', '2026-12-05'],
    ['2026-12-05T10:00:00Z', '2026-12-05'],
    ['1 дек 2026', '2026-12-01'],
    ['1 дек. 2026', '2026-12-01'],
    ['1 декабря 2026 года', '2026-12-01'],
    ['1 Dec 2026', '2026-12-01'],
    ['December 1, 2026', '2026-12-01'],
    ['1-Dec-2026', '2026-12-01'],
    ['9 мая 2027', '2027-05-09'],
    ['29.02.2028', '2028-02-29'],
    [46361, '2026-12-05'],
    [46361.75, '2026-12-05'],
    [45658, '2025-01-01'],
  ])('reads %p as %p', (value, day) => {
    expect(parseDay(value, ctx)).toEqual({ ok: true, value: day });
  });

  it.each<[string, string, string]>([
    ['07.12', '2026-12-07', '2026-12-07'],
    ['1 декабря', '2026-12-07', '2026-12-01'],
    ['15.01', '2026-12-07', '2027-01-15'],
    ['20.12', '2027-01-10', '2026-12-20'],
    ['10.06', '2026-12-07', '2026-06-10'],
    ['29.02', '2027-12-01', '2028-02-29'],
  ])('reads the year-less %p near %p as %p', (text, referenceDay, day) => {
    expect(parseDay(text, { ...ctx, referenceDay })).toEqual({ ok: true, value: day });
  });

  it('reads a Date cell as the calendar day it shows in the spreadsheet time zone', () => {
    // Sheets gives midnight in the spreadsheet zone: 21:00 UTC of the previous day in Moscow.
    const moscowMidnight = new Date('2026-12-04T21:00:00Z');
    expect(parseDay(moscowMidnight, ctx)).toEqual({ ok: true, value: '2026-12-05' });
    expect(parseDay(moscowMidnight, { ...ctx, timeZone: 'UTC' })).toEqual({ ok: true, value: '2026-12-04' });
  });

  it('reads a Date made in another realm', () => {
    const foreign = vm.runInNewContext('new Date("2026-12-04T21:00:00Z")') as CellValue;
    expect(parseDay(foreign, ctx)).toEqual({ ok: true, value: '2026-12-05' });
  });

  it.each<CellValue>(['', '  ', '\u00a0'])('reads the empty cell %p as null', (value) => {
    expect(parseDay(value, ctx)).toEqual({ ok: true, value: null });
  });

  it.each<[CellValue, string]>([
    ['31.02.2026', 'impossibleDate'],
    ['2026-13-01', 'impossibleDate'],
    ['29.02.2027', 'impossibleDate'],
    ['32.01', 'impossibleDate'],
    ['0.12.2026', 'impossibleDate'],
    ['завтра', 'notDate'],
    ['12/2026', 'notDate'],
    ['1 блабла 2026', 'notDate'],
    [42, 'notDate'],
    [true, 'notDate'],
    [new Date(Number.NaN), 'notDate'],
  ])('reports %p as %p', (value, code) => {
    const parsed = parseDay(value, ctx);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });

  it('says in Russian and English that a date does not exist', () => {
    const parsed = parseDay('31.02.2026', ctx);
    if (parsed.ok) throw new Error('expected a problem');
    expect(describeProblem(parsed.problem, 'ru')).toBe('«31.02.2026» — такой даты нет');
    expect(describeProblem(parsed.problem, 'en')).toBe('"31.02.2026" is not a real date');
  });
});
