import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { CallCounter } from '../../src/local/services/counters';
import { Faults, parseFaults } from '../../src/local/services/faults';
import {
  createMailServices,
  QUOTA_EXCEEDED,
  SERVICE_ERROR,
  type MailServicesOptions,
} from '../../src/local/services/mail/mail';
import { slugOf } from '../../src/local/services/mail/outbox';
import { closeComposer } from '../../src/local/services/mail/mime';
import { emptyState, type LocalState } from '../../src/local/services/state';

afterAll(() => closeComposer());

function setup(overrides: Partial<MailServicesOptions> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'account-desk-mail-'));
  const state: LocalState = overrides.state ?? emptyState();
  let day = '2026-12-07';
  const counter = new CallCounter();
  const services = createMailServices({
    outDir,
    state,
    today: () => day,
    counter,
    activeUser: 'manager@agency.example',
    now: () => new Date('2026-12-07T06:00:00Z'),
    ...overrides,
  });
  return { ...services, outDir, state, counter, setDay: (next: string) => (day = next) };
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

describe('MailApp.sendEmail', () => {
  it('writes one RFC 5322 message per email with UTF-8 headers a mail client decodes', async () => {
    const { MailApp, outDir } = setup();
    MailApp.sendEmail({
      to: 'buh@client.example.ru, Иван <ivan@client.example.ru>',
      cc: 'am@agency.example',
      bcc: 'archive@agency.example',
      replyTo: 'am@agency.example',
      subject: 'Напоминание: счёт № 12 на 10 000 ₽',
      body: 'Добрый день!\nСрок оплаты — 10.12.2026.',
      htmlBody: '<p>Добрый день!</p>',
      name: 'Анна из агентства',
    });
    const [file] = files(join(outDir, 'outbox'));
    expect(file).toBe('0001-napominanie-schet-no-12-na-10-000.eml');
    const raw = readFileSync(join(outDir, 'outbox', file), 'utf8');
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
    // Header lines are ASCII: the Russian text is encoded, not raw.
    expect(raw.split(/\r?\n\r?\n/)[0]).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    const mail = await parse(join(outDir, 'outbox', file));
    expect(mail.subject).toBe('Напоминание: счёт № 12 на 10 000 ₽');
    expect(mail.from?.value).toEqual([{ name: 'Анна из агентства', address: 'manager@agency.example' }]);
    expect(addressesOf(mail.to)).toEqual(['buh@client.example.ru', 'ivan@client.example.ru']);
    expect(addressesOf(mail.cc)).toEqual(['am@agency.example']);
    expect(addressesOf(mail.bcc)).toEqual(['archive@agency.example']);
    expect(addressesOf(mail.replyTo)).toEqual(['am@agency.example']);
    expect(mail.text?.trim()).toBe('Добрый день!\nСрок оплаты — 10.12.2026.');
    expect(mail.html).toContain('<p>Добрый день!</p>');
    expect(mail.date?.toISOString()).toBe('2026-12-07T06:00:00.000Z');
  });

  it.each([
    ['(recipient, subject, body)', ['a@example.com', 'Тема', 'Текст'], undefined],
    [
      '(recipient, subject, body, options)',
      ['a@example.com', 'Тема', 'Текст', { cc: 'c@example.com' }],
      'c@example.com',
    ],
    [
      '(message)',
      [{ to: 'a@example.com', subject: 'Тема', body: 'Текст', cc: 'c@example.com' }],
      'c@example.com',
    ],
  ])('accepts the documented signature %s', (_name, args, cc) => {
    const { MailApp, sent } = setup();
    (MailApp.sendEmail as (...a: unknown[]) => void)(...args);
    expect(sent()).toMatchObject([
      { to: ['a@example.com'], subject: 'Тема', body: 'Текст', cc: cc ? [cc] : [] },
    ]);
  });

  it('accepts the documented signature (to, replyTo, subject, body)', () => {
    const { MailApp, sent } = setup();
    MailApp.sendEmail('a@example.com', 'am@agency.example', 'Тема', 'Текст');
    expect(sent()).toMatchObject([{ to: ['a@example.com'], replyTo: 'am@agency.example', subject: 'Тема' }]);
  });

  it('numbers messages after the files already in the outbox', () => {
    const { MailApp, outDir } = setup();
    mkdirSync(join(outDir, 'outbox'));
    writeFileSync(join(outDir, 'outbox', '0007-earlier-run.eml'), '');
    MailApp.sendEmail('a@example.com', 'Second run', 'x');
    expect(files(join(outDir, 'outbox'))).toEqual(['0007-earlier-run.eml', '0008-second-run.eml']);
  });

  it.each([
    [
      'subject',
      { to: 'a@example.com', subject: 'Счёт\nBcc: victim@example.com', body: 'x' },
      'Invalid argument: subject',
    ],
    ['name', { to: 'a@example.com', subject: 's', body: 'x', name: 'A\r\nB' }, 'Invalid argument: name'],
    [
      'replyTo',
      { to: 'a@example.com', subject: 's', body: 'x', replyTo: 'a@example.com\n' },
      'Invalid argument: replyTo',
    ],
    [
      'an invalid address',
      { to: 'not-an-address', subject: 's', body: 'x' },
      'Invalid email: not-an-address',
    ],
    [
      'an address with more than 64 characters before the @',
      { to: `${'x'.repeat(65)}@example.com`, subject: 's', body: 'x' },
      'Invalid email',
    ],
    [
      'a body over 200 KB',
      { to: 'a@example.com', subject: 's', body: 'я'.repeat(103_000) },
      'Limit Exceeded: Email Body Size.',
    ],
    ['no recipient', { to: '', subject: 's', body: 'x' }, 'Failed to send email: no recipient'],
  ])('rejects %s and sends nothing', (_name, message, error) => {
    const { MailApp, outDir, state } = setup();
    expect(() => MailApp.sendEmail(message)).toThrow(error);
    expect(files(join(outDir, 'outbox'))).toEqual([]);
    expect(state.mailQuota.used).toBe(0);
  });

  it('writes each message whole or not at all: a full disk leaves no file in the outbox', () => {
    const { MailApp, outDir } = setup({ faults: new Faults(parseFaults('enospc:outbox@2')) });
    MailApp.sendEmail('a@example.com', 'first', 'x');
    expect(() => MailApp.sendEmail('b@example.com', 'second', 'x')).toThrow('ENOSPC');
    expect(files(join(outDir, 'outbox'))).toEqual(['0001-first.eml']);
  });

  it('rejects more than 50 recipients in one message', () => {
    const { MailApp } = setup();
    const to = Array.from({ length: 51 }, (_, i) => `r${i}@example.com`).join(',');
    expect(() => MailApp.sendEmail(to, 's', 'x')).toThrow('Limit Exceeded: Email Recipients Per Message.');
  });
});

