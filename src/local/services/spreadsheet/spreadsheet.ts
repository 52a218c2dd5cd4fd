/** Spreadsheet over one exceljs workbook: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet */
import type { Workbook, Worksheet } from 'exceljs';
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';
import type { CellContext } from './cells';
import { themePalette } from './colors';
import { checkCellLimit, NEW_SHEET_COLS, NEW_SHEET_ROWS } from './grid';
import { localeSymbols } from './locale';
import { LocalDeveloperMetadataFinder, type MetadataHost } from './metadata';
import { DeveloperMetadataStore } from './metadataStore';
import { LocalRange } from './range';
import { LocalSheet } from './sheet';
import type { RecordedUi } from './ui';

export interface SpreadsheetOptions {
  workbook: Workbook;
  /** The document's name (the file name without `.xlsx`). */
  name: string;
  timeZone: string;
  locale: string;
  counter: CallCounter;
  makeDate: (ms: number) => Date;
  /** The bundle's "now" in epoch ms (default: the real clock). */
  now?: () => number;
  recorded: RecordedUi;
  /** Called with every toast, so the CLI can print progress. */
  onToast?: (message: string, title: string) => void;
}

type Metadata = MetadataHost<LocalSheet, LocalRange<LocalSheet>>;

export class LocalSpreadsheet implements Emulates<GoogleAppsScript.Spreadsheet.Spreadsheet> {
  readonly workbook: Workbook;
  readonly counter: CallCounter;
  readonly cellContext: CellContext;
  /** Names of sheets the bundle wrote to. */
  readonly changedSheets = new Set<string>();
  private readonly sheets = new Map<Worksheet, LocalSheet>();
  private palette: string[] | null = null;
  readonly metadata: Metadata;

  constructor(private readonly options: SpreadsheetOptions) {
    this.workbook = options.workbook;
    this.counter = options.counter;
    this.metadata = {
      store: new DeveloperMetadataStore(options.workbook),
      counter: options.counter,
      sheet: (name) => {
        const ws = this.workbook.worksheets.find((sheet) => sheet.name === name);
        return ws ? this.sheetOf(ws) : null;
      },
      // The location's own call returns the whole line; the script asked no grid size, so none is counted.
      line: (sheet, type, index) =>
        type === 'COLUMN'
          ? new LocalRange(sheet, { row: 1, col: index, numRows: sheet.maxRows(), numCols: 1 })
          : new LocalRange(sheet, { row: index, col: 1, numRows: 1, numCols: sheet.maxColumns() }),
    };
    this.cellContext = {
      timeZone: () => options.timeZone,
      makeDate: options.makeDate,
      symbols: () => localeSymbols(options.locale),
      theme: () => (this.palette ??= themePalette(this.themeXml())),
      now: options.now ?? Date.now,
    };
  }

  private themeXml(): string | undefined {
    // exceljs keeps the raw theme XML of a loaded file in a private field.
    const themes = (this.workbook as unknown as { _themes?: Record<string, string> })._themes;
    return themes?.theme1;
  }

  private count(method: string): void {
    this.counter.count(`Spreadsheet.${method}`);
  }

  /** The LocalSheet of a worksheet, made once so every caller shares it. */
  sheetOf(worksheet: Worksheet): LocalSheet {
    let sheet = this.sheets.get(worksheet);
    if (!sheet) {
      sheet = new LocalSheet(worksheet, {
        counter: this.counter,
        cellContext: this.cellContext,
        sheetChanged: (name) => this.changedSheets.add(name),
        cellsElsewhere: (self) =>
          this.workbook.worksheets
            .filter((other) => other !== self)
            .reduce((sum, other) => sum + this.sheetOf(other).gridCells(), 0),
        metadata: this.metadata,
      });
      this.sheets.set(worksheet, sheet);
    }
    return sheet;
  }

  /** The zone and locale without counting a call. */
  currentTimeZone(): string {
    return this.options.timeZone;
  }

  currentLocale(): string {
    return this.options.locale;
  }

  getName(): string {
    this.count('getName');
    return this.options.name;
  }

  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.options.timeZone;
  }

  getSpreadsheetLocale(): string {
    this.count('getSpreadsheetLocale');
    return this.options.locale;
  }

  getSheets(): LocalSheet[] {
    this.count('getSheets');
    return this.workbook.worksheets.map((ws) => this.sheetOf(ws));
  }

  getSheetByName(name: string): LocalSheet | null {
    this.count('getSheetByName');
    const ws = this.workbook.worksheets.find((sheet) => sheet.name === name);
    return ws ? this.sheetOf(ws) : null;
  }

  /** A new sheet of 1000 × 26 cells at the end; a name taken or the 10-million-cell limit is refused. */
  insertSheet(sheetName: string): LocalSheet {
    this.count('insertSheet');
    const name = String(sheetName);
    if (this.workbook.worksheets.some((sheet) => sheet.name === name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const cells = this.workbook.worksheets.reduce((sum, other) => sum + this.sheetOf(other).gridCells(), 0);
    checkCellLimit(cells + NEW_SHEET_ROWS * NEW_SHEET_COLS);
    const ws = this.workbook.addWorksheet(name);
    this.changedSheets.add(name);
    return this.sheetOf(ws);
  }

  deleteSheet(sheet: LocalSheet): void {
    this.count('deleteSheet');
    // Metadata goes with what it is associated with.
    const name = sheet.worksheet.name;
    for (const entry of this.metadata.store.entries())
      if (entry.sheet === name) this.metadata.store.remove(entry);
    this.workbook.removeWorksheet(sheet.worksheet.id);
    this.sheets.delete(sheet.worksheet);
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createDeveloperMetadataFinder() */
  createDeveloperMetadataFinder(): LocalDeveloperMetadataFinder<LocalSheet, LocalRange<LocalSheet>> {
    this.count('createDeveloperMetadataFinder');
    return new LocalDeveloperMetadataFinder(this.metadata, () => true);
  }

  toast(message: string, title = '', timeoutSeconds = 5): void {
    this.count('toast');
    this.options.recorded.toasts.push({
      message: String(message),
      title: String(title),
      seconds: timeoutSeconds,
    });
    this.options.onToast?.(String(message), String(title));
  }
}
