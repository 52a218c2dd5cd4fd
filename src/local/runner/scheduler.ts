/**
 * When the installed clock triggers fire, as Google schedules them: every n hours of elapsed
 * time (the add-on's one hourly trigger), or — as older versions of the add-on installed them —
 * every few days or weekly at the hour of the trigger's own time zone (the one `inTimezone` gave,
 * else the script's), on that zone's calendar days and weekdays, across DST changes.
 *
 * "The time may be slightly randomized — for example, if you create a recurring 9 a.m. trigger,
 * Apps Script chooses a time between 9 a.m. and 10 a.m., then keeps that timing consistent from
 * day to day" (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers).
 * Locally the minute is fixed per trigger (`nearMinute`, else one derived from its id), so a
 * run that assumes it starts on the hour is caught, and tests stay repeatable.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
import type { LocalSchedule, StoredTrigger } from '../services/state';
import { dayAtHour, dayOf } from '../services/time';
import { isoWeekday } from './clock';

export interface ClockFiring {
  trigger: StoredTrigger;
  /** The instant the trigger fires. */
  atMs: number;
  /** The zone its schedule is read in. */
  timeZone: string;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 86_400_000;
const WEEKDAY_NUMBERS: Record<string, number> = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
};

/** The minute within the hour a trigger keeps from day to day. */
export function minuteOf(trigger: StoredTrigger): number {
  const near = trigger.schedule?.nearMinute;
  if (near !== undefined) return near;
  let hash = 0;
  for (const char of trigger.id) hash = (hash * 31 + char.charCodeAt(0)) % 60;
  return hash;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** The instants a schedule fires on one calendar day of its zone. */
function firingsOnDay(schedule: LocalSchedule, day: string, minute: number, zone: string): number[] {
  const at = (hour: number) => dayAtHour(day, hour, zone) + minute * MINUTE_MS;
  const hour = schedule.atHour ?? 0;
  if (schedule.everyDays !== undefined) return dayNumber(day) % schedule.everyDays === 0 ? [at(hour)] : [];
  if (schedule.everyWeeks !== undefined) {
    const weekday = WEEKDAY_NUMBERS[schedule.weekDay ?? 'MONDAY'];
    const week = Math.floor((dayNumber(day) + 3) / 7);
    return isoWeekday(day) === weekday && week % schedule.everyWeeks === 0 ? [at(hour)] : [];
  }
  return [];
}

/**
 * `everyHours(n)` fires every n hours of elapsed time, at the trigger's stable minute: a day
 * with a DST change has 23 or 25 hourly firings, never a skipped or a doubled hour.
 */
function hourlyFirings(trigger: StoredTrigger, hours: number, fromMs: number, toMs: number): number[] {
  const period = hours * HOUR_MS;
  const offset = minuteOf(trigger) * MINUTE_MS;
  const times: number[] = [];
  for (let atMs = Math.ceil((fromMs - offset) / period) * period + offset; atMs < toMs; atMs += period)
    times.push(atMs);
  return times;
}

/**
 * Every firing of the clock triggers in [fromMs, toMs), in time order.
 * `scriptTimeZone` is for triggers recorded before their zone was kept.
 */
export function clockFirings(
  triggers: readonly StoredTrigger[],
  fromMs: number,
  toMs: number,
  scriptTimeZone: string,
): ClockFiring[] {
  const firings: ClockFiring[] = [];
  for (const trigger of triggers) {
    if (trigger.eventType !== 'CLOCK' || !trigger.schedule) continue;
    const schedule = trigger.schedule;
    const timeZone = schedule.timeZone ?? scriptTimeZone;
    const times: number[] = [];
    if (schedule.everyHours !== undefined)
      times.push(...hourlyFirings(trigger, schedule.everyHours, fromMs, toMs));
    else {
      const minute = minuteOf(trigger);
      // A day either side: the zone's calendar days straddle the UTC window.
      const last = dayOf(toMs, timeZone);
      for (let day = addDays(dayOf(fromMs, timeZone), -1); day <= addDays(last, 1); day = addDays(day, 1))
        times.push(...firingsOnDay(schedule, day, minute, timeZone));
    }
    for (const atMs of times) if (atMs >= fromMs && atMs < toMs) firings.push({ trigger, atMs, timeZone });
  }
  return firings.sort((a, b) => a.atMs - b.atMs);
}
