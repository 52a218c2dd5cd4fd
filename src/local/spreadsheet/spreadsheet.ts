/** Spreadsheet and SpreadsheetApp over one exceljs workbook. */
import { createHash } from 'node:crypto';
import type { Workbook, Worksheet } from 'exceljs';
import type { CallCounter } from '../counters';
import { parseA1, splitSheet } from './a1';
import type { CellContext } from './cells';
import { themePalette } from './colors';
import { localeSymbols } from './display';
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataStore,
  DeveloperMetadataVisibility,
  LocalDeveloperMetadataFinder,
  type MetadataHost,
} from './metadata';
import { LocalRange } from './range';
import { checkCellLimit, LocalSheet, NEW_SHEET_COLS, NEW_SHEET_ROWS } from './sheet';
import { moveSheet } from './document';
import { createUi, type RecordedUi } from './ui';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type TypedReads = Pick<
  GasSpreadsheet,
  'getName' | 'getId' | 'getSpreadsheetTimeZone' | 'getSpreadsheetLocale'
>;

export interface SpreadsheetOptions {
  workbook: Workbook;
  /** The document's name (the file name without `.xlsx`). */
  name: string;
  /** A stable id for the document, e.g. derived from its output path. */
  idSeed: string;
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

export class LocalSpreadsheet implements TypedReads {
  readonly workbook: Workbook;
  readonly counter: CallCounter;
  readonly cellContext: CellContext;
  /** Names of sheets the bundle wrote to. */
  readonly changedSheets = new Set<string>();
  private timeZone: string;
  private locale: string;
  private readonly sheets = new Map<Worksheet, LocalSheet>();
  private palette: string[] | null = null;
  readonly metadata: MetadataHost<LocalSheet, LocalRange>;

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
      line: (sheet, type, index) =>
        type === 'COLUMN'
          ? new LocalRange(sheet, { row: 1, col: index, numRows: sheet.getMaxRows(), numCols: 1 })
          : new LocalRange(sheet, { row: index, col: 1, numRows: 1, numCols: sheet.getMaxColumns() }),
    };
    this.timeZone = options.timeZone;
    this.locale = options.locale;
    this.cellContext = {
      timeZone: () => this.timeZone,
      makeDate: options.makeDate,
      symbols: () => localeSymbols(this.locale),
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

  currentTimeZone(): string {
    return this.timeZone;
  }

  currentLocale(): string {
    return this.locale;
  }

  getName(): string {
    this.count('getName');
    return this.options.name;
  }

  getId(): string {
    this.count('getId');
    return createHash('sha256').update(this.options.idSeed).digest('base64url').slice(0, 44);
  }

  getUrl(): string {
    this.count('getUrl');
    return `file://${this.options.idSeed}`;
  }

  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: string): void {
    this.count('setSpreadsheetTimeZone');
    this.timeZone = timeZone;
  }

  getSpreadsheetLocale(): string {
    this.count('getSpreadsheetLocale');
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.count('setSpreadsheetLocale');
    this.locale = locale;
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

  getActiveSheet(): LocalSheet {
    this.count('getActiveSheet');
    return this.sheetOf(this.workbook.worksheets[0]);
  }

  insertSheet(nameOrIndex?: string | number, index?: number): LocalSheet {
    this.count('insertSheet');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.freeName();
    if (this.workbook.worksheets.some((sheet) => sheet.name === name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const cells = this.workbook.worksheets.reduce((sum, other) => sum + this.sheetOf(other).gridCells(), 0);
    checkCellLimit(cells + NEW_SHEET_ROWS * NEW_SHEET_COLS);
    const ws = this.workbook.addWorksheet(name);
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (position !== undefined) moveSheet(this.workbook, ws, position);
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

  getRange(a1: string): LocalRange {
    this.count('getRange');
    const { sheet, range } = splitSheet(a1);
    const target = sheet === null ? this.getActiveSheet() : this.getSheetByName(sheet);
    if (!target) throw new Error('Range not found');
    return target.rangeAt(parseA1(range, target.maxRows(), target.maxColumns()));
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createDeveloperMetadataFinder() */
  createDeveloperMetadataFinder(): LocalDeveloperMetadataFinder<LocalSheet, LocalRange> {
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

  private freeName(): string {
    let n = this.workbook.worksheets.length + 1;
    while (this.workbook.worksheets.some((sheet) => sheet.name === `Sheet${n}`)) n += 1;
    return `Sheet${n}`;
  }
}

export function createSpreadsheetApp(
  spreadsheet: LocalSpreadsheet,
  recorded: RecordedUi,
  promptAnswers?: string[],
  /** Persists what the bundle wrote (the local counterpart of Sheets committing pending changes). */
  onFlush?: () => void,
) {
  const counter = spreadsheet.counter;
  const ui = createUi({ counter, recorded, promptAnswers });
  return {
    getActive(): LocalSpreadsheet {
      counter.count('SpreadsheetApp.getActive');
      return spreadsheet;
    },
    getActiveSpreadsheet(): LocalSpreadsheet {
      counter.count('SpreadsheetApp.getActiveSpreadsheet');
      return spreadsheet;
    },
    getActiveSheet(): LocalSheet {
      counter.count('SpreadsheetApp.getActiveSheet');
      return spreadsheet.getActiveSheet();
    },
    getUi() {
      counter.count('SpreadsheetApp.getUi');
      return ui;
    },
    /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush() */
    flush(): void {
      counter.count('SpreadsheetApp.flush');
      onFlush?.();
    },
    DeveloperMetadataLocationType,
    DeveloperMetadataVisibility,
  };
}
