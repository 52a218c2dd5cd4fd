import ExcelJS from 'exceljs';
import * as vm from 'node:vm';
import { CallCounter } from '../../src/local/services/counters';
import { applySnapshot, snapshotSheet } from '../../src/local/runner/document';
import { LocalHtmlOutput } from '../../src/local/services/html';
import { LocalSpreadsheet } from '../../src/local/services/spreadsheet/spreadsheet';
import { LocalSpreadsheetApp } from '../../src/local/services/spreadsheet/spreadsheetApp';
import { emptyRecordedUi } from '../../src/local/services/spreadsheet/ui';
import { contextDateFactory } from '../../src/local/runner/clock';

/** A Date from another realm, as the bundle's vm context makes them. */
const otherRealm = vm.createContext({});
const makeDate = contextDateFactory(otherRealm);

function open(build: (wb: ExcelJS.Workbook) => void, timeZone = 'Europe/Moscow', locale = 'ru_RU') {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const counter = new CallCounter();
  const recorded = emptyRecordedUi();
  const spreadsheet = new LocalSpreadsheet({
    workbook,
    name: 'test',
    timeZone,
    locale,
    counter,
    makeDate,
    recorded,
  });
  return { workbook, spreadsheet, counter, recorded, app: new LocalSpreadsheetApp(spreadsheet, recorded) };
}

function loadSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Загрузка');
  ws.getCell('A1').value = 'Сотрудник';
  ws.getCell('B1').value = 'Клиент';
  ws.getCell('C1').value = new Date(Date.UTC(2026, 11, 1));
  ws.getCell('C1').numFmt = 'dd.mm.yyyy';
  ws.getCell('A2').value = 'Иванова';
  ws.mergeCells('A2:A3');
  ws.getCell('B2').value = 'Клиент А';
  ws.getCell('C2').value = 0.2;
  ws.getCell('C2').numFmt = '0%';
  ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFCFE2F3' } };
  ws.getCell('B3').value = { richText: [{ text: 'Клиент ' }, { text: 'Б', font: { bold: true } }] };
  ws.getCell('C3').value = { formula: 'C2*2', result: 0.4 };
  ws.getCell('C3').numFmt = '0.0%';
  ws.getCell('D2').value = true;
  ws.getCell('D3').value = 1234567.5;
  ws.getCell('D3').numFmt = '#,##0.00';
  ws.getCell('E5').fill = {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { theme: 4, tint: 0.7999816888943144 } as Partial<ExcelJS.Color>,
  };
}

