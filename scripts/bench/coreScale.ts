/** The pure core at 1×, 2×, 5×, 10× the large agency, each in its own process (coreChild.ts). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { CoreScaleMeasurement } from './types';

export function measureCoreScale(factors: readonly number[], today: string): CoreScaleMeasurement[] {
  const child = join(__dirname, 'coreChild.cjs');
  return factors.map((factor) => {
    process.stderr.write(`bench: core at large ×${factor}…\n`);
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', child, String(factor), today],
      { encoding: 'utf8', maxBuffer: 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(`core ×${factor} failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as CoreScaleMeasurement;
  });
}
