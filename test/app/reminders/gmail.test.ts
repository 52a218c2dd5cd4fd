/**
 * The Gmail build's send run on the memory mailbox: reminders of one cadence in one thread, a
 * client's reply that holds the next one, an auto-reply that does not, a bounce that stops mail
 * to the address, Drive links attached — and the write-ahead order kept throughout.
 */
import { runContext } from '../../../src/app/context';
import { documentStatesOf } from '../../../src/app/documentStates';
import { readWorkbook } from '../../../src/app/readWorkbook';
import { resumeReplyPause } from '../../../src/app/reminders/resume';
import { runReminders, type ReminderOutcome } from '../../../src/app/reminders/sendRun';
import { t } from '../../../src/core/i18n';
import { documentId } from '../../../src/core/identity';
import { BOUNCED_PROPERTY } from '../../../src/core/mail/news';
import { OWNED_SHEETS } from '../../../src/core/ownedSheets';
import type { ReminderInputs } from '../../../src/core/reminders/inputs';
import type { ReminderDocument } from '../../../src/core/reminders/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/types';
import { memoryEnv, type MemoryIncoming, type MemoryMailbox } from '../../support/memoryEnv';

const DRIVE_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz_01';

function invoice(number: string, patch: Partial<ReminderDocument> = {}): ReminderDocument {
  return {
    id: documentId(number, 'Ромашка'),
    row: 2,
    kind: 'invoice',
    number,
    counterparty: 'Ромашка',
    isIncoming: true,
    closed: false,
    dueDate: '2026-12-01',
    outstanding: 100_000,
    currency: 'RUB',
    clientEmails: ['buh@romashka.ru'],
    clientEmailInvalid: false,
    managerEmail: 'anna@agency.ru',
    managerName: 'Анна',
    paused: false,
    reminderEligible: true,
    problems: [],
    originalsMissing: false,
    renewBy: null,
    ...patch,
  };
}

function gmailEnv(mode: 'send' | 'draft' = 'send') {
  const env = memoryEnv({
    now: '2026-12-02T09:00:00+03:00',
    gmail: true,
    settings: { ...DEFAULT_SETTINGS, mode, headEmail: 'head@agency.ru' },
  });
  const mailbox = env.mailbox as MemoryMailbox;
  const run = (day: string, documents: ReminderDocument[]): ReminderOutcome => {
    env.clock.set(`${day}T09:00:00+03:00`);
    const ctx = runContext(env, 'trigger');
    const inputs: ReminderInputs = { documents, load: null, staffing: [], team: [] };
    return runReminders(
      env,
      ctx,
      { inputs, sheetNames: new Set(env.workbook.sheetNames()) },
      {
        daily: true,
        weekly: false,
        preview: false,
      },
    );
  };
  const log = (): CellValue[][] => env.workbook.sheets.get(OWNED_SHEETS.log)?.values().slice(1) ?? [];
  const clientSends = () => mailbox.sent.filter((s) => s.mail.to.includes('buh@romashka.ru'));
  const digests = () => env.mailer.outbox.filter((m) => m.to.includes('anna@agency.ru'));
  const drop = (message: Partial<MemoryIncoming>) =>
    mailbox.inbox.push({
      threadId: clientSends()[0]?.threadId ?? 'none',
      messageId: `in-${mailbox.inbox.length + 1}`,
      from: 'buh@romashka.ru',
      date: '2026-12-03T08:00:00.000Z',
      subject: 'Re: Напоминание',
      text: 'Добрый день!\nОплатим в пятницу, платёжка у директора.\n\n> Напоминаем',
      headers: {},
      ...message,
    });
  return { env, mailbox, run, log, clientSends, digests, drop };
}

