/**
 * The ports contract: one set of assertions about what each port of src/app/ports.ts does, run on
 * the in-memory environment the app tests use and on the real adapters (src/gas/env.ts) over the
 * local Apps Script services. When either side changes what a port does, this fails, so an app
 * test on the memory environment keeps meaning what it would mean on Google.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppEnv, MailMessage } from '../../src/app/ports';
import { midnightIn } from '../../src/core/calendar';
import { dayCell } from '../../src/core/sheetContent';
import { isDate } from '../../src/core/types';
import { createGasEnv } from '../../src/gas/env';
import { MAX_PIECES } from '../../src/gas/cachePieces';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { memoryEnv } from '../support/memoryEnv';

/** A port environment and what the world saw of it. */
interface Subject {
  env: AppEnv;
  sent(): { to: string[]; subject: string }[];
  sidebarTitles(): string[];
  alerts(): string[];
  /** Menus added, each item `label → handler`, a separator as `—`. */
  menus(): { title: string; items: string[] }[];
  done(): void;
}

const SERVICES = [
  'SpreadsheetApp',
  'MailApp',
  'GmailApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'ScriptApp',
  'HtmlService',
  'Session',
] as const;

/** The real adapters, over the local services of a fresh runtime on a one-sheet workbook. */
async function gasOverLocalServices(): Promise<Subject> {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-ports-'));
  const file = join(dir, 'agency.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  workbook.addWorksheet('Лист1');
  await workbook.xlsx.writeFile(file);
  const runtime = await createLocalRuntime({
    file,
    outDir: join(dir, 'out'),
    today: '2026-12-07',
    distDir: DIST,
  });
  const globals = globalThis as Record<string, unknown>;
  for (const name of SERVICES) globals[name] = (runtime.context as Record<string, unknown>)[name];
  return {
    env: createGasEnv(),
    sent: () => runtime.sent().map(({ to, subject }) => ({ to, subject })),
    sidebarTitles: () => runtime.ui.sidebars.map((sidebar) => sidebar.title),
    alerts: () => runtime.ui.alerts.map((alert) => alert.prompt),
    menus: () =>
      runtime.ui.menus.map((menu) => ({
        title: menu.title,
        items: menu.items.map((item) =>
          item.kind === 'separator' ? '—' : `${item.label} → ${item.handler}`,
        ),
      })),
    done: () => {
      for (const name of SERVICES) delete globals[name];
    },
  };
}

function inMemory(): Promise<Subject> {
  const env = memoryEnv({ sheets: { Лист1: [] } });
  return Promise.resolve({
    env,
    sent: () => env.mailer.outbox.map(({ to, subject }) => ({ to, subject })),
    sidebarTitles: () => env.ui.sidebars.map((sidebar) => sidebar.title),
    alerts: () => [...env.ui.alerts],
    menus: () =>
      env.ui.menus.map((menu) => ({
        title: menu.title,
        items: menu.entries.map((entry) => (entry ? `${entry.label} → ${entry.handler}` : '—')),
      })),
    done: () => undefined,
  });
}

const message = (to: string[], subject = 'Счёт СЧ-1'): MailMessage => ({ to, subject, body: 'Добрый день' });

describe.each([
  ['the memory environment', inMemory],
  ['the gas adapters over the local services', gasOverLocalServices],
])('the ports on %s', (_name, open) => {
  let subject: Subject;
  let env: AppEnv;
  beforeEach(async () => {
    subject = await open();
    env = subject.env;
  });
  afterEach(() => subject.done());

  describe('Workbook', () => {
    it('names the spreadsheet’s zone and locale and lists its sheets', () => {
      expect(env.workbook.timeZone()).toBe('Europe/Moscow');
      expect(env.workbook.locale()).toBe('ru_RU');
      expect(env.workbook.sheetNames()).toEqual(['Лист1']);
      expect(env.workbook.readSheet('Нет такого', ['values'])).toBeNull();
    });

    it('appends rows under a bold header it creates with the sheet, each string as text', () => {
      env.workbook.appendRows('Журнал', [['2026-12-07', 1]], ['Время', 'Номер']);
      env.workbook.appendRows('Журнал', [['0012', 2.5]]);
      const grid = env.workbook.readSheet('Журнал', ['values', 'formats', 'display'])!;
      expect(env.workbook.sheetNames()).toEqual(['Лист1', 'Журнал']);
      expect(grid.values).toEqual([
        ['Время', 'Номер'],
        ['2026-12-07', 1],
        ['0012', 2.5],
      ]);
      expect(grid.formats.map((line) => line[0])).toEqual(['@', '@', '@']);
      expect(grid.formats[1][1]).toBe('General');
      expect(grid.display.map((line) => line[0])).toEqual(['Время', '2026-12-07', '0012']);
      expect(grid.backgrounds).toEqual([]);
    });

    it('reads a run of rows with the last row, and removes rows so the ones below move up', () => {
      env.workbook.appendRows(
        'Журнал',
        [
          ['t1', 'a', 'x'],
          ['t2', 'b', ''],
          ['t3', 'c', ''],
        ],
        ['Время', 'Ключ'],
      );
      expect(env.workbook.readRows('Журнал', 3, { columns: 2 })).toEqual({
        lastRow: 4,
        values: [
          ['t2', 'b'],
          ['t3', 'c'],
        ],
      });
      expect(env.workbook.readRows('Журнал', 2, { toRow: 2 })).toEqual({
        lastRow: 4,
        values: [['t1', 'a', 'x']],
      });
      expect(env.workbook.readRows('Журнал', 5, { columns: 2 })).toEqual({ lastRow: 4, values: [] });
      expect(env.workbook.readRows('Нет такого', 1)).toBeNull();
      env.workbook.deleteRows('Журнал', 2, 2);
      expect(env.workbook.readRows('Журнал', 1, { columns: 2 })?.values).toEqual([
        ['Время', 'Ключ'],
        ['t3', 'c'],
      ]);
    });

    it('writes a block where it is told: strings stay text, days become midnight dates, the data range starts at A1', () => {
      env.workbook.writeBlock('Лист1', 2, 2, {
        values: [['=1+1', dayCell('2026-12-07', 'ru'), 12, 'я'.repeat(60_000)]],
        numberFormats: [['', '', '#,##0.00', '']],
      });
      const grid = env.workbook.readSheet('Лист1', ['values', 'display', 'formats'])!;
      expect(grid.values).toHaveLength(2);
      expect(grid.values[0]).toEqual(['', '', '', '', '']);
      const [empty, formula, day, number, long] = grid.values[1];
      expect([empty, formula, number]).toEqual(['', '=1+1', 12]);
      expect(isDate(day) && day.getTime()).toBe(midnightIn('2026-12-07', 'Europe/Moscow'));
      expect(String(long).length).toBeLessThanOrEqual(50_000);
      expect(String(long).endsWith('…')).toBe(true);
      expect(grid.formats[1].slice(1)).toEqual(['@', 'dd.mm.yyyy', '#,##0.00', '@']);
      expect(grid.display[1].slice(1, 3)).toEqual(['=1+1', '07.12.2026']);
    });

    it('refuses to write into a sheet that is not there', () => {
      expect(() => env.workbook.writeBlock('Нет такого', 1, 1, { values: [['x']] })).toThrow();
    });

    it('keeps a cell’s background unless the block brings one, and resets it with null', () => {
      env.workbook.writeBlock('Лист1', 1, 1, { values: [['a', 'b']], backgrounds: [['#c9daf8', '#c9daf8']] });
      env.workbook.writeBlock('Лист1', 1, 1, { values: [['c']] });
      env.workbook.writeBlock('Лист1', 1, 2, { values: [['d']], backgrounds: [[null]] });
      const grid = env.workbook.readSheet('Лист1', ['values', 'backgrounds'])!;
      expect(grid.values).toEqual([['c', 'd']]);
      expect(grid.backgrounds).toEqual([['#c9daf8', '#ffffff']]);
    });

    it('replaces a sheet whole: old content gone, new blocks at their places, markers kept', () => {
      env.workbook.replaceSheet('Сводка', {
        blocks: [
          {
            row: 1,
            col: 1,
            block: {
              values: [
                ['a', 'b'],
                ['c', 'd'],
              ],
            },
          },
        ],
      });
      env.workbook.markSheet('Сводка', 'accountDesk.sheet', 'load');
      env.workbook.replaceSheet('Сводка', {
        blocks: [{ row: 1, col: 2, block: { values: [['новое']] } }],
        frozenRows: 1,
      });
      expect(env.workbook.readSheet('Сводка', ['values'])!.values).toEqual([['', 'новое']]);
      expect(env.workbook.sheetMarker('Сводка', 'accountDesk.sheet')).toBe('load');
    });

    it('finds the columns and sheets it marked, by key, and nothing on a missing sheet', () => {
      env.workbook.markColumn('Лист1', 3, 'accountDesk.column', 'state');
      env.workbook.markColumn('Лист1', 5, 'other', 'x');
      expect(env.workbook.columnMarkers('accountDesk.column')).toEqual([
        { sheet: 'Лист1', column: 3, value: 'state' },
      ]);
      expect(env.workbook.sheetMarker('Лист1', 'accountDesk.sheet')).toBeNull();
      expect(env.workbook.sheetMarker('Нет такого', 'accountDesk.sheet')).toBeNull();
      expect(() => env.workbook.markColumn('Нет такого', 1, 'k', 'v')).toThrow();
    });

    it('reads notes and formulas over the whole grid of the first columns', () => {
      env.workbook.writeBlock('Лист1', 3, 1, { values: [['x']], notes: [['заметка']] });
      const annotations = env.workbook.readAnnotations('Лист1', 2)!;
      expect(annotations.notes).toHaveLength(1000);
      expect(annotations.notes[0]).toEqual(['', '']);
      expect(annotations.notes[2]).toEqual(['заметка', '']);
      expect(annotations.formulas[2]).toEqual(['', '']);
      expect(env.workbook.readAnnotations('Нет такого', 2)).toBeNull();
    });
  });

  describe('Mailer', () => {
    it('sends, each message costing its recipients of the day’s quota', () => {
      const before = env.mailer.remainingDailyQuota();
      env.mailer.send({ ...message(['a@client.ru', 'b@client.ru']), cc: ['am@agency.ru'] });
      expect(env.mailer.remainingDailyQuota()).toBe(before - 3);
      expect(subject.sent()).toEqual([{ to: ['a@client.ru', 'b@client.ru'], subject: 'Счёт СЧ-1' }]);
    });

    it('refuses a header with a line break and sends nothing', () => {
      expect(() => env.mailer.send(message(['a@client.ru'], 'Счёт\nBcc: x@evil.ru'))).toThrow();
      expect(() => env.mailer.send(message(['a@client.ru\r\n']))).toThrow();
      expect(subject.sent()).toEqual([]);
    });

    it('makes no drafts without the drafts build', () => {
      expect(env.mailer.draftsAvailable()).toBe(false);
      expect(() => env.mailer.createDraft(message(['a@client.ru']))).toThrow();
    });
  });

  describe('PropertyStore', () => {
    it('stores, merges, lists and deletes document properties', () => {
      expect(env.documentProperties.get('a')).toBeNull();
      env.documentProperties.set('a', '1');
      env.documentProperties.setAll({ b: '2', c: '3' });
      env.documentProperties.delete('c');
      expect(env.documentProperties.get('a')).toBe('1');
      expect(env.documentProperties.getAll()).toEqual({ a: '1', b: '2' });
    });
  });

  describe('ResultCache', () => {
    it('keeps a value and misses a key it never had', () => {
      expect(env.cache.get('view:a')).toBeNull();
      expect(env.cache.put('view:a', '{"Клиент":1}', 600)).toBe(true);
      expect(env.cache.get('view:a')).toBe('{"Клиент":1}');
    });

    it('keeps a value over Google’s 100 KB per value and reads it back whole', () => {
      // 51,201 Cyrillic letters are 102,402 bytes: over the limit though shorter than 100 K characters.
      const big = `${'ж'.repeat(51_201)}🙂${'x'.repeat(120_000)}`;
      expect(env.cache.put('big', big, 600)).toBe(true);
      expect(env.cache.get('big')).toBe(big);
    });

    it('declines what its pieces cannot hold without throwing: a value too large, a key too long', () => {
      expect(env.cache.put('huge', 'ж'.repeat(MAX_PIECES * 51_200 + 1), 600)).toBe(false);
      expect(env.cache.get('huge')).toBeNull();
      // Google's keys are 250 characters at most, a piece's suffix (`#23`) included.
      expect(env.cache.put('k'.repeat(248), 'x', 600)).toBe(false);
      expect(env.cache.put('k'.repeat(247), 'x', 600)).toBe(true);
    });

    it("keeps the user's cache apart from the document's", () => {
      expect(env.userCache.put('view:a', 'mine', 600)).toBe(true);
      expect(env.cache.get('view:a')).toBeNull();
      expect(env.userCache.get('view:a')).toBe('mine');
    });
  });

  describe('DocumentLock', () => {
    it('is taken when free, released, and taken again; releasing it twice is harmless', () => {
      expect(env.lock.tryAcquire(100)).toBe(true);
      env.lock.release();
      env.lock.release();
      expect(env.lock.tryAcquire(100)).toBe(true);
      env.lock.release();
    });
  });

  describe('Triggers', () => {
    it('installs an hourly clock trigger, lists it by handler and removes it by id', () => {
      env.triggers.createHourly('hourlyRun');
      const [trigger, ...others] = env.triggers.list();
      expect(others).toEqual([]);
      expect(trigger).toMatchObject({ handler: 'hourlyRun', source: 'clock' });
      env.triggers.remove('no-such-id');
      expect(env.triggers.list()).toHaveLength(1);
      env.triggers.remove(trigger.id);
      expect(env.triggers.list()).toEqual([]);
    });
  });

  describe('Ui', () => {
    it('opens a sidebar by its title and shows an alert', () => {
      env.ui.showSidebar('dashboard', 'Пульт аккаунта');
      env.ui.alert('Готово');
      expect(subject.sidebarTitles()).toEqual(['Пульт аккаунта']);
      expect(subject.alerts()).toEqual(['Готово']);
    });

    it('adds the bound script’s menu under its title, items and separators in order', () => {
      env.ui.addMenu(
        'Пульт аккаунта',
        [{ label: 'Пересчитать', handler: 'recalculate' }, null, { label: 'Справка', handler: 'showHelp' }],
        { unauthorized: false },
      );
      expect(subject.menus()).toEqual([
        { title: 'Пульт аккаунта', items: ['Пересчитать → recalculate', '—', 'Справка → showHelp'] },
      ]);
    });
  });

  describe('Clock', () => {
    it('tells the time as a Date', () => {
      expect(isDate(env.clock.now())).toBe(true);
    });
  });

  describe('SelfTestServices', () => {
    it('inserts a scratch sheet of Sheets’ default grid, grows it, and removes it', () => {
      const scratch = env.selfTest.insertScratchSheet('Пульт — проверка');
      expect(env.workbook.sheetNames()).toContain('Пульт — проверка');
      expect(scratch.gridSize()).toEqual({ rows: 1000, columns: 26 });
      scratch.insertRowsAfter(1000, 5);
      scratch.insertColumnsAfter(26, 2);
      expect(scratch.gridSize()).toEqual({ rows: 1005, columns: 28 });
      scratch.setValues(1, 1, [[42]]);
      expect(scratch.readCell(1, 1)).toMatchObject({ value: 42, formula: '' });
      scratch.remove();
      expect(env.workbook.sheetNames()).toEqual(['Лист1']);
      expect(env.selfTest.scriptTimeZone()).toBe('Europe/Moscow');
    });
  });
});
