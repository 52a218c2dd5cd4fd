/**
 * The Gmail build's mailbox adapter (src/gas/mailbox.ts) over the local GmailApp, DriveApp and
 * Session: reminders as one thread, a thread that cannot carry a mail, drafts in threads, Drive
 * files attached or reported, and what came in read in a number of calls that does not grow with
 * the threads watched.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { ThreadMail } from '../../src/app/ports';
import { GasMailbox } from '../../src/gas/mailbox';
import { CallCounter } from '../../src/local/services/counters';
import { readInbox } from '../../src/local/services/gmail/inbox';
import { createMailServices } from '../../src/local/services/mail/mail';
import { closeComposer } from '../../src/local/services/mail/mime';
import { LocalSession } from '../../src/local/services/session';
import { emptyState, type LocalState } from '../../src/local/services/state';
import { bounce, clientReply, dropIntoInbox, outOfOffice } from '../support/inboxMail';

const USER = 'manager@agency.example';
const globals = globalThis as Record<string, unknown>;
const SERVICES = ['GmailApp', 'DriveApp', 'Session', '__WITH_GMAIL__'];

afterAll(() => closeComposer());
afterEach(() => {
  for (const name of SERVICES) delete globals[name];
});

interface World {
  outDir: string;
  driveDir: string;
  state: LocalState;
  counter: CallCounter;
}

function world(): World {
  const outDir = mkdtempSync(join(tmpdir(), 'account-desk-mailbox-'));
  const driveDir = join(outDir, '..', `${outDir.split(/[\\/]/).pop()}-drive`);
  return { outDir, driveDir, state: emptyState(), counter: new CallCounter() };
}

/** The Gmail build's services as globals for this "run", the inbox read first as the runtime does. */
async function run(w: World, now = '2026-12-07T06:00:00Z', quota = 100): Promise<GasMailbox> {
  const inbox = await readInbox(join(w.outDir, 'inbox'), Date.parse(now));
  const mail = createMailServices(
    {
      outDir: w.outDir,
      state: w.state,
      today: () => now.slice(0, 10),
      counter: w.counter,
      activeUser: USER,
      now: () => new Date(now),
      dailyQuota: quota,
    },
    { inbox: inbox.messages, driveDir: w.driveDir },
  );
  Object.assign(globals, {
    GmailApp: mail.GmailApp,
    DriveApp: mail.DriveApp,
    Session: new LocalSession(w.counter, () => 'Europe/Moscow', USER),
    __WITH_GMAIL__: true,
  });
  return new GasMailbox();
}

function reminder(overrides: Partial<ThreadMail> = {}): ThreadMail {
  return {
    to: ['client@client.example'],
    cc: ['am@agency.example'],
    replyTo: 'am@agency.example',
    subject: 'Счёт СЧ-1: напоминание',
    body: 'Напоминаем об оплате.',
    htmlBody: '<p>Напоминаем об оплате.</p>',
    name: 'Анна',
    ...overrides,
  };
}

function outbox(w: World, folder = 'outbox'): string[] {
  const dir = join(w.outDir, folder);
  return existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((name) => join(dir, name))
    : [];
}

async function parsed(files: string[]): Promise<ParsedMail[]> {
  return Promise.all(files.map((file) => simpleParser(readFileSync(file))));
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((value) => value.address ?? '')).sort();
}

function driveFile(w: World, id: string, name: string, content: Buffer | string): void {
  mkdirSync(join(w.driveDir, id), { recursive: true });
  writeFileSync(join(w.driveDir, id, name), content);
}

describe('the default build', () => {
  it('has no mailbox: unavailable, and every method throws', () => {
    const mailbox = new GasMailbox();
    expect(mailbox.available()).toBe(false);
    expect(() => mailbox.startThread(reminder())).toThrow('Gmail build');
    expect(() => mailbox.replyInThread('t', reminder())).toThrow('Gmail build');
    expect(() => mailbox.draft(reminder(), null)).toThrow('Gmail build');
    expect(() => mailbox.incoming([], '2026-12-07')).toThrow('Gmail build');
  });
});

