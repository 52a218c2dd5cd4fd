import { inferWeekColumns, weekFromHeader, type HeaderCell } from '../../../src/core/registers';
import type { DateContext } from '../../../src/core/cells';
import type { CellValue } from '../../../src/core/types';

const ctx: DateContext = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };

function headers(...values: CellValue[]): HeaderCell[] {
  return values.map((value, i) => ({ col: i + 2, value, display: typeof value === 'string' ? value : '' }));
}

describe('weekFromHeader', () => {
  it.each<[CellValue, string | null]>([
    ['01.12', '2026-11-30'],
    ['07.12', '2026-12-07'],
    ['13.12', '2026-12-07'],
    ['01.12.2026', '2026-11-30'],
    ['2026-12-01', '2026-11-30'],
    ['1 дек', '2026-11-30'],
    ['1–5 дек', '2026-11-30'],
    ['7-11 декабря', '2026-12-07'],
    ['28.12–03.01', '2026-12-28'],
    ['28 дек – 3 янв 2027', '2026-12-28'],
    [new Date('2026-12-06T21:00:00Z'), '2026-12-07'],
    [46357, '2026-11-30'],
    ['Итого', null],
    ['Комментарий', null],
    ['', null],
    ['31.02', null],
    [12, null],
  ])('%p plans the week of %p', (value, week) => {
    expect(weekFromHeader(value, typeof value === 'string' ? value : '', ctx)).toBe(week);
  });
});

describe('inferWeekColumns', () => {
  it.each<[string, CellValue[], string, string[]]>([
    [
      'a run crossing into the next year',
      ['14.12', '21.12', '28.12', '04.01', '11.01'],
      '2026-12-07',
      ['2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11'],
    ],
    [
      'the same run seen in January',
      ['14.12', '21.12', '28.12', '04.01', '11.01'],
      '2027-01-05',
      ['2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11'],
    ],
    [
      'a run of next year planned in December',
      ['04.01', '11.01', '18.01'],
      '2026-12-20',
      ['2027-01-04', '2027-01-11', '2027-01-18'],
    ],
    [
      'year-less headers after a dated one',
      ['28.12.2026', '04.01', '11.01'],
      '2026-06-01',
      ['2026-12-28', '2027-01-04', '2027-01-11'],
    ],
    [
      'year-less headers before a dated one',
      ['21.12', '28.12', '04.01.2027'],
      '2026-03-01',
      ['2026-12-21', '2026-12-28', '2027-01-04'],
    ],
  ])('places %s', (_name, values, referenceDay, weeks) => {
    const found = inferWeekColumns(headers(...values), { ...ctx, referenceDay });
    expect(found.map((week) => week.week)).toEqual(weeks);
    expect(found.map((week) => week.col)).toEqual(values.map((_, i) => i + 2));
  });

  it('skips headers that are not dates and keeps the text shown', () => {
    const found = inferWeekColumns(headers('07.12', 'Итого', '14.12'), ctx);
    expect(found).toEqual([
      { col: 2, week: '2026-12-07', header: '07.12' },
      { col: 4, week: '2026-12-14', header: '14.12' },
    ]);
  });
});
