import { addDays, daysBetween, isoWeekday } from '../../../src/core/calendar';
import { documentId } from '../../../src/core/identity';
import { type LogEntry, noticeKey, readLogRows, RESULT } from '../../../src/core/reminders/log';
import {
  keepReason,
  keeping,
  lastingKeys,
  logWindowDays,
  planLogMove,
  workingSetStart,
} from '../../../src/core/reminders/logWindow';
import { planDay } from '../../../src/core/reminders/plan';
import { readTemplates } from '../../../src/core/reminders/templates';
import type { ReminderDocument } from '../../../src/core/reminders/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';

function settingsWith(
  reminders: Partial<Settings['reminders']>,
  documents: Partial<Settings['documents']> = {},
): Settings {
  return {
    ...DEFAULT_SETTINGS,
    headEmail: 'head@agency.ru',
    accountantEmail: 'buh@agency.ru',
    reminders: { ...DEFAULT_SETTINGS.reminders, ...reminders },
    documents: { ...DEFAULT_SETTINGS.documents, ...documents },
  };
}

function invoice(n: number, dueDate: string): ReminderDocument {
  const number = `С-${n}`;
  const counterparty = `Клиент ${n}`;
  return {
    id: documentId(number, counterparty),
    row: n + 1,
    kind: 'invoice',
    number,
    counterparty,
    isIncoming: true,
    closed: false,
    dueDate,
    outstanding: 1_000_000,
    currency: 'RUB',
    clientEmails: [`client${n}@example.ru`],
    clientEmailInvalid: false,
    managerEmail: 'anna@agency.ru',
    managerName: 'Анна',
    paused: false,
    reminderEligible: true,
    problems: [],
    originalsMissing: false,
    renewBy: null,
  };
}

/** `done` as the planner sees it, recording every key it asks about. */
class AskedKeys extends Set<string> {
  readonly asked: string[] = [];
  override has(key: string): boolean {
    this.asked.push(key);
    return super.has(key);
  }
}

/**
 * Daily runs over four months around the New Year holidays, with invoices due on every day of
 * them: whatever the planner sends is logged on its day; every time the planner asks about a key
 * already in the log, the key's age must be inside that day's window (less the day of zone
 * slack). Lasting keys (STOP, renewal) are kept by another rule.
 */
function tooOld(settings: Settings): string[] {
  const documents = Array.from({ length: 50 }, (_, i) => invoice(i, addDays('2026-11-25', i)));
  const lasting = lastingKeys(documents);
  const written = new Map<string, string>();
  const misses: string[] = [];
  let oldest = 0;
  for (let day = '2026-11-10'; day <= '2027-03-10'; day = addDays(day, 1)) {
    const done = new AskedKeys(written.keys());
    const plan = planDay({
      today: day,
      lang: 'ru',
      clientLang: 'ru',
      settings,
      documents,
      load: null,
      done,
      interrupted: [],
      templates: readTemplates(null),
      quota: 10_000,
      daily: true,
      weekly: isoWeekday(day) === 1,
    });
    const window = logWindowDays(settings, day);
    for (const key of done.asked) {
      const since = written.get(key);
      if (since === undefined || lasting.has(key)) continue;
      oldest = Math.max(oldest, daysBetween(since, day));
      if (daysBetween(since, day) > window - 1) misses.push(`${day}: ${key} of ${since} (window ${window})`);
    }
    for (const message of plan.messages) {
      for (const key of [message.key, ...message.items.map((item) => item.key)])
        if (key !== null && !written.has(key)) written.set(key, day);
    }
  }
  // The planner did ask about old keys: the check is not empty.
  expect(oldest).toBeGreaterThan(5);
  return misses;
}

describe('logWindowDays: how far back a log key can matter, from the reminder rules', () => {
  it.each([
    ['the defaults (pre-due 3, repeat 7, STOP 30, no weekends)', settingsWith({})],
    ['sending on weekends', settingsWith({ sendOnWeekends: true })],
    ['a fortnightly repeat and a 45-day STOP', settingsWith({ overdueRepeatDays: 14 }, { stopDays: 45 })],
    ['a ten-day pre-due lead', settingsWith({ preDueDays: 10 })],
  ])('covers every key the planner asks about again, with %s', (_name, settings) => {
    expect(tooOld(settings)).toEqual([]);
  });

  it('follows the settings and the calendar, so it is not a fixed number', () => {
    const october = '2026-10-14';
    expect(logWindowDays(settingsWith({}), october)).toBeLessThanOrEqual(11);
    expect(logWindowDays(settingsWith({ overdueRepeatDays: 14 }), october)).toBeGreaterThan(
      logWindowDays(settingsWith({}), october),
    );
    // A stage followed by the New Year holidays stays current until they end.
    expect(logWindowDays(settingsWith({}), '2027-01-09')).toBeGreaterThan(
      logWindowDays(settingsWith({}), october),
    );
    expect(logWindowDays(settingsWith({}), '2027-01-09')).toBeLessThan(31);
  });

  it('reaches back over the cadence window: the last client email of 20 days ago still holds the next one', () => {
    // The planner reads every client email key of the window to decide (not one key it asks about).
    expect(logWindowDays(settingsWith({ cadenceWindowDays: 20 }), '2026-10-14')).toBeGreaterThanOrEqual(20);
  });
});

