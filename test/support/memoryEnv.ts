/**
 * An `AppEnv` in memory: every port of src/app/ports.ts kept in plain maps and arrays, simple and
 * deterministic (a clock that moves only when told, trigger ids counted up), so an app test says
 * what the tables and settings hold, calls a use case, and reads what was written, sent, stored
 * and shown. End-to-end tests keep the real bundle on the local services; the ports contract test
 * holds this environment to the same behaviour as the real adapters.
 */
import type {
  AppEnv,
  Clock,
  DocumentLock,
  Logger,
  MailMessage,
  Mailer,
  MenuEntry,
  PropertyStore,
  ResultCache,
  TriggerInfo,
  Triggers,
  Ui,
} from '../../src/app/ports';
import type {
  AttachmentProblem,
  DraftInThread,
  IncomingMail,
  Mailbox,
  SentInThread,
  ThreadMail,
} from '../../src/app/ports';
import { SETTINGS_PROPERTY, type Settings } from '../../src/core/settings';
import { piecesOf } from '../../src/gas/cachePieces';
import { MemorySelfTest, MemoryWorkbook, type MemorySheetInput } from './memoryWorkbook';

export { MemorySheet, MemoryWorkbook, type MemoryCell, type MemorySheetInput } from './memoryWorkbook';

/** The rule the gas mailer enforces: no field that becomes a mail header carries a line break. */
function checkHeaders(message: MailMessage): void {
  const headers = [message.subject, ...message.to, ...(message.cc ?? []), ...(message.bcc ?? [])];
  if (message.replyTo) headers.push(message.replyTo);
  if (message.name) headers.push(message.name);
  if (headers.some((header) => /[\r\n]/.test(header))) throw new Error('a mail header contains a line break');
}

const recipientsOf = (message: MailMessage): number =>
  message.to.length + (message.cc?.length ?? 0) + (message.bcc?.length ?? 0);

export class MemoryMailer implements Mailer {
  readonly outbox: MailMessage[] = [];
  readonly drafts: MailMessage[] = [];
  /** Recipients that may still be sent to today; each message costs its recipients. */
  quota: number;
  drafting: boolean;
  /** A fault to inject: the error the mail service throws for this message, or nothing. */
  refuse: (message: MailMessage) => Error | undefined = () => undefined;

  constructor(
    options: { quota: number; drafts: boolean },
    private readonly journal: string[],
  ) {
    this.quota = options.quota;
    this.drafting = options.drafts;
  }

  remainingDailyQuota(): number {
    return this.quota;
  }

  send(message: MailMessage): void {
    checkHeaders(message);
    const refusal = this.refuse(message);
    if (refusal) throw refusal;
    if (recipientsOf(message) > this.quota)
      throw new Error('Service invoked too many times for one day: email.');
    this.quota -= recipientsOf(message);
    this.journal.push(`send:${message.to.join()}`);
    this.outbox.push(message);
  }

  draftsAvailable(): boolean {
    return this.drafting;
  }

  createDraft(message: MailMessage): void {
    if (!this.drafting) throw new Error('Drafts need the --with-gmail build');
    checkHeaders(message);
    this.drafts.push(message);
  }
}

export class MemoryProperties implements PropertyStore {
  readonly values: Map<string, string>;

  constructor(initial: Record<string, string>) {
    this.values = new Map(Object.entries(initial));
  }

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  getAll(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  set(key: string, value: string): void {
    this.values.set(key, value);
  }

  /** `setProperties(properties)`: adds and overwrites, keeps the others. */
  setAll(properties: Record<string, string>): void {
    for (const [key, value] of Object.entries(properties)) this.values.set(key, value);
  }

  delete(key: string): void {
    this.values.delete(key);
  }
}

/** A cache (the document's or the user's) in a map: what the adapter can keep (cachePieces.ts), expiry on this env's clock. */
export class MemoryCache implements ResultCache {
  readonly entries = new Map<string, { value: string; expiresAtMs: number }>();
  /** A fault to inject: the cache service is down (nothing read, nothing kept). */
  down = false;

  constructor(private readonly clock: Clock) {}

  get(key: string): string | null {
    const entry = this.entries.get(key);
    if (this.down || !entry || entry.expiresAtMs <= this.clock.now().getTime()) return null;
    return entry.value;
  }

  put(key: string, value: string, seconds: number): boolean {
    if (this.down || piecesOf(key, value) === null) return false;
    this.entries.set(key, { value, expiresAtMs: this.clock.now().getTime() + seconds * 1000 });
    return true;
  }
}

export class MemoryLock implements DocumentLock {
  /** Another execution holds the document lock: every wait times out. */
  heldElsewhere = false;
  held = false;
  acquired = 0;
  /** Every call of `release()`, held or not: a test can tell a use case released what it never took. */
  releaseCalls = 0;

  tryAcquire(_timeoutMs: number): boolean {
    if (this.heldElsewhere) return false;
    this.held = true;
    this.acquired += 1;
    return true;
  }

