/** Conversions between wall-clock times in an IANA zone and instants, for the services and the runner. */
import { wallClockOf, wallClockToInstant } from '../../core/calendar';

// One conversion wall clock → instant for the bundle and the emulator (core's, DST-settled twice).
export { wallClockToInstant };

export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

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