describe('threads', () => {
  it('sends three reminders of one cadence as one thread, chained by In-Reply-To and References', async () => {
    const w = world();
    const first = (await run(w)).startThread(reminder());
    // From day 14 the escalation contact is in Cc, and stays there.
    const escalated = reminder({ cc: ['am@agency.example', 'boss@client.example'] });
    const second = (await run(w, '2026-12-14T06:00:00Z')).replyInThread(first.threadId, escalated);
    const third = (await run(w, '2026-12-21T06:00:00Z')).replyInThread(first.threadId, escalated);
    expect(first.permalink).toContain(first.threadId);
    expect(second?.threadId).toBe(first.threadId);
    expect(third?.threadId).toBe(first.threadId);
    expect(new Set([first.messageId, second?.messageId, third?.messageId]).size).toBe(3);
    const [one, two, three] = await parsed(outbox(w));
    expect(two.inReplyTo).toBe(one.messageId);
    expect(three.inReplyTo).toBe(two.messageId);
    expect(three.references).toEqual([one.messageId, two.messageId]);
    expect(two.subject).toBe('Счёт СЧ-1: напоминание');
    expect([...addresses(two.to), ...addresses(two.cc)].sort()).toEqual([
      'am@agency.example',
      'boss@client.example',
      'client@client.example',
    ]);
    expect(two.html).toContain('Напоминаем');
  });

  it('answers null for a thread that is gone, and for one whose reply-all would reach an address the mail drops', async () => {
    const w = world();
    const first = (await run(w)).startThread(
      reminder({ to: ['client@client.example', 'old@client.example'] }),
    );
    const mailbox = await run(w);
    expect(mailbox.replyInThread('0123456789abcdef', reminder())).toBeNull();
    expect(mailbox.replyInThread(first.threadId, reminder())).toBeNull();
    expect(outbox(w)).toHaveLength(1);
  });

  it('leaves no draft behind when the send is refused (over the quota)', async () => {
    const w = world();
    const mailbox = await run(w, '2026-12-07T06:00:00Z', 1);
    expect(() => mailbox.startThread(reminder())).toThrow('too many times');
    expect(outbox(w)).toEqual([]);
    expect(outbox(w, 'drafts')).toEqual([]);
    expect(w.state.gmail).toEqual([]);
  });

  it('refuses a subject with a line break and sends nothing', async () => {
    const mailbox = await run(world());
    expect(() => mailbox.startThread(reminder({ subject: 'Счёт\nBcc: x@evil.example' }))).toThrow(
      'line break',
    );
  });

  it('drafts into a thread, or into a new one', async () => {
    const w = world();
    const first = (await run(w)).startThread(reminder());
    const mailbox = await run(w);
    expect(mailbox.draft(reminder(), first.threadId)).toEqual({
      threadId: first.threadId,
      attachmentProblems: [],
    });
    const fresh = mailbox.draft(reminder({ to: ['new@client.example'] }), null);
    expect(fresh.threadId).not.toBe(first.threadId);
    const [inThread, newThread] = await parsed(outbox(w, 'drafts'));
    expect(inThread.inReplyTo).toBeDefined();
    expect(newThread.inReplyTo).toBeUndefined();
    expect(outbox(w)).toHaveLength(1);
  });
});

describe('attachments from Drive', () => {
  it('attaches a PDF and reports every file it cannot attach, sending the mail all the same', async () => {
    const w = world();
    driveFile(w, 'pdf1', 'Счёт СЧ-1.pdf', '%PDF-1.4 invoice');
    driveFile(w, 'doc1', 'Счёт.docx', 'not a pdf');
    driveFile(w, 'huge1', 'big.pdf', Buffer.alloc(25 * 1024 * 1024 + 1));
    driveFile(w, 'locked1', 'locked.pdf', '%PDF-1.4 secret');
    chmodSync(join(w.driveDir, 'locked1', 'locked.pdf'), 0o000);
    const mailbox = await run(w);
    const sent = mailbox.startThread(
      reminder({ attachments: ['pdf1', 'missing1', 'doc1', 'huge1', 'locked1'] }),
    );
    const locked = process.getuid?.() === 0 ? [] : [{ fileId: 'locked1', reason: 'no-access' }];
    expect(sent.attachmentProblems).toEqual([
      { fileId: 'missing1', reason: 'not-found' },
      { fileId: 'doc1', reason: 'not-convertible' },
      { fileId: 'huge1', reason: 'too-large' },
      ...locked,
    ]);
    const [mail] = await parsed(outbox(w));
    const pdfs = mail.attachments.filter((part) => part.contentType === 'application/pdf');
    expect(pdfs[0].filename).toBe('Счёт СЧ-1.pdf');
    expect(pdfs[0].content.toString()).toBe('%PDF-1.4 invoice');
  });
});