describe('reminders of one cadence in one Gmail thread', () => {
  it('starts a thread with the first reminder and answers it with the next, the thread id in the log', () => {
    const { run, clientSends, log, env } = gmailEnv();
    run('2026-12-02', [invoice('12')]);
    run('2026-12-09', [invoice('12'), invoice('13', { dueDate: '2026-12-08' })]);
    const [first, second] = clientSends();
    expect(first.reply).toBe(false);
    expect(second).toMatchObject({ reply: true, threadId: first.threadId });
    const clientRows = log().filter((row) => row[1] === 'client');
    expect(clientRows.map((row) => String(row[6]).split('\n').pop())).toEqual([
      `thread:${first.threadId}`,
      `thread:${first.threadId}`,
    ]);
    // Client mail went through the mailbox only; the digests through MailApp as before.
    expect(env.mailer.outbox.some((m) => m.to.includes('buh@romashka.ru'))).toBe(false);
  });

  it('starts a new thread for a new cadence after everything was paid, and when the old thread is gone', () => {
    const { run, clientSends, mailbox } = gmailEnv();
    run('2026-12-02', [invoice('12')]);
    run('2026-12-09', [
      invoice('12', { closed: true, outstanding: 0 }),
      invoice('20', { dueDate: '2026-12-08' }),
    ]);
    const [first, second] = clientSends();
    expect(second.reply).toBe(false);
    expect(second.threadId).not.toBe(first.threadId);
    mailbox.forget(second.threadId);
    run('2026-12-16', [invoice('20', { dueDate: '2026-12-08' })]);
    const third = clientSends()[2];
    expect(third.reply).toBe(false);
    expect(third.threadId).not.toBe(second.threadId);
  });

  it('keeps the write-ahead order: the row is pending and flushed before the thread gets the email', () => {
    const { run, env } = gmailEnv();
    run('2026-12-02', [invoice('12')]);
    const events = env.journal.filter((e) => /^(appendRows|flush|thread|reply|writeBlock)/.test(e));
    const sentAt = events.findIndex((e) => e.startsWith('thread:'));
    expect(events.slice(0, sentAt).some((e) => e.startsWith('appendRows:' + OWNED_SHEETS.log))).toBe(true);
    expect(events[sentAt - 1]).toBe('flush');
  });

  it('makes drafts in the cadence’s thread in draft mode', () => {
    const { run, mailbox } = gmailEnv('draft');
    run('2026-12-02', [invoice('12')]);
    run('2026-12-09', [invoice('12')]);
    expect(mailbox.drafts).toHaveLength(2);
    expect(mailbox.drafts[1].threadId).toBe(mailbox.drafts[0].threadId);
  });
});

describe('a client who replied', () => {
  it('holds the next reminder, logs it as held and tells the AM with a link to the thread, in one mailbox read', () => {
    const { run, clientSends, drop, log, digests, mailbox } = gmailEnv();
    run('2026-12-02', [invoice('12')]);
    drop({});
    mailbox.reads = 0;
    const outcome = run('2026-12-09', [invoice('12')]);
    expect(clientSends()).toHaveLength(1);
    expect(mailbox.reads).toBe(1);
    expect(outcome.summary).toContain('чтений Gmail 1');
    expect(outcome.summary).toContain('ответов клиентов 1');
    expect(log().find((row) => row[1] === 'reply')).toEqual(
      expect.arrayContaining([
        'reply',
        'buh@romashka.ru',
        'Оплатим в пятницу, платёжка у директора.',
        'пауза: клиент ответил',
      ]),
    );
    expect(
      log()
        .filter((row) => row[1] === 'client')
        .map((row) => row[5]),
    ).toEqual(['отправлено', 'не отправлено: клиент ответил 03.12']);
    const digest = digests().at(-1);
    expect(digest?.body).toContain(
      'Ромашка: клиент ответил 03.12.2026: «Оплатим в пятницу, платёжка у директора.»',
    );
    expect(digest?.body).toContain(`https://mail.google.com/mail/#all/${clientSends()[0].threadId}`);
  });

  it('resumes by itself after the pause days, with the held row updated, not a new one', () => {
    const { run, clientSends, drop, log, env } = gmailEnv();
    env.documentProperties.set(
      'accountDesk.settings',
      JSON.stringify({
        ...DEFAULT_SETTINGS,
        mode: 'send',
        reminders: { ...DEFAULT_SETTINGS.reminders, replyPauseDays: 7 },
      }),
    );
    run('2026-12-02', [invoice('12')]);
    drop({});
    run('2026-12-09', [invoice('12')]);
    expect(clientSends()).toHaveLength(1);
    run('2026-12-10', [invoice('12')]);
    expect(clientSends()).toHaveLength(2);
    expect(clientSends()[1].reply).toBe(true);
    expect(
      log()
        .filter((row) => row[1] === 'client')
        .map((row) => row[5]),
    ).toEqual(['отправлено', 'отправлено']);
  });

  it('goes on the same day once the AM presses «Возобновить», in the same thread', () => {
    const { run, clientSends, drop, log, env } = gmailEnv();
    run('2026-12-02', [invoice('12')]);
    drop({});
    const held = run('2026-12-09', [invoice('12')]).messages.find((m) => m.status === 'held');
    expect(held?.held?.key).toBe('reply:in-1');
    const ctx = runContext(env, 'sidebar');
    expect(resumeReplyPause(env, ctx, 'reply:in-1')).toBe(t('ru', 'mail.resumed'));
    expect(log().find((row) => row[1] === 'reply')?.[5]).toBe('возобновлено');
    expect(resumeReplyPause(env, ctx, 'reply:in-1')).toBe(t('ru', 'mail.resumeUnknown'));
    expect(resumeReplyPause(env, ctx, { evil: true })).toBe(t('ru', 'mail.resumeUnknown'));
    run('2026-12-09', [invoice('12')]);
    expect(clientSends()).toHaveLength(2);
    expect(clientSends()[1].reply).toBe(true);
  });

  it('is not paused by an out-of-office, nor by a colleague from the agency', () => {
    const { run, clientSends, drop } = gmailEnv();
    run('2026-12-02', [invoice('12')]);
    drop({ subject: 'Автоответ: Напоминание', headers: { 'auto-submitted': 'auto-replied' } });
    drop({ from: 'petr@agency.ru', text: 'Клиент обещал оплатить' });
    run('2026-12-09', [invoice('12')]);
    expect(clientSends()).toHaveLength(2);
  });
});

