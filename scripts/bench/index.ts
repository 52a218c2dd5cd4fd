/**
 * The benchmark `npm run bench` prints. Each suite contributes cases; add a
 * suite (more sizes, the load model, reminder planning) by listing it here.
 * Timings are printed, never asserted: they depend on the machine.
 */
import { measure, printResults, type BenchCase } from './measure';
import { loadCases } from './load';
import { parsingCases } from './parsing';

const suites: Record<string, () => BenchCase[]> = {
  parsing: parsingCases,
  load: loadCases,
};

/** `npm run bench -- parsing` runs one suite; no argument runs them all. */
export async function main(args: string[]): Promise<void> {
  const chosen = args.length > 0 ? args : Object.keys(suites);
  for (const name of chosen) {
    const suite = suites[name];
    if (!suite) throw new Error(`Unknown bench suite: ${name} (known: ${Object.keys(suites).join(', ')})`);
    console.log(`# ${name}`);
    printResults(suite().map((bench) => measure(bench)));
  }
}
