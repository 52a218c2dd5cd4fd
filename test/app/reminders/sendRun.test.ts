import { runContext } from '../../../src/app/context';
import type { AppEnv, MailMessage } from '../../../src/app/ports';
import { runReminders, type ReminderOutcome } from '../../../src/app/reminders/sendRun';
import { isoWeekday } from '../../../src/core/calendar';
import type { ReminderInputs } from '../../../src/core/reminders/inputs';
import { SETTINGS_PROPERTY, DEFAULT_SETTINGS } from '../../../src/core/settings';
import { OWNED_SHEETS } from '../../../src/core/ownedSheets';
import { documentId } from '../../../src/core/identity';
import type { ReminderDocument } from '../../../src/core/reminders/types';
import type { CellValue } from '../../../src/core/types';
import { memoryEnv } from '../../support/memoryEnv';

function invoice(n: number): ReminderDocument {
  return {
    id: documentId(String(n), `Клиент ${n}`),
    row: n + 1,
    kind: 'invoice',
    number: String(n),
    counterparty: `Клиент ${n}`,
    isIncoming: true,
    closed: false,
    dueDate: '2026-12-01',
    outstanding: 100_000,
    currency: 'RUB',
    clientEmails: [`c${n}@client.ru`],
    clientEmailInvalid: false,
    managerEmail: null,
    managerName: '',
    paused: false,
    reminderEligible: true,
    problems: [],
    originalsMissing: false,
    renewBy: null,
  };
}

/** The memory environment as the send run sees it, with the knobs these tests turn. */
function sendEnv(opts: { quota?: number; failAfter?: number; refuse?: (to: string) => boolean } = {}) {
  const env = memoryEnv({
    now: '2026-12-02T09:00:00+03:00',
    quota: opts.quota ?? 100,
    settings: { ...DEFAULT_SETTINGS, mode: 'send' },
  });
  let failAfter = opts.failAfter ?? Infinity;
  const refuse = opts.refuse ?? (() => false);
  env.mailer.refuse = (message) => {
    if (env.mailer.outbox.length >= failAfter) return new Error('Service invoked too many times');
    if (refuse(message.to.join())) return new Error('Limit Exceeded: Email Recipients Per Message.');
    return undefined;
  };
  const { calls } = env.workbook;
  const state = {
    set today(day: string) {
      env.clock.set(`${day}T09:00:00+03:00`);
    },
    set quota(recipients: number) {
      env.mailer.quota = recipients;
    },
    set failAfter(messages: number) {
      failAfter = messages;
    },
    /** Sheet reads and writes, the calls a run pays per batch. */
    get calls() {
      return (calls.readSheet ?? 0) + (calls.writeBlock ?? 0) + (calls.appendRows ?? 0);
    },
    /** What happened, in order: `append`, `write`, `flush`, `send:<to>` (the templates sheet's creation aside). */
    get events() {
      return env.journal
        .filter((event) => !event.startsWith('replaceSheet:'))
        .map((event) => event.replace(/^appendRows:.*/, 'append').replace(/^writeBlock:.*/, 'write'));
    },
  };
  const log = (): CellValue[][] => env.workbook.sheets.get(OWNED_SHEETS.log)?.values() ?? [];
  /** Sets one cell of the log as a person (or a killed run) might have left it. */
  const setLog = (row: number, col: number, value: CellValue) =>
    env.workbook.sheet(OWNED_SHEETS.log).setCell(row, col, { value });
  return { env, outbox: env.mailer.outbox, state, log, setLog };
}

type Records = () => ReminderInputs;

/** The daily run's planning and sending (as the trigger runs it, under the lock), on records given here. */
function dailyReminderRun(env: AppEnv, source: Records): ReminderOutcome {
  const ctx = runContext(env, 'trigger');
  const day = { inputs: source(), sheetNames: new Set(env.workbook.sheetNames()) };
  return runReminders(env, ctx, day, { daily: true, weekly: isoWeekday(ctx.today) === 1, preview: false });
}

const five: Records = () => ({ documents: [1, 2, 3, 4, 5].map(invoice), load: null, staffing: [], team: [] });
const sentTo = (outbox: MailMessage[]) => outbox.map((m) => m.to.join()).sort();

