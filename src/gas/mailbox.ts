import type { DraftInThread, IncomingMail, Mailbox, SentInThread, ThreadMail } from '../app/ports';
import { midnightIn } from '../core/calendar';
import { driveAttachments } from './driveAttachments';
import { checkHeaders } from './mailHeaders';

/** Set by the build: true only in the opt-in Gmail build that declares the restricted Gmail scope. */
declare const __WITH_GMAIL__: boolean;

const NOT_BUILT = 'The mailbox needs the Gmail build';

/** `GmailApp.search` returns at most 500 threads a call. */
const SEARCH_PAGE = 500;
/** Pages of one search at most: 2,500 threads with new mail since the day asked about. */
const MAX_PAGES = 5;
const TEXT_START = 500;
/** The headers the core classifies by (IncomingMail.headers). */
const CLASSIFYING_HEADERS = [
  'auto-submitted',
  'precedence',
  'x-autoreply',
  'x-autorespond',
  'x-failed-recipients',
  'content-type',
];
/** Where delivery failures come from (Gmail's own and other servers'). */
const BOUNCE_SENDERS = 'from:(mailer-daemon OR postmaster)';

/** Every address in a header value (`Name <a@b.ru>, c@d.ru`), lower case, each once. */
export function addressesIn(value: string): string[] {
  return [
    ...new Set((value.match(/[^\s<>,;:"()[\]]+@[^\s<>,;:"()[\]]+/g) ?? []).map((a) => a.toLowerCase())),
  ];
}

/**
 * The named headers of a raw RFC 5322 message, names in lower case: the header block (up to the
 * first empty line), folded lines joined; the first occurrence of a name wins.
 */
export function headersOf(raw: string, names: readonly string[]): Record<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const block = (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (names.includes(name) && !(name in headers)) headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * `2026-12-07` → `2026/12/06`: Gmail's `after:` takes a day in a zone it does not name; one day
 * earlier, so no zone loses mail (the messages are then filtered by their instant).
 */
function searchDayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10).replace(/-/g, '/');
}

/**
 * Sends a draft made only to be sent; when the send fails (quota, a refused address) the draft is
 * deleted, so no unsent copy waits in the user's Drafts for someone to send it by hand.
 */
function sendOrDiscard(draft: GoogleAppsScript.Gmail.GmailDraft): GoogleAppsScript.Gmail.GmailMessage {
  try {
    return draft.send();
  } catch (error) {
    try {
      draft.deleteDraft();
    } catch {
      // The send's error is the one to report.
    }
    throw error;
  }
}

interface ReplyTarget {
  thread: GoogleAppsScript.Gmail.GmailThread;
  message: GoogleAppsScript.Gmail.GmailMessage;
  /** Addresses the message's reply-all does not reach by itself. */
  extraCc: string[];
}

/**
 * The mailbox over GmailApp and DriveApp
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app,
 * https://developers.google.com/apps-script/reference/drive/drive-app); in the default build it
 * is unavailable.
 */
export class GasMailbox implements Mailbox {
  available(): boolean {
    return typeof __WITH_GMAIL__ !== 'undefined' && __WITH_GMAIL__;
  }

  private requireBuild(): void {
    if (!this.available()) throw new Error(NOT_BUILT);
  }

  /** A draft (`createDraft`) sent at once: the way GmailApp gives back the message and its thread. */
  startThread(mail: ThreadMail): SentInThread {
    this.requireBuild();
    checkHeaders(mail);
    const { blobs, problems } = driveAttachments(mail.attachments);
    const draft = GmailApp.createDraft(mail.to.join(','), mail.subject, mail.body, this.options(mail, blobs));
    const sent = sendOrDiscard(draft);
    const thread = sent.getThread();
    return {
      threadId: thread.getId(),
      messageId: sent.getId(),
      permalink: thread.getPermalink(),
      attachmentProblems: problems,
    };
  }

  replyInThread(threadId: string, mail: ThreadMail): SentInThread | null {
    this.requireBuild();
    checkHeaders(mail);
    const target = this.replyTarget(threadId, mail);
    if (!target) return null;
    const { blobs, problems } = driveAttachments(mail.attachments);
    const draft = target.message.createDraftReplyAll(mail.body, {
      ...this.options(mail, blobs),
      cc: target.extraCc.join(','),
      subject: mail.subject,
    });
    const sent = sendOrDiscard(draft);
    return {
      threadId,
      messageId: sent.getId(),
      permalink: target.thread.getPermalink(),
      attachmentProblems: problems,
    };
  }

  draft(mail: ThreadMail, threadId: string | null): DraftInThread {
    this.requireBuild();
    checkHeaders(mail);
    const target = threadId === null ? null : this.replyTarget(threadId, mail);
    const { blobs, problems } = driveAttachments(mail.attachments);
    if (target) {
      target.message.createDraftReplyAll(mail.body, {
        ...this.options(mail, blobs),
        cc: target.extraCc.join(','),
        subject: mail.subject,
      });
      return { threadId, attachmentProblems: problems };
    }
    const draft = GmailApp.createDraft(mail.to.join(','), mail.subject, mail.body, this.options(mail, blobs));
    return { threadId: draft.getMessage().getThread().getId(), attachmentProblems: problems };
  }