describe('incoming', () => {
  async function threadWithMail() {
    const w = world();
    const first = (await run(w)).startThread(reminder());
    const messageId = w.state.gmail[0].messageId;
    dropIntoInbox(w.outDir, '1-reply.eml', clientReply({ inReplyTo: messageId, text: 'Оплатим в пятницу.' }));
    dropIntoInbox(w.outDir, '2-ooo.eml', outOfOffice({ inReplyTo: messageId }));
    dropIntoInbox(w.outDir, '3-bounce.eml', bounce('gone@other.example', '<unrelated@agency.example>'));
    return { w, first };
  }

  it('returns the messages not from the user in the watched threads and every delivery failure', async () => {
    const { w, first } = await threadWithMail();
    const mailbox = await run(w, '2026-12-09T06:00:00Z');
    const incoming = mailbox.incoming([first.threadId], '2026-12-08');
    expect(
      incoming.map(({ threadId, from, subject }) => ({ own: threadId === first.threadId, from, subject })),
    ).toEqual([
      { own: true, from: 'client@client.example', subject: 'Re: Счёт' },
      { own: true, from: 'client@client.example', subject: 'Out of office: Счёт' },
      { own: false, from: 'mailer-daemon@googlemail.com', subject: 'Delivery Status Notification (Failure)' },
    ]);
    expect(incoming[0].text).toBe('Оплатим в пятницу.');
    expect(incoming[0].date).toBe('2026-12-08T07:00:00.000Z');
    expect(incoming[0].permalink).toBe(first.permalink);
    expect(incoming[0].headers).toEqual({ 'content-type': 'text/plain; charset=utf-8' });
    expect(incoming[2].headers).toMatchObject({
      'x-failed-recipients': 'gone@other.example',
      'auto-submitted': 'auto-replied',
    });
    expect(incoming[2].headers['content-type']).toMatch(/^multipart\/report; report-type=delivery-status/);
  });

  it('leaves out the mail before the day asked about', async () => {
    const { w, first } = await threadWithMail();
    const mailbox = await run(w, '2026-12-12T06:00:00Z');
    expect(mailbox.incoming([first.threadId], '2026-12-11')).toEqual([]);
  });

  it("counts the day asked about in the script's zone (Moscow): 23:30 of the day before is out, 00:30 in", async () => {
    const w = world();
    const first = (await run(w)).startThread(reminder());
    const messageId = w.state.gmail[0].messageId;
    const late = 'Mon, 07 Dec 2026 23:30:00 +0300';
    const early = 'Tue, 08 Dec 2026 00:30:00 +0300';
    dropIntoInbox(w.outDir, 'late.eml', clientReply({ inReplyTo: messageId, date: late, text: 'поздно' }));
    dropIntoInbox(w.outDir, 'early.eml', clientReply({ inReplyTo: messageId, date: early, text: 'рано' }));
    const mailbox = await run(w, '2026-12-09T06:00:00Z');
    expect(mailbox.incoming([first.threadId], '2026-12-08').map((mail) => mail.text)).toEqual(['рано']);
  });

  it('reads in as many calls for twenty watched threads as for one', async () => {
    const { w, first } = await threadWithMail();
    const others: string[] = [];
    for (let i = 0; i < 19; i++)
      others.push((await run(w)).startThread(reminder({ to: [`c${i}@client.example`] })).threadId);
    const calls = async (threadIds: string[]) => {
      const mailbox = await run(w, '2026-12-09T06:00:00Z');
      w.counter.reset();
      mailbox.incoming(threadIds, '2026-12-08');
      return w.counter.snapshot();
    };
    const one = await calls([first.threadId]);
    expect(await calls([first.threadId, ...others])).toEqual(one);
    expect(one['GmailApp.search']).toBe(2);
    expect(one['GmailApp.getMessagesForThreads']).toBe(1);
    // Headers only for the three messages that need classifying.
    expect(one['GmailMessage.getRawContent']).toBe(3);
  });
});
