/**
 * Sheet.deleteRows as Sheets does it: the rows go with what is in them, the rows below move up,
 * the grid shrinks, and the last non-frozen rows cannot all go.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany
 */
import ExcelJS from 'exceljs';
import { openLocalSpreadsheet } from '../support/localSpreadsheet';

function sheetWith(rows: string[][]) {
  const app = openLocalSpreadsheet(new ExcelJS.Workbook()).spreadsheet;
  const sheet = app.insertSheet('Журнал');
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return sheet;
}

describe('Sheet.deleteRows', () => {
  it('removes the rows, moves the ones below up and shrinks the grid', () => {
    const sheet = sheetWith([
      ['Время', 'Ключ'],
      ['t1', 'a'],
      ['t2', 'b'],
      ['t3', 'c'],
      ['t4', 'd'],
    ]);
    sheet.getRange(5, 2).setNotes([['заметка']]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange(1, 1, sheet.getLastRow(), 2).getValues()).toEqual([
      ['Время', 'Ключ'],
      ['t3', 'c'],
      ['t4', 'd'],
    ]);
    expect(sheet.getRange(3, 2).getNotes()).toEqual([['заметка']]);
    expect(sheet.getMaxRows()).toBe(998);
  });

  it('refuses to delete every non-frozen row, and rows outside the grid', () => {
    const sheet = sheetWith([['Время'], ['1']]);
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(() => sheet.deleteRows(2, 1000)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(0, 1)).toThrow('Those rows are out of bounds.');
    sheet.deleteRows(2, 998);
    expect(sheet.getMaxRows()).toBe(2);
  });
});

describe('Sheet.deleteRows at the end of the content', () => {
  it('leaves nothing of the removed rows behind', () => {
    const sheet = sheetWith([
      ['Время', 'Ключ'],
      ['t1', 'a'],
      ['t2', 'b'],
      ['t3', 'c'],
    ]);
    sheet.deleteRows(2, 2);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getRange(1, 1, 4, 2).getValues()).toEqual([
      ['Время', 'Ключ'],
      ['t3', 'c'],
      ['', ''],
      ['', ''],
    ]);
  });
});