function entry(row: number, day: string, result: string, patch: Partial<LogEntry> = {}): LogEntry {
  return {
    row,
    time: `${day}T06:00:00.000Z`,
    kind: 'client',
    key: `client:c${row}@example.ru:${day}`,
    recipients: `c${row}@example.ru`,
    subject: 'Напоминание',
    result,
    itemKeys: [`overdue:${row}|клиент:stage1`],
    ...patch,
  };
}

describe('the working set: what a run must read', () => {
  const today = '2027-03-01';
  const old = '2027-01-10';

  it('leaves sent rows older than the window behind and keeps the recent ones', () => {
    const rows = [
      entry(2, old, RESULT.sent),
      entry(3, old, RESULT.sent),
      entry(4, '2027-02-25', RESULT.sent),
    ];
    const rules = keeping(rows, today, 10, new Set());
    expect(rows.map((row) => keepReason(row, rules))).toEqual([null, null, 'recent']);
    expect(workingSetStart(rows, rules, 5)).toBe(4);
  });

  it('keeps every unsettled row whatever its age: pending, unknown, refused and not yet told', () => {
    const failed = entry(5, old, 'ошибка, попытка 3 из 3 — больше не повторяем, нужно решение человека: bad');
    const rows = [
      entry(2, old, RESULT.pending),
      entry(3, old, RESULT.unknown),
      entry(4, old, RESULT.quota),
      failed,
      entry(6, old, 'ошибка, попытка 1 из 3: timeout'),
    ];
    const rules = keeping(rows, today, 10, new Set());
    // A row still due holds no done key and each retry rewrites it: left alone, it is history.
    expect(rows.map((row) => keepReason(row, rules))).toEqual(['pending', 'unknown', null, 'untold', null]);
    // Once a digest told the AM, the refused row is history like the others.
    const told = entry(7, old, RESULT.sent, { kind: 'digest.am', itemKeys: [noticeKey(failed)] });
    const after = keeping([...rows, told], today, 10, new Set());
    expect(keepReason(failed, after)).toBeNull();
  });

  it('keeps the digest row that told about an unknown row as long as that row stays', () => {
    const unknown = entry(2, old, RESULT.unknown);
    const told = entry(3, old, RESULT.sent, { kind: 'digest.am', itemKeys: [noticeKey(unknown)] });
    const rules = keeping([unknown, told], today, 10, new Set());
    expect(keepReason(told, rules)).toBe('notice');
  });

  it('keeps a STOP alert while its invoice is open, and lets it go once paid', () => {
    const doc = invoice(1, '2026-12-01');
    const stop = entry(2, old, RESULT.sent, { kind: 'stop', itemKeys: [`stop:${doc.id}`] });
    expect(keepReason(stop, keeping([stop], today, 10, lastingKeys([doc])))).toBe('lasting');
    expect(keepReason(stop, keeping([stop], today, 10, lastingKeys([{ ...doc, closed: true }])))).toBeNull();
  });

  it('keeps a row whose time it cannot read', () => {
    const edited = entry(2, old, RESULT.sent, { time: 'вчера' });
    expect(keepReason(edited, keeping([edited], today, 10, new Set()))).toBe('undated');
  });

  it('plans the monthly move: history up to the first recent row leaves, kept old rows go to the end', () => {
    const rows = [
      entry(2, old, RESULT.sent),
      entry(3, old, RESULT.unknown),
      entry(4, old, RESULT.sent),
      entry(5, '2027-02-27', RESULT.sent),
      entry(6, '2027-02-28', RESULT.pending),
    ];
    const rules = keeping(rows, today, 10, new Set());
    expect(planLogMove(rows, rules, 7)).toEqual({ end: 5, relocate: [3] });
    expect(workingSetStart(rows, rules, 7)).toBe(3);
    // All history: everything leaves.
    expect(planLogMove(rows.slice(0, 1), rules, 3)).toEqual({ end: 3, relocate: [] });
  });
});

describe('the monthly move never touches the window', () => {
  it('stops at the first recent row even when it is pending', () => {
    const rows = [entry(2, '2027-02-28', RESULT.pending), entry(3, '2027-01-01', RESULT.sent)];
    const rules = keeping(rows, '2027-03-01', 10, new Set());
    expect(planLogMove(rows, rules, 4)).toEqual({ end: 2, relocate: [] });
  });

  it('takes a message still due, rewritten among old rows, to the end with the other kept rows', () => {
    const rows = [
      entry(2, '2027-01-01', RESULT.sent),
      entry(3, '2027-02-28', RESULT.quota),
      entry(4, '2027-01-02', RESULT.sent),
      entry(5, '2027-02-27', RESULT.sent),
    ];
    const rules = keeping(rows, '2027-03-01', 10, new Set());
    expect(planLogMove(rows, rules, 6)).toEqual({ end: 5, relocate: [3] });
  });

  it('reads a time a person turned into a date as the same instant', () => {
    const [row] = readLogRows(
      [[new Date('2027-01-10T06:00:00.000Z'), 'client', 'k', 'a@b.example', 'Тема', RESULT.sent, '']],
      5,
    );
    expect(row.time).toBe('2027-01-10T06:00:00.000Z');
    expect(keepReason(row, keeping([row], '2027-03-01', 10, new Set()))).toBeNull();
  });
});
