/**
 * The local GmailApp as Google documents it: a draft sent becomes a message in a thread, a
 * reply-all carries In-Reply-To and References in its `.eml`, threads outlive the runtime in its
 * state, the postbox's quota and checks apply to every Gmail send, and every call is counted.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { CallCounter } from '../../src/local/services/counters';
import { Faults, parseFaults } from '../../src/local/services/faults';
import type { InboxMessage } from '../../src/local/services/gmail/inbox';
import {
  createMailServices,
  QUOTA_EXCEEDED,
  SERVICE_ERROR,
  type MailServicesOptions,
} from '../../src/local/services/mail/mail';
import { closeComposer } from '../../src/local/services/mail/mime';
import { emptyState, parseState, type LocalState } from '../../src/local/services/state';

afterAll(() => closeComposer());

const USER = 'manager@agency.example';

function setup(overrides: Partial<MailServicesOptions> = {}, inbox: InboxMessage[] = []) {
  const outDir = overrides.outDir ?? mkdtempSync(join(tmpdir(), 'account-desk-gmail-'));
  const state: LocalState = overrides.state ?? emptyState();
  const counter = new CallCounter();
  const services = createMailServices(
    {
      outDir,
      state,
      today: () => '2026-12-07',
      counter,
      activeUser: USER,
      now: () => new Date('2026-12-07T06:00:00Z'),
      ...overrides,
    },
    { inbox },
  );
  return { ...services, outDir, state, counter };
}

function files(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

async function parse(file: string): Promise<ParsedMail> {
  return simpleParser(readFileSync(file));
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((value) => value.address ?? ''));
}

const FIRST = {
  cc: 'am@agency.example',
  replyTo: 'am@agency.example',
  htmlBody: '<p>Счёт СЧ-1</p>',
  name: 'Анна',
};

describe('GmailApp.createDraft and GmailDraft.send', () => {
  it('sends the draft into outbox/ as the first message of a new thread, and drafts/ keeps nothing', async () => {
    const { GmailApp, outDir, MailApp, sent } = setup();
    const draft = GmailApp.createDraft('client@client.example', 'Счёт СЧ-1', 'Текст', FIRST);
    expect(files(join(outDir, 'drafts'))).toHaveLength(1);
    const message = draft.send();
    const thread = message.getThread();
    expect(thread.getId()).toBe(message.getId());
    expect(thread.getPermalink()).toContain(thread.getId());
    expect(files(join(outDir, 'drafts'))).toEqual([]);
    expect(sent().map((record) => record.kind)).toEqual(['sent']);
    const [file] = files(join(outDir, 'outbox'));
    const mail = await parse(join(outDir, 'outbox', file));
    expect(mail.messageId).toMatch(/^<[^@>]+@agency\.example>$/);
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.html).toContain('Счёт СЧ-1');
    expect(addressesOf(mail.cc)).toEqual(['am@agency.example']);
    expect(mail.headers.get('x-unsent')).toBeUndefined();
    // Two recipients counted against the daily quota, as MailApp's sends are.
    expect(MailApp.getRemainingDailyQuota()).toBe(98);
  });

  it('refuses to send a draft twice', () => {
    const { GmailApp } = setup();
    const draft = GmailApp.createDraft('client@client.example', 'Счёт', 'Текст');
    draft.send();
    expect(() => draft.send()).toThrow();
  });

  it('meets the daily quota like MailApp and sends nothing over it', () => {
    const { GmailApp, outDir } = setup({ dailyQuota: 1 });
    const draft = GmailApp.createDraft('client@client.example', 'Счёт', 'Текст', { cc: 'am@agency.example' });
    expect(() => draft.send()).toThrow(QUOTA_EXCEEDED);
    expect(files(join(outDir, 'outbox'))).toEqual([]);
  });

  it('refuses a header with a line break, as MailApp does', () => {
    const { GmailApp, outDir } = setup();
    expect(() =>
      GmailApp.createDraft('client@client.example', 'Счёт\nBcc: x@evil.example', 'Текст'),
    ).toThrow();
    expect(files(join(outDir, 'drafts'))).toEqual([]);
  });

  it('meets the fault hooks at the send: a failing service leaves the draft, sends nothing, uses no quota', () => {
    const { GmailApp, MailApp, outDir, state } = setup({ faults: new Faults(parseFaults('mail-fail-at:2')) });
    const draft = GmailApp.createDraft('client@client.example', 'Счёт', 'Текст');
    expect(() => draft.send()).toThrow(SERVICE_ERROR);
    expect(files(join(outDir, 'outbox'))).toEqual([]);
    expect(files(join(outDir, 'drafts'))).toHaveLength(1);
    expect(state.gmail.map((message) => message.draftId !== undefined)).toEqual([true]);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('writes no half message when the disk is full at the send', () => {
    const { GmailApp, outDir, state } = setup({ faults: new Faults(parseFaults('enospc:outbox@2')) });
    const draft = GmailApp.createDraft('client@client.example', 'Счёт', 'Текст');
    expect(() => draft.send()).toThrow(/ENOSPC/);
    expect(files(join(outDir, 'outbox')).filter((name) => name.endsWith('.eml'))).toEqual([]);
    expect(state.gmail).toHaveLength(1);
  });

  it('counts every call by its Apps Script name', () => {
    const { GmailApp, counter } = setup();
    const message = GmailApp.createDraft('client@client.example', 'Счёт', 'Текст').send();
    message.getThread().getMessages();
    expect(counter.snapshot()).toEqual({
      'GmailApp.createDraft': 1,
      'GmailDraft.send': 1,
      'GmailMessage.getThread': 1,
      'GmailThread.getMessages': 1,
    });
  });
});

describe('replies in a thread', () => {
  it('answers with reply-all: In-Reply-To and References name the thread, the options add to Cc', async () => {
    const { GmailApp, outDir } = setup();
    const first = GmailApp.createDraft('client@client.example', 'Счёт СЧ-1', 'Первое', FIRST).send();
    const second = first
      .createDraftReplyAll('Второе', { cc: 'boss@client.example', subject: 'Счёт СЧ-1: напоминание' })
      .send();
    const third = second.createDraftReplyAll('Третье').send();
    expect(second.getThread().getId()).toBe(first.getId());
    expect(third.getThread().getId()).toBe(first.getId());
    const [one, two, three] = await Promise.all(
      files(join(outDir, 'outbox')).map((file) => parse(join(outDir, 'outbox', file))),
    );
    expect(two.inReplyTo).toBe(one.messageId);
    expect(two.references).toEqual(one.messageId);
    expect(three.inReplyTo).toBe(two.messageId);
    expect(three.references).toEqual([one.messageId, two.messageId]);
    // Reply-all of the user's own message: its reply-to (the AM) and its To; never the user.
    expect(addressesOf(two.to).sort()).toEqual(['am@agency.example', 'client@client.example']);
    expect(addressesOf(two.cc)).toEqual(['boss@client.example']);
    expect(two.subject).toBe('Счёт СЧ-1: напоминание');
    expect(three.subject).toBe('Re: Счёт СЧ-1: напоминание');
    expect([...addressesOf(two.to), ...addressesOf(two.cc)]).not.toContain(USER);
    expect(
      GmailApp.getThreadById(first.getId())
        ?.getMessages()
        .map((m) => m.getId()),
    ).toEqual([first.getId(), second.getId(), third.getId()]);
  });

  it('refuses a reply subject over 250 characters', () => {
    const { GmailApp } = setup();
    const first = GmailApp.createDraft('client@client.example', 'Счёт', 'Первое').send();
    expect(() => first.createDraftReplyAll('x', { subject: 'я'.repeat(251) })).toThrow();
  });

  it('keeps threads in the state across runtimes, and knows no thread it never had', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'account-desk-gmail-'));
    const before = setup({ outDir });
    const first = before.GmailApp.createDraft('client@client.example', 'Счёт', 'Первое', FIRST).send();
    const saved = parseState(JSON.parse(JSON.stringify(before.state)));
    const after = setup({ outDir, state: saved });
    const thread = after.GmailApp.getThreadById(first.getThread().getId());
    expect(thread?.getMessages().map((message) => message.getSubject())).toEqual(['Счёт']);
    expect(after.GmailApp.getThreadById('0123456789abcdef')).toBeNull();
  });
});

function inboxMessage(overrides: Partial<InboxMessage>): InboxMessage {
  return {
    messageId: '<reply-1@client.example>',
    references: [],
    returnedMessageIds: [],
    from: 'Client <client@client.example>',
    to: USER,
    cc: '',
    replyTo: '',
    date: Date.parse('2026-12-08T10:00:00Z'),
    subject: 'Re: Счёт',
    plainBody: 'Оплатим в пятницу',
    file: '/dev/null',
    ...overrides,
  };
}

describe('GmailApp.search', () => {
  function mailbox() {
    const first = setup();
    const sent = first.GmailApp.createDraft('client@client.example', 'Счёт', 'Первое', FIRST).send();
    const sentId = sent.getThread().getId();
    const messageId = first.state.gmail[0].messageId;
    const inbox = [
      inboxMessage({ inReplyTo: messageId, references: [messageId] }),
      inboxMessage({
        messageId: '<bounce-1@mx.example>',
        from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        subject: 'Delivery Status Notification (Failure)',
        returnedMessageIds: ['<unknown@agency.example>'],
        date: Date.parse('2026-12-09T10:00:00Z'),
      }),
    ];
    return { ...setup({ state: first.state, outDir: first.outDir }, inbox), sentId };
  }

  it('threads an inbox reply onto the message it answers', () => {
    const { GmailApp, sentId } = mailbox();
    const thread = GmailApp.getThreadById(sentId);
    expect(thread?.getMessages().map((message) => message.getFrom())).toEqual([
      `Анна <${USER}>`,
      'Client <client@client.example>',
    ]);
  });

  it('evaluates from:, -from:me, after:, OR and braces, the most recent thread first', () => {
    const { GmailApp, sentId } = mailbox();
    const ids = (query: string) => GmailApp.search(query, 0, 500).map((thread) => thread.getId());
    const bounceThread = ids('from:mailer-daemon')[0];
    expect(bounceThread).not.toBe(sentId);
    expect(ids('in:anywhere -from:me after:2026/12/08')).toEqual([bounceThread, sentId]);
    expect(ids('in:anywhere -from:me after:2026/12/09')).toEqual([bounceThread]);
    expect(ids('from:me')).toEqual([sentId]);
    expect(ids('from:(mailer-daemon OR postmaster) after:2026/12/01')).toEqual([bounceThread]);
    expect(ids('{from:client@client.example from:postmaster}')).toEqual([sentId]);
    expect(ids('from:client OR from:mailer-daemon')).toEqual([bounceThread, sentId]);
    expect(GmailApp.search('from:me', 1, 10)).toEqual([]);
  });

  it('throws on an operator or a word it does not evaluate, where Gmail would search text', () => {
    const { GmailApp } = mailbox();
    for (const query of ['subject:Счёт', 'оплата', 'label:inbox', 'from:me (', 'has:attachment'])
      expect(() => GmailApp.search(query, 0, 10)).toThrow(/not supported/);
  });

  it('refuses more than 500 threads a call', () => {
    const { GmailApp } = mailbox();
    expect(() => GmailApp.search('from:me', 0, 501)).toThrow(/500/);
  });

  it('gives the messages of many threads in one call', () => {
    const { GmailApp, counter } = mailbox();
    const threads = GmailApp.search('in:anywhere after:2026/12/01', 0, 500);
    counter.reset();
    const messages = GmailApp.getMessagesForThreads(threads);
    expect(messages.map((list) => list.length)).toEqual([1, 2]);
    expect(counter.snapshot()).toEqual({ 'GmailApp.getMessagesForThreads': 1 });
  });
});
