/**
 * A sheet has a grid, as in Google Sheets: 1000 × 26 when inserted, at least what it uses
 * when read from a file; no range reaches past it, writes past it need the grid grown first,
 * and a spreadsheet holds at most 10 million cells and a sheet 18,278 columns.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook, writeWorkbook } from '../../src/local/runner/document';
import { openLocalSpreadsheet } from '../support/localSpreadsheet';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

function open(workbook = new ExcelJS.Workbook()) {
  return { workbook, app: openLocalSpreadsheet(workbook).spreadsheet };
}

describe('the grid of a sheet', () => {
  it('is 1000 rows × 26 columns for a sheet made by insertSheet', () => {
    const sheet = open().app.insertSheet('Журнал');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('is what a loaded sheet uses where that is more than 1000 × 26', () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Большой');
    ws.getCell(1500, 30).value = 'x';
    ws.getCell(3, 2).value = 'y';
    workbook.addWorksheet('Маленький').getCell('C3').value = 1;
    const { app } = open(workbook);
    const big = app.getSheetByName('Большой')!;
    const small = app.getSheetByName('Маленький')!;
    expect([big.getMaxRows(), big.getMaxColumns()]).toEqual([1500, 30]);
    expect([small.getMaxRows(), small.getMaxColumns()]).toEqual([1000, 26]);
  });

  it.each([
    ['row past the last', (s: Sheet) => s.getRange(1001, 1)],
    ['column past the last', (s: Sheet) => s.getRange(1, 27)],
    ['block reaching past the last row', (s: Sheet) => s.getRange(996, 1, 6, 2)],
    ['block reaching past the last column', (s: Sheet) => s.getRange(1, 21, 1, 7)],
    ['A1 cell past the grid', (s: Sheet) => s.getRange('A1001')],
    ['A1 range past the grid', (s: Sheet) => s.getRange('Y1:AA2')],
    ['row 0', (s: Sheet) => s.getRange(0, 1)],
  ])('refuses a %s with Google’s message', (_name, get) => {
    const sheet = open().app.insertSheet('Лист');
    expect(() => get(sheet)).toThrow(OUTSIDE);
  });

  it('grows with insertRowsAfter / insertColumnsAfter, and then the range exists', () => {
    const sheet = open().app.insertSheet('Журнал');
    sheet.insertRowsAfter(1000, 20);
    sheet.insertColumnsAfter(26, 4);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1020, 30]);
    sheet.getRange(1020, 30).setValue('последняя');
    expect(sheet.getRange('AD1020').getValue()).toBe('последняя');
  });

  it('moves the rows below down when rows are inserted inside the data, as Sheets does', () => {
    const sheet = open().app.insertSheet('Лист');
    sheet.getRange('A1:A3').setValues([['один'], ['два'], ['три']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['один'], [''], [''], ['два'], ['три']]);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('moves the columns to the right when columns are inserted inside the data', () => {
    const sheet = open().app.insertSheet('Лист');
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
    expect(sheet.getMaxColumns()).toBe(27);
  });

  it('refuses an insert position outside the grid', () => {
    const sheet = open().app.insertSheet('Лист');
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertColumnsAfter(27, 1)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.insertRowsAfter(1000, 0)).toThrow();
  });

  it('refuses to grow a spreadsheet past 10 million cells or a sheet past 18,278 columns', () => {
    const { app } = open();
    const sheet = app.insertSheet('Широкий');
    expect(() => sheet.insertColumnsAfter(26, 18_278 - 25)).toThrow(/limit of 18278 columns/);
    sheet.insertColumnsAfter(26, 9_000 - 26);
    expect(sheet.getMaxColumns()).toBe(9_000);
    const cells =
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    expect(() => sheet.insertRowsAfter(1000, 200)).toThrow(cells);
    expect(sheet.getMaxRows()).toBe(1000);
    // The other sheets count too: 9 million here leave no room for a 40th thousand-row sheet.
    for (let i = 0; i < 38; i += 1) app.insertSheet(`Лист ${i}`);
    expect(() => app.insertSheet('Ещё один')).toThrow(cells);
  });

  it('keeps, across save and load, a grid as large as the cells the sheet uses', async () => {
    const { workbook, app } = open();
    const sheet = app.insertSheet('Журнал');
    sheet.insertRowsAfter(1000, 15);
    sheet.getRange(1015, 1).setValue('строка 1015');
    const file = join(mkdtempSync(join(tmpdir(), 'account-desk-grid-')), 'grid.xlsx');
    await writeWorkbook(workbook, file);
    const again = open(await readWorkbook(file)).app.getSheetByName('Журнал')!;
    expect(again.getMaxRows()).toBe(1015);
    expect(again.getRange(1015, 1).getValue()).toBe('строка 1015');
    expect(() => again.getRange(1016, 1)).toThrow(OUTSIDE);
  });
});

type Sheet = ReturnType<ReturnType<typeof open>['app']['insertSheet']>;
