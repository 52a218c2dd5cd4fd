/**
 * The self-test's promise to leave nothing behind, with services that fail:
 * the temporary sheet is removed and the lock released even when a check or
 * the whole scratch work throws.
 */
import { runSelfTest } from '../../src/app/diagnostics/selfTest';
import type { ScratchSheet } from '../../src/app/ports';
import { memoryEnv, type MemoryEnv } from '../support/memoryEnv';

interface Fakes {
  env: MemoryEnv;
  /** Scratch sheets the self-test removed. */
  removed: string[];
  /** Calls of the lock's release. */
  readonly released: number;
}

/** The memory environment, its scratch sheets failing in the methods given. */
function fakeEnv(scratchFails: Partial<Record<keyof ScratchSheet, Error>>, lockFree = true): Fakes {
  const env = memoryEnv({ sheets: { Документы: [] }, now: new Date(Date.UTC(2026, 11, 7, 6)) });
  env.lock.heldElsewhere = !lockFree;
  const removed: string[] = [];
  const insert = env.selfTest.insertScratchSheet.bind(env.selfTest);
  env.selfTest.insertScratchSheet = (name) => {
    const scratch = insert(name);
    const failing =
      <A extends unknown[], R>(method: keyof ScratchSheet, call: (...args: A) => R) =>
      (...args: A): R => {
        if (scratchFails[method]) throw scratchFails[method];
        return call(...args);
      };
    return {
      name: scratch.name,
      gridSize: failing('gridSize', scratch.gridSize),
      insertRowsAfter: failing('insertRowsAfter', scratch.insertRowsAfter),
      insertColumnsAfter: failing('insertColumnsAfter', scratch.insertColumnsAfter),
      setValues: failing('setValues', scratch.setValues),
      readCell: failing('readCell', scratch.readCell),
      remove: () => {
        removed.push(name);
        scratch.remove();
      },
    };
  };
  return {
    env,
    removed,
    get released() {
      return env.lock.releaseCalls;
    },
  };
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
