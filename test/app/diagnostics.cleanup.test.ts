/**
 * The self-test's promise to leave nothing behind, with services that fail:
 * the temporary sheet is removed and the lock released even when a check or
 * the whole scratch work throws.
 */
import { runSelfTest } from '../../src/app/diagnostics/selfTest';
import type { AppEnv, ScratchSheet } from '../../src/app/ports';

interface Fakes {
  env: AppEnv;
  removed: string[];
  released: number;
}

function fakeEnv(scratchFails: Partial<Record<keyof ScratchSheet, Error>>, lockFree = true): Fakes {
  const sheets = ['Документы'];
  const fakes = { removed: [] as string[], released: 0 } as Fakes;
  const properties = new Map<string, string>();
  const fail = (method: keyof ScratchSheet) => {
    if (scratchFails[method]) throw scratchFails[method];
  };
  const scratch = (name: string): ScratchSheet => ({
    name: () => name,
    gridSize: () => (fail('gridSize'), { rows: 1000, columns: 26 }),
    insertRowsAfter: () => fail('insertRowsAfter'),
    insertColumnsAfter: () => fail('insertColumnsAfter'),
    setValues: () => fail('setValues'),
    readCell: () => (fail('readCell'), { value: '', display: '', format: 'General', formula: '' }),
    remove: () => {
      fakes.removed.push(name);
      sheets.splice(sheets.indexOf(name), 1);
    },
  });
  const unused = () => {
    throw new Error('not used by the self-test');
  };
  fakes.env = {
    workbook: {
      name: () => 'agency',
      timeZone: () => 'Europe/Moscow',
      locale: () => 'ru_RU',
      sheetNames: () => [...sheets],
      readSheet: unused,
      replaceSheet: unused,
      writeBlock: () => undefined,
      appendRows: () => undefined,
      flush: () => undefined,
      toast: () => undefined,
      columnMarkers: () => [],
      markColumn: unused,
      sheetMarker: () => null,
      markSheet: unused,
      readAnnotations: unused,
    },
    mailer: {
      remainingDailyQuota: () => 100,
      send: unused,
      draftsAvailable: () => false,
      createDraft: unused,
    },
    documentProperties: {
      get: (key) => properties.get(key) ?? null,
      getAll: () => Object.fromEntries(properties),
      set: (key, value) => void properties.set(key, value),
      setAll: unused,
      delete: (key) => void properties.delete(key),
    },
    lock: { tryAcquire: () => lockFree, release: () => void (fakes.released += 1) },
    triggers: { list: () => [], createDaily: unused, remove: unused },
    ui: { showSidebar: unused, alert: unused, addMenu: unused },
    clock: { now: () => new Date(Date.UTC(2026, 11, 7, 6)) },
    logger: { log: () => undefined, error: () => undefined },
    selfTest: {
      insertScratchSheet: (name) => {
        sheets.push(name);
        return scratch(name);
      },
      scriptTimeZone: () => 'Europe/Moscow',
    },
  };
  return fakes;
}

describe('the self-test cleans up whatever fails', () => {
  it('removes the temporary sheet when every read of it throws, and reports each failure', () => {
    const fakes = fakeEnv({ readCell: new Error('Service Spreadsheets failed') });
    const report = runSelfTest(fakes.env);
    expect(fakes.removed).toHaveLength(1);
    expect(fakes.env.workbook.sheetNames()).toEqual(['Документы']);
    expect(fakes.released).toBe(1);
    const failed = report.compared.checks.filter((check) => check.status === 'failed');
    expect(failed.length).toBeGreaterThan(10);
    expect(report.notCompared.errors['date.roundTrip "2026-12-31"']).toBe('Service Spreadsheets failed');
    expect(report.compared.checks.find((check) => check.id === 'cleanup.scratchSheet')).toMatchObject({
      status: 'ok',
    });
  });

  it('removes the sheet even when the grid cannot be read at all', () => {
    const fakes = fakeEnv({ gridSize: new Error('boom') });
    const report = runSelfTest(fakes.env);
    expect(fakes.removed).toHaveLength(1);
    expect(report.compared.checks.find((check) => check.id === 'grid.newSheet')).toMatchObject({
      status: 'failed',
      actual: { threw: true },
    });
    const textChecks = report.compared.checks.filter((check) => check.group === 'text');
    expect(textChecks.filter((check) => check.status === 'observed').length).toBeGreaterThan(10);
  });

  it('says when the sheet could not be removed', () => {
    const fakes = fakeEnv({});
    const insert = fakes.env.selfTest.insertScratchSheet;
    fakes.env.selfTest.insertScratchSheet = (name) => ({
      ...insert(name),
      remove: () => {
        throw new Error('Sheet is protected');
      },
    });
    const report = runSelfTest(fakes.env);
    expect(report.compared.checks.find((check) => check.id === 'cleanup.scratchSheet')).toMatchObject({
      status: 'failed',
      actual: { threw: true },
    });
    expect(report.notCompared.errors['cleanup.scratchSheet']).toBe('Sheet is protected');
    expect(fakes.released).toBe(1);
  });

  it('picks a free name when a sheet of that name exists, and removes only its own', () => {
    const fakes = fakeEnv({});
    const first = runSelfTest(fakes.env).notCompared.scratchSheet;
    fakes.env.selfTest.insertScratchSheet(first);
    const second = runSelfTest(fakes.env).notCompared.scratchSheet;
    expect(second).toBe(`${first} 2`);
    expect(fakes.env.workbook.sheetNames()).toEqual(['Документы', first]);
  });

  it('does not release a lock it could not take, and still runs the other checks', () => {
    const fakes = fakeEnv({}, false);
    const report = runSelfTest(fakes.env);
    expect(fakes.released).toBe(0);
    expect(report.compared.checks.find((check) => check.id === 'lock.document')).toMatchObject({
      status: 'failed',
      actual: { acquired: false },
    });
    expect(report.compared.checks.find((check) => check.id === 'properties.roundTrip')).toMatchObject({
      status: 'ok',
    });
  });
});
