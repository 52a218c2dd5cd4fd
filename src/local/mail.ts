/**
 * MailApp and GmailApp into files: every message sent is one RFC 5322 `.eml`
 * in `outbox/`, every draft one in `drafts/`, built by nodemailer's MIME
 * builder. Apps Script's documented rules apply: the daily recipient quota
 * (counted per recipient incl. cc and bcc, persisted per calendar day), at
 * most 50 recipients per message, a body of at most 200 KB, no line breaks in
 * header fields, valid addresses only — each rejected with an exception, as
 * MailApp does (https://developers.google.com/apps-script/guides/services/quotas,
 * "Current limitations": email recipients per message 50, email body size 200 KB;
 * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)).
 * Where Google is silent, stricter: the plain and the HTML body count together.
 *
 * Each `.eml` is written to a temporary file and then linked into place, so a
 * full disk or a kill leaves no half message under a real name, and a number
 * once taken is never reused or overwritten.
 */
import { linkSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { CallCounter } from './counters';
import { Faults } from './faults';
import { composeMessageSync, type ComposeInput } from './mime';
import type { LocalState } from './state';

export const DEFAULT_DAILY_QUOTA = 100;
export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
export const RECIPIENTS_PER_MESSAGE = 50;
/** What Apps Script says when its mail backend fails; the `failAfter` test hook throws it. */
export const SERVICE_ERROR = 'We\u2019re sorry, a server error occurred. Please wait a bit and try again.';
/** Subprocess tests set this to make every send after the first k fail. */
export const MAIL_FAIL_AFTER_ENV = 'ACCOUNT_DESK_MAIL_FAIL_AFTER';
const MAX_BODY_BYTES = 200 * 1024;

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

/** The message as the services received it, before any check. */
interface Request {
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

export interface LocalMailServices {
  MailApp: GoogleAppsScript.Mail.MailApp;
  GmailApp: LocalGmailApp;
  /** Every message and draft written by these services, in order. */
  sent(): SentRecord[];
}

export interface LocalGmailDraft {
  getId(): string;
  getMessageId(): string;
  getMessage(): LocalGmailMessage;
  send(): LocalGmailMessage;
  deleteDraft(): void;
}

export interface LocalGmailMessage {
  getId(): string;
  getFrom(): string;
  getTo(): string;
  getCc(): string;
  getBcc(): string;
  getReplyTo(): string;
  getSubject(): string;
  getPlainBody(): string;
  getBody(): string;
}

export interface LocalGmailApp {
  sendEmail(recipient: string, subject: string, body: string, options?: MailOptions): LocalGmailApp;
  createDraft(recipient: string, subject: string, body: string, options?: MailOptions): LocalGmailDraft;
}

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;
/**
 * Google does not document its address check; the stricter choice is the SMTP limit of 64
 * octets for the part before `@` (RFC 5321, 4.5.3.1.1), which a mail server may refuse beyond.
 */
const MAX_LOCAL_PART = 64;

/** `a@x.ru, Name <b@y.ru>` → the bare addresses; each must be a valid email. */
function addresses(list: string | undefined): string[] {
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

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** A readable ASCII file name part from a (usually Russian) subject. */
export function slugOf(subject: string): string {
  const latin = [
    ...subject
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  ]
    .map((char) => CYRILLIC[char] ?? char)
    .join('');
  const slug = latin
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'message';
}

/**
 * Writes `NNNN-slug.eml`, numbering after the files already there: the whole message goes to a
 * temporary file first, then `link` gives it its name (like `wx`, it never replaces a file).
 */
function writeNumbered(dir: string, slug: string, content: Buffer, faults: Faults): string {
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.${slug.slice(0, 20)}.${process.pid}.${Date.now()}.tmp`);
  try {
    faults.writeFile('outbox', temporary, content, 'wx');
    let next =
      readdirSync(dir).reduce((max, name) => Math.max(max, Number(/^(\d+)-/.exec(name)?.[1] ?? 0)), 0) + 1;
    for (;;) {
      const file = join(dir, `${String(next).padStart(4, '0')}-${slug}.eml`);
      try {
        linkSync(temporary, file);
        return file;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        next += 1;
      }
    }
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created (the disk refused it): nothing to remove.
    }
  }
}

function failAfterFromEnv(): number | undefined {
  const raw = process.env[MAIL_FAIL_AFTER_ENV];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

export function createMailServices(options: MailServicesOptions): LocalMailServices {
  const { outDir, state, today, counter, activeUser } = options;
  const dailyQuota = options.dailyQuota ?? DEFAULT_DAILY_QUOTA;
  const failAfter = options.failAfter ?? failAfterFromEnv();
  const now = options.now ?? (() => new Date());
  const faults = options.faults ?? Faults.fromEnv();
  const records: SentRecord[] = [];
  let messages = 0;

  const usedToday = (): number => (state.mailQuota.day === today() ? state.mailQuota.used : 0);
  const remaining = (): number => Math.max(0, dailyQuota - usedToday());

  /** Checks everything Apps Script checks before accepting a message, then writes it. */
  const deliver = (
    request: Request,
    kind: SentRecord['kind'],
    service: SentRecord['service'],
  ): SentRecord => {
    for (const field of ['to', 'cc', 'bcc', 'replyTo', 'subject', 'name'] as const) {
      checkHeaderField(field, request[field]);
    }
    const to = addresses(request.to);
    const cc = addresses(request.cc);
    const bcc = addresses(request.bcc);
    if (request.replyTo) addresses(request.replyTo);
    const recipients = to.length + cc.length + bcc.length;
    if (recipients === 0 && kind === 'sent') throw new Error('Failed to send email: no recipient');
    if (recipients > RECIPIENTS_PER_MESSAGE) throw new Error('Limit Exceeded: Email Recipients Per Message.');
    const body = String(request.body ?? '');
    if (Buffer.byteLength(body) + Buffer.byteLength(request.htmlBody ?? '') > MAX_BODY_BYTES) {
      throw new Error('Limit Exceeded: Email Body Size.');
    }
    if (failAfter !== undefined && messages >= failAfter) throw new Error(SERVICE_ERROR);
    if (kind === 'sent' && recipients > remaining()) throw new Error(QUOTA_EXCEEDED);
    const blocked = options.blocked?.();
    if (blocked) throw new Error(blocked);
    faults.beforeSend(SERVICE_ERROR);

    const from = request.noReply ? `noreply@${activeUser.split('@')[1] ?? 'localhost'}` : activeUser;
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
      join(outDir, kind === 'sent' ? 'outbox' : 'drafts'),
      slugOf(input.subject),
      composeMessageSync(input),
      faults,
    );
    messages += 1;
    if (kind === 'sent') state.mailQuota = { day: today(), used: usedToday() + recipients };
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
    records.push(record);
    options.onDelivered?.();
    faults.afterSend();
    return record;
  };

  const fromArguments = (args: unknown[]): Request => {
    const [first, second, third, fourth] = args;
    if (typeof first === 'object' && first !== null) {
      const message = first as MailOptions;
      return { ...message, to: message.to ?? '', subject: message.subject ?? '', body: message.body ?? '' };
    }
    if (args.length >= 4 && typeof fourth === 'string') {
      // sendEmail(to, replyTo, subject, body)
      return { to: String(first), replyTo: String(second), subject: String(third), body: fourth };
    }
    const extra = (fourth ?? {}) as MailOptions;
    return { ...extra, to: String(first), subject: String(second), body: String(third ?? '') };
  };

  const MailApp = {
    getRemainingDailyQuota(): number {
      counter.count('MailApp.getRemainingDailyQuota');
      return remaining();
    },
    sendEmail(...args: unknown[]): void {
      counter.count('MailApp.sendEmail');
      deliver(fromArguments(args), 'sent', 'MailApp');
    },
  } as GoogleAppsScript.Mail.MailApp;

  const messageView = (record: SentRecord, id: string): LocalGmailMessage => ({
    getId: () => id,
    getFrom: () => (record.name ? `${record.name} <${record.from}>` : record.from),
    getTo: () => record.to.join(', '),
    getCc: () => record.cc.join(', '),
    getBcc: () => record.bcc.join(', '),
    getReplyTo: () => record.replyTo ?? '',
    getSubject: () => record.subject,
    getPlainBody: () => record.body,
    getBody: () => record.htmlBody ?? record.body,
  });

  const draftView = (record: SentRecord, request: Request): LocalGmailDraft => {
    const id = `r-${records.length}`;
    let deleted = false;
    return {
      getId: () => id,
      getMessageId: () => `m-${records.length}`,
      getMessage: () => messageView(record, `m-${records.length}`),
      send(): LocalGmailMessage {
        counter.count('GmailDraft.send');
        if (deleted) throw new Error('Invalid argument: draft was deleted');
        const sent = deliver(request, 'sent', 'GmailApp');
        unlinkSync(record.file);
        deleted = true;
        return messageView(sent, `m-${records.length}`);
      },
      deleteDraft(): void {
        counter.count('GmailDraft.deleteDraft');
        if (!deleted) unlinkSync(record.file);
        deleted = true;
      },
    };
  };

  const GmailApp: LocalGmailApp = {
    sendEmail(recipient: string, subject: string, body: string, extra?: MailOptions): LocalGmailApp {
      counter.count('GmailApp.sendEmail');
      deliver({ ...extra, to: recipient, subject, body }, 'sent', 'GmailApp');
      return GmailApp;
    },
    createDraft(recipient: string, subject: string, body: string, extra?: MailOptions): LocalGmailDraft {
      counter.count('GmailApp.createDraft');
      const request: Request = { ...extra, to: recipient, subject, body };
      return draftView(deliver(request, 'draft', 'GmailApp'), request);
    },
  };

  return { MailApp, GmailApp, sent: () => [...records] };
}
