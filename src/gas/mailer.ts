import type { MailMessage, Mailer } from '../app/ports';
import { checkHeaders } from './mailHeaders';

/** Set by the build: true only in the opt-in `--with-gmail` build that declares the Gmail scope. */
declare const __WITH_GMAIL__: boolean;

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
