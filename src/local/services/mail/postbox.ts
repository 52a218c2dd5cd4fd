/**
 * The one postbox behind MailApp and GmailApp: every message sent is one RFC 5322 `.eml`
 * in `outbox/`, every draft one in `drafts/`, built by nodemailer's MIME
 * builder (`mime.ts`), written whole or not at all (`outbox.ts`), after the
 * checks Apps Script makes (`message.ts`) and against the daily recipient quota
 * (counted per recipient incl. cc and bcc, persisted per calendar day):
 * https://developers.google.com/apps-script/reference/mail/mail-app
 */
import { randomUUID } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { CallCounter } from '../counters';
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

/**
 * Gmail's limit on a message's attachments, 25 MB
 * (https://support.google.com/mail/answer/6584#zippy=%2Cattachment-size-limit); Apps Script's
 * quota page names the error (https://developers.google.com/apps-script/guides/services/quotas).
 */
export const MAX_ATTACHMENTS_BYTES = 25 * 1024 * 1024;
export const ATTACHMENTS_TOO_LARGE = 'Limit Exceeded: Email Total Attachments Size.';

/** What GmailApp adds to a message beyond MailApp's fields. */
export interface DeliveryExtras {
  /** The RFC 5322 `Message-ID` (default: a new one). */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  attachments?: { filename: string; contentType: string; content: Uint8Array }[];
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
  /** The RFC 5322 `Message-ID` of the file, with angle brackets. */
  messageId: string;
  /** ISO instant of the Date header. */
  date: string;
}

function failAfterFromEnv(): number | undefined {
  const raw = process.env[MAIL_FAIL_AFTER_ENV];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** The one outbox of a runtime: the quota, the checks and the files behind both mail services. */
export class Postbox {
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
  deliver(
    request: MailRequest,
    kind: SentRecord['kind'],
    service: SentRecord['service'],
    extras: DeliveryExtras = {},
  ): SentRecord {
    const { to, cc, bcc, recipients, body } = checkMessage(request, kind === 'draft');
    const attachmentBytes = (extras.attachments ?? []).reduce((sum, part) => sum + part.content.length, 0);
    if (attachmentBytes > MAX_ATTACHMENTS_BYTES) throw new Error(ATTACHMENTS_TOO_LARGE);
    if (this.failAfter !== undefined && this.messages >= this.failAfter) throw new Error(SERVICE_ERROR);
    if (kind === 'sent' && recipients > this.remaining()) throw new Error(QUOTA_EXCEEDED);
    const blocked = this.options.blocked?.();
    if (blocked) throw new Error(blocked);
    this.faults.beforeSend(SERVICE_ERROR);

    const { activeUser, state, today } = this.options;
    const from = request.noReply ? `noreply@${activeUser.split('@')[1] ?? 'localhost'}` : activeUser;
    const now = this.options.now ?? (() => new Date());
    const messageId = extras.messageId ?? newMessageId(from);
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
      messageId,
      inReplyTo: extras.inReplyTo,
      references: extras.references?.length ? extras.references : undefined,
      attachments: extras.attachments?.length ? extras.attachments : undefined,
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
      messageId,
      date: input.date,
    };
    this.records.push(record);
    this.options.onDelivered?.();
    this.faults.afterSend();
    return record;
  }

  /** A draft that was sent leaves drafts/, as it leaves Gmail's Drafts, and is no draft of this run. */
  discardDraftFile(file: string): void {
    const index = this.records.findIndex((record) => record.kind === 'draft' && record.file === file);
    if (index >= 0) this.records.splice(index, 1);
    try {
      unlinkSync(file);
    } catch {
      // Already gone (a person removed it): nothing to do.
    }
  }

  /** The user sending: `Session.getEffectiveUser()` and the From of every message. */
  get sender(): string {
    return this.options.activeUser;
  }

  get outDir(): string {
    return this.options.outDir;
  }
}

/** A new RFC 5322 Message-ID at the sender's domain, as Gmail gives every message one. */
export function newMessageId(from: string): string {
  return `<${randomUUID()}@${from.split('@')[1] || 'localhost'}>`;
}