  /**
   * Two searches (replies in any thread since the day before `sinceDay`, then delivery failures
   * anywhere), one `getMessagesForThreads` for the threads kept, the script's zone (messages from
   * midnight of `sinceDay` there on), and per message only what
   * classifying needs: the sender and date of each, and for a message not from the user its id,
   * subject, text start and headers (one `getRawContent`). The call count grows with the mail
   * that came in, never with the number of threads watched.
   */
  incoming(threadIds: readonly string[], sinceDay: string): IncomingMail[] {
    this.requireBuild();
    const watched = new Set(threadIds);
    const since = searchDayBefore(sinceDay);
    const kept = new Map<string, GoogleAppsScript.Gmail.GmailThread>();
    if (watched.size > 0)
      for (const thread of this.searchAll(`in:anywhere -from:me after:${since}`)) {
        const id = thread.getId();
        if (watched.has(id)) kept.set(id, thread);
      }
    for (const thread of this.searchAll(`in:anywhere ${BOUNCE_SENDERS} after:${since}`)) {
      const id = thread.getId();
      if (!kept.has(id)) kept.set(id, thread);
    }
    if (kept.size === 0) return [];
    // The user's own mail: the effective user's address, and the sender of each watched thread's
    // first message (the add-on started it), should Google not give the address.
    const mine = new Set([Session.getEffectiveUser().getEmail().toLowerCase()]);
    const threads = [...kept.entries()];
    const messages = GmailApp.getMessagesForThreads(threads.map(([, thread]) => thread));
    // `sinceDay` is a day of the script's zone: mail from its midnight there on.
    const since0 = midnightIn(sinceDay, Session.getScriptTimeZone());
    const incoming: IncomingMail[] = [];
    threads.forEach(([threadId, thread], index) => {
      let permalink: string | null = null;
      (messages[index] ?? []).forEach((message, position) => {
        const from = addressesIn(message.getFrom())[0] ?? '';
        if (position === 0 && watched.has(threadId)) mine.add(from);
        if (from === '' || mine.has(from)) return;
        // Base.Date is the realm's Date; as a number it is its instant.
        const date = Number(message.getDate());
        if (date < since0) return;
        permalink ??= thread.getPermalink();
        incoming.push({
          threadId,
          messageId: message.getId(),
          permalink,
          from,
          date: new Date(date).toISOString(),
          subject: message.getSubject(),
          text: message.getPlainBody().slice(0, TEXT_START),
          headers: headersOf(message.getRawContent(), CLASSIFYING_HEADERS),
        });
      });
    });
    return incoming;
  }

  private searchAll(query: string): GoogleAppsScript.Gmail.GmailThread[] {
    const threads: GoogleAppsScript.Gmail.GmailThread[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const found = GmailApp.search(query, page * SEARCH_PAGE, SEARCH_PAGE);
      threads.push(...found);
      if (found.length < SEARCH_PAGE) break;
    }
    return threads;
  }

  /**
   * The message to answer with reply-all: the user's last sent message in the thread (not a
   * draft; the thread's first message is the user's, as the add-on started it). Reply-all goes
   * to its reply-to or sender, its To and its Cc; when that reaches anyone `mail` does not name
   * (a bounced address, a contact since removed), the thread cannot carry this mail: null, and
   * the caller starts a new thread. Addresses `mail` names beyond it go in Cc.
   */
  private replyTarget(threadId: string, mail: ThreadMail): ReplyTarget | null {
    const thread = GmailApp.getThreadById(threadId);
    if (!thread) return null;
    const messages = thread.getMessages();
    if (messages.length === 0) return null;
    const me = addressesIn(messages[0].getFrom())[0];
    let target: GoogleAppsScript.Gmail.GmailMessage | null = null;
    for (let i = messages.length - 1; i >= 0 && !target; i--) {
      const message = messages[i];
      if (addressesIn(message.getFrom())[0] === me && !message.isDraft()) target = message;
    }
    if (!target) return null;
    const reached = addressesIn(
      [target.getReplyTo() || target.getFrom(), target.getTo(), target.getCc()].join(','),
    ).filter((address) => address !== me);
    const wanted = addressesIn(
      [...mail.to, ...(mail.cc ?? []), ...(mail.bcc ?? []), mail.replyTo ?? ''].join(','),
    );
    if (reached.some((address) => !wanted.includes(address))) return null;
    const extraCc = addressesIn([...mail.to, ...(mail.cc ?? [])].join(',')).filter(
      (address) => !reached.includes(address),
    );
    return { thread, message: target, extraCc };
  }

  private options(
    mail: ThreadMail,
    blobs: GoogleAppsScript.Base.Blob[],
  ): GoogleAppsScript.Gmail.GmailAdvancedOptions {
    return {
      cc: mail.cc?.join(','),
      bcc: mail.bcc?.join(','),
      replyTo: mail.replyTo,
      htmlBody: mail.htmlBody,
      name: mail.name,
      attachments: blobs.length ? blobs : undefined,
    };
  }
}
