/**
 * Calendar days as `YYYY-MM-DD` strings. Arithmetic goes through UTC
 * midnights, where every day is exactly 24 h long, so daylight-saving shifts
 * never move a day. Time zones appear only in `dayInTimeZone`, at the edge.
 */
import { monthNames } from './i18n/months';
import type { CalendarDay, Lang } from './types';

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The day for these parts, or null when no such day exists (31.02, month 13). */
export function toDay(year: number, month: number, day: number): CalendarDay | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function isValidDay(day: string): boolean {
  const match = DAY_PATTERN.exec(day);
  return match !== null && toDay(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

/** Year, month (1–12) and day of a valid calendar day. */
export function partsOf(day: CalendarDay): { year: number; month: number; day: number } {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** Through a Date: the reference, and the path for anything that is not plainly `YYYY-MM-DD`. */
function toEpochDaysByDate(day: CalendarDay): number {
  const p = partsOf(day);
  const date = new Date(0);
  date.setUTCFullYear(p.year, p.month - 1, p.day);
  return Math.round(date.getTime() / DAY_MS);
}

function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : NaN;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian day, by arithmetic (H. Hinnant's
 * `days_from_civil`): the core does this for every document and cell, and a Date per call
 * made it one of the costliest steps. Equal to the Date path wherever both apply (tested).
 */
function toEpochDays(day: CalendarDay): number {
  const year = digitAt(day, 0) * 1000 + digitAt(day, 1) * 100 + digitAt(day, 2) * 10 + digitAt(day, 3);
  const month = digitAt(day, 5) * 10 + digitAt(day, 6);
  const date = digitAt(day, 8) * 10 + digitAt(day, 9);
  if (day.length !== 10 || !(month >= 1 && month <= 12) || Number.isNaN(year + date))
    return toEpochDaysByDate(day);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day `epochDays` after 1970-01-01 (`civil_from_days`, the inverse of `toEpochDays`). */
function fromEpochDays(epochDays: number): CalendarDay {
  if (!Number.isInteger(epochDays)) {
    const date = new Date(epochDays * DAY_MS);
    return `${pad4(date.getUTCFullYear())}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  }
  const z = epochDays + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad4(year)}-${pad2(month)}-${pad2(date)}`;
}

export function addDays(day: CalendarDay, n: number): CalendarDay {
  return fromEpochDays(toEpochDays(day) + n);
}

/** `to − from` in days (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return toEpochDays(to) - toEpochDays(from);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: CalendarDay): number {
  // Epoch day 0 (1970-01-01) was a Thursday.
  const weekday = (((toEpochDays(day) + 3) % 7) + 7) % 7;
  return weekday + 1;
}

/** Monday of the ISO week that contains `day`. */
export function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, 1 - isoWeekday(day));
}

/** `YYYY-MM`. */
export function monthOf(day: CalendarDay): string {
  return day.slice(0, 7);
}

/** An instant's wall clock in a time zone, to the second. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building an Intl formatter costs far more than using one. */
function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What a clock on the wall of `timeZone` shows at `instant` (epoch ms); throws for an unknown zone. */
export function wallClockOf(instant: number, timeZone: string): WallClock {
  const parts = wallClockFormatter(timeZone).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? NaN);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** How far the wall clocks of `timeZone` are ahead of UTC at `instant` (epoch ms), to the second. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const w = wallClockOf(instant, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (epoch ms) at which the clocks of `timeZone` show `wallMs`, a wall-clock time
 * written as if it were UTC. Twice: the offset at the guess may differ from the offset at the
 * answer around a DST change; in a gap the later offset wins.
 */
export function wallClockToInstant(wallMs: number, timeZone: string): number {
  const instant = wallMs - zoneOffsetMs(wallMs, timeZone);
  return wallMs - zoneOffsetMs(instant, timeZone);
}

/** Midnight of `day` in `timeZone` (epoch ms): what Sheets stores for a date typed into a cell. */
export function midnightIn(day: CalendarDay, timeZone: string): number {
  const p = partsOf(day);
  return wallClockToInstant(Date.UTC(p.year, p.month - 1, p.day), timeZone);
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      // An unknown zone name must not stop a run; UTC is the least surprising fallback.
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: 'UTC',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    }
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Every zone offset in use is a multiple of 15 minutes, so the day cannot
 * change inside a 15-minute slot aligned to UTC: a slot cache spares Intl
 * (the slow part) for the thousands of midnights a register holds.
 */
const SLOT_MS = 15 * 60_000;
const SLOT_CACHE_LIMIT = 20_000;
const slotCache = new Map<string, CalendarDay>();

/** The calendar day an instant falls on in an IANA time zone (works for Dates of any realm). */
export function dayInTimeZone(instant: Date, timeZone: string): CalendarDay {
  const key = `${timeZone}|${Math.floor(instant.getTime() / SLOT_MS)}`;
  const cached = slotCache.get(key);
  if (cached !== undefined) return cached;
  if (slotCache.size >= SLOT_CACHE_LIMIT) slotCache.clear();
  const day = formatInZone(instant, timeZone);
  slotCache.set(key, day);
  return day;
}

function formatInZone(instant: Date, timeZone: string): CalendarDay {
  const parts = dayFormatter(timeZone).formatToParts(instant.getTime());
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? NaN);
  return `${pad4(get('year'))}-${pad2(get('month'))}-${pad2(get('day'))}`;
}

/** English month names, January first, from the calendar catalog: the local services share them. */
export const MONTHS_EN: readonly string[] = monthNames('en', 'long');

/** ru `07.12.2026`; en `2026-12-07`. */
export function formatDay(day: CalendarDay, lang: Lang): string {
  if (lang === 'en') return day;
  const p = partsOf(day);
  return `${pad2(p.day)}.${pad2(p.month)}.${pad4(p.year)}`;
}

/** ru `07.12`; en `Dec 7`. */
export function formatDayShort(day: CalendarDay, lang: Lang): string {
  const p = partsOf(day);
  return lang === 'en'
    ? `${monthNames('en', 'short')[p.month - 1]} ${p.day}`
    : `${pad2(p.day)}.${pad2(p.month)}`;
}
