/**
 * What an uncached sidebar open reads, on the real bundle and the local services, right after a
 * daily run (the add-on's own sheets, columns and log exist): only what its answer is made of.
 * Counted by the local call counter; how long it takes is the benchmark's business.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { invoice, writeWorkbook } from './reminders.fixture';

async function afterDailyRun(): Promise<LocalRuntime> {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-sidebar-calls-'));
  const docs = [
    invoice('С-1', 'Альфа', '25.11.2026', 'alpha@client.example'),
    invoice('С-2', 'Бета', '20.12.2026', 'beta@client.example'),
  ];
  const file = await writeWorkbook(join(dir, 'in'), 'agency', { docs, settings: { mode: 'send' } });
  const runtime = await createLocalRuntime({
    file,
    outDir: join(dir, 'out'),
    today: '2026-12-07',
    distDir: DIST,
  });
  runtime.call('dailyRun');
  runtime.evictCache();
  return runtime;
}

function opened(runtime: LocalRuntime, api: string) {
  runtime.evictCache();
  runtime.counters.reset();
  const answer = runtime.call(api);
  return { answer, calls: runtime.counters.snapshot(), read: runtime.counters.cellsSnapshot().read };
}

const DOCUMENTS = 'Документы';
/** Our `Проверка` column: the fixture's table has eight columns, ours are the next four. */
const CHECK_COLUMN = 12;

describe('an uncached sidebar open after a daily run', () => {
  it('the dashboard reads no notes or formulas once every column of ours is marked', async () => {
    const runtime = await afterDailyRun();
    const { calls } = opened(runtime, 'getDashboard');
    expect(calls['Range.getNotes'] ?? 0).toBe(0);
    expect(calls['Range.getFormulas'] ?? 0).toBe(0);
  });

  it('the dashboard reads each property once: settings, the stamp, the last run, the user’s choice', async () => {
    const runtime = await afterDailyRun();
    const { calls } = opened(runtime, 'getDashboard');
    expect(calls['Properties.getProperty']).toBe(4);
  });

  it('the dashboard asks who is at the keyboard once', async () => {
    const runtime = await afterDailyRun();
    const { calls } = opened(runtime, 'getDashboard');
    expect(calls['Session.getActiveUser'] ?? 0).toBeLessThanOrEqual(1);
    expect(calls['User.getEmail'] ?? 0).toBeLessThanOrEqual(1);
  });

  it.each(['getFormOptions', 'getDashboard'])('%s reads neither our own sheets nor the log', async (api) => {
    const runtime = await afterDailyRun();
    const { read } = opened(runtime, api);
    expect(Object.keys(read).sort()).toEqual(['Документы', 'Команда']);
  });

  it.each(['getFormOptions', 'getDashboard'])(
    '%s asks Sheets for none of our column markers, and answers as it does with them',
    async (api) => {
      const runtime = await afterDailyRun();
      const hinted = opened(runtime, api);
      expect(hinted.calls['DeveloperMetadataFinder.find'] ?? 0).toBe(0);
      // A person's edit moves the stamp without the hint (onEdit reads no markers): they are asked for.
      runtime.edit({ sheet: DOCUMENTS, row: 2, col: 3, value: 'Альфа' });
      const asked = opened(runtime, api);
      expect(asked.calls['DeveloperMetadataFinder.find']).toBe(1);
      expect(hinted.answer).toEqual(asked.answer);
    },
  );

  it('asks for the markers again when our header is no longer where the hint puts it', async () => {
    const runtime = await afterDailyRun();
    const before = opened(runtime, 'getFormOptions');
    // Another script renames our column's header: no onEdit, the stamp and its hint stay.
    runtime.edit({ sheet: DOCUMENTS, row: 1, col: CHECK_COLUMN, value: 'Заметки', by: 'script' });
    const after = opened(runtime, 'getFormOptions');
    expect(after.calls['DeveloperMetadataFinder.find']).toBe(1);
    expect(after.answer).toEqual(before.answer);
  });
});
