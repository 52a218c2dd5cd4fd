/**
 * The benchmark charges time per cell as well as per call: the local services count the
 * cells each range call reads or writes, by sheet, every layer alike.
 */
import { openLocalSpreadsheet } from '../support/localSpreadsheet';

describe('cells moved, as the call counter records them', () => {
  it('counts every cell a block read or write moves, by sheet and direction', () => {
    const { spreadsheet, counter } = openLocalSpreadsheet();
    const log = spreadsheet.insertSheet('Журнал');
    const other = spreadsheet.insertSheet('Документы');
    counter.reset();

    log.getRange(1, 1, 3, 4).setValues([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10, 11, 12],
    ]);
    log.getRange(1, 1, 3, 4).getValues();
    log.getRange(1, 1, 3, 4).getBackgrounds();
    other.getRange(2, 2).getValue();
    other.getRange(1, 1, 2, 5).setBackground('#ff0000');

    expect(counter.cellsSnapshot()).toEqual({
      read: { Документы: 1, Журнал: 24 },
      written: { Документы: 10, Журнал: 12 },
    });
  });

  it('does not count a write that Apps Script refuses for its shape', () => {
    const { spreadsheet, counter } = openLocalSpreadsheet();
    const sheet = spreadsheet.insertSheet('Журнал');
    counter.reset();

    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(/number of rows/);
    expect(counter.cellsSnapshot()).toEqual({ read: {}, written: {} });
  });

  it('tells an observer of each call and each batch of cells, in order', () => {
    const { spreadsheet, counter } = openLocalSpreadsheet();
    const sheet = spreadsheet.insertSheet('Журнал');
    const seen: string[] = [];
    counter.observe({
      call: (name) => seen.push(name),
      cells: (direction, sheetName, count) => seen.push(`${direction} ${sheetName} ${count}`),
    });

    sheet.getRange(1, 1, 2, 3).getValues();
    counter.observe(null);
    sheet.getRange(1, 1).getValue();

    expect(seen).toEqual(['Sheet.getRange', 'Range.getValues', 'read Журнал 6']);
  });
});
