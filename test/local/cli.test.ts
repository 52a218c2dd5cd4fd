import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { OUTPUT_SHEET_NAMES } from '../../src/core/ownedSheets';
import { main } from '../../src/local/runner/cli';
import { ROOT } from '../support/bundle';

const dir = mkdtempSync(join(tmpdir(), 'account-desk-cli-'));
/** Every example: the agency in one spreadsheet, and the same agency in two. */
const EXAMPLES = [
  'agency.xlsx',
  'two-spreadsheets/agency-load.xlsx',
  'two-spreadsheets/agency-documents.xlsx',
].map((name) => join(ROOT, 'examples', name));

async function cli(args: string[], lang = 'ru') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { ACCOUNT_DESK_LANG: lang },
  });
  return { code, out, err };
}

async function read(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Everything a user sees of a cell: value and its type, format, fill, font, merge. */
function cellFingerprint(cell: ExcelJS.Cell): string {
  return JSON.stringify({
    value: cell.value,
    type: cell.type,
    numFmt: cell.numFmt ?? null,
    fill: cell.fill ?? null,
    font: cell.font ?? null,
    alignment: cell.alignment ?? null,
    merged: cell.isMerged ? cell.master.address : null,
  });
}

function userCells(ws: ExcelJS.Worksheet): Map<string, string> {
  const cells = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.set(cell.address, cellFingerprint(cell))),
  );
  return cells;
}

describe('account-desk run', () => {
  const outDir = join(dir, 'out');
  let first: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    first = await cli(['run', '--today', '2026-12-07', '--mode', 'send', '--out', outDir, ...EXAMPLES]);
  });

  it('writes each workbook into the output folder and prints a summary', () => {
    expect(first.err).toEqual([]);
    expect(first.code).toBe(0);
    expect(readdirSync(outDir)).toEqual(
      expect.arrayContaining(['agency.xlsx', 'agency-load.xlsx', 'agency-documents.xlsx']),
    );
    expect(first.out.filter((line) => line.includes('вызовов сервисов'))).toHaveLength(3);
    expect(first.out).toContain('Запускаю dailyRun на 2026-12-07');
    // 07.12.2026 is a Monday: the one daily trigger does the Monday work, no second entry point.
    expect(first.out.filter((line) => line.startsWith('Запускаю'))).toEqual([
      'Запускаю dailyRun на 2026-12-07',
      'Запускаю dailyRun на 2026-12-07',
      'Запускаю dailyRun на 2026-12-07',
    ]);
  });

  it.each(EXAMPLES)('leaves every user cell of %s exactly as it was', async (input) => {
    const before = await read(input);
    const after = await read(join(outDir, input.split('/').pop()!));
    for (const ws of before.worksheets) {
      if (OUTPUT_SHEET_NAMES.includes(ws.name)) continue;
      const output = after.getWorksheet(ws.name);
      expect(output).toBeDefined();
      const expected = userCells(ws);
      const actual = userCells(output!);
      const changed = [...expected].filter(([address, print]) => actual.get(address) !== print);
      expect({ sheet: ws.name, changed }).toEqual({ sheet: ws.name, changed: [] });
    }
  });

  it('sends nothing twice when run again on the same output', async () => {
    const eml = () =>
      readdirSync(outDir).includes('outbox') ? readdirSync(join(outDir, 'outbox')).length : 0;
    const before = eml();
    const again = await cli(['run', '--today', '2026-12-07', '--mode', 'send', '--out', outDir, ...EXAMPLES]);
    expect(again.code).toBe(0);
    expect(eml()).toBe(before);
    expect(again.out.filter((line) => /писем в outbox — 0,/.test(line))).toHaveLength(3);
  });
});

describe('account-desk bad input', () => {
  const notXlsx = join(dir, 'notes.xlsx');
  const noRegister = join(dir, 'shopping.xlsx');

  beforeAll(async () => {
    writeFileSync(notXlsx, 'Сотрудник;Клиент\nИванова;Ромашка\n');
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Покупки');
    ws.addRow(['молоко', 'хлеб', 'сыр']);
    ws.addRow([1, 2, 3]);
    await workbook.xlsx.writeFile(noRegister);
  });

  it.each([
    [['run', join(dir, 'missing.xlsx')], 'ru', `Файл не найден: ${join(dir, 'missing.xlsx')}`],
    [['run', join(dir, 'missing.xlsx')], 'en', `File not found: ${join(dir, 'missing.xlsx')}`],
    [['run', notXlsx], 'ru', `Это не книга .xlsx: ${notXlsx}`],
    [['run', notXlsx], 'en', `Not an .xlsx workbook: ${notXlsx}`],
    [
      ['run', '--today', '2026-13-07', notXlsx],
      'en',
      '--today expects a date as YYYY-MM-DD or DD.MM.YYYY, got "2026-13-07"',
    ],
    [['run', '--mode', 'loud', notXlsx], 'en', '--mode must be preview, draft or send, got "loud"'],
    [['run'], 'en', 'No .xlsx file given. Help: account-desk --help'],
    [['fly', notXlsx], 'en', 'Unknown command "fly". Help: account-desk --help'],
  ])('exits with code 2 and one line for %j (%s)', async (args, lang, message) => {
    const result = await cli(args, lang);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([message]);
  });

  it('exits with code 2 when no sheet has a recognisable register', async () => {
    const result = await cli(['run', '--out', join(dir, 'none'), noRegister], 'en');
    expect(result.code).toBe(2);
    expect(result.err).toEqual([
      `No register (team, load, documents, actuals) found in ${noRegister}: a sheet needs a header row within its first 10 rows`,
    ]);
  });

  it('prints the help with exit code 0', async () => {
    const result = await cli(['--help'], 'en');
    expect(result.code).toBe(0);
    expect(result.out.join('\n')).toContain(
      'account-desk run [--today YYYY-MM-DD] [--out DIR] [--mode preview|draft|send]',
    );
  });

  it('works as the package bin from a subprocess, with the exit code of a missing file', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'account-desk.js'), 'run', 'nowhere.xlsx'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ACCOUNT_DESK_LANG: 'ru' },
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('Файл не найден: nowhere.xlsx');
  });
});
