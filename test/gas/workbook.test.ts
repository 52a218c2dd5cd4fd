/**
 * The workbook adapter, every write of the add-on, over the strict local SpreadsheetApp:
 * grids grown once per block, strings as text, days as dates, long text cut, and a growth
 * past Google's limits refused with the user's sentence before anything is written.
 */
import { UserError } from '../../src/core/errors';
import { dayCell } from '../../src/core/sheetContent';
import { GasWorkbook } from '../../src/gas/workbook';
import { openLocalSpreadsheet } from '../support/localSpreadsheet';

function open() {
  const { spreadsheet, spreadsheetApp, counter } = openLocalSpreadsheet();
  (globalThis as Record<string, unknown>).SpreadsheetApp = spreadsheetApp;
  return { adapter: new GasWorkbook(), app: spreadsheet, counter };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

describe('the workbook adapter', () => {
  it('appends 30 rows past the end of a 1000-row sheet with one insertRowsAfter', () => {
    const { adapter, app, counter } = open();
    adapter.appendRows('Журнал', [], ['Время', 'Ключ']);
    adapter.appendRows(
      'Журнал',
      Array.from({ length: 994 }, (_, i) => [`t${i}`, `k${i}`]),
    );
    counter.reset();
    adapter.appendRows(
      'Журнал',
      Array.from({ length: 30 }, (_, i) => [`t${i}`, `новый ${i}`]),
    );
    expect(counter.snapshot()['Sheet.insertRowsAfter']).toBe(1);
    const sheet = app.getSheetByName('Журнал')!;
    expect(sheet.getMaxRows()).toBe(1025);
    expect(sheet.getRange(1025, 2).getValue()).toBe('новый 29');
  });

  it('asks every grid once per execution, however many growths and new sheets it checks', () => {
    const { adapter, app, counter } = open();
    app.insertSheet('Лист');
    counter.reset();
    for (const row of [1001, 1101, 1201]) adapter.writeBlock('Лист', row, 1, { values: [['строка']] });
    adapter.appendRows('Журнал', [['первая']], ['Время']);
    adapter.reserveRows('Журнал', 1500);
    const calls = counter.snapshot();
    const sheets = app.getSheets().length;
    expect(calls['Sheet.insertRowsAfter']).toBe(4);
    expect(calls['Spreadsheet.getSheets']).toBe(1);
    expect(calls['Sheet.getMaxRows']).toBeLessThanOrEqual(sheets);
    expect(calls['Sheet.getMaxColumns']).toBeLessThanOrEqual(sheets);
    expect(app.getSheetByName('Журнал')!.getMaxRows()).toBe(1500);
  });

  it('reads a sheet’s data range in one call, an empty sheet as no rows', () => {
    const { adapter, app, counter } = open();
    app.insertSheet('Пустой');
    app.insertSheet('Данные').getRange(2, 3).setValue('x');
    counter.reset();
    expect(adapter.readSheet('Пустой', ['values', 'display'])).toEqual({
      sheet: 'Пустой',
      values: [],
      display: [],
      backgrounds: [],
      formats: [],
    });
    expect(adapter.readSheet('Данные', ['values'])?.values).toEqual([
      ['', '', ''],
      ['', '', 'x'],
    ]);
    const calls = counter.snapshot();
    expect(calls['Sheet.getDataRange']).toBe(2);
    expect(calls['Sheet.getLastRow'] ?? 0).toBe(0);
    expect(calls['Sheet.getLastColumn'] ?? 0).toBe(0);
  });

  it('writes strings as text, days as dates and cuts a string under the cell limit', () => {
    const { adapter, app } = open();
    app.insertSheet('Лист');
    adapter.writeBlock('Лист', 1, 1, {
      values: [['0012', '=1+1', '07.12.2026', dayCell('2026-12-07', 'ru'), 12, 'я'.repeat(60_000)]],
      numberFormats: [['General', '', '0%', '', '#,##0.00', '']],
    });
    const range = app.getSheetByName('Лист')!.getRange(1, 1, 1, 6);
    const [values] = range.getValues();
    expect(values.slice(0, 3)).toEqual(['0012', '=1+1', '07.12.2026']);
    expect(Object.prototype.toString.call(values[3])).toBe('[object Date]');
    expect(values[4]).toBe(12);
    expect(String(values[5]).length).toBeLessThanOrEqual(50_000);
    expect(String(values[5]).endsWith('…')).toBe(true);
    expect(range.getNumberFormats()).toEqual([['@', '@', '@', 'dd.mm.yyyy', '#,##0.00', '@']]);
    expect(range.getDisplayValues()[0][3]).toBe('07.12.2026');
  });

  it('refuses a block past 18,278 columns with the user’s sentence, writing nothing', () => {
    const { adapter, app } = open();
    app.insertSheet('Сводка загрузки');
    let caught: unknown;
    try {
      adapter.writeBlock('Сводка загрузки', 1, 18_270, { values: [Array<string>(10).fill('неделя')] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).key).toBe('limits.tooManyColumns');
    expect((caught as UserError).params).toEqual({ sheet: 'Сводка загрузки', columns: 18_279 });
    expect(app.getSheetByName('Сводка загрузки')!.getMaxColumns()).toBe(26);
  });

  it('refuses a growth past 10 million cells, and keeps what an owned sheet showed', () => {
    const { adapter, app } = open();
    adapter.replaceSheet('Дебиторка', { blocks: [{ row: 1, col: 1, block: { values: [['было']] } }] });
    const wide = app.insertSheet('Архив');
    wide.insertColumnsAfter(26, 9_900 - 26);
    // The next execution (a new adapter: one execution knows each grid once) meets the full spreadsheet.
    const next = new GasWorkbook();
    const rows = Array.from({ length: 5_000 }, (_, i) => [`строка ${i}`]);
    expect(() =>
      next.replaceSheet('Дебиторка', { blocks: [{ row: 1, col: 1, block: { values: rows } }] }),
    ).toThrow(UserError);
    expect(app.getSheetByName('Дебиторка')!.getRange('A1').getValue()).toBe('было');
  });
});
