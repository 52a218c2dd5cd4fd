/**
 * `npm run bench -- sidebars`: only the sidebar APIs at one size, after that day's daily run, as the
 * comparison measures them (sidebars.ts), with each step's calls by method and cells read by sheet
 * and the answers' sizes — a minute instead of the whole comparison. Prints, writes nothing.
 *   --size=small|agency|large   the size (default large)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../src/local/runner/project';
import { totalCalls } from './rule';
import { measureSidebars } from './sidebars';
import { openRuntime } from './sides';
import { SIZES, writeBenchWorkbook } from './workbooks';

const TODAY = '2026-12-07';
const QUOTA = 1500;

async function main(): Promise<void> {
  const name = process.argv.find((arg) => arg.startsWith('--size='))?.split('=')[1] ?? 'large';
  const size = SIZES.find((candidate) => candidate.name === name);
  if (!size) throw new Error(`unknown size ${name} (known: ${SIZES.map((s) => s.name).join(', ')})`);
  ensureBuilt();
  const root = mkdtempSync(join(tmpdir(), 'account-desk-sidebars-'));
  try {
    const file = join(root, `${size.name}.xlsx`);
    await writeBenchWorkbook(size, TODAY, file);
    const runtime = await openRuntime({ file, outDir: join(root, 'out'), today: TODAY, quota: QUOTA });
    runtime.call('dailyRun');
    for (const step of measureSidebars(runtime, size, TODAY)) {
      const read = Object.values(step.cells.read).reduce((sum, n) => sum + n, 0);
      process.stdout.write(
        `\n## ${step.label} (${step.api}${step.ok ? '' : ', refused'}): ${totalCalls(step.calls)} calls, ${read} cells read\n` +
          `${JSON.stringify(step.calls)}\n${JSON.stringify(step.cells.read)}\n`,
      );
    }
    for (const api of ['getFormOptions', 'getDashboard']) {
      const bytes = Buffer.byteLength(JSON.stringify(runtime.call(api)), 'utf8');
      process.stdout.write(`${api}: an answer of ${bytes} bytes\n`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
