/**
 * The Mailbox port's contract (the Gmail build): one set of assertions run on the memory mailbox
 * the app tests use and on the real adapter (src/gas/mailbox.ts) over the local GmailApp and
 * DriveApp, so an app test of threads, replies and bounces means on the memory environment what
 * it would mean on Google. Each side is given mail that "came in" its own way: the memory mailbox
 * takes it as data, the local Gmail as an `.eml` dropped into `inbox/` before the next run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mailbox, ThreadMail } from '../../src/app/ports';
import { GasMailbox } from '../../src/gas/mailbox';
import { CallCounter } from '../../src/local/services/counters';
import { readInbox } from '../../src/local/services/gmail/inbox';
import { createMailServices } from '../../src/local/services/mail/mail';
import { closeComposer } from '../../src/local/services/mail/mime';
import { LocalSession } from '../../src/local/services/session';
import { emptyState } from '../../src/local/services/state';
import { bounce, clientReply, dropIntoInbox } from '../support/inboxMail';
import { memoryEnv, type MemoryMailbox } from '../support/memoryEnv';

const USER = 'manager@agency.example';

/** A mailbox and the way mail comes into it. */
interface Subject {
  /** The mailbox of the next run (the local one reads its inbox when a run starts). */
  mailbox(): Promise<Mailbox>;
  /** The client answers the thread's first message on 08.12.2026, 10:00 Moscow time. */
  clientAnswers(threadId: string, text: string): void;
  /** A mailer-daemon reports that `address` does not exist (08.12.2026, 12:10 Moscow time). */
  bounces(address: string): void;
  done(): void;
}

function memory(): Subject {
  const mailbox = memoryEnv({ sheets: {}, gmail: true }).mailbox as MemoryMailbox;
  return {
    mailbox: () => Promise.resolve(mailbox),
    clientAnswers: (threadId, text) =>
      mailbox.inbox.push({
        threadId,
        messageId: `reply-${mailbox.inbox.length}`,
        from: 'client@client.example',
        date: '2026-12-08T07:00:00.000Z',
        subject: 'Re: Счёт СЧ-1',
        text,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      }),
    bounces: (address) =>
      mailbox.inbox.push({
        threadId: `bounce-${mailbox.inbox.length}`,
        messageId: `bounce-${mailbox.inbox.length}`,
        from: 'mailer-daemon@googlemail.com',
        date: '2026-12-08T09:10:00.000Z',
        subject: 'Delivery Status Notification (Failure)',
        text: `Address not found: ${address}`,
        headers: {
          'x-failed-recipients': address,
          'content-type': 'multipart/report; report-type=delivery-status',
        },
      }),
    done: () => undefined,
  };
}

const SERVICES = ['GmailApp', 'DriveApp', 'Session', '__WITH_GMAIL__'];

function localGmail(): Subject {
  const outDir = mkdtempSync(join(tmpdir(), 'account-desk-mailbox-contract-'));
  const state = emptyState();
  const globals = globalThis as Record<string, unknown>;
  const now = '2026-12-09T06:00:00Z';
  return {
    async mailbox() {
      const inbox = await readInbox(join(outDir, 'inbox'), Date.parse(now));
      const counter = new CallCounter();
      const mail = createMailServices(
        {
          outDir,
          state,
          today: () => '2026-12-09',
          counter,
          activeUser: USER,
          now: () => new Date('2026-12-07T06:00:00Z'),
        },
        { inbox: inbox.messages, driveDir: join(outDir, 'drive') },
      );
      Object.assign(globals, {
        GmailApp: mail.GmailApp,
        DriveApp: mail.DriveApp,
        Session: new LocalSession(counter, () => 'Europe/Moscow', USER),
        __WITH_GMAIL__: true,
      });
      return new GasMailbox();
    },
    clientAnswers(threadId, text) {
      const first = state.gmail.find((message) => message.threadId === threadId)!;
      dropIntoInbox(
        outDir,
        `reply-${Date.now()}-${Math.random().toString(36).slice(2)}.eml`,
        clientReply({ inReplyTo: first.messageId, text, subject: 'Re: Счёт СЧ-1' }),
      );
    },
    bounces(address) {
      dropIntoInbox(
        outDir,
        `bounce-${Math.random().toString(36).slice(2)}.eml`,
        bounce(address, '<unknown@agency.example>', 'Tue, 08 Dec 2026 09:10:00 +0000'),
      );
    },
    done() {
      for (const name of SERVICES) delete globals[name];
    },
  };
}

