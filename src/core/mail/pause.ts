/**
 * The pause a client's reply puts on their reminders (the Gmail build). A reply after our last
 * message in a reminder's thread is logged as a `reply` row (the reply's instant, the client's
 * recipient set, its first line, the thread); from it the client's cadence is paused until one of:
 * the AM presses «Возобновить» (the row's result becomes `возобновлено`), the row's own pause date
 * in `Не напоминать` (the AM's date wins), or `reminders.replyPauseDays` days after the reply.
 */
import { addDays, dayInTimeZone, daysBetween } from '../calendar';
import { RESULT, type LogEntry } from '../reminders/log';
import type { CalendarDay } from '../types';

export const REPLY_KIND = 'reply';

export interface ReplyPause {
  /** The client recipient set the reply paused. */
  recipients: string;
  /** The reply's log key (`reply:<message id>`): what «Возобновить» marks. */
  key: string;
  threadId: string;
  /** The thread in Gmail, for the AM's digest. */
  link: string | null;
  /** The day the client replied, in the spreadsheet's zone. */
  repliedOn: CalendarDay;
  /** The reply's first meaningful line. */
  firstLine: string;
  /** The day reminders resume by themselves. */
  until: CalendarDay;
}

export function replyKey(messageId: string): string {
  return `reply:${messageId}`;
}

/** Whether a log row is a client's reply that still pauses (not resumed), whatever its age. */
export function isPausingReply(entry: Pick<LogEntry, 'kind' | 'result'>): boolean {
  return entry.kind === REPLY_KIND && entry.result === RESULT.replyPause;
}

function pauseOf(entry: LogEntry, timeZone: string, pauseDays: number): ReplyPause | null {
  const instant = new Date(entry.time);
  if (Number.isNaN(instant.getTime())) return null;
  const repliedOn = dayInTimeZone(instant, timeZone);
  return {
    recipients: entry.recipients,
    key: entry.key,
    threadId: entry.threadId ?? '',
    link: entry.link ?? null,
    repliedOn,
    firstLine: entry.subject,
    until: addDays(repliedOn, pauseDays),
  };
}

/** The pauses in force on `today`, by client recipient set: the latest reply of each set. */
export function activePauses(
  entries: readonly LogEntry[],
  today: CalendarDay,
  options: { timeZone: string; pauseDays: number },
): Map<string, ReplyPause> {
  const pauses = new Map<string, ReplyPause>();
  for (const entry of entries) {
    if (!isPausingReply(entry)) continue;
    const pause = pauseOf(entry, options.timeZone, options.pauseDays);
    if (pause === null || daysBetween(today, pause.until) <= 0) continue;
    const known = pauses.get(pause.recipients);
    if (!known || known.repliedOn <= pause.repliedOn) pauses.set(pause.recipients, pause);
  }
  return pauses;
}

/**
 * Whether the row's own pause date decides instead: an AM who wrote `до DD.MM.YYYY` in
 * `Не напоминать` after the reply chose when the reminders resume, and that day wins over the
 * reply's N days.
 */
export function pauseDateWins(pause: ReplyPause, pausedUntil: CalendarDay | null | undefined): boolean {
  return pausedUntil !== null && pausedUntil !== undefined && pausedUntil >= pause.repliedOn;
}
