/**
 * The log's working set: which rows of `Журнал` a run must still read, and which may move to
 * `Журнал — архив`. Pure, so the rule is a table test.
 *
 * A key in the log matters only while the planner may still ask for it (`done.has(key)`):
 * - a client reminder's stage key (`predue:…`, `overdue:…:stageN`) while that stage is the
 *   current one, i.e. from its sending day to the next stage's (`currentStage`, weekend shift
 *   included) — `logWindowDays` measures the longest such stretch under the settings;
 * - a daily message key (`digest.am:…:day`) on its day, a weekly one (`…:monday`) for its week;
 * - a STOP key (`stop:…`) and a renewal key (`renewal:…:day`) as long as their document stays
 *   as it is — not bounded by time: these are "lasting" keys, kept while their document is open;
 * - a notice key (`notice:…`) as long as the row it tells about is kept.
 * Rows whose message is not settled — pending (written ahead, the run may have died), status
 * unknown, refused for good but not yet told to the AM — are kept whatever their age:
 * exactly-once and "nothing dropped silently" rest on them. A row still due (quota, not sent,
 * refused and retried) holds no done key; each run that plans its message again rewrites it
 * with that run's time, so it stays recent as long as it is retried. Everything else older than
 * the window is history: it may leave the working set.
 */
import { addDays, daysBetween } from '../calendar';
import type { WorkCalendar } from '../calendar/workdays';
import { reminderStages, sendingDay, type ReminderRules } from '../documents/nextReminder';
import type { Settings } from '../settings';
import type { CalendarDay } from '../types';
import { itemKeys } from './keys';
import { isPausingReply } from '../mail/pause';
import {
  ATTACHMENT_KIND,
  doneKeys,
  failedAttempts,
  isOpen,
  isUnknown,
  noticeKey,
  RESULT,
  type LogEntry,
} from './log';
import type { ReminderDocument } from './types';

/** A weekly digest is keyed by its Monday and asked for through its Sunday. */
const WEEKLY_KEY_DAYS = 6;
/**
 * The time column is an instant written in UTC; the planner's day is the spreadsheet's. They
 * differ by at most one calendar day (zones run from UTC−12 to UTC+14).
 */
const ZONE_SLACK_DAYS = 1;

/** Due dates this far on either side of the day are asked about: past any shift to a working day. */
const AROUND_DAYS = 45;

/**
 * The age, on `today`, of the oldest stage key the planner may ask about: over invoices due on
 * every day around today, the stage current today and how long it has been. By the one rule
 * (`currentStage`), a stage is current from its sending day (`sendingDay`: moved to the next
 * working day) until the next stage's sending day or the STOP day; a stage whose successor falls
 * on days off (a weekend, the New Year holidays, a day off of the `Календарь` sheet) stays
 * current until they end. A stage current on a later day is as old then as it is today plus the
 * days between, or younger, so a run that reads this far back misses nothing a later run needs.
 */
export function oldestStageAge(rules: ReminderRules, today: CalendarDay): number {
  const preDue = Math.max(0, Math.trunc(rules.preDueDays));
  let oldest = 0;
  const lastDue = addDays(today, preDue + AROUND_DAYS);
  for (let due = addDays(today, -rules.stopDays - AROUND_DAYS); due <= lastDue; due = addDays(due, 1)) {
    const stop = addDays(due, rules.stopDays);
    const sends = reminderStages(due, rules).map((stage) =>
      sendingDay(stage.day, rules.sendOnWeekends, rules.calendar),
    );
    sends.forEach((from, i) => {
      const next = i + 1 < sends.length && sends[i + 1] < stop ? sends[i + 1] : stop;
      if (from <= today && today < next) oldest = Math.max(oldest, daysBetween(from, today));
    });
  }
  return oldest;
}

/**
 * How many days back a run on `today` must read the log: the age of the oldest time-bounded
 * key the planner may ask about today (at least a week, for weekly digests), plus the day the UTC time column and the spreadsheet's day may
 * differ. Derived from the settings and the working calendar, so a longer repeat interval or a
 * holiday season widens it by itself.
 */
export function logWindowDays(
  settings: Pick<Settings, 'reminders' | 'documents'>,
  today: CalendarDay,
  calendar?: WorkCalendar,
): number {
  const stages = oldestStageAge(
    {
      preDueDays: settings.reminders.preDueDays,
      overdueRepeatDays: settings.reminders.overdueRepeatDays,
      stopDays: settings.documents.stopDays,
      sendOnWeekends: settings.reminders.sendOnWeekends,
      calendar,
    },
    today,
  );
  // The cadence window is decided from every client email key of its days, not from one key asked.
  return Math.max(stages, WEEKLY_KEY_DAYS, settings.reminders.cadenceWindowDays) + ZONE_SLACK_DAYS;
}

/**
 * Keys whose relevance time does not bound: the STOP key of every document still open (it is
 * asked for every day the invoice stays unpaid past the STOP day) and the renewal key of every
 * contract waiting for renewal (asked for until someone changes its end date).
 */
