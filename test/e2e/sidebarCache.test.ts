/**
 * The sidebars' result cache, on the real bundle and the local services: an unchanged spreadsheet
 * answers a form or the dashboard from CacheService, and no change the add-on can know of is ever
 * answered from before it — a person's edit (onEdit), our own writes (a form, a run, Settings),
 * the next hour on the dashboard. A change no trigger reports (another script, the API) is seen
 * once the entry expires, ten minutes at most. A cache that forgets, or an answer too large for
 * it, costs only the computation.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { invoice, writeWorkbook, type Doc } from './reminders.fixture';

interface Options {
  clients: string[];
  invoices: { number: string }[];
}

interface Dashboard {
  lang: string;
  counts: { overdue: number };
  todayLine: string | null;
  lastRun: string | null;
}

const DOCUMENTS = 'Документы';
/** The column of `Клиент` in the fixture's documents sheet. */
const CLIENT_COLUMN = 3;

async function runtimeWith(docs: Doc[]): Promise<LocalRuntime> {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-cache-'));
  const file = await writeWorkbook(join(dir, 'in'), 'agency', { docs, settings: { mode: 'send' } });
  return createLocalRuntime({ file, outDir: join(dir, 'out'), today: '2026-12-07', distDir: DIST });
}

const threeClients = () =>
  runtimeWith([
    invoice('С-1', 'Альфа', '25.11.2026', 'alpha@client.example'),
    invoice('С-2', 'Бета', '20.12.2026', 'beta@client.example'),
    invoice('С-3', 'Гамма', '30.12.2026', 'gamma@client.example'),
  ]);

/** A sidebar API call, its service calls, and whether it read any sheet (an answer from the cache reads none). */
function open<T>(runtime: LocalRuntime, api: string): { answer: T; readSheets: boolean; calls: number } {
  runtime.counters.reset();
  const answer = runtime.call(api) as T;
  const calls = runtime.counters.snapshot();
  const readSheets = Object.keys(calls).some((name) => name.startsWith('Range.get'));
  return { answer, readSheets, calls: runtime.counters.total() };
}

describe('a sidebar opened again on an unchanged spreadsheet', () => {
  it.each(['getFormOptions', 'getDashboard'])(
    '%s answers from the cache in at most 10 calls, the same answer',
    async (api) => {
      const runtime = await threeClients();
      // A document the add-on wrote to, as after any run or form.
      runtime.call('recalculate');
      const first = open(runtime, api);
      const again = open(runtime, api);
      expect(first.readSheets).toBe(true);
      expect(again.readSheets).toBe(false);
      expect(again.calls).toBeLessThanOrEqual(10);
      expect(again.answer).toEqual(first.answer);
    },
  );

  it('answers the dashboard from the cache on a document the add-on never wrote to', async () => {
    const runtime = await threeClients();
    const first = open(runtime, 'getDashboard');
    const again = open(runtime, 'getDashboard');
    expect(again.readSheets).toBe(false);
    expect(again.answer).toEqual(first.answer);
  });

  it('answers the same from the sheets after the cache forgot', async () => {
    const runtime = await threeClients();
    const first = open<Options>(runtime, 'getFormOptions');
    runtime.evictCache();
    const again = open<Options>(runtime, 'getFormOptions');
    expect(again.readSheets).toBe(true);
    expect(again.answer).toEqual(first.answer);
  });
});

