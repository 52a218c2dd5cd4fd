/**
 * Week columns of a load register: a header that is a date (a Date value,
 * `01.12`, `01.12.2026`, `2026-12-01`, `1 дек`, `1–5 дек`) plans the ISO week
 * containing that date. Year-less headers take the years that keep the
 * columns ascending, placed around the reference day.
 */
import { daysBetween, mondayOf, partsOf, toDay } from '../calendar';
import {
  dayFromSerial,
  dayPartsOf,
  monthFromWord,
  nearestYear,
  type DateContext,
  type DayParts,
} from '../cells/dates';
import { squeezeSpaces } from '../cells/text';
import { dayInTimeZone } from '../calendar';
import type { CalendarDay, CellValue } from '../types';
import { isDate } from '../types';
import type { WeekColumn } from './types';

/** A header's date: a full day, or day and month waiting for a year. */
type HeaderDate = { day: CalendarDay } | { parts: DayParts & { year: null } };

const DASH = /\s*[-\u2013\u2014]\s*/;

/** The start of a written range: `1–5 дек`, `28.12–03.01`, `28 дек – 3 янв 2027`. */
function rangeStart(text: string): DayParts | null {
  const short = /^(\d{1,2})\s*[-\u2013\u2014]\s*\d{1,2}\s+([\p{L}]+\.?)(?:\s+(\d{4}))?$/u.exec(text);
  if (short) {
    const month = monthFromWord(short[2]);
    return month ? { day: Number(short[1]), month, year: short[3] ? Number(short[3]) : null } : null;
  }
  const sides = text.split(DASH);
  if (sides.length !== 2) return null;
  const start = dayPartsOf(sides[0]);
  const end = dayPartsOf(sides[1]);
  if (!start || !end) return null;
  if (start.year === null && end.year !== null) {
    return { ...start, year: start.month > end.month ? end.year - 1 : end.year };
  }
  return start;
}

function headerDate(value: CellValue, display: string, timeZone: string): HeaderDate | null {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : { day: dayInTimeZone(value, timeZone) };
  if (typeof value === 'number') {
    const day = dayFromSerial(value);
    return day ? { day } : null;
  }
  const text = squeezeSpaces(typeof value === 'string' && value.trim() !== '' ? value : display);
  if (text === '') return null;
  const parts = dayPartsOf(text) ?? rangeStart(text);
  if (!parts) return null;
  if (parts.year === null)
    return toDay(2000, parts.month, parts.day) ? { parts: { ...parts, year: null } } : null;
  const day = toDay(parts.year, parts.month, parts.day);
  return day ? { day } : null;
}

/** Monday of the week a single header names; a year-less header takes the nearest year. */
export function weekFromHeader(value: CellValue, display: string, ctx: DateContext): CalendarDay | null {
  const date = headerDate(value, display, ctx.timeZone);
  if (!date) return null;
  if ('day' in date) return mondayOf(date.day);
  const day = nearestYear(date.parts.day, date.parts.month, ctx.referenceDay);
  return day ? mondayOf(day) : null;
}

function firstOnOrAfter(parts: DayParts, after: CalendarDay): CalendarDay | null {
  const year = partsOf(after).year;
  for (const candidate of [year, year + 1, year + 2]) {
    const day = toDay(candidate, parts.month, parts.day);
    if (day && daysBetween(after, day) >= 0) return day;
  }
  return null;
}

function lastOnOrBefore(parts: DayParts, before: CalendarDay): CalendarDay | null {
  const year = partsOf(before).year;
  for (const candidate of [year, year - 1, year - 2]) {
    const day = toDay(candidate, parts.month, parts.day);
    if (day && daysBetween(day, before) >= 0) return day;
  }
  return null;
}

/** Distance from the reference day to a run of days (0 when it lies inside). */
function distanceToRun(days: CalendarDay[], referenceDay: CalendarDay): number {
  const first = days[0];
  const last = days[days.length - 1];
  if (daysBetween(first, referenceDay) < 0) return daysBetween(referenceDay, first);
  if (daysBetween(referenceDay, last) < 0) return daysBetween(last, referenceDay);
  return 0;
}

/** Year-less days in sheet order, ascending, starting in `year`. */
function ascendingFrom(partsList: DayParts[], year: number): (CalendarDay | null)[] {
  let previous: CalendarDay | null = null;
  return partsList.map((parts) => {
    const day: CalendarDay | null = previous
      ? firstOnOrAfter(parts, previous)
      : toDay(year, parts.month, parts.day);
    if (day) previous = day;
    return day;
  });
}

export interface HeaderCell {
  col: number;
  value: CellValue;
  display: string;
}

/**
 * The week columns among header cells, in sheet order. Dated headers anchor
 * the year-less ones next to them; a run with no year at all is placed in the
 * year that keeps it ascending and nearest the reference day, so
 * `28.12, 04.01, 11.01` crosses into the next year.
 */
export function inferWeekColumns(cells: readonly HeaderCell[], ctx: DateContext): WeekColumn[] {
  const dated = cells
    .map((cell) => ({ cell, date: headerDate(cell.value, cell.display, ctx.timeZone) }))
    .filter((entry): entry is { cell: HeaderCell; date: HeaderDate } => entry.date !== null);
  const days: (CalendarDay | null)[] = dated.map(({ date }) => ('day' in date ? date.day : null));
  const anchors = days.filter((day): day is CalendarDay => day !== null);
  if (anchors.length === 0 && dated.length > 0) {
    const partsList = dated.map(({ date }) => (date as { parts: DayParts }).parts);
    const year = partsOf(ctx.referenceDay).year;
    let best: (CalendarDay | null)[] = [];
    let bestDistance = Infinity;
    for (const candidate of [year - 1, year, year + 1]) {
      const run = ascendingFrom(partsList, candidate);
      const present = run.filter((day): day is CalendarDay => day !== null);
      const distance = present.length > 0 ? distanceToRun(present, ctx.referenceDay) : Infinity;
      if (distance < bestDistance) {
        best = run;
        bestDistance = distance;
      }
    }
    best.forEach((day, i) => (days[i] = day));
  } else {
    // Forward from each anchor, then backward for year-less headers before the first anchor.
    let previous: CalendarDay | null = null;
    dated.forEach(({ date }, i) => {
      if ('day' in date) previous = date.day;
      else if (previous) days[i] = firstOnOrAfter(date.parts, previous);
    });
    let next: CalendarDay | null = null;
    for (let i = dated.length - 1; i >= 0; i--) {
      const date = dated[i].date;
      if ('day' in date) next = date.day;
      else if (days[i] === null && next) days[i] = lastOnOrBefore(date.parts, next);
      if (days[i] !== null && !('day' in date)) next = days[i];
    }
  }
  const weeks: WeekColumn[] = [];
  dated.forEach(({ cell }, i) => {
    const day = days[i];
    if (day)
      weeks.push({
        col: cell.col,
        week: mondayOf(day),
        header: squeezeSpaces(cell.display || String(cell.value)),
      });
  });
  return weeks;
}
