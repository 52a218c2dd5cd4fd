/**
 * The local mailbox behind GmailApp: the messages the user sent or drafted (kept in the state
 * file, so threads outlive a run) and the ones dropped into `inbox/` (read again on every run),
 * each in a thread. Gmail's thread id is its first message's id; a message from the inbox joins
 * the thread of a message it names in `In-Reply-To` or `References` (a bounce: the returned
 * message's `Message-ID`), else it starts its own. Gmail also threads by subject; locally only
 * the headers count, the stricter choice: code that relies on a thread must have sent into it.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, join, relative } from 'node:path';
import type { LocalState, StoredGmailMessage } from '../state';
import type { InboxMessage } from './inbox';

export interface MailboxMessage {
  id: string;
  threadId: string;
  messageId: string;
  inReplyTo?: string;
  references: string[];
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  /** Epoch milliseconds. */
  date: number;
  subject: string;
  plainBody: string;
  draftId?: string;
  /** Absolute path of the `.eml`. */
  file: string;
  fromInbox: boolean;
}

/** A Gmail-like id (16 hex digits) for a Message-ID: the same message keeps its id across runs. */
export function gmailIdOf(messageId: string): string {
  return createHash('sha256').update(messageId).digest('hex').slice(0, 16);
}

export class GmailStore {
  private readonly inbox: MailboxMessage[] = [];

  constructor(
    private readonly state: LocalState,
    inbox: readonly InboxMessage[],
    private readonly outDir: string,
  ) {
    const known = new Map<string, string>(state.gmail.map((stored) => [stored.messageId, stored.threadId]));
    for (const message of [...inbox].sort((a, b) => a.date - b.date)) {
      const id = gmailIdOf(message.messageId);
      // The same message twice (a copy of a sent one, a file dropped again) is one message.
      if (known.has(message.messageId)) continue;
      const named = [message.inReplyTo, ...message.references, ...message.returnedMessageIds];
      const threadId = named.map((ref) => (ref ? known.get(ref) : undefined)).find(Boolean) ?? id;
      known.set(message.messageId, threadId);
      this.inbox.push({ ...message, id, threadId, bcc: '', fromInbox: true });
    }
  }

  private fromStored(stored: StoredGmailMessage): MailboxMessage {
    return {
      ...stored,
      references: stored.references ?? [],
      date: Date.parse(stored.date),
      file: isAbsolute(stored.file) ? stored.file : join(this.outDir, stored.file),
      fromInbox: false,
    };
  }

  all(): MailboxMessage[] {
    return [...this.state.gmail.map((stored) => this.fromStored(stored)), ...this.inbox];
  }

  byId(id: string): MailboxMessage | undefined {
    return this.all().find((message) => message.id === id);
  }

  /** The thread's messages, oldest first; empty for an unknown id. */
  thread(threadId: string): MailboxMessage[] {
    return this.all()
      .filter((message) => message.threadId === threadId)
      .sort((a, b) => a.date - b.date);
  }

  /** Every thread with its messages, oldest first. */
  threads(): MailboxMessage[][] {
    const byThread = new Map<string, MailboxMessage[]>();
    for (const message of this.all()) {
      const list = byThread.get(message.threadId) ?? [];
      list.push(message);
      byThread.set(message.threadId, list);
    }
    return [...byThread.values()].map((list) => list.sort((a, b) => a.date - b.date));
  }

  add(message: Omit<MailboxMessage, 'fromInbox' | 'id'>): MailboxMessage {
    const id = gmailIdOf(message.messageId);
    const stored: StoredGmailMessage = {
      id,
      threadId: message.threadId || id,
      messageId: message.messageId,
      inReplyTo: message.inReplyTo,
      references: message.references.length ? message.references : undefined,
      from: message.from,
      to: message.to,
      cc: message.cc,
      bcc: message.bcc,
      replyTo: message.replyTo,
      date: new Date(message.date).toISOString(),
      subject: message.subject,
      plainBody: message.plainBody,
      draftId: message.draftId,
      file: relative(this.outDir, message.file),
    };
    this.state.gmail.push(stored);
    return this.fromStored(stored);
  }

  /** A draft that was sent is no draft any more (its sent copy is another message). */
  removeDraft(draftId: string): void {
    this.state.gmail = this.state.gmail.filter((stored) => stored.draftId !== draftId);
  }
}
