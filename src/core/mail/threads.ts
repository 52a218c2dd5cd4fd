/**
 * Which Gmail thread a client reminder belongs to (the Gmail build): reminders of one cadence —
 * the same invoices, or invoices added to them — are one conversation, so a reminder answers the
 * latest thread of its recipient set that spoke of one of its invoices; a cadence whose invoices
 * were all paid is over, and the next reminder (of other invoices) starts a new thread.
 */
import { RESULT, type LogEntry } from '../reminders/log';

/** A thread the add-on wrote in, as the log remembers it. */
export interface CadenceThread {
  threadId: string;
  /** The client recipient set (`recipientSetKey` of the reminder's `to`). */
  recipients: string;
  /** Every document id a reminder of this thread spoke of. */
  documents: Set<string>;
  /** ISO instant of our last message in the thread (its log row's time). */
  lastSent: string;
}

const CLIENT_KEY = /^(?:client|letter):(.*):\d{4}-\d{2}-\d{2}$/;
const DOCUMENT_OF = /^(?:predue:(.+)|overdue:(.+):stage\d+|workpaused:(.+))$/;

/** The client recipient set a client reminder's (or letter's) message key names, or null. */
export function recipientsOfKey(key: string): string | null {
  const match = CLIENT_KEY.exec(key);
  return match ? match[1] : null;
}

/** The document ids of a message's item keys. */
export function documentsOf(itemKeys: readonly (string | null)[]): string[] {
  const ids: string[] = [];
  for (const key of itemKeys) {
    const match = key === null ? null : DOCUMENT_OF.exec(key);
    if (match) ids.push(match[1] ?? match[2] ?? match[3]);
  }
  return ids;
}

/** Threads our sent (or drafted) client emails went in, from the log rows a run read. */
export function cadenceThreads(entries: readonly LogEntry[]): CadenceThread[] {
  const threads = new Map<string, CadenceThread>();
  for (const entry of entries) {
    if (!entry.threadId || (entry.result !== RESULT.sent && entry.result !== RESULT.draft)) continue;
    const recipients = recipientsOfKey(entry.key);
    if (recipients === null) continue;
    const thread = threads.get(entry.threadId) ?? {
      threadId: entry.threadId,
      recipients,
      documents: new Set<string>(),
      lastSent: '',
    };
    for (const id of documentsOf(entry.itemKeys)) thread.documents.add(id);
    if (entry.time > thread.lastSent) thread.lastSent = entry.time;
    threads.set(entry.threadId, thread);
  }
  return [...threads.values()];
}

/** The thread a reminder answers, or null when it starts a new one (a new client, or a new cadence). */
export function threadFor(
  message: { key: string; items: readonly { key: string | null }[] },
  threads: readonly CadenceThread[],
): string | null {
  const recipients = recipientsOfKey(message.key);
  if (recipients === null) return null;
  const documents = documentsOf(message.items.map((item) => item.key));
  let best: CadenceThread | null = null;
  for (const thread of threads) {
    if (thread.recipients !== recipients) continue;
    if (!documents.some((id) => thread.documents.has(id))) continue;
    if (best === null || thread.lastSent > best.lastSent) best = thread;
  }
  return best?.threadId ?? null;
}
