/**
 * Messages as they arrive in a mailbox, to drop into a run's `inbox/`: a client's reply, an
 * auto-reply (`Auto-Submitted: auto-replied`), an out-of-office note without that header, and a
 * mailer-daemon bounce (`multipart/report; report-type=delivery-status`, `X-Failed-Recipients`,
 * the returned message's headers attached).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Answer {
  /** The Message-ID answered, with angle brackets. */
  inReplyTo: string;
  /** References of the answered message and itself (default: just `inReplyTo`). */
  references?: string[];
  from?: string;
  to?: string;
  /** RFC 5322 date, e.g. `Tue, 08 Dec 2026 10:00:00 +0300`. */
  date?: string;
  subject?: string;
  text?: string;
  messageId?: string;
}

function lines(...parts: string[]): string {
  return `${parts.join('\r\n')}\r\n`;
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function encodedSubject(subject: string): string {
  return `=?UTF-8?B?${base64(subject)}?=`;
}

export function clientReply(answer: Answer, extraHeaders: string[] = []): string {
  return lines(
    `From: ${answer.from ?? 'Client <client@client.example>'}`,
    `To: ${answer.to ?? 'manager@agency.example'}`,
    `Subject: ${encodedSubject(answer.subject ?? 'Re: Счёт')}`,
    `Date: ${answer.date ?? 'Tue, 08 Dec 2026 10:00:00 +0300'}`,
    `Message-ID: ${answer.messageId ?? `<reply-${Math.random().toString(36).slice(2)}@client.example>`}`,
    `In-Reply-To: ${answer.inReplyTo}`,
    `References: ${(answer.references ?? [answer.inReplyTo]).join(' ')}`,
    ...extraHeaders,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64(answer.text ?? 'Оплатим в пятницу.\r\nСпасибо.'),
  );
}

export function autoReply(answer: Answer): string {
  return clientReply({ text: 'Я в отпуске до 14.12, отвечу после.', subject: 'Автоответ: Счёт', ...answer }, [
    'Auto-Submitted: auto-replied',
    'X-Autoreply: yes',
  ]);
}

/** An out-of-office note some servers send without any auto-reply header. */
export function outOfOffice(answer: Answer): string {
  return clientReply({ text: 'Out of office until 14.12.', subject: 'Out of office: Счёт', ...answer });
}

/** A delivery failure for `failed`, returning the headers of the message with `returnedMessageId`. */
export function bounce(
  failed: string,
  returnedMessageId: string,
  date = 'Tue, 08 Dec 2026 09:10:00 +0000',
): string {
  const boundary = 'report-boundary-1';
  return lines(
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    'To: manager@agency.example',
    'Subject: Delivery Status Notification (Failure)',
    `Date: ${date}`,
    `Message-ID: <bounce-${Math.random().toString(36).slice(2)}@mx.google.com>`,
    `X-Failed-Recipients: ${failed}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Address not found: your message wasn't delivered to ${failed}.`,
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; googlemail.com',
    '',
    `Final-Recipient: rfc822; ${failed}`,
    'Action: failed',
    'Status: 5.1.1',
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: manager@agency.example',
    `To: ${failed}`,
    `Message-ID: ${returnedMessageId}`,
    'Subject: Счёт',
    '',
    `--${boundary}--`,
  );
}

/** Writes `content` as `DIR/inbox/name`. */
export function dropIntoInbox(outDir: string, name: string, content: string): string {
  const dir = join(outDir, 'inbox');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
