/**
 * The local services emulate exactly the Apps Script surface the add-on uses: every member the
 * adapters in src/gas and src/entry access is implemented locally (nothing the bundle needs is
 * missing), and nothing is implemented that they do not use (no emulation to keep right for
 * nobody). The other users are the benchmark's peer scripts, named below with what they alone call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appsScriptSurfaces, methodsCalledIn, tsFilesUnder } from '../support/appsScriptSurface';
import { ROOT } from '../support/bundle';

const ADAPTERS = [...tsFilesUnder(join(ROOT, 'src', 'gas')), ...tsFilesUnder(join(ROOT, 'src', 'entry'))];
const SERVICES = tsFilesUnder(join(ROOT, 'src', 'local', 'services'));
const PEER_SCRIPTS = ['naive.gs', 'competent.gs'].map((name) =>
  join(ROOT, 'scripts', 'bench', 'peers', name),
);

/**
 * Emulated for the benchmark's peer scripts (scripts/bench/peers/) only: the naive one reads and
 * writes one cell at a time.
 */
const PEER_SCRIPTS_ONLY = ['Range.getBackground', 'Range.getValue', 'Range.setBackground', 'Range.setValue'];

const minus = (a: readonly string[], b: readonly string[]): string[] => a.filter((item) => !b.includes(item));

describe('the emulated Apps Script surface', () => {
  const { used, emulated } = appsScriptSurfaces(ADAPTERS, SERVICES);

  it('reads a real surface on both sides', () => {
    expect(used.members).toEqual(
      expect.arrayContaining(['Range.setValues', 'Lock.tryLock', 'ScriptApp.AuthMode']),
    );
    expect(used.members.length).toBeGreaterThan(50);
    expect(Object.keys(emulated.classes).length).toBeGreaterThan(10);
  });

  it('implements every member the adapters use, and none they do not', () => {
    expect({
      missing: minus(used.members, emulated.members),
      unused: minus(emulated.members, [...used.members, ...PEER_SCRIPTS_ONLY]),
    }).toEqual({ missing: [], unused: [] });
  });

  it('provides exactly the service globals the adapters name', () => {
    expect(emulated.globals).toEqual(used.globals);
  });

  it('declares for every local class the Apps Script type it stands for', () => {
    expect(emulated.unmarked).toEqual([]);
  });

  it("keeps the peer scripts' own members only while a peer script calls them", () => {
    const called = PEER_SCRIPTS.flatMap((script) => methodsCalledIn(readFileSync(script, 'utf8')));
    expect(PEER_SCRIPTS_ONLY.filter((member) => !called.includes(member.split('.')[1]))).toEqual([]);
    expect(PEER_SCRIPTS_ONLY.filter((member) => used.members.includes(member))).toEqual([]);
  });
});
