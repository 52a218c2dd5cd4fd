/**
 * Exactly once across chunks (`npm run test:faults`): with a send budget of 0 each CLI run is one
 * execution that sends one write-ahead batch (10 messages) and leaves the rest due, as the hourly
 * trigger's executions do when their budget is spent. Faults in the second chunk must leave
 * 0 duplicates and 0 silently lost messages, like faults in a single run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../src/local/runner/project';
import { readOutbox, writeWorkbook, type Mail } from '../e2e/reminders.fixture';
import { runCli, runUntilDone, seeded, tallyOf, twentyMessages, type CliOptions } from './support';

const SEED = Number(process.env.FAULTS_SEED ?? 20261202);
const root = mkdtempSync(join(tmpdir(), 'account-desk-chunks-'));
let dirs = 0;
let expected: Mail[] = [];

async function chunkedWorkbook(): Promise<{ file: string; outDir: string }> {
  const dir = join(root, `t${(dirs += 1)}`);
  const file = await writeWorkbook(dir, 'agency', {
    docs: twentyMessages(),
    settings: { reminders: { sendBudgetSeconds: 0 } },
  });
  return { file, outDir: join(dir, 'out') };
}

beforeAll(async () => {
  ensureBuilt();
  const { file, outDir } = await chunkedWorkbook();
  await runUntilDone(file, outDir);
  expected = await readOutbox(outDir);
}, 180_000);

it('a spent budget sends one batch per run; the next runs send the rest, each message once', async () => {
  const { file, outDir } = await chunkedWorkbook();
  const counts: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    expect((await runCli(file, outDir)).code).toBe(0);
    counts.push((await readOutbox(outDir)).length);
  }
  expect(counts).toEqual([10, 20, 20]);
  expect(expected).toHaveLength(20);
  expect((await tallyOf(expected, outDir)).details).toEqual([]);
}, 180_000);

/** The first chunk runs clean; the fault hits the second; re-runs until nothing is left. */
async function secondChunkFault(options: CliOptions) {
  const { file, outDir } = await chunkedWorkbook();
  expect((await runCli(file, outDir)).code).toBe(0);
  const hurt = await runCli(file, outDir, options);
  await runUntilDone(file, outDir);
  return { hurt, tally: await tallyOf(expected, outDir) };
}

describe('a fault in the second chunk', () => {
  it.each([
    ['kill-after-flush:1', 'right after its write-ahead, before any email'],
    ['kill-after-send:3', 'after its third email'],
    ['kill-before-send:10', 'just before its last email'],
  ])(
    '%s (%s): 0 duplicates, 0 lost, at most one batch unknown',
    async (faults) => {
      const { hurt, tally } = await secondChunkFault({ faults });
      expect(hurt.signal).toBe('SIGKILL');
      expect(tally.details).toEqual([]);
      expect(tally.duplicates).toBe(0);
      expect(tally.lost).toBe(0);
      expect(tally.unknown).toBeLessThanOrEqual(10);
    },
    180_000,
  );

  it('kill -9 at a random message of the second chunk, 4 trials: 0 duplicates, 0 lost', async () => {
    const random = seeded(SEED + 16);
    for (let trial = 0; trial < 4; trial += 1) {
      const atMessage = 1 + Math.floor(random() * 10);
      const { tally } = await secondChunkFault({ signal: 'SIGKILL', atMessage });
      expect({ atMessage, details: tally.details }).toEqual({ atMessage, details: [] });
    }
  }, 600_000);
});
