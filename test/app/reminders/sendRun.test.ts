import type { AppEnv, CellBlock, MailMessage } from '../../../src/app/ports';
import type { ReminderSource } from '../../../src/app/reminders/inputs';
import { dailyReminderRun } from '../../../src/app/reminders/useCases';
import { SETTINGS_PROPERTY, DEFAULT_SETTINGS } from '../../../src/core/settings';
import { OWNED_SHEETS } from '../../../src/core/ownedSheets';
import { documentId } from '../../../src/core/reminders/keys';
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
    problems: [],
    originalsMissing: false,
    renewBy: null,
  };
}

/** An in-memory spreadsheet + mailer, enough for the send run's ports. */
function fakeEnv(opts: { quota?: number; failAfter?: number } = {}) {
  const sheets = new Map<string, CellValue[][]>();
  const outbox: MailMessage[] = [];
  const state = {
    today: '2026-12-02',
    quota: opts.quota ?? 100,
    failAfter: opts.failAfter ?? Infinity,
    calls: 0,
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
        const values = sheets.get(name)!;
        block.values.forEach((r, i) =>
          r.forEach((v, j) => (values[row - 1 + i][col - 1 + j] = v as CellValue)),
        );
      },
      appendRows: (name: string, rows: CellValue[][], header?: CellValue[]) => {
        state.calls += 1;
        if (!sheets.has(name)) sheets.set(name, header ? [header] : []);
        sheets.get(name)!.push(...rows.map((r) => [...r]));
      },
      toast: () => undefined,
    },
    mailer: {
      remainingDailyQuota: () => state.quota,
      send: (message: MailMessage) => {
        if (outbox.length >= state.failAfter) throw new Error('Service invoked too many times');
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

const five: ReminderSource = () => ({ documents: [1, 2, 3, 4, 5].map(invoice), load: null, staffing: [] });
const sentTo = (outbox: MailMessage[]) => outbox.map((m) => m.to.join()).sort();

describe('the daily send run', () => {
  it('sends nothing the second time it runs on one day', () => {
    const { env, outbox } = fakeEnv();
    dailyReminderRun(env, five);
    expect(outbox).toHaveLength(5);
    dailyReminderRun(env, five);
    expect(outbox).toHaveLength(5);
  });

  it('writes the whole run to the log in one append and the results in one write', () => {
    const { env, state, log } = fakeEnv();
    dailyReminderRun(env, five);
    // readSheet ×3 (templates created, log, templates) + 1 append + 1 result write
    expect(state.calls).toBeLessThanOrEqual(5);
    expect(
      log()
        .slice(1)
        .map((r) => r[5]),
    ).toEqual(Array(5).fill('отправлено'));
  });

  it('after the mail service fails on the 3rd message, a re-run sends exactly the rest', () => {
    const { env, outbox, state, log } = fakeEnv({ failAfter: 2 });
    const first = dailyReminderRun(env, five);
    expect(outbox).toHaveLength(2);
    expect(first.summary).toContain('ошибкой');
    expect(
      log()
        .slice(1)
        .map((r) => r[5]),
    ).toEqual([
      'отправлено',
      'отправлено',
      'ошибка: Service invoked too many times',
      'не отправлено',
      'не отправлено',
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
