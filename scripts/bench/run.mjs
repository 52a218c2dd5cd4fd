// `npm run bench`: bundles the TypeScript benchmark with esbuild into a temporary file and runs it.
//   npm run bench                 every timing suite, then the comparison with the peers, the sidebars, the steady
//                                 state, the mail day and the core at scale (writes docs/benchmarks.md)
//   npm run bench -- --quick      the same on the small and agency sizes only, core at 1× and 2× (prints, writes nothing)
//   npm run bench -- parsing      one timing suite;  npm run bench -- compare   the comparison only
//   npm run bench -- calls        only our calls of the three runs at large size, by method (--size=…, --week)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('--'));
const names = args.filter((arg) => !arg.startsWith('--'));
const suites = names.filter((name) => name !== 'compare' && name !== 'calls');
const runSuites = names.length === 0 || suites.length > 0;
const runCompare = names.length === 0 || names.includes('compare');
const runCalls = names.includes('calls');

const dir = mkdtempSync(join(tmpdir(), 'account-desk-bench-'));
const outfile = join(dir, 'bench.mjs');
try {
  if (runSuites) {
    await build({
      entryPoints: [join(here, 'index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    const { main } = await import(pathToFileURL(outfile).href);
    await main(suites);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (runCompare || runCalls) {
  // The comparison loads the real bundle through the local runtime, which finds the project from its own
  // path: it is built as CommonJS into build/bench/, two levels below the root like build/local/.
  const out = join(here, '..', '..', 'build', 'bench');
  const compare = join(out, 'compare.cjs');
  await build({
    // coreChild runs the core at each scale in a process of its own (its memory is its own).
    entryPoints: {
      compare: join(here, 'compare.ts'),
      coreChild: join(here, 'coreChild.ts'),
      calls: join(here, 'calls.ts'),
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outdir: out,
    outExtension: { '.js': '.cjs' },
    logLevel: 'warning',
    sourcemap: 'inline',
  });
  const script = runCompare ? compare : join(out, 'calls.cjs');
  const result = spawnSync(process.execPath, ['--enable-source-maps', script, ...flags], {
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
}
