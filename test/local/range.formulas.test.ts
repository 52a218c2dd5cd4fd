/**
 * `Range.getFormulas()`: the Diagnostics self-test reads it to tell that a plain write of
 * `=1+1` became a formula, which the local runtime stores without computing it.
 */
import ExcelJS from 'exceljs';
import { openLocalSpreadsheet } from '../support/localSpreadsheet';

function sheetOf(workbook: ExcelJS.Workbook) {
  return openLocalSpreadsheet(workbook).spreadsheet.getSheetByName('Лист1')!;
}

describe('Range.getFormulas', () => {
  it('returns each formula in A1 notation and an empty string for every other cell', () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Лист1');
    ws.getCell('A2').value = { formula: 'SUM(B2:C2)', result: 3 } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { sharedFormula: 'A2', result: 7 } as ExcelJS.CellSharedFormulaValue;
    const sheet = sheetOf(workbook);
    sheet.getRange(1, 1, 1, 2).setValues([['=1+1', 'текст']]);
    expect(sheet.getRange(1, 1, 3, 2).getFormulas()).toEqual([
      ['=1+1', ''],
      ['=SUM(B2:C2)', ''],
      ['=SUM(B3:C3)', ''],
    ]);
  });

  it('keeps a formula written into a plain-text cell as text, with no formula', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Лист1');
    const sheet = sheetOf(workbook);
    const cell = sheet.getRange(1, 1, 1, 1).setNumberFormats([['@']]);
    cell.setValues([['=1+1']]);
    expect(cell.getFormulas()).toEqual([['']]);
    expect(cell.getValues()).toEqual([['=1+1']]);
  });
});
