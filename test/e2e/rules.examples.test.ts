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

async function summaryRows(file: string): Promise<string[]> {
  return (await sheetValues(file, 'Сводка загрузки')).map((row) =>
    row.map((cell) => (cell && typeof cell === 'object' ? '' : String(cell ?? ''))).join(' | '),
  );
}

describe('the example agency’s own rules', () => {
  it('escalates Вектор’s 17-day debt, copying its CFO, and links the invoice it keeps on Drive', () => {
    const [vector] = mails.filter((mail) => mail.to.includes('finance@vector.example.com'));
    expect(vector.subject).toBe('Просроченная оплата: требуется ваше внимание — АО «Вектор»');
    expect(vector.cc).toEqual(['cfo@vector.example.com', 'm.sidorova@agency.example.com']);
    expect(vector.text).toContain('\n  https://drive.google.com/file/d/1Vektor-S-1101/view\n');
    expect(vector.html).toContain(
      '<a href="https://drive.google.com/file/d/1Vektor-S-1101/view">открыть документ</a>',
    );
  });

  it('counts the [дизайнер] row as demand for designers, not as a person, and says where it is short', async () => {
    const rows = await summaryRows(join(outDir, 'agency.xlsx'));
    expect(rows.some((row) => row.startsWith('[дизайнер]'))).toBe(false);
    const title = rows.findIndex((row) => row.startsWith('Роли без исполнителя'));
    expect(rows[title + 2]).toMatch(
      /^дизайнер \| Петров Игорь \(дизайнер\), Фёдорова Ксения \(дизайнер\) \| /,
    );
    const [digest] = mails.filter((mail) => mail.subject.startsWith('Загрузка команды'));
    expect(digest.text).toContain('роль «дизайнер» — нужно 12 ч, свободно 8 ч у людей с этой ролью');
  });

  it('shows the billable share of the agency and its people, and the digest says it against the target', async () => {
    const rows = await summaryRows(join(outDir, 'agency.xlsx'));
    expect(rows.some((row) => row.startsWith('Оплачиваемая доля') && row.includes('цель 75 %'))).toBe(true);
    expect(rows.some((row) => row.startsWith('Агентство | '))).toBe(true);
    const [digest] = mails.filter((mail) => mail.subject.startsWith('Загрузка команды'));
    expect(digest.text).toContain('Ниже цели по оплачиваемой доле (агентство 70 %, цель 75 %)');
  });
});

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
