/**
 * A date cell value for a calendar day: midnight of that day in the
 * spreadsheet's time zone, which is what Sheets itself stores for a date typed
 * into a cell (and what `getValues` returns).
 */
import { partsOf } from '../../core/calendar';
import type { CalendarDay } from '../../core/types';

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
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
