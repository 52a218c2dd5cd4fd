/**
 * MailApp and GmailApp into files, through the one postbox (`postbox.ts`); GmailApp's threads
 * and inbox in `../gmail/`, DriveApp (attachments) in `../drive/`:
 * https://developers.google.com/apps-script/reference/mail/mail-app
 */
import type { CallCounter } from '../counters';
import { LocalDriveApp } from '../drive/driveApp';
import type { Emulates } from '../emulates';
import { LocalGmailApp } from '../gmail/gmailApp';
import type { InboxMessage } from '../gmail/inbox';
import { GmailStore } from '../gmail/store';
import type { MailRequest } from './message';
import { Postbox, type MailServicesOptions, type SentRecord } from './postbox';

export {
  ATTACHMENTS_TOO_LARGE,
  DEFAULT_DAILY_QUOTA,
  MAIL_FAIL_AFTER_ENV,
  MAX_ATTACHMENTS_BYTES,
  QUOTA_EXCEEDED,
  SERVICE_ERROR,
  type MailServicesOptions,
  type SentRecord,
} from './postbox';

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters & { from?: string };

/** sendEmail(message) · sendEmail(to, subject, body[, options]) · sendEmail(to, replyTo, subject, body) */
function requestOf(args: unknown[]): MailRequest {
  const [first, second, third, fourth] = args;
  if (typeof first === 'object' && first !== null) {
    const message = first as MailOptions;
    return { ...message, to: message.to ?? '', subject: message.subject ?? '', body: message.body ?? '' };
  }
  if (args.length >= 4 && typeof fourth === 'string') {
    return { to: String(first), replyTo: String(second), subject: String(third), body: fourth };
  }
  const extra = (fourth ?? {}) as MailOptions;
  return { ...extra, to: String(first), subject: String(second), body: String(third ?? '') };
}

export class LocalMailApp implements Emulates<GoogleAppsScript.Mail.MailApp> {
  constructor(
    private readonly postbox: Postbox,
    private readonly counter: CallCounter,
  ) {}

  getRemainingDailyQuota(): number {
    this.counter.count('MailApp.getRemainingDailyQuota');
    return this.postbox.remaining();
  }

  sendEmail(...args: unknown[]): void {
    this.counter.count('MailApp.sendEmail');
    this.postbox.deliver(requestOf(args), 'sent', 'MailApp');
  }
}

export interface LocalMailServices {
  MailApp: LocalMailApp;
  GmailApp: LocalGmailApp;
  DriveApp: LocalDriveApp;
  /** Every message and draft written by these services, in order. */
  sent(): SentRecord[];
}

export interface GmailServicesOptions {
  /** Messages dropped into `inbox/`, read before the run (`gmail/inbox.ts`). */
  inbox?: InboxMessage[];
  /** The local Drive (`drive/` beside the workbook); none: every file id is unknown. */
  driveDir?: string;
  /** Dates of the bundle's realm. */
  makeDate?: (ms: number) => Date;
}

export function createMailServices(
  options: MailServicesOptions,
  gmail: GmailServicesOptions = {},
): LocalMailServices {
  const postbox = new Postbox(options);
  const now = options.now ?? (() => new Date());
  const makeDate = gmail.makeDate ?? ((ms: number) => new Date(ms));
  const mailbox = new GmailStore(options.state, gmail.inbox ?? [], options.outDir);
  return {
    MailApp: new LocalMailApp(postbox, options.counter),
    GmailApp: new LocalGmailApp({
      postbox,
      mailbox,
      counter: options.counter,
      now,
      makeDate,
      draftContent: new Map(),
    }),
    DriveApp: new LocalDriveApp(gmail.driveDir ?? null, options.counter),
    sent: () => [...postbox.records],
  };
}
