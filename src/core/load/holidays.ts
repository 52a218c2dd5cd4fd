/**
 * Public holidays as absence: a week with two days off is 3 working days, so
 * 40 % of everybody's week is gone before anyone plans it. The calendar adds
 * that share as a holiday row for each person and week, unless the load table
 * already has a `Праздники` row with time in that week (never counted twice).
 * Percentages stay shares of the person's full week, so `24 ч` of work in that
 * week is 60 % and, with the holidays, a full 100 %.
 */
import { weekCapacity, type WeekCapacity, type WorkCalendar } from '../calendar/workdays';
import { personKey } from '../identity';
import type { CalendarDay } from '../types';
import type { LoadRow } from './types';
import { round2 } from './weeks';

export function capacityOf(
  weeks: readonly CalendarDay[],
  calendar: WorkCalendar,
): Record<CalendarDay, WeekCapacity> {
  const capacity: Record<CalendarDay, WeekCapacity> = {};
  for (const week of weeks) capacity[week] ??= weekCapacity(calendar, week);
  return capacity;
}

/**
 * The holiday rows the calendar adds: one per person, for the weeks with days off the table leaves
 * out. Absence already planned (a vacation over the holidays) leaves only what is left of the week.
 */
export function calendarHolidayRows(
  rows: readonly LoadRow[],
  capacity: Readonly<Record<CalendarDay, WeekCapacity>>,
): LoadRow[] {
  const people = new Map<
    string,
    { name: string; covered: Set<CalendarDay>; absent: Map<CalendarDay, number> }
  >();
  for (const row of rows) {
    const key = personKey(row.person);
    // A role nobody fills yet has no days off of its own.
    if (key === '' || row.placeholder) continue;
    const person = people.get(key) ?? {
      name: row.person,
      covered: new Set<CalendarDay>(),
      absent: new Map(),
    };
    if (row.kind === 'holiday') for (const cell of row.cells) if (cell.pct > 0) person.covered.add(cell.week);
    if (row.kind === 'holiday' || row.kind === 'vacation' || row.kind === 'sick')
      for (const cell of row.cells)
        if (!cell.tentative) person.absent.set(cell.week, (person.absent.get(cell.week) ?? 0) + cell.pct);
    people.set(key, person);
  }
  const added: LoadRow[] = [];
  for (const { name, covered, absent } of people.values()) {
    const cells = Object.values(capacity)
      // A six-day week adds capacity nobody plans on; only lost days become absence.
      .filter((week) => week.share < 1 && !covered.has(week.monday))
      .map((week) => ({
        week: week.monday,
        pct: round2(Math.min((1 - week.share) * 100, Math.max(0, 100 - (absent.get(week.monday) ?? 0)))),
        tentative: false,
      }))
      .filter((cell) => cell.pct > 0);
    if (cells.length > 0) added.push({ person: name, kind: 'holiday', task: '', estimate: null, cells });
  }
  return added;
}
