/**
 * An agency for the Gmail build's end-to-end and browser tests: one invoice of Ромашка due
 * 01.12.2026 (overdue reminders on 02.12 and 09.12), its AM Анна from the team sheet, send mode,
 * and daily runs of the Gmail bundle on the local services with its inbox and Drive.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_PROPERTY } from '../../src/core/settings';
import { gmailDailyRun, readThreadedMail, type ThreadedMail } from '../support/gmailBundle';
import { TEAM } from './reminders.fixture';

export const CLIENT = 'buh@romashka.example';
export const AM = 'anna@agency.example';
export const DRIVE_ID = '1InvoicePdfFileOnDrive_0001';
const HEADER = [
  'Тип',
  'Номер',
  'Клиент',
  'Дата',
  'Сумма',
  'Срок оплаты',
  'Ответственный',
  'Email клиента',
  'Ссылка',
];

/** An agency with one invoice due 01.12.2026 (overdue reminders on 02.12 and 09.12), in send mode. */
export async function agency(link = '') {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-gmail-replies-'));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Команда').addRows(TEAM);
  const docs = workbook.addWorksheet('Документы');
  docs.addRow(HEADER);
  docs.addRow([
    'счёт',
    'С-12',
    'Ромашка',
    '01.10.2026',
    '12 345,50 ₽',
    '01.12.2026',
    'Анна Смирнова',
    CLIENT,
    link,
  ]);
  workbook.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  const file = join(dir, 'agency.xlsx');
  await workbook.xlsx.writeFile(file);
  const settings = { mode: 'send', headEmail: 'head@agency.example', senderName: 'Агентство «Пример»' };
  writeFileSync(
    join(dir, 'agency.properties.json'),
    JSON.stringify({ document: { [SETTINGS_PROPERTY]: JSON.stringify(settings) } }),
  );
  const outDir = join(dir, 'out');
  const driveDir = join(dir, 'drive');
  const run = (today: string) => gmailDailyRun({ file, outDir, today, driveDir });
  const mail = async () => readThreadedMail(outDir);
  const toClient = async () => (await mail()).filter((m) => m.to.includes(CLIENT));
  const digestOf = async (day: string): Promise<ThreadedMail | undefined> =>
    (await mail()).find((m) => m.to.includes(AM) && m.subject.includes(day));
  return { dir, file, outDir, driveDir, run, mail, toClient, digestOf };
}

export async function sheetRows(outDir: string, sheet: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(outDir, 'agency.xlsx'));
  const rows: string[][] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((value) => (value === null || value === undefined ? '' : String(value))));
  });
  return rows;
}
