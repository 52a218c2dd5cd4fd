/**
 * Working days: Russia's production calendar (`./production`) with the
 * agency's own days from the `Календарь` sheet on top. One calendar value is
 * built per run and passed to load capacity, sending days and payment terms,
 * so all three agree on what a working day is.
 */
import { addDays, isoWeekday, partsOf } from '../calendar';
import type { CalendarDay } from '../types';
import { PRODUCTION_CALENDAR } from './production';

/** `holiday` is any non-working weekday (a public holiday or a day off moved there), or a day the sheet closes. */
export type DayKind = 'working' | 'shortened' | 'weekend' | 'holiday';

/** One day the `Календарь` sheet sets: it wins over the production calendar. */
export interface CalendarOverride {
  day: CalendarDay;
  kind: 'working' | 'shortened' | 'off';
  note: string;
}

export interface WorkCalendar {
  /** Days whose kind differs from a plain Monday–Friday week. */
  readonly special: ReadonlyMap<CalendarDay, DayKind>;
  /** Years the production calendar covers with its decrees (outside them: weekends and fixed holidays). */
  readonly years: readonly number[];
}

/** The fixed public holidays of ст. 112 ТК РФ as `MM-DD`, for years the table does not cover. */
const FIXED_HOLIDAYS = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
];

function builtIn(): Map<CalendarDay, DayKind> {
  const special = new Map<CalendarDay, DayKind>();
  for (const year of PRODUCTION_CALENDAR) {
    for (const day of year.daysOff) special.set(day, 'holiday');
    for (const day of year.workingWeekends) special.set(day, 'working');
    for (const day of year.shortened) special.set(day, 'shortened');
  }
  return special;
}

const BUILT_IN = builtIn();
const COVERED_YEARS = PRODUCTION_CALENDAR.map((year) => year.year);

/** The production calendar, with the sheet's days (later rows win over earlier ones). */
export function workCalendar(overrides: readonly CalendarOverride[] = []): WorkCalendar {
  const special = new Map(BUILT_IN);
  for (const override of overrides)
    special.set(override.day, override.kind === 'off' ? 'holiday' : override.kind);
  return { special, years: COVERED_YEARS };
}

/** Russia's production calendar alone. */
export const RUSSIAN_CALENDAR: WorkCalendar = workCalendar();

export function dayKind(calendar: WorkCalendar, day: CalendarDay): DayKind {
  const special = calendar.special.get(day);
  if (special) return special;
  const weekend = isoWeekday(day) >= 6;
  if (weekend) return 'weekend';
  const { year } = partsOf(day);
  if (!calendar.years.includes(year) && FIXED_HOLIDAYS.includes(day.slice(5))) return 'holiday';
  return 'working';
}

export function isWorkingDay(calendar: WorkCalendar, day: CalendarDay): boolean {
  const kind = dayKind(calendar, day);
  return kind === 'working' || kind === 'shortened';
}

/** A year of days off in a row is a calendar sheet gone wrong, not a reason to loop forever. */
const SEARCH_LIMIT = 366;

/** `day` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(calendar: WorkCalendar, day: CalendarDay): CalendarDay {
  let current = day;
  for (let step = 0; step < SEARCH_LIMIT && !isWorkingDay(calendar, current); step += 1)
    current = addDays(current, 1);
  return current;
}

/** The `n`-th working day after `day` (`day` itself for n = 0): a term of `5 раб. дн.` from an invoice date. */
export function addWorkingDays(calendar: WorkCalendar, day: CalendarDay, n: number): CalendarDay {
  let current = day;
  let left = Math.max(0, Math.floor(n));
  let guard = 0;
  while (left > 0 && guard < SEARCH_LIMIT * 10) {
    current = addDays(current, 1);
    guard += 1;
    if (isWorkingDay(calendar, current)) left -= 1;
  }
  return current;
}

/** A shortened day is one hour shorter in a 40-hour week: 7 of 8 hours, for any weekly norm. */
const SHORTENED_SHARE = 7 / 8;

export interface WeekCapacity {
  monday: CalendarDay;
  /** Working days Monday–Sunday, shortened days included. */
  workingDays: number;
  shortenedDays: number;
  /** The week's working time as a share of a full five-day week (3 working days → 0.6). */
  share: number;
  /** Weekdays of the week that are not working days (holidays, days off). */
  daysOff: CalendarDay[];
}

export function weekCapacity(calendar: WorkCalendar, monday: CalendarDay): WeekCapacity {
  let workingDays = 0;
  let shortenedDays = 0;
  let fullDays = 0;
  const daysOff: CalendarDay[] = [];
  for (let offset = 0; offset < 7; offset += 1) {
    const day = addDays(monday, offset);
    const kind = dayKind(calendar, day);
    if (kind === 'working') {
      workingDays += 1;
      fullDays += 1;
    } else if (kind === 'shortened') {
      workingDays += 1;
      shortenedDays += 1;
    } else if (kind === 'holiday' && offset < 5) daysOff.push(day);
  }
  const share = Math.round(((fullDays + shortenedDays * SHORTENED_SHARE) / 5) * 10_000) / 10_000;
  return { monday, workingDays, shortenedDays, share, daysOff };
}
