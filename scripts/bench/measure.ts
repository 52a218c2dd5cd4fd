/** Timing helpers for the benchmark: a warm-up run, then the median of several. */
import { performance } from 'node:perf_hooks';

export interface BenchCase {
  name: string;
  /** Does the work once; returns something derived from it so nothing is optimised away. */
  run(): unknown;
}

export interface BenchResult {
  name: string;
  medianMs: number;
  minMs: number;
  runs: number;
}

export function measure(bench: BenchCase, runs = 7): BenchResult {
  let sink: unknown = bench.run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = bench.run();
    times.push(performance.now() - start);
  }
  if (sink === undefined) throw new Error(`${bench.name} returned nothing`);
  times.sort((a, b) => a - b);
  return { name: bench.name, medianMs: times[Math.floor(runs / 2)], minMs: times[0], runs };
}

export function printResults(results: BenchResult[]): void {
  const width = Math.max(...results.map((result) => result.name.length));
  for (const result of results) {
    const median = result.medianMs.toFixed(1).padStart(8);
    const min = result.minMs.toFixed(1).padStart(8);
    console.log(`${result.name.padEnd(width)}  median ${median} ms  min ${min} ms  (${result.runs} runs)`);
  }
}
