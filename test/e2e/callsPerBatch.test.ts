/**
 * What the write-ahead log costs in Apps Script calls, besides the emails themselves: each batch
 * writes its pending rows and the previous batch's results as one block and flushes once, and a
 * log that outgrows its grid is grown once for the whole run. Counted on the real bundle over the
 * local services.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { FIRST_DAY, history, workbookWithLog } from './logWindow.fixture';
import { invoice, writeWorkbook, type Doc } from './reminders.fixture';

const MAIL = 'MailApp.sendEmail';

function overdue(count: number): Doc[] {
  return Array.from({ length: count }, (_, i) =>
    invoice(`С-${i + 1}`, `Клиент ${i + 1}`, '25.11.2026', `c${i + 1}@client.example`),
  );
}

/** The calls of one daily run on `file` (its first), by method. */
async function callsOf(file: string): Promise<Record<string, number>> {
  const runtime = await createLocalRuntime({
    file,
    outDir: mkdtempSync(join(tmpdir(), 'account-desk-batch-out-')),
    today: FIRST_DAY,
    mode: 'send',
    distDir: DIST,
    dailyQuota: 10_000,
  });
  runtime.counters.reset();
  runtime.call('dailyRun');
  return runtime.counters.snapshot();
}

const besidesMail = (calls: Record<string, number>) =>
  Object.entries(calls).reduce((sum, [method, count]) => (method === MAIL ? sum : sum + count), 0);
const batches = (calls: Record<string, number>) => Math.ceil((calls[MAIL] ?? 0) / 10);

async function workbookOf(count: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-batch-'));
  return writeWorkbook(dir, `clients-${count}`, { docs: overdue(count), settings: { mode: 'send' } });
}

it('an extra batch of 10 emails costs at most 4 calls besides its emails: one block, one flush', async () => {
  const few = await callsOf(await workbookOf(8));
  const many = await callsOf(await workbookOf(68));
  expect(batches(many) - batches(few)).toBe(6);
  const perBatch = (besidesMail(many) - besidesMail(few)) / (batches(many) - batches(few));
  expect(perBatch).toBeLessThanOrEqual(4);
  // One flush per batch (its write-ahead) and one for the last results, nothing else.
  expect(many['SpreadsheetApp.flush']).toBeLessThanOrEqual(batches(many) + 1);
}, 180_000);

it('a log that outgrows its grid during the run is grown once, its size asked once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-batch-grid-'));
  // 990 rows of recent days: the run's 41 new rows pass the sheet's 1,000-row grid.
  const file = await workbookWithLog(dir, 'full-log', history(FIRST_DAY, 10, 99), overdue(40));
  const calls = await callsOf(file);
  expect(calls[MAIL]).toBeGreaterThanOrEqual(40);
  expect(calls['Sheet.insertRowsAfter']).toBe(1);
  // The 10-million-cell check asks each sheet's grid once per execution, not once per growth.
  expect(calls['Spreadsheet.getSheets']).toBeLessThanOrEqual(2);
  expect(calls['Sheet.getMaxRows']).toBeLessThanOrEqual(8);
}, 180_000);
