/** One process of the two-process test: runs the fake bundle's appendLogRow on a shared document. */
import { createLocalRuntime } from '../../src/local/runner/runtime';

async function main(): Promise<void> {
  const [file, outDir, distDir, name, holdMs] = process.argv.slice(2);
  const runtime = await createLocalRuntime({ file, outDir, distDir, today: '2026-12-07' });
  const started = Date.now();
  const seen = runtime.call('appendLogRow', name, Number(holdMs)) as string[];
  const finished = Date.now();
  await runtime.save();
  process.stdout.write(JSON.stringify({ name, seen: [...seen], started, finished }));
}

void main();
