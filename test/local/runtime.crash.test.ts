/**
 * A run that fails midway keeps what it wrote, as Apps Script keeps every write made
 * before an exception; a killed run leaves the previous output whole on disk.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import ExcelJS from 'exceljs';
import { runWorkbook } from '../../src/local/runner/cli';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { ROOT } from '../support/bundle';
import { FAKE_HELPERS, writeInputWorkbook } from './runtime.fixture';

/** Logs each reminder before sending it, like the add-on's write-ahead log, inside the document lock. */
const BUNDLE = `${FAKE_HELPERS}
function dailyRun() {
  var lock = LockService.getDocumentLock();
  waitLock_(lock);
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var log = ss.getSheetByName('Журнал') || ss.insertSheet('Журнал');
  ['a', 'b', 'c'].forEach(function (who) {
    appendRow_(log, [who, 'pending']);
    MailApp.sendEmail(who + '@client.example', 'Напоминание', 'Счёт ждёт оплаты');
    log.getRange(log.getLastRow(), 2).setValue('sent');
    PropertiesService.getDocumentProperties().setProperty('sent.' + who, 'yes');
  });
  lock.releaseLock();
  return 'done';
}
function writeInLockThenThrow(name) {
  waitLock_(LockService.getDocumentLock());
  appendRow_(SpreadsheetApp.getActiveSpreadsheet().insertSheet('Журнал'), [name]);
  PropertiesService.getDocumentProperties().setProperty('sent.' + name, 'yes');
  throw new Error('uncaught in the bundle');
}
function writeInLockThenSleep(name) {
  waitLock_(LockService.getDocumentLock());
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  appendRow_((ss.getSheetByName('Журнал') || ss.insertSheet('Журнал')), [name]);
  PropertiesService.getDocumentProperties().setProperty('sent.' + name, 'yes');
  sleep_(60000);
}
function writeFlushThenSleep(name) {
  waitLock_(LockService.getDocumentLock());
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  appendRow_((ss.getSheetByName('Журнал') || ss.insertSheet('Журнал')), [name, 'pending']);
  PropertiesService.getDocumentProperties().setProperty('sent.' + name, 'yes');
  SpreadsheetApp.flush();
  sleep_(60000);
}
function appendInLock(name) {
  var lock = LockService.getDocumentLock();
  waitLock_(lock);
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  appendRow_((ss.getSheetByName('Журнал') || ss.insertSheet('Журнал')), [name]);
  PropertiesService.getDocumentProperties().setProperty('sent.' + name, 'yes');
  lock.releaseLock();
}
function logRows() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Журнал');
  return sheet ? allValues_(sheet) : [];
}
`;

const dir = mkdtempSync(join(tmpdir(), 'account-desk-crash-'));
const dist = join(dir, 'dist');
const input = join(dir, 'agency.xlsx');
const child = join(dir, 'runtime.crash.child.js');