describe('a change is never answered from before it', () => {
  it("shows a person's edit at the next open (onEdit moves the stamp)", async () => {
    const runtime = await threeClients();
    expect(open<Options>(runtime, 'getFormOptions').answer.clients).toContain('Бета');
    runtime.edit({ sheet: DOCUMENTS, row: 3, col: CLIENT_COLUMN, value: 'Дельта' });
    const clients = open<Options>(runtime, 'getFormOptions').answer.clients;
    expect(clients).toContain('Дельта');
    expect(clients).not.toContain('Бета');
  });

  it('shows a change no trigger reports (another script) once the entry expires, within ten minutes', async () => {
    const runtime = await threeClients();
    open<Options>(runtime, 'getFormOptions');
    runtime.edit({ sheet: DOCUMENTS, row: 3, col: CLIENT_COLUMN, value: 'Дельта', by: 'script' });
    runtime.advanceClock(10 * 60_000);
    expect(open<Options>(runtime, 'getFormOptions').answer.clients).toContain('Дельта');
  });

  it('shows a document added through the form at once', async () => {
    const runtime = await threeClients();
    open<Options>(runtime, 'getFormOptions');
    const added = runtime.call('addDocument', {
      type: 'invoice',
      number: 'С-4',
      counterparty: 'Эпсилон',
      direction: 'incoming',
      contract: '',
      date: '2026-12-07',
      amount: '5 000',
      dueDate: '2026-12-20',
      clientEmail: 'epsilon@client.example',
      manager: '',
    }) as { ok: boolean };
    expect(added.ok).toBe(true);
    const after = open<Options>(runtime, 'getFormOptions').answer;
    expect(after.clients).toContain('Эпсилон');
    expect(after.invoices.map((entry) => entry.number)).toContain('С-4');
  });

  it("shows our own run's writes on the dashboard at once: the run, the payment it sees", async () => {
    const runtime = await threeClients();
    const before = open<Dashboard>(runtime, 'getDashboard').answer;
    expect(before.lastRun).toBeNull();
    runtime.call('dailyRun');
    const after = open<Dashboard>(runtime, 'getDashboard');
    expect(after.readSheets).toBe(true);
    expect(after.answer.lastRun).not.toBeNull();
  });

  it('answers in the new language as soon as Settings change it', async () => {
    const runtime = await threeClients();
    expect(open<Dashboard>(runtime, 'getDashboard').answer.lang).toBe('ru');
    const { settings } = runtime.call('getSettings') as { settings: Record<string, unknown> };
    expect(runtime.call('saveSettings', { ...settings, language: 'en' })).toMatchObject({ ok: true });
    expect(open<Dashboard>(runtime, 'getDashboard').answer.lang).toBe('en');
  });

  it("moves the dashboard's today line on with the hour, with nothing written", async () => {
    const runtime = await threeClients();
    runtime.call('installTriggers');
    const at9 = open<Dashboard>(runtime, 'getDashboard').answer.todayLine;
    expect(at9).toContain('10:00');
    runtime.advanceClock(60 * 60_000);
    expect(open<Dashboard>(runtime, 'getDashboard').answer.todayLine).toContain('11:00');
  });
});

describe('an answer over 100 KB, as at a large agency', () => {
  // 1,500 open invoices: the form's options are over CacheService's 100 KB per value.
  const manyInvoices = () =>
    runtimeWith(
      Array.from({ length: 1500 }, (_, i) =>
        invoice(`СЧ-${i + 1}`, `Клиент с длинным названием № ${i + 1}`, '20.12.2026', `c${i}@client.example`),
      ),
    );

  it('opens again from the cache in at most 10 calls, the same answer', async () => {
    const runtime = await manyInvoices();
    const first = open<Options>(runtime, 'getFormOptions');
    expect(Buffer.byteLength(JSON.stringify(first.answer), 'utf8')).toBeGreaterThan(100 * 1024);
    const again = open<Options>(runtime, 'getFormOptions');
    expect(again.readSheets).toBe(false);
    expect(again.calls).toBeLessThanOrEqual(10);
    expect(again.answer).toEqual(first.answer);
    expect(runtime.errors).toEqual([]);
  }, 60_000);

  it("still shows a person's edit at the next open", async () => {
    const runtime = await manyInvoices();
    expect(open<Options>(runtime, 'getFormOptions').answer.clients).toContain(
      'Клиент с длинным названием № 2',
    );
    runtime.edit({ sheet: DOCUMENTS, row: 3, col: CLIENT_COLUMN, value: 'Дельта' });
    const clients = open<Options>(runtime, 'getFormOptions').answer.clients;
    expect(clients).toContain('Дельта');
    expect(clients).not.toContain('Клиент с длинным названием № 2');
  }, 60_000);

  it('answers from the sheets when the cache forgot, never failing', async () => {
    const runtime = await manyInvoices();
    const first = open<Options>(runtime, 'getFormOptions');
    runtime.evictCache();
    const again = open<Options>(runtime, 'getFormOptions');
    expect(again.readSheets).toBe(true);
    expect(again.answer).toEqual(first.answer);
    expect(runtime.errors).toEqual([]);
  }, 60_000);
});
