/**
 * Developer metadata on the local runtime: only on a sheet or one whole row or column, found by
 * key and location type, kept in the xlsx, and moving with its column when columns are inserted
 * before it (as it does in Sheets).
 */
import ExcelJS from 'exceljs';
import type { LocalSpreadsheet } from '../../src/local/services/spreadsheet/spreadsheet';
import { openLocalSpreadsheet } from '../support/localSpreadsheet';

function open(workbook: ExcelJS.Workbook): LocalSpreadsheet {
  return openLocalSpreadsheet(workbook).spreadsheet;
}

function documents(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Документы');
  ws.getRow(1).values = ['Тип', '№', 'Сумма'];
  ws.getRow(2).values = ['счёт', '1', 100];
  workbook.addWorksheet('Другой лист').getCell('A1').value = 'x';
  return workbook;
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer);
  return loaded;
}

function columnsOf(spreadsheet: LocalSpreadsheet, key: string): [number, string | null][] {
  return spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .withLocationType('COLUMN')
    .find()
    .map((md) => [md.getLocation().getColumn()!.getColumn(), md.getValue()]);
}

describe('developer metadata on the local runtime', () => {
  it('counts a column location as the calls a script makes, each under its own name', () => {
    const { spreadsheet, counter } = openLocalSpreadsheet(documents());
    const sheet = spreadsheet.getSheetByName('Документы')!;
    sheet.getRange(1, 4, sheet.getMaxRows(), 1).addDeveloperMetadata('accountDesk.ownedColumn', 'state');
    counter.reset();
    expect(columnsOf(spreadsheet, 'accountDesk.ownedColumn')).toEqual([[4, 'state']]);
    // https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location#getColumn()
    // is one call returning the column's Range; the script asked no grid size.
    expect(counter.snapshot()).toEqual({
      'Spreadsheet.createDeveloperMetadataFinder': 1,
      'DeveloperMetadataFinder.withKey': 1,
      'DeveloperMetadataFinder.withLocationType': 1,
      'DeveloperMetadataFinder.find': 1,
      'DeveloperMetadata.getLocation': 1,
      'DeveloperMetadataLocation.getColumn': 1,
      'Range.getColumn': 1,
      'DeveloperMetadata.getValue': 1,
    });
  });

  it('gives a sheet’s metadata, its columns’ included, in one call, each with its key', () => {
    const { spreadsheet, counter } = openLocalSpreadsheet(documents());
    const sheet = spreadsheet.getSheetByName('Документы')!;
    sheet.addDeveloperMetadata('accountDesk.ownedSheet', 'Документы');
    sheet.getRange(1, 4, sheet.getMaxRows(), 1).addDeveloperMetadata('accountDesk.ownedColumn', 'state');
    counter.reset();
    const entries = sheet.getDeveloperMetadata();
    expect(entries.map((md) => [md.getKey(), md.getValue()])).toEqual([
      ['accountDesk.ownedSheet', 'Документы'],
      ['accountDesk.ownedColumn', 'state'],
    ]);
    expect(counter.snapshot()).toEqual({
      'Sheet.getDeveloperMetadata': 1,
      'DeveloperMetadata.getKey': 2,
      'DeveloperMetadata.getValue': 2,
    });
    expect(spreadsheet.getSheetByName('Другой лист')!.getDeveloperMetadata()).toEqual([]);
  });

  it('goes on one whole column and is found by key, from the spreadsheet and on its sheet', () => {
    const spreadsheet = open(documents());
    const sheet = spreadsheet.getSheetByName('Документы')!;
    sheet.getRange(1, 4, sheet.getMaxRows(), 1).addDeveloperMetadata('accountDesk.ownedColumn', 'state');
    sheet.addDeveloperMetadata('accountDesk.ownedSheet', 'no');
    expect(columnsOf(spreadsheet, 'accountDesk.ownedColumn')).toEqual([[4, 'state']]);
    const onSheet = sheet.getDeveloperMetadata().filter((md) => md.getKey() === 'accountDesk.ownedColumn');
    expect(onSheet.map((md) => md.getLocation().getColumn()?.getColumn())).toEqual([4]);
    const other = spreadsheet.getSheetByName('Другой лист')!;
    expect(other.getDeveloperMetadata()).toEqual([]);
    const ownSheet = spreadsheet
      .createDeveloperMetadataFinder()
      .withKey('accountDesk.ownedSheet')
      .withLocationType('SHEET');
    expect(ownSheet.find().map((md) => md.getValue())).toEqual(['no']);
  });

  it.each([
    ['a header cell', (s: ReturnType<LocalSpreadsheet['getSheetByName']>) => s!.getRange(1, 4)],
    ['a part of a column', (s: ReturnType<LocalSpreadsheet['getSheetByName']>) => s!.getRange(1, 4, 20, 1)],
    [
      'two whole columns',
      (s: ReturnType<LocalSpreadsheet['getSheetByName']>) => s!.getRange(1, 4, s!.getMaxRows(), 2),
    ],
  ])('is refused on %s, as Sheets refuses arbitrary ranges', (_case, range) => {
    const spreadsheet = open(documents());
    expect(() => range(spreadsheet.getSheetByName('Документы')).addDeveloperMetadata('k', 'v')).toThrow(
      /entire row or column/,
    );
  });

  it('is kept in the xlsx and moves with its column when a column is inserted before it', async () => {
    const first = open(documents());
    const sheet = first.getSheetByName('Документы')!;
    sheet.getRange(1, 4, sheet.getMaxRows(), 1).addDeveloperMetadata('accountDesk.ownedColumn', 'state');
    sheet.getRange(1, 5, sheet.getMaxRows(), 1).addDeveloperMetadata('accountDesk.ownedColumn', 'check');
    const saved = await roundTrip(first.workbook);
    expect(columnsOf(open(saved), 'accountDesk.ownedColumn')).toEqual([
      [4, 'state'],
      [5, 'check'],
    ]);
    // What a spreadsheet application does when the user inserts a column before B.
    saved.getWorksheet('Документы')!.spliceColumns(2, 0, ['Комментарий']);
    const moved = await roundTrip(saved);
    expect(columnsOf(open(moved), 'accountDesk.ownedColumn')).toEqual([
      [5, 'state'],
      [6, 'check'],
    ]);
  });

  it('goes away with its sheet', () => {
    const spreadsheet = open(documents());
    const sheet = spreadsheet.getSheetByName('Документы')!;
    sheet.getRange(1, 4, sheet.getMaxRows(), 1).addDeveloperMetadata('k', 'a');
    expect(columnsOf(spreadsheet, 'k')).toEqual([[4, 'a']]);
    sheet.addDeveloperMetadata('k', 'sheet');
    spreadsheet.deleteSheet(sheet);
    expect(spreadsheet.createDeveloperMetadataFinder().withKey('k').find()).toEqual([]);
  });
});