beforeAll(async () => {
  mkdirSync(dist);
  writeFileSync(join(dist, 'Code.js'), BUNDLE);
  await writeInputWorkbook(input);
  buildSync({
    entryPoints: [join(__dirname, 'runtime.crash.child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile: child,
    logLevel: 'silent',
  });
});

let runs = 0;
function freshOut(): string {
  runs += 1;
  return join(dir, `out-${runs}`);
}

async function savedLog(outDir: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(outDir, 'agency.xlsx'));
  const rows: unknown[][] = [];
  workbook.getWorksheet('Журнал')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

function documentProperties(outDir: string): Record<string, string> {
  return JSON.parse(readFileSync(join(outDir, 'agency.properties.json'), 'utf8')).document;
}

/** Starts the child; resolves once it has loaded the workbook, with a promise of its exit code. */
function startChild(outDir: string, fn: string, arg: string) {
  const proc = spawn(process.execPath, [child, input, outDir, dist, fn, arg], {
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => proc.on('close', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    proc.on('close', (code) => reject(new Error(`child exited ${code} before it was ready`)));
  });
  return { proc, ready, exited };
}

describe('a run that fails midway', () => {
  it('saves the log rows and properties written before the mail service failed inside the lock', async () => {
    const outDir = freshOut();
    const result = await runWorkbook({
      file: input,
      outDir,
      today: '2026-12-07',
      distDir: dist,
      mailFailAfter: 1,
    });
    expect(result.error).toContain('server error');
    expect(result.messages).toBe(1);
    // a was sent and marked; b was logged as pending before its send failed; c never started.
    expect(await savedLog(outDir)).toEqual([
      ['a', 'sent'],
      ['b', 'pending'],
    ]);
    expect(documentProperties(outDir)).toMatchObject({ 'sent.a': 'yes' });
    expect(documentProperties(outDir)['sent.b']).toBeUndefined();
    expect(existsSync(join(outDir, 'agency.xlsx.lock'))).toBe(false);
  });

  it('lets the next run see what a process that died of an uncaught error wrote under the lock', async () => {
    const outDir = freshOut();
    const { ready, exited } = startChild(outDir, 'writeInLockThenThrow', 'died');
    await ready;
    expect(await exited).not.toBe(0);
    expect(existsSync(join(outDir, 'agency.xlsx.lock'))).toBe(false);
    const next = await createLocalRuntime({ file: input, outDir, distDir: dist, today: '2026-12-08' });
    expect(next.call('logRows')).toEqual([['died']]);
    expect(next.state.document['sent.died']).toBe('yes');
  });
});

describe('a run killed while it holds the lock', () => {
  it('leaves the previous output whole, and the next run takes the lock over and carries on', async () => {
    const outDir = freshOut();
    const first = await createLocalRuntime({ file: input, outDir, distDir: dist, today: '2026-12-07' });
    first.call('appendInLock', 'before');
    await first.save();
    const before = readFileSync(join(outDir, 'agency.xlsx'));

    const { proc, ready, exited } = startChild(outDir, 'writeInLockThenSleep', 'killed');
    await ready;
    while (!existsSync(join(outDir, 'agency.xlsx.lock'))) await new Promise((r) => setTimeout(r, 20));
    proc.kill('SIGKILL');
    await exited;

    expect(readFileSync(join(outDir, 'agency.xlsx')).equals(before)).toBe(true);
    expect(await savedLog(outDir)).toEqual([['before']]);
    expect(documentProperties(outDir)).toMatchObject({ 'sent.before': 'yes' });
    expect(documentProperties(outDir)['sent.killed']).toBeUndefined();

    // What a process killed halfway through a save would leave: a temporary file beside the output.
    writeFileSync(join(outDir, 'agency.xlsx.999999999.tmp.xlsx'), 'half a zip');
    const next = await createLocalRuntime({ file: input, outDir, distDir: dist, today: '2026-12-08' });
    next.call('appendInLock', 'next');
    expect(next.call('logRows')).toEqual([['before'], ['next']]);
    expect(readdirSync(outDir).filter((entry) => entry.includes('.tmp'))).toEqual([]);
  });
});

describe('SpreadsheetApp.flush() under a lock', () => {
  it('makes the writes durable at once: a run killed after the flush loses none of them', async () => {
    const outDir = freshOut();
    const { proc, ready, exited } = startChild(outDir, 'writeFlushThenSleep', 'flushed');
    await ready;
    const sheets = join(outDir, 'agency.sheets.json');
    const deadline = Date.now() + 20_000;
    while (!(existsSync(sheets) && readFileSync(sheets, 'utf8').includes('flushed')) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    proc.kill('SIGKILL');
    await exited;
    const next = await createLocalRuntime({ file: input, outDir, distDir: dist, today: '2026-12-08' });
    expect(next.call('logRows')).toEqual([['flushed', 'pending']]);
    expect(next.state.document['sent.flushed']).toBe('yes');
  }, 30_000);
});
