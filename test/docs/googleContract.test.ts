/**
 * docs/google-contract.md lists every Apps Script method the bundle calls.
 * The list is checked against the code both ways a method can be reached:
 * statically (calls whose method Apps Script's typings declare, in the files
 * esbuild bundles) and dynamically (what the local runtime's call counter saw
 * while the real bundle ran on the example agency). A method the bundle starts
 * to call fails here until its rule, local implementation and test are written down.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { appsScriptCalls } from '../support/appsScriptCalls';
import { DIST, ROOT } from '../support/bundle';

const CONTRACT = join(ROOT, 'docs', 'google-contract.md');
const REFERENCE = 'https://developers.google.com/apps-script/reference/';

interface ContractRow {
  method: string;
  reference: string;
  local: string[];
  tests: string[];
}

const backticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

/** The rows of the methods table: those whose first cell is one `Class.method`. */
export function contractRows(markdown: string): ContractRow[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => cells.length === 5 && /^`[A-Z]\w*\.\w+`$/.test(cells[0]))
    .map(([method, , reference, local, tests]) => ({
      method: method.slice(1, -1),
      reference,
      local: backticked(local),
      tests: backticked(tests),
    }));
}

function missingFromTable(methods: Iterable<string>, rows: ContractRow[]): string[] {
  const listed = new Set(rows.map((row) => row.method));
  return [...new Set(methods)].filter((method) => !listed.has(method)).sort();
}

/** Methods the local services counted while the bundle ran its entry points on the example agency. */
async function countedMethods(): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'account-desk-contract-'));
  const file = join(work, 'agency.xlsx');
  copyFileSync(join(ROOT, 'examples', 'agency.xlsx'), file);
  const runtime = await createLocalRuntime({
    file,
    outDir: join(work, 'out'),
    today: '2026-12-07',
    distDir: DIST,
    mode: 'send',
  });
  const entryPoints = [
    'onOpen',
    'getDashboard',
    'getFormOptions',
    'getSettings',
    'getReminderPreview',
    'getDiagnostics',
    'installTriggers',
    'dailyRun',
    'removeTriggers',
    'showDashboard',
    'recalculate',
  ];
  for (const name of entryPoints) runtime.call(name);
  return Object.keys(runtime.counters.snapshot());
}

describe('docs/google-contract.md', () => {
  const rows = contractRows(readFileSync(CONTRACT, 'utf8'));
  let calls: ReturnType<typeof appsScriptCalls>;

  beforeAll(() => {
    // One type-checked program of the bundle's sources (the slow part), shared by the tests.
    calls = appsScriptCalls();
  }, 120_000);

  it('lists every Apps Script method the bundle sources call', () => {
    expect(calls.length).toBeGreaterThan(50);
    const missing = missingFromTable(
      calls.map((call) => call.method),
      rows,
    );
    const where = missing.map((method) => ({
      method,
      calledAt: calls.filter((call) => call.method === method).map((call) => call.where),
    }));
    expect(where).toEqual([]);
  });

  it('lists every Apps Script method the local runtime counted while the bundle ran', async () => {
    const counted = await countedMethods();
    expect(counted).toEqual(expect.arrayContaining(['Range.setValues', 'Lock.tryLock', 'MailApp.sendEmail']));
    expect(missingFromTable(counted, rows)).toEqual([]);
  });

  it('lists no method the bundle no longer calls', () => {
    const called = new Set(calls.map((call) => call.method));
    expect(rows.filter((row) => !called.has(row.method)).map((row) => row.method)).toEqual([]);
  });

  it("links each row to Google's reference page of its class", () => {
    for (const row of rows) {
      const page = /\((https:\/\/developers\.google\.com\/apps-script\/reference\/[^)]+)\)/.exec(
        row.reference,
      )?.[1];
      const slug = row.method
        .split('.')[0]
        .replace(/([a-z])([A-Z])/g, '$1-$2')
        .toLowerCase();
      expect({ method: row.method, page }).toEqual({
        method: row.method,
        page: expect.stringContaining(REFERENCE),
      });
      expect({ method: row.method, page: page?.endsWith(`/${slug}`) }).toEqual({
        method: row.method,
        page: true,
      });
    }
  });

  it('names a local file that implements each method, and a test file that exists', () => {
    for (const row of rows) {
      const name = row.method.split('.')[1];
      const implemented = row.local.filter(
        (path) => existsSync(join(ROOT, path)) && readFileSync(join(ROOT, path), 'utf8').includes(`${name}(`),
      );
      expect({ method: row.method, implemented: implemented.length > 0 }).toEqual({
        method: row.method,
        implemented: true,
      });
      expect({
        method: row.method,
        tests: row.tests.filter((path) => !existsSync(join(ROOT, path))),
      }).toEqual({
        method: row.method,
        tests: [],
      });
      expect(row.tests.length).toBeGreaterThan(0);
    }
  });

  it('catches a method the table leaves out', () => {
    expect(rows.length).toBeGreaterThan(50);
    const withoutSetValues = rows.filter((row) => row.method !== 'Range.setValues');
    expect(
      missingFromTable(
        calls.map((call) => call.method),
        withoutSetValues,
      ),
    ).toEqual(['Range.setValues']);
  });
});
