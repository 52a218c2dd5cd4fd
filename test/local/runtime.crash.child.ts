/**
 * A process that dies inside the bundle: `throw` lets an error escape the bundle uncaught
 * (the process exits through its exit hooks), `sleep` waits inside the lock to be killed.
 */
import { createLocalRuntime } from '../../src/local/runner/runtime';

async function main(): Promise<void> {
  const [file, outDir, distDir, fn, arg] = process.argv.slice(2);
  const runtime = await createLocalRuntime({ file, outDir, distDir, today: '2026-12-07' });
  process.stdout.write('ready\n');
  runtime.call(fn, arg);
  await runtime.save();
}

void main();
