/**
 * Sheet.clear() removes values and formats ("Clears the sheet of content and
 * formatting information"); the conditional formatting a user sheet came with stays in the file.
 */
import ExcelJS from 'exceljs';
import { applySnapshot, snapshotSheet } from '../../src/local/runner/document';
import { openLocalSpreadsheet } from '../support/localSpreadsheet';

function open() {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Сводка');
  ws.getCell('A1').value = 'Сотрудник';
  ws.getCell('A1').font = { bold: true };
  ws.getCell('A1').note = 'заметка';
  ws.getRow(8).numFmt = 'dd.mm.yyyy';
  ws.getCell('F12').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4CCCC' } };
  ws.getCell('G20').numFmt = '0%';
  ws.getColumn(4).numFmt = '0.00';
  ws.getColumn(2).width = 30;
  ws.getRow(3).height = 40;
  ws.mergeCells('A5:C6');
  const sheet = openLocalSpreadsheet(workbook).spreadsheet.getSheetByName('Сводка')!;
  return { workbook, ws, sheet };
}

/** Every cell the saved xlsx holds, empty or not, as exceljs reads it back. */
async function savedCells(workbook: ExcelJS.Workbook): Promise<string[]> {
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await workbook.xlsx.writeBuffer());
  const cells: string[] = [];
  reread.worksheets[0].eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.address)),
  );
  return cells;
}

describe('Sheet.clear', () => {
  it('leaves a sheet whose last row and column are 0', () => {
    const { sheet } = open();
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
  });

  it('resets every format: fills, number formats, bold, merges', () => {
    const { sheet, ws } = open();
    sheet.clear();
    expect(sheet.getRange('F12').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('G20').getNumberFormats()[0][0]).toBe('General');
    expect(ws.getCell('A1').font?.bold).toBeFalsy();
    expect(['A5', 'C6'].map((address) => ws.getCell(address).isMerged)).toEqual([false, false]);
  });

  it('keeps notes, which only clearNotes removes (the stricter reading of Google’s reference)', () => {
    const { sheet } = open();
    sheet.clear();
    expect(sheet.getRange('A1').getNotes()[0][0]).toBe('заметка');
    expect(sheet.getLastRow()).toBe(0);
    sheet.clearNotes();
    expect(sheet.getRange('A1').getNotes()[0][0]).toBe('');
  });

  it('leaves no column or row format behind for the cells written next', () => {
    const { sheet } = open();
    sheet.clear();
    // Column D had 0.00 and row 8 a date format: new cells there would have inherited them.
    sheet.getRange('D1').setValue(1.5);
    sheet.getRange('B8').setValue(46000);
    expect(sheet.getRange('D1').getNumberFormats()[0][0]).toBe('General');
    expect(sheet.getRange('D1').getDisplayValues()[0][0]).toBe('1,5');
    expect(sheet.getRange('B8').getNumberFormats()[0][0]).toBe('General');
    expect(sheet.getRange('B8').getDisplayValues()[0][0]).toBe('46000');
  });

  it('saves no empty styled cell into the xlsx, and keeps row heights and column widths', async () => {
    const { sheet, workbook, ws } = open();
    sheet.clear();
    expect(await savedCells(workbook)).toEqual([]);
    expect(ws.getRow(3).height).toBe(40);
    expect(ws.getColumn(2).width).toBe(30);
  });

  it('writes afresh after clearing, as the add-on rewrites its own sheets', () => {
    const { sheet } = open();
    sheet.clear();
    sheet.getRange('A1:B1').setValues([['Итого', 5]]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1, 2]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Итого', 5]]);
  });

  it('keeps a column width set beyond the last cell when the sheet is carried over', () => {
    const { sheet, ws } = open();
    sheet.clear();
    sheet.getRange('A1').setValue('x');
    sheet.setColumnWidths(5, 1, 140);
    const target = new ExcelJS.Workbook();
    applySnapshot(target, JSON.parse(JSON.stringify(snapshotSheet(ws))));
    expect(target.getWorksheet('Сводка')!.getColumn(5).width).toBe(20);
  });
});

describe('conditional format rules', () => {
  it('keeps the conditional formatting a user sheet came with in the saved xlsx', async () => {
    const { sheet, workbook, ws } = open();
    ws.addConditionalFormatting({
      ref: 'B2:B20',
      rules: [
        {
          type: 'cellIs',
          operator: 'greaterThan',
          formulae: ['40'],
          priority: 1,
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF4CCCC' } } },
        },
      ],
    });
    sheet.getRange('B2:B3').setValues([[45], [30]]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    // exceljs reads them into conditionalFormattings, which its typings leave out.
    const kept = (
      reread.worksheets[0] as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    expect(kept.map((cf) => cf.ref)).toEqual(['B2:B20']);
    expect(kept[0].rules[0]).toMatchObject({ type: 'cellIs', operator: 'greaterThan', formulae: ['40'] });
  });
});
