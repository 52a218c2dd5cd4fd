/**
 * The benchmark's clock model moves "now" by the time each call would take on Google's
 * servers, so a run that budgets its time with the clock is seen doing so locally.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { writeFakeDist, writeInputWorkbook } from './runtime.fixture';

const dir = mkdtempSync(join(tmpdir(), 'account-desk-clock-'));

it("moves the bundle's clock forward by what it is told", async () => {
  const input = join(dir, 'agency.xlsx');
  await writeInputWorkbook(input);
  const runtime = await createLocalRuntime({
    file: input,
    outDir: join(dir, 'out'),
    distDir: writeFakeDist(join(dir, 'dist')),
    today: '2026-12-07',
  });

  runtime.advanceClock(4.5 * 60_000);
  const clock = runtime.call('clock') as { iso: string };

  expect(clock.iso).toBe('2026-12-07T06:04:30.000Z');
});
