/**
 * The Diagnostics self-test's own adapter: a scratch sheet driven by the raw
 * SpreadsheetApp calls, so its report shows what Sheets does on its own.
 */
import type { ScratchSheet, SelfTestServices } from '../app/ports';
import type { CellValue } from '../core/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

class GasScratchSheet implements ScratchSheet {
  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly sheet: Sheet,
  ) {}

  name(): string {
    return this.sheet.getName();
  }

  gridSize(): { rows: number; columns: number } {
    return { rows: this.sheet.getMaxRows(), columns: this.sheet.getMaxColumns() };
  }

  insertRowsAfter(afterRow: number, howMany: number): void {
    this.sheet.insertRowsAfter(afterRow, howMany);
  }

  insertColumnsAfter(afterColumn: number, howMany: number): void {
    this.sheet.insertColumnsAfter(afterColumn, howMany);
  }

  setValues(row: number, col: number, values: CellValue[][]): void {
    this.sheet.getRange(row, col, values.length, values[0].length).setValues(values);
  }

  readCell(row: number, col: number): { value: CellValue; display: string; format: string; formula: string } {
    const range = this.sheet.getRange(row, col, 1, 1);
    return {
      value: range.getValues()[0][0] as CellValue,
      display: range.getDisplayValues()[0][0],
      format: range.getNumberFormats()[0][0],
      formula: range.getFormulas()[0][0],
    };
  }

  remove(): void {
    this.spreadsheet.deleteSheet(this.sheet);
  }
}

export class GasSelfTest implements SelfTestServices {
  insertScratchSheet(name: string): ScratchSheet {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    return new GasScratchSheet(spreadsheet, spreadsheet.insertSheet(name));
  }

  scriptTimeZone(): string {
    return Session.getScriptTimeZone();
  }
}
