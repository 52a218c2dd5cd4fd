/**
 * What the mailbox says since the last run (the Gmail build), decided from plain data: the log rows
 * the run read and the messages `Mailbox.incoming` returned. A person's reply after our last message
 * in a reminder's thread pauses that client (a new `reply` row); an auto-reply changes nothing;
 * a bounce of an address we wrote to marks the address as not taking mail.
 */
import { addDays, dayInTimeZone } from '../calendar';
import { itemsCell, RESULT, type LogEntry } from '../reminders/log';
import type { CalendarDay, CellValue } from '../types';
import { isFromOutside, type Agency } from './agency';
import { classifyIncoming, failedRecipients } from './classify';
import { firstMeaningfulLine } from './firstLine';
import { REPLY_KIND, replyKey } from './pause';
import { cadenceThreads, type CadenceThread } from './threads';
import type { IncomingMessage } from './types';

/** The threads to read and from which day: our threads in the log, from the day before the oldest last message. */
export function watchedThreads(entries: readonly LogEntry[]): {
  threads: CadenceThread[];
  sinceDay: CalendarDay | null;
} {
  const threads = cadenceThreads(entries);
  const oldest = threads.reduce<string | null>(
    (min, thread) => (min === null || thread.lastSent < min ? thread.lastSent : min),
    null,
  );
  const day = oldest?.slice(0, 10) ?? null;
  // The log's instants are UTC, the mailbox's day the script's zone: a day earlier misses nothing.
  return { threads, sinceDay: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? addDays(day, -1) : null };
}

export interface MailboxNews {
  /** `reply` rows to append to the log, one per new reply. */
  replyRows: CellValue[][];
  /** Addresses a bounce named, with the day it came (spreadsheet zone). */
  bounced: Map<string, CalendarDay>;
  replies: number;
  autoReplies: number;
}

export function mailboxNews(input: {
  entries: readonly LogEntry[];
  threads: readonly CadenceThread[];
  incoming: readonly IncomingMessage[];
  agency: Agency;
  timeZone: string;
}): MailboxNews {
  const known = new Set(input.entries.map((entry) => entry.key));
  const byThread = new Map(input.threads.map((thread) => [thread.threadId, thread]));
  // The client addresses we wrote to: a bounce counts only for one of them.
  const written = new Set(input.threads.flatMap((thread) => thread.recipients.split(',')));
  const news: MailboxNews = { replyRows: [], bounced: new Map(), replies: 0, autoReplies: 0 };
  // Oldest first, so a later reply of the same client is the one that decides.
  const incoming = [...input.incoming].sort((a, b) => a.date.localeCompare(b.date));
  for (const message of incoming) {
    const kind = classifyIncoming(message);
    const instant = new Date(message.date);
    const day = Number.isNaN(instant.getTime()) ? null : dayInTimeZone(instant, input.timeZone);
    if (kind === 'bounce') {
      if (day === null) continue;
      for (const address of failedRecipients(message, written)) news.bounced.set(address, day);
      continue;
    }
    const thread = byThread.get(message.threadId);
    if (!thread || day === null || !isFromOutside(message.from, input.agency)) continue;
    // Only what came after our last message in the thread answers it.
    if (instant.toISOString() <= thread.lastSent) continue;
    if (kind === 'autoReply') {
      news.autoReplies += 1;
      continue;
    }
    const key = replyKey(message.messageId);
    if (known.has(key)) continue;
    known.add(key);
    news.replies += 1;
    news.replyRows.push([
      instant.toISOString(),
      REPLY_KIND,
      key,
      thread.recipients,
      firstMeaningfulLine(message.text) || firstMeaningfulLine(message.subject),
      RESULT.replyPause,
      itemsCell([], { threadId: thread.threadId, link: message.permalink || null }),
    ]);
  }
  return news;
}

/** The document property that keeps the addresses bounces named: `{address: day}`. */
export const BOUNCED_PROPERTY = 'accountDesk.bounced';
/** Addresses kept at most (a property holds 9 KB); the oldest go first. */
const MAX_BOUNCED = 150;

export function parseBounced(json: string | null): Map<string, CalendarDay> {
  const bounced = new Map<string, CalendarDay>();
  if (!json) return bounced;
  try {
    const stored: unknown = JSON.parse(json);
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return bounced;
    for (const [address, day] of Object.entries(stored as Record<string, unknown>))
      if (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) bounced.set(address.toLowerCase(), day);
  } catch {
    // An unreadable property is as good as none: the next bounce writes it anew.
  }
  return bounced;
}

/** The stored addresses with the new ones, the newest kept when there are too many; null when nothing changed. */
export function mergeBounced(
  stored: ReadonlyMap<string, CalendarDay>,
  fresh: ReadonlyMap<string, CalendarDay>,
): string | null {
  const merged = new Map(stored);
  let changed = false;
  for (const [address, day] of fresh)
    if (merged.get(address) !== day) {
      merged.set(address, day);
      changed = true;
    }
  if (!changed) return null;
  const kept = [...merged].sort((a, b) => b[1].localeCompare(a[1])).slice(0, MAX_BOUNCED);
  return JSON.stringify(Object.fromEntries(kept.sort((a, b) => a[0].localeCompare(b[0]))));
}
