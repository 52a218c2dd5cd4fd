/**
 * How the Gmail build sends a client's reminder: in its cadence's thread (a reply to all), else
 * as a new thread — also when the thread is gone — with each Drive-linked invoice attached as a
 * PDF. A file that cannot be attached leaves the link in the letter only; the problem comes back
 * so the AM is told. Drafts go in the thread too, for the AM to review and send.
 */
import { driveFileId } from '../../core/mail/driveLink';
import { threadFor, type CadenceThread } from '../../core/mail/threads';
import type { PlannedMessage } from '../../core/reminders/types';
import type { Settings } from '../../core/settings';
import type { AppEnv, AttachmentProblem, MailMessage, ThreadMail } from '../ports';

/** A planned message as the mail service takes it. */
export function toMail(message: PlannedMessage, settings: Settings): MailMessage {
  return {
    to: message.to,
    cc: message.cc.length > 0 ? message.cc : undefined,
    replyTo: message.replyTo ?? undefined,
    subject: message.subject,
    body: message.body,
    htmlBody: message.htmlBody,
    name: settings.senderName.trim() || undefined,
  };
}

/** Messages that go through the mailbox in the Gmail build: what the client reads as one conversation. */
export function goesInThread(env: Pick<AppEnv, 'mailbox'>, message: Pick<PlannedMessage, 'kind'>): boolean {
  return (message.kind === 'client' || message.kind === 'letter') && env.mailbox.available();
}

/** The Drive files of a message's invoice links, each once. */
export function attachmentsOf(message: Pick<PlannedMessage, 'items'>): string[] {
  const ids = message.items.map((item) => driveFileId(item.link)).filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

export interface ThreadOutcome {
  /** The thread it went in (or the draft belongs to); null when Gmail gave none for a draft. */
  threadId: string | null;
  attachmentProblems: AttachmentProblem[];
}

export function sendInThread(
  env: Pick<AppEnv, 'mailbox'>,
  message: PlannedMessage,
  settings: Settings,
  known: { threads: readonly CadenceThread[] },
  draft: boolean,
): ThreadOutcome {
  const mail = toMail(message, settings);
  const threads = known.threads;
  const attachments = attachmentsOf(message);
  const withFiles: ThreadMail = attachments.length > 0 ? { ...mail, attachments } : mail;
  const threadId = threadFor(message, threads);
  if (draft) {
    const made = env.mailbox.draft(withFiles, threadId);
    return { threadId: made.threadId, attachmentProblems: made.attachmentProblems };
  }
  // A thread the user deleted answers null: nothing was sent, so a new thread is no second email.
  const sent =
    (threadId !== null ? env.mailbox.replyInThread(threadId, withFiles) : null) ??
    env.mailbox.startThread(withFiles);
  return { threadId: sent.threadId, attachmentProblems: sent.attachmentProblems };
}
