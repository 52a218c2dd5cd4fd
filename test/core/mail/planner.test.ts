import type { ReplyPause } from '../../../src/core/mail/pause';
import { clientMessages, invoice, plan } from '../reminders/planFixture';

const pause: ReplyPause = {
  recipients: 'buh@romashka.ru',
  key: 'reply:m-1',
  threadId: 't-1',
  link: 'https://mail.google.com/mail/#all/t-1',
  repliedOn: '2026-12-08',
  firstLine: 'Оплатим в пятницу',
  until: '2026-12-22',
};
const paused = { replyPauses: new Map([[pause.recipients, pause]]) };
const digestOf = (p: ReturnType<typeof plan>) => p.messages.find((m) => m.kind === 'digest.am');

describe('a client who replied (Gmail build)', () => {
  // Due 01.12: the day-8 overdue reminder is due on 09.12.
  const today = '2026-12-09';

  it('holds their reminder instead of sending it, and costs no quota', () => {
    const [held] = clientMessages(plan(today, [invoice()], { ...paused, quota: 1 }));
    expect(held.status).toBe('held');
    expect(held.held).toEqual(pause);
    expect(clientMessages(plan(today, [invoice()]))[0].status).toBe('ready');
  });

  it('tells the AM in the digest: the day, the first line, until when, with a link to the thread', () => {
    const digest = digestOf(plan(today, [invoice()], paused));
    expect(digest?.body).toContain(
      'ООО Ромашка: клиент ответил 08.12.2026: «Оплатим в пятницу» — напоминания на паузе до 22.12.2026',
    );
    expect(digest?.body).toContain('https://mail.google.com/mail/#all/t-1');
    expect(digest?.htmlBody).toContain(
      '<a href="https://mail.google.com/mail/#all/t-1">открыть переписку</a>',
    );
    expect(digest?.body).not.toMatch(/Просрочено[^\n]*\n• [^\n]*Ромашка/);
  });

  it('says so also on a day no reminder is due', () => {
    const digest = digestOf(plan('2026-12-10', [invoice()], paused));
    expect(digest?.body).toContain('клиент ответил 08.12.2026');
  });

  it('lets a pause date the AM wrote on the row decide instead', () => {
    const doc = invoice({ pausedUntil: '2026-12-09' });
    expect(clientMessages(plan(today, [doc], paused))[0].status).toBe('ready');
  });

  it('holds nothing of another client', () => {
    const other = invoice({ number: '14', counterparty: 'Гранит', clientEmails: ['ceo@granit.ru'] });
    const statuses = clientMessages(plan(today, [invoice(), other], paused)).map((m) => [m.to[0], m.status]);
    expect(statuses).toEqual([
      ['buh@romashka.ru', 'held'],
      ['ceo@granit.ru', 'ready'],
    ]);
  });
});
