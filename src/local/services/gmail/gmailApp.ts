/**
 * GmailApp over the local mailbox: drafts that start a thread, a thread by id, search, and the
 * messages of many threads in one call
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app).
 */
import { parseQuery } from './search';
import {
  deliver,
  LocalGmailDraft,
  LocalGmailMessage,
  LocalGmailThread,
  type GmailParts,
  type Options,
} from './gmailThread';
import type { Emulates } from '../emulates';

/** `GmailApp.search` returns at most 500 threads a call (the `max` of its reference). */
export const MAX_THREADS_PER_SEARCH = 500;

export type { GmailParts } from './gmailThread';

export class LocalGmailApp implements Emulates<GoogleAppsScript.Gmail.GmailApp> {
  constructor(private readonly parts: GmailParts) {}

  /** A draft in drafts/ (marked unsent, no quota used) that starts a thread of its own. */
  createDraft(recipient: string, subject: string, body: string, options?: Options): LocalGmailDraft {
    this.parts.counter.count('GmailApp.createDraft');
    const message = deliver(this.parts, 'draft', { to: recipient, subject, body, options }, null);
    return new LocalGmailDraft(this.parts, message);
  }

  /** The thread, or null when no thread has that id (Google: "null if not found"). */
  getThreadById(id: string): LocalGmailThread | null {
    this.parts.counter.count('GmailApp.getThreadById');
    return this.parts.mailbox.thread(String(id)).length ? new LocalGmailThread(this.parts, String(id)) : null;
  }

  /**
   * The threads with a message matching `query` (`search.ts`), the most recent first, from
   * `start`, at most `max`; `max` over 500 is refused, as Google caps a call at 500 threads.
   */
  search(query: string, start?: number, max?: number): LocalGmailThread[] {
    this.parts.counter.count('GmailApp.search');
    const from = start ?? 0;
    const count = max ?? MAX_THREADS_PER_SEARCH;
    if (!Number.isInteger(from) || from < 0) throw new Error('Invalid argument: start');
    if (!Number.isInteger(count) || count < 0 || count > MAX_THREADS_PER_SEARCH)
      throw new Error(`Invalid argument: max (at most ${MAX_THREADS_PER_SEARCH})`);
    const matches = parseQuery(String(query), {
      user: this.parts.postbox.sender,
      now: this.parts.now().getTime(),
    });
    return this.parts.mailbox
      .threads()
      .filter((messages) => messages.some(matches))
      .sort((a, b) => b[b.length - 1].date - a[a.length - 1].date)
      .slice(from, from + count)
      .map((messages) => new LocalGmailThread(this.parts, messages[0].threadId));
  }

  /** The messages of each thread, in one call (the batch the reference recommends). */
  getMessagesForThreads(threads: LocalGmailThread[]): LocalGmailMessage[][] {
    this.parts.counter.count('GmailApp.getMessagesForThreads');
    return threads.map((thread) =>
      this.parts.mailbox.thread(thread.threadId).map((m) => new LocalGmailMessage(this.parts, m)),
    );
  }
}