describe('SpreadsheetApp over an xlsx workbook', () => {
  it('returns a value for every cell of the rectangle, with empty cells as empty strings', () => {
    const { app } = open(loadSheet);
    const values = app.getActiveSpreadsheet().getSheetByName('Загрузка')!.getRange(1, 1, 3, 5).getValues();
    expect(values).toHaveLength(3);
    for (const row of values) expect(row).toHaveLength(5);
    expect(values[0][3]).toBe('');
    expect(values[2][4]).toBe('');
  });

  it('returns 0.2 for a cell showing 20 % and the cached result for a formula', () => {
    const { app } = open(loadSheet);
    const values = app.getActiveSpreadsheet().getSheetByName('Загрузка')!.getRange('C2:C3').getValues();
    expect(values).toEqual([[0.2], [0.4]]);
  });

  it('gives merged cells their value in the top-left cell only', () => {
    const { app, workbook } = open(loadSheet);
    const range = app.getActiveSpreadsheet().getSheetByName('Загрузка')!.getRange('A2:A3');
    expect(range.getValues()).toEqual([['Иванова'], ['']]);
    expect(
      ['A2', 'A3'].map((address) => workbook.getWorksheet('Загрузка')!.getCell(address).isMerged),
    ).toEqual([true, true]);
  });

  it('returns plain text of rich text and booleans for checkbox cells', () => {
    const { app } = open(loadSheet);
    const sheet = app.getActiveSpreadsheet().getSheetByName('Загрузка')!;
    expect(sheet.getRange('B3').getValue()).toBe('Клиент Б');
    expect(sheet.getRange('D2').getValue()).toBe(true);
  });

  it.each([
    ['Europe/Moscow', '2026-11-30T21:00:00.000Z'],
    ['America/New_York', '2026-12-01T05:00:00.000Z'],
    ['Asia/Kolkata', '2026-11-30T18:30:00.000Z'],
  ])('returns a date cell as the instant of its wall-clock time in %s', (zone, iso) => {
    const { app } = open(loadSheet, zone);
    const value = app.getActiveSpreadsheet().getSheetByName('Загрузка')!.getRange('C1').getValue();
    expect(Object.prototype.toString.call(value)).toBe('[object Date]');
    expect((value as Date).toISOString()).toBe(iso);
    // Made in the bundle's realm, so `instanceof Date` holds inside the vm.
    expect(vm.runInContext('(d) => d instanceof Date', otherRealm)(value)).toBe(true);
  });

  it('renders display values with the number format in the Russian locale', () => {
    const { app } = open(loadSheet);
    const display = app
      .getActiveSpreadsheet()
      .getSheetByName('Загрузка')!
      .getRange(1, 3, 3, 2)
      .getDisplayValues();
    expect(display).toEqual([
      ['01.12.2026', ''],
      ['20%', 'ИСТИНА'],
      ['40,0%', '1\u00a0234\u00a0567,50'],
    ]);
  });

  it('reports backgrounds as lower-case #rrggbb, white when there is no fill, theme tints resolved', () => {
    const { app } = open(loadSheet);
    const backgrounds = app
      .getActiveSpreadsheet()
      .getSheetByName('Загрузка')!
      .getRange('C2:E5')
      .getBackgrounds();
    expect(backgrounds[0][0]).toBe('#cfe2f3');
    expect(backgrounds[0][1]).toBe('#ffffff');
    expect(backgrounds[3][2]).toMatch(/^#[0-9a-f]{6}$/);
    expect(backgrounds[3][2]).not.toBe('#ffffff');
  });

  it('reports number formats, General where a cell has none', () => {
    const { app } = open(loadSheet);
    expect(
      app.getActiveSpreadsheet().getSheetByName('Загрузка')!.getRange('B2:C2').getNumberFormats(),
    ).toEqual([['General', '0%']]);
  });

  it.each([
    [
      [['a']],
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    ],
    [
      [['a'], ['b', 'c']],
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 1.',
    ],
  ])('throws Apps Script’s message when setValues gets the wrong shape', (data, message) => {
    const { app } = open(loadSheet);
    expect(() =>
      app.getActiveSpreadsheet().getSheetByName('Загрузка')!.getRange('F1:F2').setValues(data),
    ).toThrow(message);
  });

  it('ignores trailing empty but formatted cells in getLastRow and getLastColumn', () => {
    const { app } = open(loadSheet);
    const sheet = app.getActiveSpreadsheet().getSheetByName('Загрузка')!;
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(4);
  });

  it('writes a Date from the bundle’s realm as the wall-clock date in the spreadsheet zone', () => {
    const { app, workbook } = open(loadSheet);
    const sheet = app.getActiveSpreadsheet().insertSheet('Журнал');
    const instant = makeDate(Date.UTC(2026, 11, 6, 21, 0));
    sheet.getRange(1, 1, 1, 2).setValues([[instant, 'ok']]);
    const cell = workbook.getWorksheet('Журнал')!.getCell('A1');
    expect((cell.value as Date).toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValues()[0][0]).toBe('07.12.2026');
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(instant.getTime());
  });

  it('clears content and formats of a sheet', () => {
    const { app, workbook } = open(loadSheet);
    const sheet = app.getActiveSpreadsheet().getSheetByName('Загрузка')!;
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('C2').getBackground()).toBe('#ffffff');
    expect(workbook.getWorksheet('Загрузка')!.getCell('A2').isMerged).toBe(false);
  });

  it('sets backgrounds, font colours, weights, formats and notes, null resetting a fill', () => {
    const { app, workbook } = open(loadSheet);
    const range = app.getActiveSpreadsheet().getSheetByName('Загрузка')!.getRange('C2:D2');
    range
      .setBackgrounds([['#F4CCCC', null]])
      .setFontColors([['#cc0000', '#000000']])
      .setFontWeights([['bold', 'normal']])
      .setNumberFormats([['0.00', '@']])
      .setNotes([['проверьте', '']]);
    expect(range.getBackgrounds()).toEqual([['#f4cccc', '#ffffff']]);
    const ws = workbook.getWorksheet('Загрузка')!;
    expect([ws.getCell('C2').font?.color?.argb, ws.getCell('D2').font?.color?.argb]).toEqual([
      'FFCC0000',
      'FF000000',
    ]);
    expect([ws.getCell('C2').font?.bold, ws.getCell('D2').font?.bold]).toEqual([true, false]);
    expect(range.getNumberFormats()).toEqual([['0.00', '@']]);
    expect(range.getNotes()).toEqual([['проверьте', '']]);
    expect(range.getDisplayValues()).toEqual([['0,20', 'ИСТИНА']]);
  });

  it('counts every service call by method name', () => {
    const { app, counter } = open(loadSheet);
    const sheet = app.getActiveSpreadsheet().getSheetByName('Загрузка')!;
    sheet.getRange(1, 1, 3, 4).getValues();
    expect(counter.snapshot()).toMatchObject({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.getValues': 1,
    });
  });

  it('records toasts, menus, sidebars and alerts of the Ui', () => {
    const { app, recorded, counter } = open(loadSheet);
    app.getActiveSpreadsheet().toast('Пересчёт…', 'Пульт', 3);
    const ui = app.getUi();
    ui.createMenu('Пульт аккаунта').addItem('Справка', 'showHelp').addSeparator().addToUi();
    ui.showSidebar(new LocalHtmlOutput('<p>hi</p>', counter, 'help').setTitle('Справка'));
    ui.alert('Готово');
    expect(recorded.toasts).toEqual([{ message: 'Пересчёт…', title: 'Пульт', seconds: 3 }]);
    expect(recorded.menus[0]).toMatchObject({ title: 'Пульт аккаунта', added: true });
    expect(recorded.menus[0].items.map((i) => i.kind)).toEqual(['item', 'separator']);
    expect(recorded.sidebars[0]).toMatchObject({ title: 'Справка', content: '<p>hi</p>' });
    expect(recorded.alerts).toEqual([{ title: '', prompt: 'Готово' }]);
  });

  it('carries a sheet over to another workbook with values, styles, merges and widths', () => {
    const { workbook } = open(loadSheet);
    const target = new ExcelJS.Workbook();
    target.addWorksheet('Загрузка').getCell('A1').value = 'old';
    applySnapshot(target, JSON.parse(JSON.stringify(snapshotSheet(workbook.getWorksheet('Загрузка')!))));
    const ws = target.getWorksheet('Загрузка')!;
    expect(ws.getCell('C2').value).toBe(0.2);
    expect(ws.getCell('C2').numFmt).toBe('0%');
    expect((ws.getCell('C1').value as Date).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(ws.getCell('A3').isMerged).toBe(true);
  });
});
