/**
 * The local runtime's files import each other in one direction only: no cycle
 * (a cycle makes two files one unit that cannot be read, tested or moved
 * alone), and the Apps Script services never reach into the runner that
 * loads them.
 */
import { join } from 'node:path';
import { importCycles, importGraph } from '../support/importGraph';
import { ROOT } from '../support/bundle';

const graph = importGraph(join(ROOT, 'src', 'local'), ROOT);

describe('src/local imports', () => {
  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('keeps the services independent of the runner', () => {
    const inward = [...graph].flatMap(([file, targets]) =>
      file.startsWith('src/local/services/')
        ? targets
            .filter((target) => target.startsWith('src/local/runner/'))
            .map((target) => `${file} → ${target}`)
        : [],
    );
    expect(inward).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(looped)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
