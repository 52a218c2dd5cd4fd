/**
 * Time for the local runtime: a fixed "now" inside the vm, and conversions
 * between wall-clock times in an IANA zone and instants.
 */
import * as vm from 'node:vm';
import { wallClockOf } from '../core/calendar';

export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

/** Hour of the day a `--today` run happens at, like the daily trigger. */
export const RUN_HOUR = 9;

/** True when `timeZone` is an IANA zone this Node knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    wallClockOf(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of an instant in a zone, as a UTC millisecond value. */
export function instantToWallClock(instantMs: number, timeZone: string): number {
  const w = wallClockOf(instantMs, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall + (((instantMs % 1000) + 1000) % 1000);
}

/** Offset of the zone from UTC at an instant, in milliseconds (Moscow: +3 h). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const whole = instantMs - (((instantMs % 1000) + 1000) % 1000);
  return instantToWallClock(whole, timeZone) - whole;
}

/**
 * The instant at which the clocks of `timeZone` show the wall-clock time
 * `wallMs` (UTC fields = local fields). In a DST gap the later offset wins.
 */
export function wallClockToInstant(wallMs: number, timeZone: string): number {
  let instant = wallMs - zoneOffsetMs(wallMs, timeZone);
  // A second pass settles the offset when the first guess crossed a transition.
  instant = wallMs - zoneOffsetMs(instant, timeZone);
  return instant;
}

/** `YYYY-MM-DD` → the instant of `hour`:00 that day in `timeZone`. */
export function dayAtHour(day: string, hour: number, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), hour);
  return wallClockToInstant(wall, timeZone);
}

/** The calendar day of an instant in a zone. */
export function dayOf(instantMs: number, timeZone: string): string {
  return new Date(instantToWallClock(instantMs, timeZone)).toISOString().slice(0, 10);
}

/** True when `day` is a valid `YYYY-MM-DD` calendar day. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** ISO weekday of a calendar day (1 = Monday). */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * Replaces the context's `Date` so that `new Date()` and `Date.now()` inside
 * the vm see `nowMs`; returns a setter that moves that "now" (the scheduler
 * fires each trigger at its own instant). The replacement shares the prototype
 * of the context's own Date, so every date it makes is an ordinary Date of that realm.
 */
export function fixContextClock(context: vm.Context, nowMs: number): (nowMs: number) => void {
  const install = vm.runInContext(
    `(function (start) {
      var RealDate = Date;
      var fixed = start;
      function FixedDate() {
        if (!new.target) return new RealDate(fixed).toString();
        var args = arguments.length === 0 ? [fixed] : Array.prototype.slice.call(arguments);
        return Reflect.construct(RealDate, args, new.target);
      }
      FixedDate.prototype = RealDate.prototype;
      FixedDate.now = function () { return fixed; };
      FixedDate.UTC = RealDate.UTC;
      FixedDate.parse = RealDate.parse;
      Object.defineProperty(globalThis, 'Date', { value: FixedDate, writable: true, configurable: true });
      return function (next) { fixed = next; };
    })`,
    context,
  ) as (start: number) => (next: number) => void;
  return install(nowMs);
}

/** Makes Dates of the context's realm (its original constructor, unaffected by a fixed clock). */
export type DateFactory = (ms: number) => Date;

export function contextDateFactory(context: vm.Context): DateFactory {
  const RealDate = vm.runInContext('Date', context) as DateConstructor;
  return (ms: number) => new RealDate(ms);
}
