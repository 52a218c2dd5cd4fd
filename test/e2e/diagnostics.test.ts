/**
 * Diagnostics on the real bundle over the local runtime: the report the menu
 * item shows in Google, made here by the same function on a workbook built in
 * code. The expectations are Google's documented behaviour, so a check that
 * passes only on a lenient local runtime fails here.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDate } from 'node:util/types';
import { PROPERTY_KEY, ROUND_TRIP_DAYS, TYPED_STRINGS } from '../../src/app/diagnostics/selfTest';
import type { DiagnosticsView } from '../../src/core/diagnostics/view';
import { compareReports } from '../../src/core/diagnostics/compare';
import { checkKey, type Check, type DiagnosticsReport } from '../../src/core/diagnostics/report';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';

const SHEETS = ['Документы', 'Загрузка'];

async function workbookFile(locale: string, timeZone: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-diag-'));
  const file = join(dir, 'agency.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.keywords = `accountDesk:timeZone=${timeZone};locale=${locale}`;
  workbook.addWorksheet(SHEETS[0]).addRows([
    ['Тип', 'Номер', 'Клиент', 'Сумма'],
    ['счёт', 'СЧ-1', 'Ромашка', 1000],
  ]);
  workbook.addWorksheet(SHEETS[1]).addRow(['Сотрудник', 'Клиент / задача']);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function diagnose(
  locale = 'ru_RU',
  timeZone = 'Europe/Moscow',
): Promise<{ runtime: LocalRuntime; view: DiagnosticsView }> {
  const file = await workbookFile(locale, timeZone);
  const runtime = await createLocalRuntime({ file, outDir: join(file, '..', 'out'), distDir: DIST });
  const view = runtime.call('getDiagnostics') as DiagnosticsView;
  return { runtime, view };
}

function checks(report: DiagnosticsReport, id: string): Check[] {
  return report.compared.checks.filter((check) => check.id === id);
}

function containsDate(value: unknown): boolean {
  if (isDate(value)) return true;
  if (value && typeof value === 'object') return Object.values(value).some(containsDate);
  return false;
}

describe('Diagnostics on the local runtime', () => {
  let runtime: LocalRuntime;
  let view: DiagnosticsView;
  let report: DiagnosticsReport;

  beforeAll(async () => {
    ({ runtime, view } = await diagnose());
    report = view.report;
  });

  it('runs every group of checks and removes its temporary sheet and property key', () => {
    expect(new Set(report.compared.checks.map((check) => check.group))).toEqual(
      new Set(['grid', 'text', 'date', 'lock', 'properties', 'cleanup']),
    );
    expect(runtime.spreadsheet.workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
    expect(checks(report, 'cleanup.scratchSheet')).toMatchObject([{ status: 'ok' }]);
    expect(report.notCompared.scratchSheet).not.toBe('');
    expect(runtime.state.document[PROPERTY_KEY]).toBeUndefined();
    expect(checks(report, 'properties.roundTrip')).toMatchObject([{ status: 'ok' }]);
  });

  it('sends nothing and leaves the mail quota as it was', () => {
    expect(runtime.sent()).toEqual([]);
    expect(runtime.counters.snapshot()).not.toHaveProperty('MailApp.sendEmail');
    expect(report.notCompared.remainingMailQuota).toBe(100);
  });

  it('takes and releases the document lock', () => {
    expect(checks(report, 'lock.document')).toMatchObject([{ status: 'ok', actual: { acquired: true } }]);
    const counts = runtime.counters.snapshot();
    expect(counts['Lock.tryLock']).toBe(1);
    expect(counts['Lock.releaseLock']).toBe(1);
  });

  it('writes each string as the add-on writes text and reads it back identical', () => {
    const asText = checks(report, 'text.asText');
    expect(asText.map((check) => check.input)).toEqual(TYPED_STRINGS);
    const kept = asText.filter((check) => check.input !== "'0012");
    expect(kept.filter((check) => check.status !== 'ok')).toEqual([]);
    for (const check of kept)
      expect(check.actual).toEqual({
        type: 'string',
        value: check.input,
        display: check.input,
        format: '@',
        formula: '',
      });
  });

  it('records what a plain write of each string becomes, a formula as its formula', () => {
    const plain = new Map(checks(report, 'text.plainWrite').map((check) => [check.input, check]));
    expect(plain.size).toBe(TYPED_STRINGS.length);
    expect(plain.get('=1+1')).toMatchObject({ status: 'observed', actual: { formula: '=1+1' } });
    expect(plain.get('0012')).toMatchObject({ actual: { type: 'number', value: 12 } });
    expect(plain.get('20%')).toMatchObject({ actual: { type: 'number', value: 0.2, display: '20%' } });
  });

  it("reads every date back as the same day in the spreadsheet's zone", () => {
    const dates = checks(report, 'date.roundTrip');
    expect(dates.map((check) => check.input)).toEqual(ROUND_TRIP_DAYS);
    expect(dates.filter((check) => check.status !== 'ok')).toEqual([]);
  });

  it('sees a new sheet with the 1000 × 26 grid Sheets gives it', () => {
    expect(checks(report, 'grid.newSheet')).toMatchObject([
      { status: 'ok', actual: { rows: 1000, columns: 26 } },
    ]);
  });

  it('returns plain data that google.script.run can carry: no Dates, JSON round trip intact', () => {
    expect(containsDate(view)).toBe(false);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(JSON.parse(view.json)).toEqual(report);
  });

  it('gives the same compared part on a second run; only the marked part differs', () => {
    const again = runtime.call('getDiagnostics') as DiagnosticsView;
    expect(compareReports(report, again.report)).toEqual([]);
    expect(again.report.compared).toEqual(report.compared);
    expect(Object.keys(again.report.notCompared)).toEqual(Object.keys(report.notCompared));
  });

  it('names every check in words, in the spreadsheet language', () => {
    const labels = view.groups.flatMap((group) => group.lines.map((line) => line.label));
    expect(labels).toHaveLength(report.compared.checks.length);
    expect(labels.filter((label) => label.includes('diagnostics.'))).toEqual([]);
    expect(view.title).toBe('Диагностика');
    expect(view.groups.map((group) => group.title)).toContain('Сетка листа');
  });

  it.each([
    ['en_US', 'America/Los_Angeles'],
    ['ru_RU', 'Asia/Yekaterinburg'],
  ])('round-trips dates in a %s spreadsheet in %s', async (locale, timeZone) => {
    const other = await diagnose(locale, timeZone);
    expect(other.view.report.compared).toMatchObject({ locale, timeZone });
    const dates = checks(other.view.report, 'date.roundTrip');
    expect(dates.filter((check) => check.status !== 'ok')).toEqual([]);
    if (locale === 'en_US') expect(other.view.title).toBe('Diagnostics');
    // The script's zone is the manifest's whatever the spreadsheet's: triggers without inTimezone use it.
    expect(other.view.report.notCompared.scriptTimeZone).toBe('Europe/Moscow');
    expect(checkKey(dates[0])).toBe(`date.roundTrip "${ROUND_TRIP_DAYS[0]}"`);
  });
});
