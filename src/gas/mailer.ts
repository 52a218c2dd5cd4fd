import type { MailMessage, Mailer } from '../app/ports';

/** Set by the build: true only in the opt-in `--with-gmail` build that declares the Gmail scope. */
declare const __WITH_GMAIL__: boolean;

function assertSingleLine(label: string, value: string): void {
  // Header injection guard: no field that becomes a mail header may carry a line break.
  if (/[\r\n]/.test(value)) throw new Error(`${label} contains a line break`);
}

function checkHeaders(message: MailMessage): void {
  assertSingleLine('subject', message.subject);
  for (const address of [...message.to, ...(message.cc ?? []), ...(message.bcc ?? [])])
    assertSingleLine('address', address);
  if (message.replyTo) assertSingleLine('replyTo', message.replyTo);
  if (message.name) assertSingleLine('name', message.name);
}

/** Mail through the user's account: MailApp to send, GmailApp only for drafts. */
export class GasMailer implements Mailer {
  remainingDailyQuota(): number {
    return MailApp.getRemainingDailyQuota();
  }

  send(message: MailMessage): void {
    checkHeaders(message);
    MailApp.sendEmail({
      to: message.to.join(','),
      cc: message.cc?.join(','),
      bcc: message.bcc?.join(','),
      replyTo: message.replyTo,
      subject: message.subject,
      body: message.body,
      htmlBody: message.htmlBody,
      name: message.name,
    });
  }

  draftsAvailable(): boolean {
    return typeof __WITH_GMAIL__ !== 'undefined' && __WITH_GMAIL__;
  }

  createDraft(message: MailMessage): void {
    if (!this.draftsAvailable()) throw new Error('Drafts need the --with-gmail build');
    checkHeaders(message);
    GmailApp.createDraft(message.to.join(','), message.subject, message.body, {
      cc: message.cc?.join(','),
      bcc: message.bcc?.join(','),
      replyTo: message.replyTo,
      htmlBody: message.htmlBody,
      name: message.name,
    });
  }
}
