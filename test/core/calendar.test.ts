import {
  addDays,
  dayInTimeZone,
  daysBetween,
  formatDay,
  formatDayShort,
  isValidDay,
  isoWeekday,
  mondayOf,
  monthOf,
  toDay,
} from '../../src/core/calendar';
import fc from 'fast-check';
import * as vm from 'node:vm';

describe('calendar days', () => {
  it.each([
    [2026, 12, 7, '2026-12-07'],
    [2028, 2, 29, '2028-02-29'],
    [2026, 2, 29, null],
    [2026, 2, 31, null],
    [2026, 13, 1, null],
    [2026, 0, 1, null],
    [2026, 4, 31, null],
    [2100, 2, 29, null],
    [2000, 2, 29, '2000-02-29'],
    [2026, 1.5, 1, null],
  ])('toDay(%p, %p, %p) is %p', (year, month, day, expected) => {
    expect(toDay(year, month, day)).toBe(expected);
  });

  it.each([
    ['2026-12-07', true],
    ['2026-02-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['07.12.2026', false],
    ['', false],
  ])('isValidDay(%p) is %p', (day, expected) => {
    expect(isValidDay(day)).toBe(expected);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-12-07', -365, '2025-12-07'],
  ])('addDays(%p, %p) is %p', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it('counts days across a daylight-saving change and a year end', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-25', '2027-01-04')).toBe(10);
    expect(daysBetween('2027-01-04', '2026-12-25')).toBe(-10);
  });

  it.each([
    ['2026-12-07', 1, '2026-12-07'],
    ['2026-12-13', 7, '2026-12-07'],
    ['2026-12-10', 4, '2026-12-07'],
    ['2027-01-01', 5, '2026-12-28'],
  ])('%p is ISO weekday %p in the week of %p', (day, weekday, monday) => {
    expect(isoWeekday(day)).toBe(weekday);
    expect(mondayOf(day)).toBe(monday);
  });

  it('gives the month of a day', () => {
    expect(monthOf('2026-12-07')).toBe('2026-12');
  });
});

describe('dayInTimeZone', () => {
  it.each([
    ['2026-12-06T21:30:00Z', 'Europe/Moscow', '2026-12-07'],
    ['2026-12-06T21:30:00Z', 'UTC', '2026-12-06'],
    ['2026-12-07T03:00:00Z', 'America/New_York', '2026-12-06'],
    ['2026-12-06T13:00:00Z', 'Asia/Vladivostok', '2026-12-06'],
    ['2026-12-06T14:00:00Z', 'Asia/Vladivostok', '2026-12-07'],
  ])('puts %p on %p as %p', (iso, zone, expected) => {
    expect(dayInTimeZone(new Date(iso), zone)).toBe(expected);
  });

  it('reads a Date made in another realm', () => {
    const foreign = vm.runInNewContext('new Date("2026-12-06T21:30:00Z")') as Date;
    expect(dayInTimeZone(foreign, 'Europe/Moscow')).toBe('2026-12-07');
  });
});

describe('formatting days', () => {
  it.each([
    ['2026-12-07', 'ru', '07.12.2026', '07.12'],
    ['2026-12-07', 'en', '2026-12-07', 'Dec 7'],
    ['2027-01-01', 'en', '2027-01-01', 'Jan 1'],
  ] as const)('%p in %p is %p / %p', (day, lang, full, short) => {
    expect(formatDay(day, lang)).toBe(full);
    expect(formatDayShort(day, lang)).toBe(short);
  });
});

describe('day arithmetic agrees with the Date object', () => {
  const DAY_MS = 86_400_000;
  /** What a Date says, for years 1–9999 (setUTCFullYear keeps years below 100 as written). */
  const viaDate = (epochDays: number) => {
    const date = new Date(epochDays * DAY_MS);
    const year = String(date.getUTCFullYear()).padStart(4, '0');
    return `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
  };
  // 0001-01-01 and 9999-12-31 in days since 1970-01-01.
  const epochDay = fc.integer({ min: -719162, max: 2932896 });

  it('counts days between any two days of years 1–9999 and adds them back', () => {
    fc.assert(
      fc.property(epochDay, epochDay, (a, b) => {
        const from = viaDate(a);
        const to = viaDate(b);
        return daysBetween(from, to) === b - a && addDays(from, b - a) === to;
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the weekday of any day', () => {
    fc.assert(
      fc.property(
        epochDay,
        (n) => isoWeekday(viaDate(n)) === ((new Date(n * DAY_MS).getUTCDay() + 6) % 7) + 1,
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['2026-02-31', 3, '2026-03-06'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['0001-01-01', -1, '0000-12-31'],
  ])('%s plus %d days is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});
