import type { IncomingMessage } from '../core/mail/types';
import type { MailMessage } from './ports';

/**
 * The Gmail build's mailbox (GmailApp, DriveApp): reminders sent as threads, replies and delivery
 * failures read back, Drive files attached. Only the opt-in Gmail build has it, because reading the
 * mailbox needs the restricted `https://mail.google.com/` scope; in the default build `available()`
 * is false and every other method throws.
 */
export interface Mailbox {
  available(): boolean;
  /** Sends a message that starts a new thread. */
  startThread(message: ThreadMail): SentInThread;
  /**
   * Sends `message` as a reply to all in thread `threadId`. Null when that thread no longer exists
   * (the user deleted it), or when a reply-all in it would reach an address `message` does not name
   * (a bounced or removed contact): the caller starts a new one.
   */
  replyInThread(threadId: string, message: ThreadMail): SentInThread | null;
  /** A draft that starts a thread (`threadId` null) or answers one; the AM reviews it and Gmail sends it. */
  draft(message: ThreadMail, threadId: string | null): DraftInThread;
  /**
   * What came in since `sinceDay` (`YYYY-MM-DD` in the script's zone), read in a fixed number of
   * Gmail calls whatever the number of threads: the messages not sent by this user in the given
   * threads, and every delivery failure (mailer-daemon, postmaster) wherever it is.
   */
  incoming(threadIds: readonly string[], sinceDay: string): IncomingMail[];
}

export interface ThreadMail extends MailMessage {
  /** Drive file ids to attach as PDFs; one that cannot be attached is reported, not fatal. */
  attachments?: readonly string[];
}

export interface AttachmentProblem {
  fileId: string;
  reason: 'not-found' | 'no-access' | 'not-convertible' | 'too-large';
}

export interface SentInThread {
  threadId: string;
  /** Gmail's id of the message just sent. */
  messageId: string;
  /** The thread's address in Gmail's web interface, for the AM. */
  permalink: string;
  attachmentProblems: AttachmentProblem[];
}

export interface DraftInThread {
  /** The thread the draft belongs to, when Gmail gives one. */
  threadId: string | null;
  attachmentProblems: AttachmentProblem[];
}

/**
 * What came in, as the core reads it (`src/core/mail/types.ts`, one shape for both): the body's
 * start is at most 500 characters, and the classifying headers are named in lower case
 * (`auto-submitted`, `precedence`, `x-autoreply`, `x-autorespond`, `x-failed-recipients`,
 * `content-type`); a header the message does not carry is absent.
 */
export type IncomingMail = IncomingMessage;
