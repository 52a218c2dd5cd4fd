import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { buildSync } from 'esbuild';
import ExcelJS from 'exceljs';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { ROOT } from '../support/bundle';
import { writeFakeDist, writeInputWorkbook } from './runtime.fixture';

const dir = mkdtempSync(join(tmpdir(), 'account-desk-runtime-'));
const dist = writeFakeDist(join(dir, 'dist'));
const input = join(dir, 'agency.xlsx');

beforeAll(() => writeInputWorkbook(input));

let runs = 0;
function freshOut(): string {
  runs += 1;
  return join(dir, `out-${runs}`);
}

describe('the local runtime', () => {
  it('fixes "now" inside the bundle at 09:00 of --today in the spreadsheet time zone', async () => {
    const runtime = await createLocalRuntime({
      file: input,
      outDir: freshOut(),
      distDir: dist,
      today: '2026-12-07',
    });
    const clock = runtime.call('clock') as { iso: string; now: number; text: string; isDate: boolean };
    expect(clock.iso).toBe('2026-12-07T06:00:00.000Z');
    expect(clock.now).toBe(Date.parse('2026-12-07T06:00:00.000Z'));
    expect(clock.text).toBe('string');
    expect(clock.isDate).toBe(true);
  });

  it('hands the bundle dates of its own realm', async () => {
    const runtime = await createLocalRuntime({
      file: input,
      outDir: freshOut(),
      distDir: dist,
      today: '2026-12-07',
    });
    expect(vm.runInContext('firstDate() instanceof Date', runtime.context)).toBe(true);
    expect((runtime.call('firstDate') as Date).toISOString()).toBe('2026-12-06T21:00:00.000Z');
  });

  it('writes --mode into the settings before anything runs', async () => {
    const runtime = await createLocalRuntime({
      file: input,
      outDir: freshOut(),
      distDir: dist,
      mode: 'send',
    });
    expect(JSON.parse(runtime.call('settingsJson') as string).mode).toBe('send');
  });

  it('carries the log and properties over to the next run on the same output', async () => {
    const outDir = freshOut();
    const first = await createLocalRuntime({ file: input, outDir, distDir: dist, today: '2026-12-07' });
    first.call('appendLogRow', 'first', 0);
    await first.save();
    const second = await createLocalRuntime({ file: input, outDir, distDir: dist, today: '2026-12-08' });
    expect(second.call('logRows')).toEqual(['first']);
    expect(second.state.document['sent.first']).toBe('yes');
    expect(existsSync(join(outDir, 'agency.xlsx'))).toBe(true);
    expect(
      JSON.parse(readFileSync(join(outDir, 'agency.properties.json'), 'utf8')).document['sent.first'],
    ).toBe('yes');
  });

  it('takes the log from the previous output workbook when only the xlsx is there', async () => {
    const outDir = freshOut();
    const first = await createLocalRuntime({ file: input, outDir, distDir: dist, today: '2026-12-07' });
    first.call('appendLogRow', 'from xlsx', 0);
    await first.save();
    rmSync(join(outDir, 'agency.sheets.json'));
    const second = await createLocalRuntime({ file: input, outDir, distDir: dist, today: '2026-12-08' });
    expect(second.call('logRows')).toEqual(['from xlsx']);
  });

  it('saves what the bundle wrote before it threw', async () => {
    const outDir = freshOut();
    const runtime = await createLocalRuntime({ file: input, outDir, distDir: dist, today: '2026-12-07' });
    expect(() => runtime.call('writeThenThrow')).toThrow('boom in the bundle');
    await runtime.save();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(outDir, 'agency.xlsx'));
    expect(workbook.getWorksheet('Журнал')!.getCell('A1').value).toBe('written before the error');
  });

  it('refuses to call a function the bundle does not have', async () => {
    const runtime = await createLocalRuntime({ file: input, outDir: freshOut(), distDir: dist });
    expect(runtime.has('clock')).toBe(true);
    expect(() => runtime.call('noSuchFunction')).toThrow('Script function not found: noSuchFunction');
  });
});

describe('two processes on one workbook', () => {
  const child = join(dir, 'runtime.child.js');

  beforeAll(() => {
    buildSync({
      entryPoints: [join(__dirname, 'runtime.child.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      outfile: child,
      logLevel: 'silent',
    });
  });

  function run(outDir: string, name: string, holdMs: number) {
    return new Promise<{ name: string; seen: string[]; started: number; finished: number }>(
      (resolve, reject) => {
        const proc = spawn(process.execPath, [child, input, outDir, dist, name, String(holdMs)], {
          env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        proc.stdout.on('data', (chunk) => (out += chunk));
        proc.stderr.on('data', (chunk) => (err += chunk));
        proc.on('close', (code) =>
          code === 0 ? resolve(JSON.parse(out)) : reject(new Error(err || `exit ${code}`)),
        );
      },
    );
  }

  it('excludes each other under the document lock, and the second sees the first one’s log row', async () => {
    const outDir = freshOut();
    const [a, b] = await Promise.all([run(outDir, 'A', 800), run(outDir, 'B', 800)]);
    const [firstDone, second] = a.seen.length === 0 ? [a, b] : [b, a];
    expect(firstDone.seen).toEqual([]);
    expect(second.seen).toEqual([firstDone.name]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(outDir, 'agency.xlsx'));
    const log = workbook.getWorksheet('Журнал')!;
    expect([log.getCell('A1').value, log.getCell('A2').value]).toEqual([firstDone.name, second.name]);
    const properties = JSON.parse(readFileSync(join(outDir, 'agency.properties.json'), 'utf8'));
    expect(properties.document).toMatchObject({ 'sent.A': 'yes', 'sent.B': 'yes' });
  });
});
