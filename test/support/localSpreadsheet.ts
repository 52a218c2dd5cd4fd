/**
 * A local spreadsheet over an in-memory exceljs workbook, for the tests of the
 * local SpreadsheetApp and of the adapters over it: one place that knows how
 * the runtime wires a document, so a test says only what differs (locale, zone, clock).
 */
import ExcelJS from 'exceljs';
import * as vm from 'node:vm';
import { CallCounter } from '../../src/local/services/counters';
import { LocalSpreadsheet, type SpreadsheetOptions } from '../../src/local/services/spreadsheet/spreadsheet';
import { LocalSpreadsheetApp } from '../../src/local/services/spreadsheet/spreadsheetApp';
import { emptyRecordedUi } from '../../src/local/services/spreadsheet/ui';
import { contextDateFactory } from '../../src/local/runner/clock';

export type LocalSpreadsheetOverrides = Partial<Pick<SpreadsheetOptions, 'timeZone' | 'locale' | 'now'>>;

export interface OpenedSpreadsheet {
  workbook: ExcelJS.Workbook;
  spreadsheet: LocalSpreadsheet;
  /** `SpreadsheetApp` itself, for code that reaches it as a global. */
  spreadsheetApp: LocalSpreadsheetApp;
  counter: CallCounter;
}

/** Opens `workbook` (default: an empty one) as a Moscow, ru_RU spreadsheet unless told otherwise. */
export function openLocalSpreadsheet(
  workbook: ExcelJS.Workbook = new ExcelJS.Workbook(),
  overrides: LocalSpreadsheetOverrides = {},
): OpenedSpreadsheet {
  const counter = new CallCounter();
  const recorded = emptyRecordedUi();
  const spreadsheet = new LocalSpreadsheet({
    workbook,
    name: 'test',
    timeZone: 'Europe/Moscow',
    locale: 'ru_RU',
    counter,
    makeDate: contextDateFactory(vm.createContext({})),
    recorded,
    ...overrides,
  });
  const spreadsheetApp = new LocalSpreadsheetApp(spreadsheet, recorded);
  return { workbook, spreadsheet, spreadsheetApp, counter };
}
