import { addDays, isoWeekday } from '../../../src/core/calendar';
import { PRODUCTION_CALENDAR } from '../../../src/core/calendar/production';
import {
  addWorkingDays,
  dayKind,
  isWorkingDay,
  nextWorkingDay,
  RUSSIAN_CALENDAR,
  weekCapacity,
  workCalendar,
} from '../../../src/core/calendar/workdays';

function workingDaysOf(year: number): number {
  let count = 0;
  for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDays(day, 1))
    if (isWorkingDay(RUSSIAN_CALENDAR, day)) count += 1;
  return count;
}

describe('Russia’s production calendar', () => {
  it.each([
    [2025, 247],
    [2026, 247],
  ])('%p has %p working days, as the decree’s calendar says', (year, days) => {
    expect(workingDaysOf(year)).toBe(days);
  });

  it('lists days off only on weekdays and working days only on weekends', () => {
    for (const year of PRODUCTION_CALENDAR) {
      for (const day of year.daysOff) expect([day, isoWeekday(day) <= 5]).toEqual([day, true]);
      for (const day of year.workingWeekends) expect([day, isoWeekday(day) >= 6]).toEqual([day, true]);
      for (const day of [...year.daysOff, ...year.workingWeekends, ...year.shortened])
        expect(day.slice(0, 4)).toBe(String(year.year));
    }
  });

  it.each([
    ['2025-05-08', 'holiday'], // 23 февраля moved here by the 2025 decree
    ['2025-06-13', 'holiday'], // 8 марта moved here
    ['2025-11-01', 'shortened'], // a working Saturday, one hour shorter
    ['2025-11-03', 'holiday'],
    ['2025-12-31', 'holiday'],
    ['2026-01-09', 'holiday'],
    ['2026-01-12', 'working'],
    ['2026-03-09', 'holiday'],
    ['2026-04-30', 'shortened'],
    ['2026-12-07', 'working'],
    ['2026-12-31', 'holiday'],
    ['2027-01-01', 'holiday'],
    ['2027-01-02', 'weekend'],
    ['2027-01-04', 'holiday'],
    ['2027-01-08', 'holiday'],
    ['2027-01-11', 'working'],
    ['2027-05-03', 'holiday'],
    ['2028-01-03', 'holiday'], // beyond the table: the fixed holidays of ст. 112 still hold
    ['2028-01-10', 'working'],
  ])('%p is %p', (day, kind) => {
    expect(dayKind(RUSSIAN_CALENDAR, day)).toBe(kind);
  });
});

describe('a week’s capacity', () => {
  it.each([
    // monday, working days, share of a five-day week
    ['2026-12-07', 5, 1],
    ['2026-12-28', 3, 0.6], // 29.12.2026–02.01.2027: 31 Dec and 1 Jan off → 24 h of 40
    ['2027-01-04', 0, 0], // the January holidays of 2027
    ['2027-01-11', 5, 1],
    ['2026-04-27', 4, 0.775], // 1 May off, 30 April one hour shorter: 31 h of 40
    ['2026-02-23', 4, 0.8],
  ])('the week of %p has %p working days (%p of a full week)', (monday, days, share) => {
    const capacity = weekCapacity(RUSSIAN_CALENDAR, monday);
    expect(capacity.workingDays).toBe(days);
    expect(capacity.share).toBeCloseTo(share, 4);
  });

  it('names the weekdays off of the week', () => {
    expect(weekCapacity(RUSSIAN_CALENDAR, '2026-12-28').daysOff).toEqual(['2026-12-31', '2027-01-01']);
  });
});

describe('working days for sending and payment terms', () => {
  it.each([
    ['2027-01-04', '2027-01-11'], // nothing goes out in the January holidays
    ['2026-12-31', '2027-01-11'],
    ['2026-12-05', '2026-12-07'], // a Saturday: Monday, as the weekend rule always did
    ['2026-12-08', '2026-12-08'],
  ])('the first working day from %p is %p', (day, expected) => {
    expect(nextWorkingDay(RUSSIAN_CALENDAR, day)).toBe(expected);
  });

  it.each([
    ['2026-12-25', 5, '2027-01-12'], // 5 banking days across the New Year holidays: 28, 29, 30 Dec, 11, 12 Jan
    ['2026-12-01', 5, '2026-12-08'],
    ['2026-12-04', 0, '2026-12-04'],
    ['2026-05-06', 3, '2026-05-12'], // across 9–11 May
  ])('%p plus %p working days is %p', (day, n, expected) => {
    expect(addWorkingDays(RUSSIAN_CALENDAR, day, n)).toBe(expected);
  });

  it('lets the calendar sheet close a working day and open a day off', () => {
    const calendar = workCalendar([
      { day: '2026-12-07', kind: 'off', note: 'день компании' },
      { day: '2027-01-08', kind: 'working', note: '' },
    ]);
    expect(isWorkingDay(calendar, '2026-12-07')).toBe(false);
    expect(nextWorkingDay(calendar, '2026-12-07')).toBe('2026-12-08');
    expect(nextWorkingDay(calendar, '2027-01-04')).toBe('2027-01-08');
    expect(weekCapacity(calendar, '2026-12-07').workingDays).toBe(4);
    // The built-in calendar is not changed by another run's sheet.
    expect(isWorkingDay(RUSSIAN_CALENDAR, '2026-12-07')).toBe(true);
  });
});