describe('the daily send run', () => {
  it('sends nothing the second time it runs on one day', () => {
    const { env, outbox } = sendEnv();
    dailyReminderRun(env, five);
    expect(outbox).toHaveLength(5);
    dailyReminderRun(env, five);
    expect(outbox).toHaveLength(5);
  });

  it('writes a small run ahead in one append and its results in one write, each flushed', () => {
    const { env, state, log } = sendEnv();
    dailyReminderRun(env, five);
    // readSheet ×3 (templates created, log, templates) + 1 append + 1 result write
    expect(state.calls).toBeLessThanOrEqual(5);
    expect(state.events.filter((e) => !e.startsWith('send:'))).toEqual(['append', 'flush', 'write', 'flush']);
    expect(
      log()
        .slice(1)
        .map((r) => r[5]),
    ).toEqual(Array(5).fill('отправлено'));
  });

  it('when the mail service keeps failing, stops after 3 refusals in a row and a re-run sends exactly the rest', () => {
    const { env, outbox, state, log } = sendEnv({ failAfter: 2 });
    const first = dailyReminderRun(env, five);
    expect(outbox).toHaveLength(2);
    expect(first.summary).toContain('отправка остановлена');
    expect(first.ok).toBe(false);
    expect(
      log()
        .slice(1)
        .map((r) => r[5]),
    ).toEqual([
      'отправлено',
      'отправлено',
      'ошибка, попытка 1 из 3: Service invoked too many times',
      'ошибка, попытка 1 из 3: Service invoked too many times',
      'ошибка, попытка 1 из 3: Service invoked too many times',
    ]);
    state.failAfter = Infinity;
    dailyReminderRun(env, five);
    expect(sentTo(outbox)).toEqual([
      'c1@client.ru',
      'c2@client.ru',
      'c3@client.ru',
      'c4@client.ru',
      'c5@client.ru',
    ]);
  });

  it('writes every batch of 10 ahead and flushes it before its first email goes', () => {
    const many: Records = () => ({
      documents: Array.from({ length: 25 }, (_, i) => invoice(i + 1)),
      load: null,
      staffing: [],
      team: [],
    });
    const { env, state, outbox } = sendEnv();
    dailyReminderRun(env, many);
    expect(outbox).toHaveLength(25);
    const compact = state.events.map((e) => (e.startsWith('send:') ? 'send' : e));
    const batches = compact
      .join(' ')
      .split('flush')
      .map((part) => part.trim());
    // ahead(10) | sends(10) + results and ahead(10) | sends(10) + results and ahead(5) | sends(5) + results |
    expect(batches.map((part) => part.split(' ').filter((e) => e === 'send').length)).toEqual([
      0, 10, 10, 5, 0,
    ]);
    expect(batches[0]).toBe('append');
    // The results of a batch and the next batch's write-ahead are one write.
    expect(batches.slice(1, 4).map((part) => part.split(' ').filter((e) => e !== 'send'))).toEqual([
      ['write'],
      ['write'],
      ['write'],
    ]);
  });

  it('marks a refused message failed, sends the others, retries it twice at most, then leaves it to a person', () => {
    const { env, outbox, state, log } = sendEnv({ refuse: (to) => to === 'c2@client.ru' });
    env.documentProperties.set(
      SETTINGS_PROPERTY,
      JSON.stringify({ ...DEFAULT_SETTINGS, mode: 'send', headEmail: 'head@agency.ru' }),
    );
    const first = dailyReminderRun(env, five);
    expect(sentTo(outbox).filter((to) => to.endsWith('client.ru'))).toEqual([
      'c1@client.ru',
      'c3@client.ru',
      'c4@client.ru',
      'c5@client.ru',
    ]);
    expect(first.ok).toBe(false);
    expect(first.failed).toBe(1);
    const results = () =>
      log()
        .filter((r) => String(r[3]).startsWith('c2@'))
        .map((r) => r[5]);
    expect(results()).toEqual(['ошибка, попытка 1 из 3: Limit Exceeded: Email Recipients Per Message.']);
    for (const day of ['2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08']) {
      state.today = day;
      dailyReminderRun(env, five);
    }
    // One row that changed state, three attempts, then no more.
    expect(results()).toEqual([
      'ошибка, попытка 3 из 3 — больше не повторяем, нужно решение человека: Limit Exceeded: Email Recipients Per Message.',
    ]);
    expect(outbox.filter((m) => m.to.join() === 'c2@client.ru')).toEqual([]);
    // The AM (here the head) heard of each refusal in a digest.
    const digests = outbox.filter((m) => m.subject.startsWith('Пульт аккаунта'));
    expect(digests.map((m) => m.body).join('\n')).toMatch(
      /Попытка 1 из 3[\s\S]*Попытка 2 из 3[\s\S]*после 3 попыток/,
    );
  });

  it('keeps one log row for a message the quota defers, day after day, until it goes', () => {
    const { env, outbox, state, log } = sendEnv({ quota: 4 });
    dailyReminderRun(env, five);
    state.today = '2026-12-03';
    state.quota = 0;
    dailyReminderRun(env, five);
    state.today = '2026-12-04';
    state.quota = 10;
    dailyReminderRun(env, five);
    expect(sentTo(outbox).filter((to) => to.endsWith('client.ru'))).toHaveLength(5);
    const rowsOf = (to: string) => log().filter((r) => String(r[3]).startsWith(to));
    for (const n of [1, 2, 3, 4, 5]) expect(rowsOf(`c${n}@`)).toHaveLength(1);
  });

  it('with a quota of 3 and 5 reminders due sends 3 today and 2 tomorrow, none lost', () => {
    const { env, outbox, state, log } = sendEnv({ quota: 3 });
    dailyReminderRun(env, five);
    expect(outbox).toHaveLength(3);
    expect(log().filter((r) => r[5] === 'не отправлено: квота')).toHaveLength(2);
    state.today = '2026-12-03';
    state.quota = 3;
    dailyReminderRun(env, five);
    expect(sentTo(outbox)).toEqual([
      'c1@client.ru',
      'c2@client.ru',
      'c3@client.ru',
      'c4@client.ru',
      'c5@client.ru',
    ]);
  });

  it('never re-sends a row a killed run left pending, and reports its status as unknown', () => {
    const { env, outbox, log, setLog } = sendEnv();
    dailyReminderRun(env, five);
    // Simulate a run killed between the write-ahead and the result write.
    setLog(2, 6, 'отправляется');
    outbox.length = 0;
    const rerun = dailyReminderRun(env, five);
    expect(outbox).toEqual([]);
    expect(log()[1][5]).toContain('статус неизвестен');
    expect(rerun.unknownStatus).toBe(1);
  });

  it('sends and logs nothing in preview mode', () => {
    const { env, outbox, log } = sendEnv();
    env.documentProperties.set(SETTINGS_PROPERTY, JSON.stringify(DEFAULT_SETTINGS));
    const outcome = dailyReminderRun(env, five);
    expect(outbox).toEqual([]);
    expect(log()).toEqual([]);
    expect(outcome.summary).toContain('ушло бы писем: 5');
  });
});
