/**
 * What a recalculation costs in Apps Script calls on the benchmark's agency workbook (2,000
 * documents; calls do not grow with size): a new own sheet is written without being cleared or
 * looked up again, new owned columns get their header in their data block, each grid is asked
 * once, and the markers cost only their own calls. Counted on
 * the real bundle over the local services, on the first run and on the next day's.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIZES, writeBenchWorkbook } from '../../scripts/bench/workbooks';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';

const TODAY = '2026-12-07';
const total = (calls: Record<string, number>) => Object.values(calls).reduce((sum, count) => sum + count, 0);

let runtime: LocalRuntime;
let first: Record<string, number>;
let next: Record<string, number>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-recalc-calls-'));
  const file = join(dir, 'agency.xlsx');
  await writeBenchWorkbook(
    SIZES.find((size) => size.name === 'agency')!,
    TODAY,
    file,
  );
  runtime = await createLocalRuntime({ file, outDir: join(dir, 'out'), today: TODAY, distDir: DIST });
  runtime.counters.reset();
  runtime.call('recalculate');
  first = runtime.counters.snapshot();
  runtime.advanceClock(86_400_000);
  runtime.counters.reset();
  runtime.call('recalculate');
  next = runtime.counters.snapshot();
}, 300_000);

it('the first recalculation makes its sheets without clearing them or looking them up, each grid asked once', () => {
  const sheets = runtime.spreadsheet.getSheets().length;
  expect(first['Spreadsheet.insertSheet']).toBe(2);
  expect(first['Sheet.clear'] ?? 0).toBe(0);
  expect(first['Sheet.clearNotes'] ?? 0).toBe(0);
  expect(first['Spreadsheet.getSheetByName'] ?? 0).toBe(0);
  expect(first['Spreadsheet.getSheets']).toBe(1);
  expect(first['Sheet.getMaxRows']).toBeLessThanOrEqual(sheets);
  expect(first['Sheet.getMaxColumns']).toBeLessThanOrEqual(sheets);
  // Each register's data range in one call, not its last row, last column and range.
  expect(first['Sheet.getDataRange']).toBe(3);
  expect((first['Sheet.getLastRow'] ?? 0) + (first['Sheet.getLastColumn'] ?? 0)).toBe(0);
  // The owned columns' header row and values are one block: one setValues with the two own sheets'.
  expect(first['Range.setValues']).toBe(3);
  expect(total(first)).toBeLessThanOrEqual(88);
});

it('the next day’s recalculation asks only the grids it writes, and a marker costs its own calls', () => {
  const markers = next['DeveloperMetadataLocation.getColumn'];
  expect(markers).toBe(4);
  // The documents' annotations and the two own sheets it rewrites: no grid size per marker.
  expect(next['Sheet.getMaxRows']).toBeLessThanOrEqual(3);
  expect(next['Sheet.getMaxColumns']).toBeLessThanOrEqual(3);
  // Each own sheet's marker: its metadata in one call, then the key and value.
  expect(next['Sheet.getDeveloperMetadata']).toBe(2);
  expect(next['Sheet.createDeveloperMetadataFinder'] ?? 0).toBe(0);
  expect(total(next)).toBeLessThanOrEqual(98);
});
