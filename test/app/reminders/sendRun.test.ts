import { runContext } from '../../../src/app/context';
import type { AppEnv, CellBlock, MailMessage } from '../../../src/app/ports';
import { runReminders, type ReminderOutcome } from '../../../src/app/reminders/sendRun';
import { isoWeekday } from '../../../src/core/calendar';
import type { ReminderInputs } from '../../../src/core/reminders/inputs';
import { SETTINGS_PROPERTY, DEFAULT_SETTINGS } from '../../../src/core/settings';
import { OWNED_SHEETS } from '../../../src/core/ownedSheets';
import { documentId } from '../../../src/core/identity';
import type { ReminderDocument } from '../../../src/core/reminders/types';
import type { CellValue } from '../../../src/core/types';

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

/** An in-memory spreadsheet + mailer, enough for the send run's ports. */
function fakeEnv(opts: { quota?: number; failAfter?: number; refuse?: (to: string) => boolean } = {}) {
  const sheets = new Map<string, CellValue[][]>();
  const outbox: MailMessage[] = [];
  const state = {
    today: '2026-12-02',
    quota: opts.quota ?? 100,
    failAfter: opts.failAfter ?? Infinity,
    refuse: opts.refuse ?? (() => false),
    calls: 0,
    /** What happened, in order: `append`, `write`, `flush`, `send:<to>`. */
    events: [] as string[],
  };
  const props = new Map<string, string>([
    [SETTINGS_PROPERTY, JSON.stringify({ ...DEFAULT_SETTINGS, mode: 'send' })],
  ]);
  const env = {
    workbook: {
      name: () => 'test',
      timeZone: () => 'Europe/Moscow',
      locale: () => 'ru_RU',
      sheetNames: () => [...sheets.keys()],
      readSheet: (name: string) => {
        state.calls += 1;
        const values = sheets.get(name);
        return values ? { sheet: name, values, display: [], backgrounds: [], formats: [] } : null;
      },
      replaceSheet: (name: string, content: { blocks: { block: CellBlock }[] }) =>
        sheets.set(
          name,
          // The log and templates sheets hold no day cells.
          content.blocks[0].block.values.map((r) => [...r] as CellValue[]),
        ),
      writeBlock: (name: string, row: number, col: number, block: CellBlock) => {
        state.calls += 1;
        state.events.push('write');
        const values = sheets.get(name)!;
        block.values.forEach((r, i) =>
          r.forEach((v, j) => (values[row - 1 + i][col - 1 + j] = v as CellValue)),
        );
      },
      appendRows: (name: string, rows: CellValue[][], header?: CellValue[]) => {
        state.calls += 1;
        state.events.push('append');
        if (!sheets.has(name)) sheets.set(name, header ? [header] : []);
        sheets.get(name)!.push(...rows.map((r) => [...r]));
      },
      toast: () => undefined,
      flush: () => state.events.push('flush'),
    },
    mailer: {
      remainingDailyQuota: () => state.quota,
      send: (message: MailMessage) => {
        if (outbox.length >= state.failAfter) throw new Error('Service invoked too many times');
        if (state.refuse(message.to.join())) throw new Error('Limit Exceeded: Email Recipients Per Message.');
        state.events.push(`send:${message.to.join()}`);
        state.quota -= message.to.length + (message.cc?.length ?? 0);
        outbox.push(message);
      },
      draftsAvailable: () => false,
      createDraft: () => undefined,
    },
    documentProperties: {
      get: (k: string) => props.get(k) ?? null,
      getAll: () => Object.fromEntries(props),
      set: (k: string, v: string) => props.set(k, v),
      setAll: () => undefined,
      delete: (k: string) => props.delete(k),
    },
    lock: { tryAcquire: () => true, release: () => undefined },
    triggers: {
      list: () => [],
      createDaily: () => undefined,
      createWeekly: () => undefined,
      remove: () => undefined,
    },
    ui: { showSidebar: () => undefined, alert: () => undefined },
    clock: { now: () => new Date(`${state.today}T09:00:00+03:00`) },
    logger: { log: () => undefined, error: () => undefined },
  } as unknown as AppEnv;
  const log = () => sheets.get(OWNED_SHEETS.log) ?? [];
  return { env, outbox, state, log };
}

type Records = () => ReminderInputs;

/** The daily run's planning and sending (as the trigger runs it, under the lock), on records given here. */
function dailyReminderRun(env: AppEnv, source: Records): ReminderOutcome {
  const ctx = runContext(env, 'trigger');
  const day = { inputs: source(), sheetNames: new Set(env.workbook.sheetNames()) };
  return runReminders(env, ctx, day, { daily: true, weekly: isoWeekday(ctx.today) === 1, preview: false });
}

const five: Records = () => ({ documents: [1, 2, 3, 4, 5].map(invoice), load: null, staffing: [] });
const sentTo = (outbox: MailMessage[]) => outbox.map((m) => m.to.join()).sort();

describe('the daily send run', () => {
  it('sends nothing the second time it runs on one day', () => {
    const { env, outbox } = fakeEnv();
    dailyReminderRun(env, five);
    expect(outbox).toHaveLength(5);
    dailyReminderRun(env, five);
    expect(outbox).toHaveLength(5);
  });

  it('writes a small run ahead in one append and its results in one write, each flushed', () => {
    const { env, state, log } = fakeEnv();
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
    const { env, outbox, state, log } = fakeEnv({ failAfter: 2 });
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
    });
    const { env, state, outbox } = fakeEnv();
    dailyReminderRun(env, many);
    expect(outbox).toHaveLength(25);
    const compact = state.events.map((e) => (e.startsWith('send:') ? 'send' : e));
    const batches = compact
      .join(' ')
      .split('flush')
      .map((part) => part.trim());
    // ahead(10) | sends(10) + results + ahead(10) | sends(10) + results + ahead(5) | sends(5) + results |
    expect(batches.map((part) => part.split(' ').filter((e) => e === 'send').length)).toEqual([
      0, 10, 10, 5, 0,
    ]);
    expect(batches[0]).toBe('append');
    expect(batches[1].split(' ').slice(-2).sort()).toEqual(['append', 'write']);
  });

  it('marks a refused message failed, sends the others, retries it twice at most, then leaves it to a person', () => {
    const { env, outbox, state, log } = fakeEnv({ refuse: (to) => to === 'c2@client.ru' });
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
    const { env, outbox, state, log } = fakeEnv({ quota: 4 });
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
    const { env, outbox, state, log } = fakeEnv({ quota: 3 });
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
    const { env, outbox, log } = fakeEnv();
    dailyReminderRun(env, five);
    // Simulate a run killed between the write-ahead and the result write.
    log()[1][5] = 'отправляется';
    outbox.length = 0;
    const rerun = dailyReminderRun(env, five);
    expect(outbox).toEqual([]);
    expect(log()[1][5]).toContain('статус неизвестен');
    expect(rerun.unknownStatus).toBe(1);
  });

  it('sends and logs nothing in preview mode', () => {
    const { env, outbox, log } = fakeEnv();
    env.documentProperties.set(SETTINGS_PROPERTY, JSON.stringify(DEFAULT_SETTINGS));
    const outcome = dailyReminderRun(env, five);
    expect(outbox).toEqual([]);
    expect(log()).toEqual([]);
    expect(outcome.summary).toContain('ушло бы писем: 5');
  });
});
