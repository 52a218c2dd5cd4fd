// `npm run bench`: bundles the TypeScript benchmark with esbuild into a temporary file and runs it.
//   npm run bench                 every timing suite, then the comparison with the peers, the sidebars, the steady
//                                 state, the mail day and the core at scale (writes docs/benchmarks.md)
//   npm run bench -- --quick      the same on the small and agency sizes only, core at 1× and 2× (prints, writes nothing)
//   npm run bench -- parsing      one timing suite;  npm run bench -- compare   the comparison only
//   npm run bench -- calls        only our calls of the three runs at large size, by method (--size=…, --week)
//   npm run bench -- sidebars     only the sidebar APIs after a daily run at large size (--size=…)
//   npm run bench -- core         only the core at one scale, in its own process (--factor=10, --cpu-prof)
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
const ALONE = ['compare', 'calls', 'sidebars', 'core'];
const suites = names.filter((name) => !ALONE.includes(name));
const runSuites = names.length === 0 || suites.length > 0;
const runCompare = names.length === 0 || names.includes('compare');
const runCalls = names.includes('calls');
const runSidebars = names.includes('sidebars');
const runCore = names.includes('core');

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

if (runCompare || runCalls || runSidebars || runCore) {
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
      sidebars: join(here, 'sidebarsOnly.ts'),
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
  const script = runCompare ? compare : join(out, runCalls ? 'calls.cjs' : 'sidebars.cjs');
  // The core alone runs as the comparison runs each scale (coreScale.ts); --cpu-prof writes a profile here.
  const factor = flags.find((flag) => flag.startsWith('--factor='))?.split('=')[1] ?? '10';
  const node = flags.includes('--cpu-prof') ? ['--cpu-prof'] : [];
  const command =
    runCore && !runCompare && !runCalls && !runSidebars
      ? [
          ...node,
          '--expose-gc',
          '--max-old-space-size=8192',
          join(out, 'coreChild.cjs'),
          factor,
          '2026-12-07',
        ]
      : ['--enable-source-maps', script, ...flags];
  const result = spawnSync(process.execPath, command, { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
}
