/**
 * A date cell value for a calendar day: midnight of that day in the
 * spreadsheet's time zone, which is what Sheets itself stores for a date typed
 * into a cell (and what `getValues` returns).
 */
import { partsOf, wallClockOf } from '../../core/calendar';
import type { CalendarDay } from '../../core/types';

function offsetMs(instant: number, timeZone: string): number {
  const w = wallClockOf(instant, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

export function dateCell(day: CalendarDay, timeZone: string): Date {
  const p = partsOf(day);
  const wallMidnight = Date.UTC(p.year, p.month - 1, p.day);
  // Twice: the offset at the guess may differ from the offset at the answer around a DST change.
  let instant = wallMidnight - offsetMs(wallMidnight, timeZone);
  instant = wallMidnight - offsetMs(instant, timeZone);
  return new Date(instant);
}

export const DATE_FORMAT = 'dd.mm.yyyy';
export const MONEY_FORMAT = '#,##0.00';
