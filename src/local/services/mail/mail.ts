/**
 * MailApp and GmailApp into files: every message sent is one RFC 5322 `.eml`
 * in `outbox/`, every draft one in `drafts/`, built by nodemailer's MIME
 * builder (`mime.ts`), written whole or not at all (`outbox.ts`), after the
 * checks Apps Script makes (`message.ts`) and against the daily recipient quota
 * (counted per recipient incl. cc and bcc, persisted per calendar day):
 * https://developers.google.com/apps-script/reference/mail/mail-app
 */
import { join } from 'node:path';
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';
import { Faults } from '../faults';
import type { LocalState } from '../state';
import { checkMessage, type MailRequest } from './message';
import { composeMessageSync, type ComposeInput } from './mime';
import { slugOf, writeNumbered } from './outbox';

export const DEFAULT_DAILY_QUOTA = 100;
export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
/** What Apps Script says when its mail backend fails; the `failAfter` test hook throws it. */
export const SERVICE_ERROR = 'We\u2019re sorry, a server error occurred. Please wait a bit and try again.';
/** Subprocess tests set this to make every send after the first k fail. */
export const MAIL_FAIL_AFTER_ENV = 'ACCOUNT_DESK_MAIL_FAIL_AFTER';

export interface MailServicesOptions {
  /** The run's output directory; messages go to `outbox/`, drafts to `drafts/` inside it. */
  outDir: string;
  state: LocalState;
  /** The run's calendar day `YYYY-MM-DD`: the quota is per day. */
  today: () => string;
  counter: CallCounter;
  dailyQuota?: number;
  /** Test hook: every message after the first `failAfter` throws a service error. */
  failAfter?: number;
  /** The sender: the user running the script. */
  activeUser: string;
  /** The instant for the Date header (default: the real clock). */
  now?: () => Date;
  /** Injected faults (default: from the environment). */
  faults?: Faults;
  /** Why nothing may be sent any more (the run's state could not be saved), or null. */
  blocked?: () => string | null;
  /** Called after each message or draft is written (the lock's heartbeat). */
  onDelivered?: () => void;
}

export interface SentRecord {
  kind: 'sent' | 'draft';
  service: 'MailApp' | 'GmailApp';
  /** Path of the `.eml` file. */
  file: string;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
}

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters & { from?: string };

function failAfterFromEnv(): number | undefined {
  const raw = process.env[MAIL_FAIL_AFTER_ENV];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** The one outbox of a runtime: the quota, the checks and the files behind both mail services. */
class Postbox {
  readonly records: SentRecord[] = [];
  private messages = 0;
  private readonly dailyQuota: number;
  private readonly failAfter: number | undefined;
  private readonly faults: Faults;

  constructor(private readonly options: MailServicesOptions) {
    this.dailyQuota = options.dailyQuota ?? DEFAULT_DAILY_QUOTA;
    this.failAfter = options.failAfter ?? failAfterFromEnv();
    this.faults = options.faults ?? Faults.fromEnv();
  }

  private usedToday(): number {
    const { mailQuota } = this.options.state;
    return mailQuota.day === this.options.today() ? mailQuota.used : 0;
  }

  remaining(): number {
    return Math.max(0, this.dailyQuota - this.usedToday());
  }

  /** Checks everything Apps Script checks before accepting a message, then writes it. */
  deliver(request: MailRequest, kind: SentRecord['kind'], service: SentRecord['service']): SentRecord {
    const { to, cc, bcc, recipients, body } = checkMessage(request, kind === 'draft');
    if (this.failAfter !== undefined && this.messages >= this.failAfter) throw new Error(SERVICE_ERROR);
    if (kind === 'sent' && recipients > this.remaining()) throw new Error(QUOTA_EXCEEDED);
    const blocked = this.options.blocked?.();
    if (blocked) throw new Error(blocked);
    this.faults.beforeSend(SERVICE_ERROR);

    const { activeUser, state, today } = this.options;
    const from = request.noReply ? `noreply@${activeUser.split('@')[1] ?? 'localhost'}` : activeUser;
    const now = this.options.now ?? (() => new Date());
    const input: ComposeInput = {
      from: request.name ? { name: request.name, address: from } : from,
      to,
      cc,
      bcc,
      replyTo: request.replyTo || undefined,
      subject: String(request.subject ?? ''),
      text: body,
      html: request.htmlBody || undefined,
      date: new Date(now().getTime()).toISOString(),
      // Mail clients open a message marked unsent as a draft to edit.
      headers: kind === 'draft' ? { 'X-Unsent': '1' } : undefined,
    };
    const file = writeNumbered(
      join(this.options.outDir, kind === 'sent' ? 'outbox' : 'drafts'),
      slugOf(input.subject),
      composeMessageSync(input),
      this.faults,
    );
    this.messages += 1;
    if (kind === 'sent') state.mailQuota = { day: today(), used: this.usedToday() + recipients };
    const record: SentRecord = {
      kind,
      service,
      file,
      from,
      to,
      cc,
      bcc,
      replyTo: input.replyTo,
      subject: input.subject,
      body,
      htmlBody: input.html,
      name: request.name || undefined,
    };
    this.records.push(record);
    this.options.onDelivered?.();
    this.faults.afterSend();
    return record;
  }
}

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

/** A draft as GmailApp returns it: the add-on keeps none of it, so it offers nothing. */
export class LocalGmailDraft implements Emulates<GoogleAppsScript.Gmail.GmailDraft> {
  constructor(readonly record: SentRecord) {}
}

export class LocalGmailApp implements Emulates<GoogleAppsScript.Gmail.GmailApp> {
  constructor(
    private readonly postbox: Postbox,
    private readonly counter: CallCounter,
  ) {}

  /** A draft in drafts/, marked unsent, without using the quota. */
  createDraft(recipient: string, subject: string, body: string, options?: MailOptions): LocalGmailDraft {
    this.counter.count('GmailApp.createDraft');
    return new LocalGmailDraft(
      this.postbox.deliver({ ...options, to: recipient, subject, body }, 'draft', 'GmailApp'),
    );
  }
}

export interface LocalMailServices {
  MailApp: LocalMailApp;
  GmailApp: LocalGmailApp;
  /** Every message and draft written by these services, in order. */
  sent(): SentRecord[];
}

export function createMailServices(options: MailServicesOptions): LocalMailServices {
  const postbox = new Postbox(options);
  return {
    MailApp: new LocalMailApp(postbox, options.counter),
    GmailApp: new LocalGmailApp(postbox, options.counter),
    sent: () => [...postbox.records],
  };
}
