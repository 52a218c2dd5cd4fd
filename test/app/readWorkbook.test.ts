import ExcelJS from 'exceljs';
import * as vm from 'node:vm';
import { runContext } from '../../src/app/context';
import type { PropertyStore, Workbook } from '../../src/app/ports';
import { readWorkbook } from '../../src/app/readWorkbook';
import { GasWorkbook } from '../../src/gas/workbook';
import { CallCounter } from '../../src/local/services/counters';
import { LocalSpreadsheet } from '../../src/local/services/spreadsheet/spreadsheet';
import { LocalSpreadsheetApp } from '../../src/local/services/spreadsheet/spreadsheetApp';
import { emptyRecordedUi } from '../../src/local/services/spreadsheet/ui';
import { contextDateFactory } from '../../src/local/runner/clock';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { isTentativeBlue, parseLoadCell } from '../../src/core/cells';

const BLUE = 'FFCFE2F3';

/** A workbook with a load register of `people` rows, a documents register, and an old summary sheet. */
function agencyWorkbook(people: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const load = workbook.addWorksheet('План');
  load.addRow(['Загрузка на декабрь']);
  load.addRow([
    'Сотрудник',
    'Клиент / задача',
    new Date(Date.UTC(2026, 11, 7)),
    new Date(Date.UTC(2026, 11, 14)),
  ]);
  load.getCell('C2').numFmt = 'dd.mm';
  load.getCell('D2').numFmt = 'dd.mm';
  for (let i = 0; i < people; i++) {
    const row = load.addRow([`Сотрудник ${i}`, 'Клиент А', 0.2, '8 ч']);
    row.getCell(3).numFmt = '0%';
    if (i === 0) row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BLUE } };
  }
  const documents = workbook.addWorksheet('Документы');
  documents.addRow(['Номер', 'Тип', 'Клиент', 'Дата', 'Сумма']);
  for (let i = 0; i < people; i++)
    documents.addRow([String(i), 'Счёт', 'Клиент А', '01.12.2026', '10 000 ₽']);
  const summary = workbook.addWorksheet('Сводка загрузки');
  summary.addRow(['Сотрудник', 'Клиент / задача', '07.12']);
  return workbook;
}

function open(workbook: ExcelJS.Workbook) {
  const counter = new CallCounter();
  const recorded = emptyRecordedUi();
  const spreadsheet = new LocalSpreadsheet({
    workbook,
    name: 'agency',
    timeZone: 'Europe/Moscow',
    locale: 'ru_RU',
    counter,
    makeDate: contextDateFactory(vm.createContext({})),
    recorded,
  });
  (globalThis as Record<string, unknown>).SpreadsheetApp = new LocalSpreadsheetApp(spreadsheet, recorded);
  return { counter, workbook: new GasWorkbook() };
}

// 2026-12-07 00:30 in Moscow is still 6 December in UTC.
const clock = { now: () => new Date('2026-12-06T21:30:00Z') };

/** The run's context as an entry call builds it (no stored settings), with `settings` in them. */
function contextOf(workbook: Workbook, settings = DEFAULT_SETTINGS) {
  const documentProperties = { get: () => null } as unknown as PropertyStore;
  return { ...runContext({ workbook, clock, documentProperties }, 'menu'), settings };
}

const read = (workbook: Workbook, settings = DEFAULT_SETTINGS) =>
  readWorkbook({ workbook }, contextOf(workbook, settings), { styles: true });

afterEach(() => {
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

describe('readWorkbook', () => {
  it('finds the registers, skips the output sheets and takes today in the spreadsheet time zone', () => {
    const { workbook } = open(agencyWorkbook(3));
    const ctx = contextOf(workbook);
    expect(ctx.today).toBe('2026-12-07');
    expect(ctx.timeZone).toBe('Europe/Moscow');
    expect(ctx.locale).toBe('ru_RU');
    const snapshot = readWorkbook({ workbook }, ctx, { styles: true });
    expect(snapshot.today).toBe('2026-12-07');
    expect(snapshot.timeZone).toBe('Europe/Moscow');
    expect([...snapshot.grids.keys()]).toEqual(['План', 'Документы']);
    expect(snapshot.registers.map((mapping) => [mapping.sheet, mapping.kind, mapping.headerRow])).toEqual([
      ['План', 'load', 1],
      ['Документы', 'documents', 0],
    ]);
    expect(snapshot.registers[0].weekColumns.map((week) => week.week)).toEqual(['2026-12-07', '2026-12-14']);
  });

  it('reads backgrounds and formats of the load register only, enough to see tentative blue and 20 %', () => {
    const { workbook } = open(agencyWorkbook(2));
    const snapshot = read(workbook);
    const load = snapshot.grids.get('План')!;
    expect(isTentativeBlue(load.backgrounds[2][2])).toBe(true);
    expect(isTentativeBlue(load.backgrounds[3][2])).toBe(false);
    expect(parseLoadCell(load.values[2][2], load.formats[2][2], 40)).toEqual({ ok: true, value: 20 });
    expect(parseLoadCell(load.values[2][3], load.formats[2][3], 40)).toEqual({ ok: true, value: 20 });
    expect(snapshot.grids.get('Документы')!.backgrounds).toEqual([]);
  });

  it('applies the saved column corrections from settings', () => {
    const { workbook } = open(agencyWorkbook(1));
    const settings = { ...DEFAULT_SETTINGS, mapping: [{ sheet: 'Документы', header: 'Тип', field: '' }] };
    const documents = read(workbook, settings).registers[1];
    expect(documents.columns).not.toHaveProperty('type');
    expect(documents.ignored).toEqual([{ col: 1, header: 'Тип' }]);
  });

  it('makes the same number of spreadsheet calls for 5 rows and for 500', () => {
    const small = open(agencyWorkbook(5));
    read(small.workbook);
    const large = open(agencyWorkbook(500));
    read(large.workbook);
    expect(large.counter.snapshot()).toEqual(small.counter.snapshot());
    expect(small.counter.snapshot()).toMatchObject({
      'Range.getValues': 2,
      'Range.getDisplayValues': 2,
      'Range.getBackgrounds': 1,
      'Range.getNumberFormats': 1,
    });
  });
});