  /** Releasing a lock not held does nothing, as the adapter checks `hasLock()` first. */
  release(): void {
    this.releaseCalls += 1;
    this.held = false;
  }
}

export class MemoryTriggers implements Triggers {
  readonly installed: (TriggerInfo & { everyHours: number })[] = [];
  private next = 1;

  list(): TriggerInfo[] {
    return this.installed.map(({ id, handler, source }) => ({ id, handler, source }));
  }

  createHourly(handler: string): void {
    this.installed.push({ id: `trigger-${this.next}`, handler, source: 'clock', everyHours: 1 });
    this.next += 1;
  }

  remove(id: string): void {
    const index = this.installed.findIndex((trigger) => trigger.id === id);
    if (index >= 0) this.installed.splice(index, 1);
  }
}

export class MemoryUi implements Ui {
  readonly sidebars: { page: string; title: string }[] = [];
  readonly alerts: string[] = [];
  readonly menus: { title: string; entries: readonly MenuEntry[]; unauthorized: boolean }[] = [];

  showSidebar(page: string, title: string): void {
    this.sidebars.push({ page, title });
  }

  alert(message: string): void {
    this.alerts.push(message);
  }

  addMenu(title: string, entries: readonly MenuEntry[], options: { unauthorized: boolean }): void {
    this.menus.push({ title, entries, unauthorized: options.unauthorized });
  }
}

export class MemoryClock implements Clock {
  constructor(private instant: Date) {}

  now(): Date {
    return new Date(this.instant.getTime());
  }

  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }
}

export class MemoryLogger implements Logger {
  readonly lines: { level: 'log' | 'error'; message: string; context?: unknown }[] = [];

  log(message: string, context?: unknown): void {
    this.lines.push({ level: 'log', message, context });
  }

  error(message: string, context?: unknown): void {
    this.lines.push({ level: 'error', message, context });
  }

  errors(): string[] {
    return this.lines.filter((line) => line.level === 'error').map((line) => line.message);
  }
}

/** The default build's mailbox: there is none (the Gmail build's tests give their own). */
export class NoMailbox implements Mailbox {
  available(): boolean {
    return false;
  }

  startThread(): SentInThread {
    throw new Error('The mailbox needs the Gmail build');
  }

  replyInThread(): SentInThread | null {
    throw new Error('The mailbox needs the Gmail build');
  }

  draft(): DraftInThread {
    throw new Error('The mailbox needs the Gmail build');
  }

  incoming(): IncomingMail[] {
    throw new Error('The mailbox needs the Gmail build');
  }
}

/** A message that came into the memory mailbox: a client's reply, an auto-reply, a bounce. */
export type MemoryIncoming = Omit<IncomingMail, 'permalink'> & { permalink?: string };

/**
 * The Gmail build's mailbox in memory: threads of sent messages and drafts, the messages a test
 * drops in (replies, auto-replies, bounces), Drive files to attach. Sending spends the mailer's
 * quota and meets its injected refusals, as GmailApp shares MailApp's daily quota.
 */
export class MemoryMailbox implements Mailbox {
  readonly threads = new Map<string, { sent: ThreadMail[]; drafts: ThreadMail[] }>();
  /** Every message sent, in order, with its thread. */
  readonly sent: { threadId: string; mail: ThreadMail; reply: boolean }[] = [];
  readonly drafts: { threadId: string | null; mail: ThreadMail }[] = [];
  readonly inbox: MemoryIncoming[] = [];
  /** Drive files that can be attached, by id; `noAccess` ones exist but cannot be read. */
  readonly files = new Set<string>();
  readonly noAccess = new Set<string>();
  /** Calls of `incoming` (each a fixed number of Gmail reads). */
  reads = 0;
  private next = 1;

  constructor(
    private readonly mailer: MemoryMailer,
    private readonly journal: string[],
  ) {}

  available(): boolean {
    return true;
  }

  private attach(mail: ThreadMail): AttachmentProblem[] {
    return (mail.attachments ?? []).flatMap((fileId) =>
      this.files.has(fileId)
        ? []
        : [{ fileId, reason: this.noAccess.has(fileId) ? ('no-access' as const) : ('not-found' as const) }],
    );
  }

  private deliver(threadId: string, mail: ThreadMail, reply: boolean): SentInThread {
    checkHeaders(mail);
    const refusal = this.mailer.refuse(mail);
    if (refusal) throw refusal;
    if (recipientsOf(mail) > this.mailer.quota)
      throw new Error('Service invoked too many times for one day: email.');
    this.mailer.quota -= recipientsOf(mail);
    const thread = this.threads.get(threadId) ?? { sent: [], drafts: [] };
    thread.sent.push(mail);
    this.threads.set(threadId, thread);
    this.sent.push({ threadId, mail, reply });
    this.journal.push(`${reply ? 'reply' : 'thread'}:${mail.to.join()}`);
    return {
      threadId,
      messageId: `m-${this.next++}`,
      permalink: permalinkOf(threadId),
      attachmentProblems: this.attach(mail),
    };
  }

  startThread(mail: ThreadMail): SentInThread {
    return this.deliver(`t-${this.next++}`, mail, false);
  }

