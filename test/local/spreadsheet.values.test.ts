/**
 * Strings written with setValues land as Sheets stores typed text (the Sheets API's
 * USER_ENTERED): a leading apostrophe forces text, `=` starts a formula, locale
 * numbers and percentages are parsed unless the cell is formatted as plain text `@`.
 */
import ExcelJS from 'exceljs';
import { openLocalSpreadsheet } from '../support/localSpreadsheet';

function open(locale = 'ru_RU') {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Лист1');
  const sheet = openLocalSpreadsheet(workbook, { locale }).spreadsheet.getSheetByName('Лист1')!;
  return { workbook, sheet, ws: workbook.getWorksheet('Лист1')! };
}

describe('setValues with strings, as Sheets parses typed text', () => {
  it.each([
    ['ru_RU', '123', 123, '123'],
    ['ru_RU', '1 234,5', 1234.5, '1234,5'],
    ['ru_RU', '1\u00a0234\u00a0567', 1234567, '1234567'],
    ['ru_RU', '-12,25', -12.25, '-12,25'],
    ['en_US', '1,234.5', 1234.5, '1234.5'],
    ['en_US', '0.75', 0.75, '0.75'],
  ])('in %s turns %j into the number %p', (locale, typed, value, display) => {
    const { sheet } = open(locale);
    const range = sheet.getRange('A1');
    range.setValues([[typed]]);
    expect(range.getValues()).toEqual([[value]]);
    expect(range.getDisplayValues()).toEqual([[display]]);
  });

  it.each([
    ['20%', 0.2, '0%', '20%'],
    ['12,5 %', 0.125, '0.00%', '12,50%'],
  ])('turns %j into %p with a percent format', (typed, value, format, display) => {
    const { sheet } = open();
    const range = sheet.getRange('B2');
    range.setValue(typed);
    expect(range.getValue()).toBe(value);
    expect(range.getNumberFormats()[0][0]).toBe(format);
    expect(range.getDisplayValues()[0][0]).toBe(display);
  });

  it('keeps a percent cell’s own format when a percentage is written into it', () => {
    const { sheet } = open();
    const range = sheet.getRange('A1');
    range.setNumberFormats([['0.0%']]).setValue('20%');
    expect(range.getValue()).toBe(0.2);
    expect(range.getDisplayValues()[0][0]).toBe('20,0%');
  });

  it('keeps the string in a cell formatted as plain text @, even one that looks like a number or formula', () => {
    const { sheet } = open();
    const range = sheet.getRange('A1:C1');
    range.setNumberFormats([['@', '@', '@']]).setValues([['123', '20%', '=SUM(A1:A2)']]);
    expect(range.getValues()).toEqual([['123', '20%', '=SUM(A1:A2)']]);
    expect(range.getDisplayValues()).toEqual([['123', '20%', '=SUM(A1:A2)']]);
  });

  it.each([
    ['1 23'],
    ['12,34,5'],
    ['+7 999 123-45-67'],
    ['8ч'],
    ['abc%'],
    ['31.02.2026'], // no such day
    ['Созвон 10:30'],
    ['ООО «Ромашка»'],
  ])('leaves %j, which is no value in the locale, as the string it was', (typed) => {
    const { sheet } = open();
    const range = sheet.getRange('A1');
    range.setValues([[typed]]);
    expect(range.getValues()).toEqual([[typed]]);
  });

  it.each([
    ["'123", '123'],
    ["'=Ромашка", '=Ромашка'],
    ["'20%", '20%'],
    ["'текст", 'текст'],
  ])('stores %j as text without the apostrophe', (typed, text) => {
    const { sheet, ws } = open();
    const range = sheet.getRange('A1');
    range.setValues([[typed]]);
    expect(range.getValues()).toEqual([[text]]);
    expect(range.getDisplayValues()).toEqual([[text]]);
    expect(ws.getCell('A1').value).toBe(text);
  });

  it('shows a name the load sheet guarded with an apostrophe in a plain-text cell without it', () => {
    const { sheet, ws } = open();
    const range = sheet.getRange('A1');
    range.setNumberFormats([['@']]).setValues([['\'=HYPERLINK("x")']]);
    expect(range.getDisplayValues()[0][0]).toBe('=HYPERLINK("x")');
    expect(ws.getCell('A1').formula).toBeUndefined();
  });

  it('stores a string starting with = as a formula, read as "" until something computes it', () => {
    const { sheet, ws } = open();
    sheet.getRange('A1:B1').setValues([[2, '=A1*2']]);
    expect(ws.getCell('B1').formula).toBe('A1*2');
    expect(sheet.getRange('B1').getValue()).toBe('');
    expect(sheet.getRange('B1').getDisplayValues()[0][0]).toBe('');
    // The formula cell is content: the sheet's last column is B.
    expect(sheet.getLastColumn()).toBe(2);
  });

  it('returns a formula’s cached result when the workbook has one', () => {
    const { sheet, ws } = open();
    ws.getCell('A1').value = { formula: '1+1', result: 2 };
    expect(sheet.getRange('A1').getValue()).toBe(2);
  });
});
