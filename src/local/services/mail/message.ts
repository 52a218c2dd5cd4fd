/**
 * What MailApp checks before it accepts a message, as Apps Script documents it: at most 50
 * recipients, a body of at most 200 KB, no line breaks in header fields, valid addresses only
 * (https://developers.google.com/apps-script/guides/services/quotas, "Current limitations";
 * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)).
 * Where Google is silent, stricter: the plain and the HTML body count together.
 */

export const RECIPIENTS_PER_MESSAGE = 50;
const MAX_BODY_BYTES = 200 * 1024;

/** The message as the services received it, before any check. */
export interface MailRequest {
  to: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  noReply?: boolean;
}

/** The message once accepted: bare addresses, the body as text. */
export interface CheckedMessage {
  to: string[];
  cc: string[];
  bcc: string[];
  recipients: number;
  body: string;
}

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;
/**
 * Google does not document its address check; the stricter choice is the SMTP limit of 64
 * octets for the part before `@` (RFC 5321, 4.5.3.1.1), which a mail server may refuse beyond.
 */
const MAX_LOCAL_PART = 64;

/** `a@x.ru, Name <b@y.ru>` → the bare addresses; each must be a valid email. */
export function addresses(list: string | undefined): string[] {
  if (list === undefined || list === null || String(list).trim() === '') return [];
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const address = /<([^>]*)>\s*$/.exec(part)?.[1]?.trim() ?? part;
      if (!EMAIL.test(address) || address.split('@')[0].length > MAX_LOCAL_PART)
        throw new Error(`Invalid email: ${part}`);
      return address;
    });
}

function checkHeaderField(field: string, value: string | undefined): void {
  if (value !== undefined && /[\r\n]/.test(String(value))) throw new Error(`Invalid argument: ${field}`);
}

/** Throws what Apps Script throws for a message it refuses; `draft`s may have no recipient. */
export function checkMessage(request: MailRequest, draft: boolean): CheckedMessage {
  for (const field of ['to', 'cc', 'bcc', 'replyTo', 'subject', 'name'] as const) {
    checkHeaderField(field, request[field]);
  }
  const to = addresses(request.to);
  const cc = addresses(request.cc);
  const bcc = addresses(request.bcc);
  if (request.replyTo) addresses(request.replyTo);
  const recipients = to.length + cc.length + bcc.length;
  if (recipients === 0 && !draft) throw new Error('Failed to send email: no recipient');
  if (recipients > RECIPIENTS_PER_MESSAGE) throw new Error('Limit Exceeded: Email Recipients Per Message.');
  const body = String(request.body ?? '');
  if (Buffer.byteLength(body) + Buffer.byteLength(request.htmlBody ?? '') > MAX_BODY_BYTES) {
    throw new Error('Limit Exceeded: Email Body Size.');
  }
  return { to, cc, bcc, recipients, body };
}