  replyInThread(threadId: string, mail: ThreadMail): SentInThread | null {
    const thread = this.threads.get(threadId);
    if (!thread) return null;
    // Reply-all reaches everyone the last message did: a thread that would reach an address this
    // mail drops (a bounced or removed contact) cannot carry it, as the Gmail adapter says.
    const last = thread.sent[thread.sent.length - 1];
    const named = new Set([...mail.to, ...(mail.cc ?? []), ...(mail.bcc ?? []), mail.replyTo ?? '']);
    const reached = last ? [...last.to, ...(last.cc ?? []), ...(last.replyTo ? [last.replyTo] : [])] : [];
    if (reached.some((address) => !named.has(address))) return null;
    return this.deliver(threadId, mail, true);
  }

  draft(mail: ThreadMail, threadId: string | null): DraftInThread {
    checkHeaders(mail);
    const id = threadId !== null && this.threads.has(threadId) ? threadId : `t-${this.next++}`;
    const thread = this.threads.get(id) ?? { sent: [], drafts: [] };
    thread.drafts.push(mail);
    this.threads.set(id, thread);
    this.drafts.push({ threadId: id, mail });
    return { threadId: id, attachmentProblems: this.attach(mail) };
  }

  incoming(threadIds: readonly string[], sinceDay: string): IncomingMail[] {
    this.reads += 1;
    const watched = new Set(threadIds);
    return this.inbox
      .filter((m) => m.date.slice(0, 10) >= sinceDay)
      .filter(
        (m) =>
          watched.has(m.threadId) ||
          /mailer-daemon|postmaster/i.test(m.from) ||
          m.headers['x-failed-recipients'],
      )
      .map((m) => ({ ...m, permalink: m.permalink ?? permalinkOf(m.threadId) }));
  }

  /** A thread the user deleted in Gmail: replying to it finds nothing. */
  forget(threadId: string): void {
    this.threads.delete(threadId);
  }
}

const permalinkOf = (threadId: string): string => `https://mail.google.com/mail/#all/${threadId}`;

export interface MemoryEnv extends AppEnv {
  workbook: MemoryWorkbook;
  mailer: MemoryMailer;
  documentProperties: MemoryProperties;
  cache: MemoryCache;
  userCache: MemoryCache;
  user: { email(): string; properties: MemoryProperties };
  lock: MemoryLock;
  triggers: MemoryTriggers;
  ui: MemoryUi;
  clock: MemoryClock;
  logger: MemoryLogger;
  selfTest: MemorySelfTest;
  /** The workbook's writes, flushes and sent mail in the order they happened. */
  journal: string[];
}

export interface MemoryEnvOptions {
  name?: string;
  /** Default `Europe/Moscow`. */
  timeZone?: string;
  /** Default `ru_RU`. */
  locale?: string;
  /** Default Monday 2026-12-07, 09:00 in Moscow. */
  now?: Date | string;
  sheets?: Record<string, MemorySheetInput>;
  properties?: Record<string, string>;
  /** Stored as the settings property, as the settings sidebar saves them. */
  settings?: Partial<Settings>;
  /** Default 100 recipients. */
  quota?: number;
  drafts?: boolean;
  /** The manifest's zone; default the spreadsheet's. */
  scriptTimeZone?: string;
  /** The signed-in user's email; default `''`, as Google gives for many consumer accounts. */
  userEmail?: string;
  /** The Gmail build: a memory mailbox (threads, incoming mail, attachments) and drafts. */
  gmail?: boolean;
}

export function memoryEnv(options: MemoryEnvOptions = {}): MemoryEnv {
  const timeZone = options.timeZone ?? 'Europe/Moscow';
  const journal: string[] = [];
  const workbook = new MemoryWorkbook(
    { name: options.name ?? 'agency', timeZone, locale: options.locale ?? 'ru_RU' },
    journal,
  );
  for (const [name, content] of Object.entries(options.sheets ?? {})) workbook.addSheet(name, content);
  const properties = { ...options.properties };
  if (options.settings) properties[SETTINGS_PROPERTY] = JSON.stringify(options.settings);
  const clock = new MemoryClock(new Date(options.now ?? '2026-12-07T09:00:00+03:00'));
  const mailer = new MemoryMailer(
    { quota: options.quota ?? 100, drafts: options.drafts ?? options.gmail ?? false },
    journal,
  );
  return {
    workbook,
    mailer,
    mailbox: options.gmail ? new MemoryMailbox(mailer, journal) : new NoMailbox(),
    documentProperties: new MemoryProperties(properties),
    cache: new MemoryCache(clock),
    userCache: new MemoryCache(clock),
    user: { email: () => options.userEmail ?? '', properties: new MemoryProperties({}) },
    lock: new MemoryLock(),
    triggers: new MemoryTriggers(),
    ui: new MemoryUi(),
    clock,
    logger: new MemoryLogger(),
    selfTest: new MemorySelfTest(workbook, options.scriptTimeZone ?? timeZone),
    journal,
  };
}
