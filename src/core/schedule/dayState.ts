/**
 * How far today's work has come, as the hourly trigger keeps it between its
 * executions (one small JSON document property): the day it is about, whether
 * that day's work is done, and how many emails still wait for the next
 * execution. From it alone an execution decides whether to work or stop at
 * once, so an hour with nothing left costs a handful of calls.
 */
import type { CalendarDay } from '../types';

export interface DayState {
  /** The calendar day (spreadsheet zone) the state is about. */
  day: CalendarDay;
  /** Recalculation, reminders and digests of that day are finished. */
  done: boolean;
  /** Emails left due when the last execution stopped at its time budget (or the mail service stopped it). */
  waiting: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The stored state, or null when there is none or it cannot be read (the day then starts afresh). */
export function parseDayState(raw: string | null | undefined): DayState | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<DayState> | null;
    if (!parsed || typeof parsed.day !== 'string' || !DAY.test(parsed.day)) return null;
    const waiting = Number.isInteger(parsed.waiting) && (parsed.waiting as number) > 0 ? parsed.waiting : 0;
    return { day: parsed.day, done: parsed.done === true, waiting: waiting as number };
  } catch {
    return null;
  }
}

export function dayStateJson(state: DayState): string {
  return JSON.stringify(state);
}

/** What one execution of the hourly trigger is to do. */
export type Execution =
  | { work: false; why: 'beforeHour' | 'done' }
  /** `firstOfDay`: nothing of today has run yet, so the records are recalculated first. */
  | { work: true; firstOfDay: boolean };

/**
 * Today's work starts at the configured hour (spreadsheet zone) and goes on every hour until it
 * is done. A day nobody ran (the trigger missed it, the file was closed to us) is not replayed:
 * today's plan already catches its stages up once, so one client never gets two days' emails.
 */
export function executionFor(
  state: DayState | null,
  today: CalendarDay,
  hourNow: number,
  dailyHour: number,
): Execution {
  if (hourNow < dailyHour) return { work: false, why: 'beforeHour' };
  if (state?.day === today && state.done) return { work: false, why: 'done' };
  return { work: true, firstOfDay: state?.day !== today };
}

/** The state an execution leaves: done when nothing it planned is left waiting. */
export function stateAfter(today: CalendarDay, waiting: number): DayState {
  return { day: today, done: waiting === 0, waiting };
}

/** Today as the dashboard says it. `nextHour`: the hour (spreadsheet zone) of the next execution that works. */
export type TodayStatus =
  | { kind: 'done' }
  | { kind: 'waiting'; waiting: number; nextHour: number }
  | { kind: 'notStarted'; nextHour: number };

export function todayStatus(
  state: DayState | null,
  today: CalendarDay,
  hourNow: number,
  dailyHour: number,
): TodayStatus {
  if (state?.day === today && state.done) return { kind: 'done' };
  // Before the hour the day starts at the hour; after it the next hourly execution continues.
  const nextHour = hourNow < dailyHour ? dailyHour : (hourNow + 1) % 24;
  if (state?.day === today) return { kind: 'waiting', waiting: state.waiting, nextHour };
  return { kind: 'notStarted', nextHour };
}