describe('a bounce', () => {
  it('stops mail to the address, keeps it for the next recalculation and tells the AM', () => {
    const { run, clientSends, drop, env, digests } = gmailEnv();
    run('2026-12-02', [invoice('12')]);
    drop({
      threadId: 'bounce-thread',
      from: 'mailer-daemon@googlemail.com',
      subject: 'Delivery Status Notification (Failure)',
      text: 'Your message wasn’t delivered to buh@romashka.ru because the address couldn’t be found.',
      headers: { 'content-type': 'multipart/report; report-type=delivery-status' },
    });
    const outcome = run('2026-12-09', [invoice('12')]);
    expect(clientSends()).toHaveLength(1);
    expect(JSON.parse(env.documentProperties.get(BOUNCED_PROPERTY) ?? '{}')).toEqual({
      'buh@romashka.ru': '2026-12-03',
    });
    expect(outcome.summary).toContain('отказов доставки 1');
    expect(digests().at(-1)?.body).toContain('письма на buh@romashka.ru возвращаются');
  });
});

describe('attachments', () => {
  it('attaches a Drive-linked invoice as a file; a file that cannot be attached leaves the link and is told', () => {
    const { run, mailbox, log, digests } = gmailEnv();
    const link = `https://drive.google.com/file/d/${DRIVE_ID}/view`;
    mailbox.files.add(DRIVE_ID);
    run('2026-12-02', [invoice('12', { link })]);
    expect(mailbox.sent[0].mail.attachments).toEqual([DRIVE_ID]);
    const missing = 'https://docs.google.com/document/d/1ZzZzZzZzZzZzZzZzZzZzZ/edit';
    run('2026-12-09', [invoice('12', { link }), invoice('13', { dueDate: '2026-12-08', link: missing })]);
    const second = mailbox.sent.find((s) => s.mail.to.includes('buh@romashka.ru') && s.reply);
    expect(second?.mail.attachments).toEqual([DRIVE_ID, '1ZzZzZzZzZzZzZzZzZzZzZ']);
    expect(second?.mail.body).toContain(missing);
    expect(log().find((row) => row[1] === 'attachment')?.[5]).toBe(
      'без вложения: 1ZzZzZzZzZzZzZzZzZzZzZ: not-found',
    );
    run('2026-12-10', [invoice('12', { link }), invoice('13', { dueDate: '2026-12-08', link: missing })]);
    expect(
      digests()
        .map((m) => m.body)
        .join('\n'),
    ).toContain('ушло без вложения 1ZzZzZzZzZzZzZzZzZzZzZ: файл не найден на Диске');
  });
});

describe('a bounced address on its rows', () => {
  const sheets = {
    Документы: [
      ['Тип', 'Номер', 'Клиент', 'Дата', 'Сумма', 'Срок оплаты', 'Email клиента'],
      ['счёт', '12', 'Ромашка', '01.11.2026', '1 000 ₽', '01.12.2026', 'buh@romashka.ru'],
      ['счёт', '14', 'Гранит', '01.11.2026', '1 000 ₽', '01.12.2026', 'ceo@granit.ru'],
    ],
  };
  const problemsOf = (gmail: boolean) => {
    const env = memoryEnv({ now: '2026-12-09T09:00:00+03:00', gmail, sheets });
    env.documentProperties.set(BOUNCED_PROPERTY, '{"buh@romashka.ru":"2026-12-03"}');
    const ctx = runContext(env, 'trigger');
    const states = documentStatesOf(readWorkbook(env, ctx, { styles: false }), ctx)?.states ?? [];
    return states.map((state) => [state.problems.map((p) => p.text).join('; '), state.reminderEligible]);
  };

  it('flags the row in Проверка (its problem) and keeps it from being reminded, in the Gmail build only', () => {
    expect(problemsOf(true)).toEqual([
      [
        'G2: письма на buh@romashka.ru возвращаются (отказ доставки) — исправьте адрес; напоминания на него не уходят',
        false,
      ],
      ['', true],
    ]);
    expect(problemsOf(false)).toEqual([
      ['', true],
      ['', true],
    ]);
  });
});
