import { agencyOf } from '../../../src/core/mail/agency';
import { mailboxNews, mergeBounced, parseBounced, watchedThreads } from '../../../src/core/mail/news';
import { activePauses, pauseDateWins } from '../../../src/core/mail/pause';
import { cadenceThreads, threadFor } from '../../../src/core/mail/threads';
import type { IncomingMessage } from '../../../src/core/mail/types';
import { itemsCell, readLogRows, RESULT, unresolvedEntries } from '../../../src/core/reminders/log';
import { keeping, keepReason } from '../../../src/core/reminders/logWindow';
import type { CellValue } from '../../../src/core/types';

const SET = 'buh@romashka.ru';
/** A log row as the send run writes it: time, kind, key, recipients, subject, result, items. */
const row = (
  time: string,
  items: string[],
  thread: string | null,
  result: string = RESULT.sent,
): CellValue[] => [
  time,
  'client',
  `client:${SET}:${time.slice(0, 10)}`,
  `${SET}, anna@agency.ru`,
  'Напоминание',
  result,
  itemsCell(items, { threadId: thread }),
];
const log = (...rows: CellValue[][]) => readLogRows(rows, 2);

describe('the thread a reminder goes in', () => {
  const entries = log(
    row('2026-11-28T06:00:00.000Z', ['predue:12|ооо ромашка'], 't-1'),
    row('2026-12-02T06:00:00.000Z', ['overdue:12|ооо ромашка:stage1', 'predue:13|ооо ромашка'], 't-1'),
    row('2026-10-01T06:00:00.000Z', ['predue:9|ооо ромашка'], 't-0'),
  );
  const message = (day: string, items: string[]) => ({
    key: `client:${SET}:${day}`,
    items: items.map((key) => ({ key })),
  });

  it('keeps the thread id in the items column and reads old rows without one', () => {
    expect(entries[0].threadId).toBe('t-1');
    expect(entries[0].itemKeys).toEqual(['predue:12|ооо ромашка']);
    expect(log(row('2026-11-28T06:00:00.000Z', ['predue:12|ооо ромашка'], null))[0].threadId).toBeUndefined();
  });

  it('answers the thread of the same invoices, and of an invoice added to them', () => {
    const threads = cadenceThreads(entries);
    expect(threadFor(message('2026-12-09', ['overdue:12|ооо ромашка:stage2']), threads)).toBe('t-1');
    expect(threadFor(message('2026-12-09', ['overdue:13|ооо ромашка:stage1']), threads)).toBe('t-1');
  });

  it('starts a new thread for a new cadence (everything before paid) and for a new client', () => {
    const threads = cadenceThreads(entries);
    expect(threadFor(message('2026-12-09', ['predue:20|ооо ромашка']), threads)).toBeNull();
    expect(
      threadFor({ key: 'client:other@x.ru:2026-12-09', items: [{ key: 'predue:12|ооо ромашка' }] }, threads),
    ).toBeNull();
  });

  it('does not take a thread from a row that did not go (pending, unknown, refused)', () => {
    const pending = log(row('2026-12-02T06:00:00.000Z', ['predue:12|ооо ромашка'], 't-9', RESULT.pending));
    expect(cadenceThreads(pending)).toEqual([]);
  });
});

const incoming = (patch: Partial<IncomingMessage>): IncomingMessage => ({
  threadId: 't-1',
  messageId: 'm-1',
  permalink: 'https://mail.google.com/mail/#all/t-1',
  from: 'buh@romashka.ru',
  date: '2026-12-08T07:30:00.000Z',
  subject: 'Re: Напоминание',
  text: 'Добрый день!\nОплатим в пятницу.\n\n> Напоминаем',
  headers: {},
  ...patch,
});

