/**
 * Tells a client's reply from an auto-reply and from a delivery failure (a bounce). Only a reply
 * pauses a client's reminders; an out-of-office must not (the client did not answer), and a bounce
 * says the address does not take mail. The headers are the ones RFC 3834 (`Auto-Submitted`) and
 * RFC 3464 (`multipart/report; report-type=delivery-status`) define, plus the common ones mail
 * servers and autoresponders add (`X-Autoreply`, `X-Autorespond`, `Precedence`, `X-Failed-Recipients`).
 */
import { isValidEmail } from '../cells/emails';
import type { IncomingKind, IncomingMessage } from './types';

type Classified = Pick<IncomingMessage, 'from' | 'subject' | 'text' | 'headers'>;

const header = (message: Classified, name: string): string =>
  (message.headers[name] ?? '').trim().toLowerCase();

/** The local part of a mail system's own sender: mailer-daemon@…, postmaster@… */
const DAEMON_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)(?:[+@]|$)/;

const BOUNCE_SUBJECT =
  /(?:undeliver|delivery (?:status notification|has failed|failure|failed)|returned mail|failure notice|mail delivery (?:failed|system)|не доставлено|недоставленное|не удалось доставить|ошибка доставки)/i;

/** Subjects of vacation and out-of-office replies, in the languages the agency's clients write in. */
const AUTO_REPLY_SUBJECT =
  /(?:^|[\s:[(])(?:auto(?:matic)?[\s-]?(?:reply|response|antwort)|out of (?:the )?office|away from (?:the )?office|on vacation|on holiday|автоответ|автоматический ответ|нет на месте|в отпуске|вне офиса|отсутствую)/i;

export function isBounce(message: Classified): boolean {
  const contentType = header(message, 'content-type');
  if (/multipart\/report/.test(contentType) && /report-type\s*=\s*"?delivery-status/.test(contentType))
    return true;
  if (header(message, 'x-failed-recipients') !== '') return true;
  return DAEMON_SENDER.test(message.from.trim().toLowerCase()) && BOUNCE_SUBJECT.test(message.subject);
}

export function isAutoReply(message: Classified): boolean {
  const submitted = header(message, 'auto-submitted');
  // RFC 3834: any value but `no` marks a message no person wrote.
  if (submitted !== '' && submitted !== 'no') return true;
  if (header(message, 'x-autoreply') !== '' || header(message, 'x-autorespond') !== '') return true;
  if (/^(?:auto_reply|bulk|junk)$/.test(header(message, 'precedence'))) return true;
  if (DAEMON_SENDER.test(message.from.trim().toLowerCase())) return true;
  return AUTO_REPLY_SUBJECT.test(message.subject);
}

/** What the message is: a bounce first (a bounce is automatic too), then an auto-reply, else a person's reply. */
export function classifyIncoming(message: Classified): IncomingKind {
  if (isBounce(message)) return 'bounce';
  if (isAutoReply(message)) return 'autoReply';
  return 'reply';
}

const ADDRESS =
  /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/**
 * The addresses a bounce says failed: `X-Failed-Recipients`, else the addresses its text names
 * among those the add-on wrote to (`candidates`, lower case) — a bounce's text also names the
 * sender and the mail servers, so only an address we wrote to counts.
 */
export function failedRecipients(message: Classified, candidates: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const address of header(message, 'x-failed-recipients').split(','))
    if (isValidEmail(address.trim())) found.add(address.trim());
  if (found.size === 0)
    for (const match of `${message.subject}\n${message.text}`.matchAll(ADDRESS)) {
      const address = match[0].toLowerCase();
      if (candidates.has(address)) found.add(address);
    }
  return [...found];
}
