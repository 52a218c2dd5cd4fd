/**
 * Two `account-desk run` processes started together on one workbook and one
 * output directory, as two trigger executions would run in Sheets: the
 * document lock lets one plan and send at a time, the log keeps every key
 * once, and the outbox holds exactly the messages due — none twice.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, PROJECT_ROOT } from '../../src/local/runner/project';
import { identity, invoice, readLog, readOutbox, writeWorkbook } from './reminders.fixture';

const BIN = join(PROJECT_ROOT, 'bin', 'account-desk.js');

function runCli(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: PROJECT_ROOT, env: { ...process.env } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => resolveRun({ code, out }));
  });
}

beforeAll(() => {
  // Both children would otherwise race to build the runner and the bundle.
  execFileSync(process.execPath, [BIN, 'help'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
  ensureBuilt();
}, 180_000);

it('two runs started at once on one workbook send every due message exactly once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-concurrent-'));
  const outDir = join(dir, 'out');
  const docs = [1, 2, 3, 4, 5, 6].map((n) =>
    invoice(`С-${n}`, `Клиент ${n}`, n % 2 ? '01.12.2026' : '04.12.2026', `c${n}@client.example`),
  );
  const file = await writeWorkbook(dir, 'shared', { docs });
  const args = ['run', '--today', '2026-12-02', '--mode', 'send', '--out', outDir, file];
  const runs = await Promise.all([runCli(args), runCli(args)]);
  expect(runs.map((run) => run.code)).toEqual([0, 0]);

  const mails = await readOutbox(outDir);
  // Six client reminders and one digest for the AM.
  expect(mails).toHaveLength(7);
  expect(new Set(mails.map(identity)).size).toBe(7);
  expect(
    mails
      .filter((mail) => mail.to[0].endsWith('@client.example'))
      .map((mail) => mail.to[0])
      .sort(),
  ).toEqual([1, 2, 3, 4, 5, 6].map((n) => `c${n}@client.example`));
  const keys = (await readLog(outDir, 'shared')).map((row) => row.key);
  expect(new Set(keys).size).toBe(keys.length);
}, 180_000);