describe('what the mailbox says', () => {
  const entries = log(row('2026-12-07T06:00:00.000Z', ['predue:12|ооо ромашка'], 't-1'));
  const { threads, sinceDay } = watchedThreads(entries);
  const agency = agencyOf(['anna@agency.ru']);
  const news = (messages: IncomingMessage[], known = entries) =>
    mailboxNews({ entries: known, threads, incoming: messages, agency, timeZone: 'Europe/Moscow' });

  it('reads from the day before our oldest last message', () => {
    expect(sinceDay).toBe('2026-12-06');
  });

  it('logs a client’s reply after our last message as a pausing reply row', () => {
    const { replyRows, replies } = news([incoming({})]);
    expect(replies).toBe(1);
    const [reply] = readLogRows(replyRows, 10);
    expect(reply).toMatchObject({
      kind: 'reply',
      key: 'reply:m-1',
      recipients: SET,
      subject: 'Оплатим в пятницу.',
      result: RESULT.replyPause,
      threadId: 't-1',
      link: 'https://mail.google.com/mail/#all/t-1',
    });
  });

  it('ignores an auto-reply, a message from the agency, one before our last message, and a reply already logged', () => {
    expect(news([incoming({ headers: { 'auto-submitted': 'auto-replied' } })])).toMatchObject({
      replies: 0,
      autoReplies: 1,
    });
    expect(news([incoming({ from: 'petr@agency.ru' })]).replies).toBe(0);
    expect(news([incoming({ date: '2026-12-07T05:00:00.000Z' })]).replies).toBe(0);
    expect(news([incoming({ threadId: 'elsewhere' })]).replies).toBe(0);
    const logged = [...entries, ...readLogRows(news([incoming({})]).replyRows, 3)];
    expect(news([incoming({})], logged).replies).toBe(0);
  });

  it('takes a bounce of an address we wrote to, wherever it is', () => {
    const bounce = incoming({
      threadId: 'other',
      from: 'mailer-daemon@googlemail.com',
      subject: 'Delivery Status Notification (Failure)',
      text: 'Your message wasn’t delivered to buh@romashka.ru because the address couldn’t be found.',
      headers: { 'content-type': 'multipart/report; report-type=delivery-status' },
    });
    expect([...news([bounce]).bounced]).toEqual([['buh@romashka.ru', '2026-12-08']]);
    expect(news([bounce]).replies).toBe(0);
  });

  it('keeps bounced addresses in one property, the newest when there are too many', () => {
    const stored = parseBounced('{"a@x.ru":"2026-12-01"}');
    expect(mergeBounced(stored, new Map([['a@x.ru', '2026-12-01']]))).toBeNull();
    expect(parseBounced(mergeBounced(stored, new Map([['b@x.ru', '2026-12-08']])))).toEqual(
      new Map([
        ['a@x.ru', '2026-12-01'],
        ['b@x.ru', '2026-12-08'],
      ]),
    );
    expect(parseBounced('not json')).toEqual(new Map());
    const many = new Map(
      Array.from({ length: 200 }, (_, i) => [
        `p${i}@x.ru`,
        `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      ]),
    );
    expect(parseBounced(mergeBounced(new Map(), many)).size).toBe(150);
  });
});

describe('the pause a reply puts on a client', () => {
  const reply = (result: string, time = '2026-12-08T07:30:00.000Z'): CellValue[] => [
    time,
    'reply',
    'reply:m-1',
    SET,
    'Оплатим в пятницу.',
    result,
    itemsCell([], { threadId: 't-1', link: 'https://mail.google.com/mail/#all/t-1' }),
  ];
  const options = { timeZone: 'Europe/Moscow', pauseDays: 14 };

  it('pauses from the reply for N days, then resumes by itself', () => {
    const entries = log(reply(RESULT.replyPause));
    expect(activePauses(entries, '2026-12-09', options).get(SET)).toMatchObject({
      repliedOn: '2026-12-08',
      until: '2026-12-22',
      firstLine: 'Оплатим в пятницу.',
      link: 'https://mail.google.com/mail/#all/t-1',
    });
    expect(activePauses(entries, '2026-12-21', options).has(SET)).toBe(true);
    expect(activePauses(entries, '2026-12-22', options).has(SET)).toBe(false);
  });

  it('ends when the AM resumes it', () => {
    expect(activePauses(log(reply(RESULT.resumed)), '2026-12-09', options).size).toBe(0);
  });

  it('gives way to a pause date the AM wrote on the row after the reply', () => {
    const [pause] = activePauses(log(reply(RESULT.replyPause)), '2026-12-09', options).values();
    expect(pauseDateWins(pause, '2026-12-10')).toBe(true);
    expect(pauseDateWins(pause, '2026-11-30')).toBe(false);
    expect(pauseDateWins(pause, null)).toBe(false);
  });
});

describe('the log keeps what the Gmail build still needs', () => {
  const reply = (result: string): CellValue[] => [
    '2026-12-03T08:00:00.000Z',
    'reply',
    'reply:m-1',
    SET,
    'Оплатим в пятницу.',
    result,
    itemsCell([], { threadId: 't-1' }),
  ];
  const attachment: CellValue[] = [
    '2026-11-01T06:00:00.000Z',
    'attachment',
    'attachment:client:x:2026-11-01:F1',
    `${SET}, anna@agency.ru`,
    'Напоминание',
    'без вложения: F1: not-found',
    '',
  ];
  const reasonOn = (row: CellValue[], today: string) => {
    const entries = log(row);
    return keepReason(entries[0], keeping(entries, today, 8, new Set(), 14));
  };

  it('keeps a reply row while it pauses its client, and lets it go after', () => {
    expect(reasonOn(reply(RESULT.replyPause), '2026-12-16')).toBe('paused');
    expect(reasonOn(reply(RESULT.replyPause), '2026-12-19')).toBeNull();
    expect(reasonOn(reply(RESULT.resumed), '2026-12-16')).toBeNull();
  });

  it('keeps a reminder that went without its attachment until the AM was told', () => {
    expect(reasonOn(attachment, '2026-12-16')).toBe('untold');
    expect(unresolvedEntries(log(attachment))).toHaveLength(1);
  });
});