export function lastingKeys(documents: readonly ReminderDocument[]): Set<string> {
  const keys = new Set<string>();
  for (const doc of documents) {
    if (!doc.closed) keys.add(itemKeys.stop(doc.id));
    if (doc.renewBy) keys.add(itemKeys.renewal(doc.id, doc.renewBy));
  }
  return keys;
}

/** The calendar day (UTC) of a log row's time, or null when the cell holds no ISO instant. */
export function entryDay(time: string): CalendarDay | null {
  const match = /^(\d{4}-\d{2}-\d{2})T/.exec(time);
  return match ? match[1] : null;
}

export type KeepReason =
  'recent' | 'undated' | 'pending' | 'unknown' | 'untold' | 'lasting' | 'notice' | 'paused';

/** What decides about the rows of one read: the day, the window, and the rows read together. */
export interface Keeping {
  today: CalendarDay;
  windowDays: number;
  /** `lastingKeys` of today's documents; an empty set when the documents are not at hand. */
  lasting: ReadonlySet<string>;
  /** Keys done in the rows read (a notice told is one of them). */
  done: ReadonlySet<string>;
  /** Notice keys of kept unsettled rows: the digest row that told one is kept with it. */
  notices: ReadonlySet<string>;
  /** Gmail build: days a client's reply pauses them; its row (and its thread) is kept that long. */
  pauseDays: number;
}

/** The one reason a row is settled or not, regardless of its age. */
function unsettledReason(entry: LogEntry, done: ReadonlySet<string>): KeepReason | null {
  if (entry.result === RESULT.pending) return 'pending';
  if (isUnknown(entry.result)) return 'unknown';
  // Refused for good: kept until the AM's digest has told it (a retry is still due, see above).
  if (failedAttempts(entry.result) > 0 && !isOpen(entry.result) && !done.has(noticeKey(entry)))
    return 'untold';
  // A reminder that went without its attachment: kept until the AM's digest has told it.
  if (entry.kind === ATTACHMENT_KIND && !done.has(noticeKey(entry))) return 'untold';
  return null;
}

export function keeping(
  entries: readonly LogEntry[],
  today: CalendarDay,
  windowDays: number,
  lasting: ReadonlySet<string>,
  pauseDays = 0,
): Keeping {
  const done = doneKeys(entries);
  const notices = new Set<string>();
  for (const entry of entries) if (unsettledReason(entry, done)) notices.add(noticeKey(entry));
  return { today, windowDays, lasting, done, notices, pauseDays };
}

/** Whether the row was written (or last rewritten) inside the window. */
function isRecent(entry: LogEntry, rules: Keeping): boolean {
  const day = entryDay(entry.time);
  return day !== null && daysBetween(day, rules.today) <= rules.windowDays;
}

/** Why a row must stay in the working set, or null when it is history. */
export function keepReason(entry: LogEntry, rules: Keeping): KeepReason | null {
  const unsettled = unsettledReason(entry, rules.done);
  if (unsettled) return unsettled;
  if (entryDay(entry.time) === null) return 'undated';
  if (isRecent(entry, rules)) return 'recent';
  // A reply that still pauses its client, a day more for the zones (its thread is read from it).
  if (
    isPausingReply(entry) &&
    daysBetween(entryDay(entry.time) ?? rules.today, rules.today) <= rules.pauseDays + 1
  )
    return 'paused';
  const keys = [entry.key, ...entry.itemKeys];
  if (keys.some((key) => rules.lasting.has(key))) return 'lasting';
  if (entry.itemKeys.some((key) => rules.notices.has(key))) return 'notice';
  return null;
}

/**
 * The first sheet row a later run must read: the first row (in sheet order) that is kept.
 * Rows above it are history. `end` is the row after the last one read.
 */
export function workingSetStart(entries: readonly LogEntry[], rules: Keeping, end: number): number {
  const kept = entries.find((entry) => keepReason(entry, rules) !== null);
  return kept ? kept.row : end;
}

/** The monthly move: rows `2 … end − 1` leave the log; of them, `relocate` go to its end instead of the archive. */
export interface LogMovePlan {
  /** The first row that stays where it is: the first recent row, else the row after the last. */
  end: number;
  /** Kept rows above `end` (unsettled, lasting, undated, told notices): moved to the log's end, not archived. */
  relocate: number[];
}

export function planLogMove(entries: readonly LogEntry[], rules: Keeping, end: number): LogMovePlan {
  const relocate: number[] = [];
  for (const entry of entries) {
    // The first row of the window stays, and so does everything after it, whatever its state. A
    // message still due keeps its first row and rewrites its time: recent, it may sit among old
    // rows, and goes to the end with the other kept ones.
    if (isRecent(entry, rules) && !isOpen(entry.result)) return { end: entry.row, relocate };
    if (keepReason(entry, rules) !== null) relocate.push(entry.row);
  }
  return { end, relocate };
}
