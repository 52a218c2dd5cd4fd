/**
 * One run context per entry call: whatever a menu item, the trigger or a
 * sidebar call does, it reads the settings, the spreadsheet's zone and locale
 * and the list of sheets once, and asks PropertiesService for the document's
 * store once. Counted on the real bundle over the local services, on a
 * spreadsheet a first recalculation has already set up.
 */
import { join } from 'node:path';
import * as vm from 'node:vm';
import { SETTINGS_PROPERTY } from '../../src/core/settings';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runner/runtime';
import { DIST, ROOT } from '../support/bundle';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** Entry calls and their arguments: menu handlers, the trigger, sidebar APIs. */
const CALLS: [string, ...unknown[]][] = [
  ['recalculate'],
  ['dailyRun'],
  ['sendRemindersNow'],
  ['sendReminders'],
  ['weeklyRun'],
  ['getDashboard'],
  ['setDashboardManager', ''],
  ['getFormOptions'],
  ['getReminderPreview'],
  ['getSettings'],
  ['getTriggerStatus'],
  ['getPageTexts'],
  ['getHelp'],
  ['showDashboard'],
  ['createMissingSheets'],
  ['installTriggers'],
];

/** Records which document properties the bundle reads, by key. */
function recordPropertyReads(runtime: LocalRuntime): string[] {
  const keys: string[] = [];
  const record = (key: string) => keys.push(key);
  vm.runInContext(
    `(function (record) {
      var service = PropertiesService;
      var wrapped = Object.create(service);
      wrapped.getDocumentProperties = function () {
        var store = service.getDocumentProperties();
        var spy = Object.create(store);
        spy.getProperty = function (key) { record(key); return store.getProperty(key); };
        spy.getProperties = function () { record('*'); return store.getProperties(); };
        return spy;
      };
      Object.defineProperty(globalThis, 'PropertiesService', { value: wrapped, writable: true, configurable: true });
    })`,
    runtime.context,
  )(record);
  return keys;
}

let runtime: LocalRuntime;
let propertyReads: string[];

beforeAll(async () => {
  runtime = await createLocalRuntime({
    file: join(ROOT, 'examples', 'agency.xlsx'),
    outDir: mkdtempSync(join(tmpdir(), 'account-desk-calls-')),
    today: '2026-12-07',
    mode: 'preview',
    distDir: DIST,
  });
  // The first run creates the add-on's sheets; the counts are of the runs after it.
  runtime.call('createMissingSheets');
  runtime.call('recalculate');
  propertyReads = recordPropertyReads(runtime);
});

describe.each(CALLS)('the entry call %s', (name, ...args) => {
  let calls: Record<string, number>;
  let settingsReads: number;

  beforeAll(() => {
    runtime.counters.reset();
    propertyReads.length = 0;
    runtime.call(name, ...args);
    calls = runtime.counters.snapshot();
    settingsReads = propertyReads.filter((key) => key === SETTINGS_PROPERTY || key === '*').length;
  });

  it('reads the settings once at most', () => {
    expect(settingsReads).toBeLessThanOrEqual(1);
    expect(calls['PropertiesService.getDocumentProperties'] ?? 0).toBeLessThanOrEqual(1);
  });

  it('reads the time zone, the locale and the list of sheets once at most', () => {
    expect(calls['Spreadsheet.getSpreadsheetTimeZone'] ?? 0).toBeLessThanOrEqual(1);
    expect(calls['Spreadsheet.getSpreadsheetLocale'] ?? 0).toBeLessThanOrEqual(1);
    expect(calls['Spreadsheet.getSheets'] ?? 0).toBeLessThanOrEqual(1);
  });
});
