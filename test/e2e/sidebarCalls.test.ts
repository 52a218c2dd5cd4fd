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
  runtime.call(api);
  return { calls: runtime.counters.snapshot(), read: runtime.counters.cellsSnapshot().read };
}

describe('an uncached sidebar open after a daily run', () => {
  it('the dashboard reads no notes or formulas once every column of ours is marked', async () => {
    const runtime = await afterDailyRun();
    const { calls } = opened(runtime, 'getDashboard');
    expect(calls['Range.getNotes'] ?? 0).toBe(0);
    expect(calls['Range.getFormulas'] ?? 0).toBe(0);
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
});
