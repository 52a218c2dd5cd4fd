/**
 * Files a user hands to `account-desk run`, on the real CLI: a batch goes on past a bad file and
 * exits with the worst outcome; a truncated or corrupted file is one sentence naming it and what
 * to do; workbooks written by openpyxl or Excel with a comment, a table or a chart are read; a
 * daily run that fails exits 1.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/local/runner/cli';
import { DIST } from '../support/bundle';
import { openpyxlWorkbook, type Extra } from '../support/openpyxlWorkbook';
import { writeAgencyWorkbook } from '../ui/harness';
import { runCli } from './cli.child';

const dir = mkdtempSync(join(tmpdir(), 'account-desk-cli-files-'));
const EN = { LANG: 'en_US.UTF-8' };
const good = join(dir, 'agency.xlsx');
const second = join(dir, 'second.xlsx');
const truncated = join(dir, 'truncated.xlsx');
const corrupted = join(dir, 'corrupted.xlsx');

const unreadable = (file: string) =>
  `Cannot read the workbook ${file}: the file is damaged or truncated. Download it from Google Sheets again (File → Download → Microsoft Excel (.xlsx)) and run again`;

beforeAll(async () => {
  await writeAgencyWorkbook(good);
  copyFileSync(good, second);
  const bytes = readFileSync(good);
  writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  // A zip signature, then noise: what a broken download looks like.
  writeFileSync(corrupted, Buffer.concat([bytes.subarray(0, 64), Buffer.alloc(4096, 0x5a)]));
});

describe('account-desk run on several files', () => {
  it('goes on past a bad file, reports each file and exits with the worst outcome', () => {
    const outDir = join(dir, 'batch');
    const missing = join(dir, 'missing.xlsx');
    const result = runCli(
      ['run', '--today', '2026-12-07', '--out', outDir, good, missing, truncated, second],
      EN,
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.err).toEqual([`File not found: ${missing}`, unreadable(truncated)]);
    expect(existsSync(join(outDir, 'agency.xlsx'))).toBe(true);
    expect(existsSync(join(outDir, 'second.xlsx'))).toBe(true);
    const outcomes = result.out.slice(-5);
    expect(outcomes[0]).toMatch(/^agency: sheets written — \d+/);
    expect(outcomes[1]).toBe(`${missing}: not processed (see the message above)`);
    expect(outcomes[2]).toBe(`${truncated}: not processed (see the message above)`);
    expect(outcomes[3]).toMatch(/^second: sheets written — \d+/);
    expect(outcomes[4]).toBe(
      'Results in batch (.xlsx workbooks, outbox/*.eml, properties *.properties.json)',
    );
  });

  it.each([
    ['truncated', truncated],
    ['corrupted', corrupted],
  ])('refuses a %s zip with one sentence naming the file and exit code 2', (_kind, file) => {
    const result = runCli(['run', '--out', join(dir, 'bad'), file], EN, dir);
    expect(result.err).toEqual([unreadable(file)]);
    expect(result.code).toBe(2);
  });

  it('says it in Russian under a Russian locale', () => {
    const result = runCli(['run', '--out', join(dir, 'bad'), truncated], { LANG: 'ru_RU.UTF-8' }, dir);
    expect(result.err).toEqual([
      `Не удаётся прочитать книгу ${truncated}: файл повреждён или обрезан. Выгрузите таблицу из Google Таблиц заново (Файл → Скачать → Microsoft Excel (.xlsx)) и запустите ещё раз`,
    ]);
    expect(result.code).toBe(2);
  });
});

describe('account-desk run on workbooks written by openpyxl or Excel', () => {
  it.each<[string, Extra[]]>([
    ['a cell comment', ['comment']],
    ['an Excel table', ['table']],
    ['a chart', ['chart']],
    ['a comment, a table and a chart', ['comment', 'table', 'chart']],
  ])('reads a workbook with %s and fills its own columns', async (_name, extras) => {
    const name = `openpyxl-${extras.join('-')}`;
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await openpyxlWorkbook(extras));
    const outDir = join(dir, name);
    const result = runCli(['run', '--today', '2026-12-07', '--out', outDir, file], EN, dir);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Registers found: Документы (Documents)');
    const output = new ExcelJS.Workbook();
    await output.xlsx.readFile(join(outDir, `${name}.xlsx`));
    const sheet = output.getWorksheet('Документы')!;
    // The user's cells as they were, the add-on's state column filled at the right.
    expect(sheet.getCell('C2').value).toBe('Ромашка');
    expect(sheet.getCell('D3').value).toBe(25000);
    // Under an English locale the add-on writes its own headers in English too.
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['State']));
    if (extras.includes('comment'))
      expect(JSON.stringify(sheet.getCell('D2').note)).toContain('Проверить сумму с актом');
  });
});

describe('account-desk run when the daily run fails', () => {
  /** A bundle whose daily trigger fails the way the real one reports it: logged at error severity. */
  const failingDist = join(dir, 'failing-dist');

  beforeAll(() => {
    mkdirSync(failingDist, { recursive: true });
    for (const page of ['dashboard.html']) copyFileSync(join(DIST, page), join(failingDist, page));
    writeFileSync(
      join(failingDist, 'Code.js'),
      [
        'function onOpen() {}',
        'function dailyRun() {',
        '  console.error(\'dailyRun failed {"error":"TypeError: x is undefined"}\');',
        "  return 'Something went wrong. Try again; if it happens again, tell the developer.';",
        '}',
        '',
      ].join('\n'),
    );
  });

  async function cli(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      env: EN,
      distDir: failingDist,
    });
    return { code, out, err };
  }

  it('exits 1 and says which step failed and where the details are', async () => {
    const outDir = join(dir, 'failing');
    const result = await cli(['run', '--today', '2026-12-07', '--out', outDir, good]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      `The run on ${good} stopped: dailyRun failed. Details are in ${join(outDir, 'agency')}.log; changes made so far are saved in ${join(outDir, 'agency.xlsx')}`,
    ]);
    expect(readFileSync(join(outDir, 'agency.log'), 'utf8')).toContain('dailyRun failed');
  });

  it('exits with the worst outcome of a batch: 1 for a failed run, 2 once a file is bad', async () => {
    const failed = await cli(['run', '--out', join(dir, 'failing-batch'), good, second]);
    expect(failed.code).toBe(1);
    expect(failed.err).toHaveLength(2);
    const worse = await cli(['run', '--out', join(dir, 'failing-batch-2'), good, truncated]);
    expect(worse.code).toBe(2);
  });
});