afterAll(() => closeComposer());

const reminder = (overrides: Partial<ThreadMail> = {}): ThreadMail => ({
  to: ['client@client.example'],
  cc: ['am@agency.example'],
  replyTo: 'am@agency.example',
  subject: 'Счёт СЧ-1',
  body: 'Добрый день',
  ...overrides,
});

describe.each([
  ['the memory mailbox', memory],
  ['the Gmail adapter over the local GmailApp', localGmail],
])('the Mailbox port on %s', (_name, open) => {
  let subject: Subject;
  beforeEach(() => {
    subject = open();
  });
  afterEach(() => subject.done());

  it('is available in the Gmail build', async () => {
    expect((await subject.mailbox()).available()).toBe(true);
  });

  it('starts a thread, then replies in it; a thread it never had answers null', async () => {
    const mailbox = await subject.mailbox();
    const first = mailbox.startThread(reminder());
    const second = mailbox.replyInThread(first.threadId, reminder());
    expect(second?.threadId).toBe(first.threadId);
    expect(second?.messageId).not.toBe(first.messageId);
    expect(first.attachmentProblems).toEqual([]);
    expect(mailbox.replyInThread('no-such-thread', reminder())).toBeNull();
  });

  it('answers null where a reply-all would reach an address the mail drops, and replies with one added', async () => {
    const mailbox = await subject.mailbox();
    const first = mailbox.startThread(reminder({ to: ['client@client.example', 'old@client.example'] }));
    expect(mailbox.replyInThread(first.threadId, reminder())).toBeNull();
    const escalated = reminder({
      to: ['client@client.example', 'old@client.example'],
      cc: ['am@agency.example', 'boss@client.example'],
    });
    expect(mailbox.replyInThread(first.threadId, escalated)?.threadId).toBe(first.threadId);
  });

  it('drafts into a thread it has, and into a new one', async () => {
    const mailbox = await subject.mailbox();
    const first = mailbox.startThread(reminder());
    expect(mailbox.draft(reminder(), first.threadId).threadId).toBe(first.threadId);
    const fresh = mailbox.draft(reminder(), null).threadId;
    expect(fresh).not.toBeNull();
    expect(fresh).not.toBe(first.threadId);
  });

  it('refuses a header with a line break', async () => {
    const mailbox = await subject.mailbox();
    expect(() => mailbox.startThread(reminder({ subject: 'Счёт\nBcc: x@evil.example' }))).toThrow();
    expect(() => mailbox.draft(reminder({ to: ['a@client.example\r\n'] }), null)).toThrow();
  });

  it('sends with a Drive file it cannot find, and says so', async () => {
    const mailbox = await subject.mailbox();
    const sent = mailbox.startThread(reminder({ attachments: ['no-such-file'] }));
    expect(sent.attachmentProblems).toEqual([{ fileId: 'no-such-file', reason: 'not-found' }]);
  });

  it('reads the client’s reply in a watched thread and every bounce, not the user’s own mail', async () => {
    const first = (await subject.mailbox()).startThread(reminder());
    const other = (await subject.mailbox()).startThread(reminder({ to: ['other@client.example'] }));
    subject.clientAnswers(first.threadId, 'Оплатим в пятницу.');
    subject.clientAnswers(other.threadId, 'Не смотрим этот');
    subject.bounces('gone@client.example');
    const incoming = (await subject.mailbox()).incoming([first.threadId], '2026-12-08');
    expect(
      incoming.map(({ threadId, from, text }) => ({ watched: threadId === first.threadId, from, text })),
    ).toEqual([
      { watched: true, from: 'client@client.example', text: 'Оплатим в пятницу.' },
      {
        watched: false,
        from: 'mailer-daemon@googlemail.com',
        text: expect.stringContaining('gone@client.example'),
      },
    ]);
    expect(incoming[0]).toMatchObject({ date: '2026-12-08T07:00:00.000Z', subject: 'Re: Счёт СЧ-1' });
    expect(incoming[1].headers).toMatchObject({ 'x-failed-recipients': 'gone@client.example' });
    expect(incoming[1].headers['content-type']).toMatch(/^multipart\/report; report-type=delivery-status/);
    expect((await subject.mailbox()).incoming([first.threadId], '2026-12-09')).toEqual([]);
  });
});