describe('the daily mail quota', () => {
  it('starts at 100 and drops by one per recipient, cc and bcc included', () => {
    const { MailApp } = setup();
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail('a@example.com,b@example.com', 's', 'x', { cc: 'c@example.com', bcc: 'd@example.com' });
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
  });

  it('throws the Apps Script error beyond the quota and writes nothing', () => {
    const { MailApp, outDir } = setup({ dailyQuota: 2 });
    MailApp.sendEmail('a@example.com', 's', 'x');
    expect(() => MailApp.sendEmail('a@example.com,b@example.com', 's', 'x')).toThrow(QUOTA_EXCEEDED);
    expect(files(join(outDir, 'outbox'))).toHaveLength(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
  });

  it('persists the used quota in the state for that day and starts afresh the next day', () => {
    const first = setup({ dailyQuota: 3 });
    first.MailApp.sendEmail('a@example.com,b@example.com', 's', 'x');
    expect(first.state.mailQuota).toEqual({ day: '2026-12-07', used: 2 });
    const second = setup({ dailyQuota: 3, state: first.state });
    expect(second.MailApp.getRemainingDailyQuota()).toBe(1);
    second.setDay('2026-12-08');
    expect(second.MailApp.getRemainingDailyQuota()).toBe(3);
  });
});

describe('GmailApp', () => {
  it('writes drafts to drafts/, marked unsent, without using the quota', async () => {
    const { GmailApp, MailApp, outDir, sent } = setup();
    GmailApp.createDraft('a@example.com', 'Черновик', 'Текст', { cc: 'am@agency.example' });
    expect(sent()[0].subject).toBe('Черновик');
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    expect(files(join(outDir, 'outbox'))).toEqual([]);
    const [file] = files(join(outDir, 'drafts'));
    const mail = await parse(join(outDir, 'drafts', file));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(addressesOf(mail.cc)).toEqual(['am@agency.example']);
  });
});

describe('the mail failure hook', () => {
  it('lets the first k messages through and fails the next with a service error', () => {
    const { MailApp, outDir } = setup({ failAfter: 2 });
    MailApp.sendEmail('a@example.com', 'one', 'x');
    MailApp.sendEmail('a@example.com', 'two', 'x');
    expect(() => MailApp.sendEmail('a@example.com', 'three', 'x')).toThrow(SERVICE_ERROR);
    expect(files(join(outDir, 'outbox'))).toEqual(['0001-one.eml', '0002-two.eml']);
  });

  it('is read from the environment for subprocesses', () => {
    process.env.ACCOUNT_DESK_MAIL_FAIL_AFTER = '0';
    try {
      const { MailApp } = setup();
      expect(() => MailApp.sendEmail('a@example.com', 'one', 'x')).toThrow(SERVICE_ERROR);
    } finally {
      delete process.env.ACCOUNT_DESK_MAIL_FAIL_AFTER;
    }
  });
});

describe('mail call counting and file names', () => {
  it('counts each service call by name', () => {
    const { MailApp, counter } = setup();
    MailApp.getRemainingDailyQuota();
    MailApp.sendEmail('a@example.com', 's', 'x');
    expect(counter.snapshot()).toEqual({ 'MailApp.getRemainingDailyQuota': 1, 'MailApp.sendEmail': 1 });
  });

  it.each([
    ['Просрочка 5 дней: счёт № 7', 'prosrochka-5-dnei-schet-no-7'],
    ['Payment reminder — ООО «Ромашка»', 'payment-reminder-ooo-romashka'],
    ['!!!', 'message'],
  ])('names the file after the subject %s', (subject, slug) => {
    expect(slugOf(subject)).toBe(slug);
  });
});
