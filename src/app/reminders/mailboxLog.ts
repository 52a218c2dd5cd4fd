/**
 * The Gmail build's own log rows and results: a reminder held by a client's reply (still due, so
 * the next run plans it again and updates the same row) and a reminder that went without one of
 * its Drive files (told to the AM once, in the next digest).
 */
import { formatDayShort } from '../../core/calendar';
import { ATTACHMENT_KIND, itemsCell, RESULT } from '../../core/reminders/log';
import type { PlannedMessage } from '../../core/reminders/types';
import { t } from '../../core/i18n';
import type { CellValue, Lang } from '../../core/types';
import type { AppEnv, AttachmentProblem } from '../ports';
import type { LogWriter } from './logWriter';
import type { MailboxCheck } from './mailboxCheck';
import type { ThreadOutcome } from './threadSend';

/** `не отправлено: клиент ответил 08.12` (the log's words are fixed, whatever the language). */
export function heldResult(message: Pick<PlannedMessage, 'held'>): string {
  return message.held ? `${RESULT.held} ${formatDayShort(message.held.repliedOn, 'ru')}` : RESULT.held;
}

export function attachmentRow(
  time: string,
  message: Pick<PlannedMessage, 'key' | 'to' | 'cc' | 'subject'>,
  problem: AttachmentProblem,
  threadId: string | null,
): CellValue[] {
  return [
    time,
    ATTACHMENT_KIND,
    `${ATTACHMENT_KIND}:${message.key}:${problem.fileId}`,
    [...message.to, ...message.cc].join(', '),
    message.subject,
    `${RESULT.attachmentMissing}: ${problem.fileId}: ${problem.reason}`,
    itemsCell([], { threadId }),
  ];
}

/** A message sent (or drafted) in a thread: its result, its thread in the items cell, a row per missing file. */
export function logThreadSend(
  log: Pick<LogWriter, 'setResult' | 'setItems' | 'append'>,
  at: { row: number; time: string; message: PlannedMessage; draft: boolean },
  went: ThreadOutcome,
): void {
  const { row, time, message } = at;
  log.setResult(row, at.draft ? RESULT.draft : RESULT.sent);
  if (went.threadId !== null)
    log.setItems(
      row,
      itemsCell(
        message.items.map((item) => item.key),
        { threadId: went.threadId },
      ),
    );
  for (const problem of went.attachmentProblems)
    log.append(attachmentRow(time, message, problem, went.threadId));
}

/** The run report's words about the mailbox (replies, auto-replies, bounces, Gmail reads); '' without one. */
export function mailSummary(env: Pick<AppEnv, 'mailbox'>, lang: Lang, mail: MailboxCheck): string {
  if (!env.mailbox.available()) return '';
  return (
    ' ' +
    t(lang, 'mail.summary', {
      replies: mail.replies,
      autoReplies: mail.autoReplies,
      bounces: mail.bounced.size,
      reads: mail.reads,
    })
  );
}
