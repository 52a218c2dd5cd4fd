import type { CellBlock, GridKind, OwnedSheetContent, SheetGrid, Workbook } from '../app/ports';
import type { CellValue } from '../core/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Writes each present layer of a block with one call per layer. */
function writeLayers(range: Range, block: CellBlock): void {
  // Formats go first: Sheets parses strings written into a cell by its format, so a text
  // label like `декабрь 2026` written under a date format would silently become a date.
  if (block.numberFormats) range.setNumberFormats(block.numberFormats);
  range.setValues(block.values);
  // Apps Script accepts null to reset a colour; its typings say string only.
  if (block.backgrounds) range.setBackgrounds(block.backgrounds as string[][]);
  if (block.fontColors) range.setFontColors(block.fontColors as string[][]);
  if (block.fontWeights) range.setFontWeights(block.fontWeights);
  if (block.notes) range.setNotes(block.notes);
}

function blockWidth(rows: readonly unknown[][]): number {
  return rows.reduce((max, row) => Math.max(max, row.length), 0);
}

/** The spreadsheet the add-on is bound to, through batched SpreadsheetApp calls. */
export class GasWorkbook implements Workbook {
  private readonly spreadsheet = SpreadsheetApp.getActiveSpreadsheet();

  name(): string {
    return this.spreadsheet.getName();
  }

  timeZone(): string {
    return this.spreadsheet.getSpreadsheetTimeZone();
  }

  locale(): string {
    return this.spreadsheet.getSpreadsheetLocale();
  }

  sheetNames(): string[] {
    return this.spreadsheet.getSheets().map((sheet) => sheet.getName());
  }

  readSheet(name: string, kinds: readonly GridKind[]): SheetGrid | null {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) return null;
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    if (rows === 0 || cols === 0)
      return { sheet: name, values: [], display: [], backgrounds: [], formats: [] };
    const range = sheet.getRange(1, 1, rows, cols);
    return {
      sheet: name,
      values: kinds.includes('values') ? (range.getValues() as CellValue[][]) : [],
      display: kinds.includes('display') ? range.getDisplayValues() : [],
      backgrounds: kinds.includes('backgrounds') ? range.getBackgrounds() : [],
      formats: kinds.includes('formats') ? range.getNumberFormats() : [],
    };
  }

  replaceSheet(name: string, content: OwnedSheetContent): void {
    const sheet = this.spreadsheet.getSheetByName(name) ?? this.spreadsheet.insertSheet(name);
    sheet.clear();
    for (const { row, col, block } of content.blocks) {
      if (block.values.length === 0) continue;
      writeLayers(sheet.getRange(row, col, block.values.length, blockWidth(block.values)), block);
    }
    if (content.frozenRows !== undefined) sheet.setFrozenRows(content.frozenRows);
    if (content.frozenColumns !== undefined) sheet.setFrozenColumns(content.frozenColumns);
    for (const { col, count, width } of content.columnWidths ?? []) sheet.setColumnWidths(col, count, width);
  }

  writeBlock(name: string, row: number, col: number, block: CellBlock): void {
    if (block.values.length === 0) return;
    const sheet = this.requireSheet(name);
    writeLayers(sheet.getRange(row, col, block.values.length, blockWidth(block.values)), block);
  }

  appendRows(name: string, rows: CellValue[][], header?: CellValue[]): void {
    let sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) {
      sheet = this.spreadsheet.insertSheet(name);
      if (header) {
        sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
        sheet.setFrozenRows(1);
      }
    }
    if (rows.length === 0) return;
    const width = blockWidth(rows);
    const padded = rows.map((row) => [...row, ...Array<CellValue>(width - row.length).fill('')]);
    sheet.getRange(sheet.getLastRow() + 1, 1, padded.length, width).setValues(padded);
  }

  toast(message: string, title?: string, seconds?: number): void {
    this.spreadsheet.toast(message, title ?? '', seconds ?? 5);
  }

  private requireSheet(name: string): Sheet {
    const sheet = this.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`Sheet not found: ${name}`);
    return sheet;
  }
}
