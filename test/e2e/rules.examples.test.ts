/**
 * The example agency's Клиенты directory end to end (`npm start`'s workbook, 07.12.2026): the
 * client the directory marks as English is written to in English, the others stay Russian, and the
 * directory sheet itself is read, never written.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryPointsFor } from '../../src/local/runner/cli';
import { PROJECT_ROOT } from '../../src/local/runner/project';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { readOutbox, type Mail } from './reminders.fixture';

const EXAMPLE = join(PROJECT_ROOT, 'examples', 'agency.xlsx');

let mails: Mail[];
let outDir: string;
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'account-desk-rules-examples-'));
  const runtime = await createLocalRuntime({
    file: EXAMPLE,
    outDir,
    today: '2026-12-07',
    mode: 'send',
    distDir: DIST,
  });
  for (const fn of entryPointsFor(runtime)) runtime.call(fn);
  await runtime.save();
  mails = await readOutbox(outDir);
}, 120_000);

async function sheetValues(file: string, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: unknown[][] = [];
  book.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the example agency’s Клиенты directory', () => {
  it('writes to Пиксель in English, as the directory says, and to the others in Russian', () => {
    const pixel = mails.filter((mail) => mail.to.includes('accounts@pixel.example.com'));
    expect(pixel).toHaveLength(1);
    expect(pixel[0].subject).toMatch(/^Outstanding invoices/);
    const romashka = mails.filter((mail) => mail.to.includes('buh@romashka.example.ru'));
    expect(romashka.length).toBeGreaterThan(0);
    for (const mail of romashka) expect(mail.subject).toMatch(/[а-я]/);
  });

  it('never writes into the directory sheet', async () => {
    expect(await sheetValues(join(outDir, 'agency.xlsx'), 'Клиенты')).toEqual(
      await sheetValues(EXAMPLE, 'Клиенты'),
    );
  });
});
