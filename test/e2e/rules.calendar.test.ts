/**
 * The production calendar end to end: the real bundle on the local services, a workbook
 * built in code. No client email in the January holidays of 2027, the first working day
 * sends it; a company day off in the Календарь sheet waits too; a term of 5 banking days
 * crosses the holidays in the owned columns.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_PROPERTY } from '../../src/core/settings';
import { DIST } from '../support/bundle';
import { dailyRun, readOutbox } from './reminders.fixture';

type Cell = string | number | Date | null;

async function workbook(dir: string, sheets: Record<string, Cell[][]>): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  book.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  const file = join(dir, 'agency.xlsx');
  await book.xlsx.writeFile(file);
  const settings = { headEmail: 'head@agency.example', senderName: 'Агентство «Пример»' };
  writeFileSync(
    join(dir, 'agency.properties.json'),
    JSON.stringify({ document: { [SETTINGS_PROPERTY]: JSON.stringify(settings) } }),
  );
  return file;
}

const TEAM: Cell[][] = [
  ['Сотрудник', 'Email', 'Роль'],
  ['Анна Смирнова', 'anna@agency.example', 'аккаунт'],
];
const HEADER: Cell[] = [
  'Тип',
  'Номер',
  'Клиент',
  'Дата',
  'Сумма',
  'Отсрочка',
  'Ответственный',
  'Email клиента',
];

async function readColumn(outDir: string, header: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(outDir, 'agency.xlsx'));
  const ws = book.getWorksheet('Документы');
  if (!ws) return [];
  let col = 0;
  ws.getRow(1).eachCell((cell, index) => {
    if (String(cell.value) === header) col = index;
  });
  const values: string[] = [];
  ws.eachRow((row, index) => {
    if (index > 1) values.push(String(row.getCell(col).text ?? ''));
  });
  return values;
}

describe('the production calendar in a daily run', () => {
  const root = mkdtempSync(join(tmpdir(), 'account-desk-calendar-'));

  it('sends no client email on 04.01.2027 and sends it on 11.01.2027, the first working day', async () => {
    const dir = join(root, 'january');
    const file = await workbook(dir, {
      Команда: TEAM,
      Документы: [
        HEADER,
        [
          'счёт',
          'С-7',
          'ООО «Ромашка»',
          '14.12.2026',
          '10 000 ₽',
          '14',
          'Анна Смирнова',
          'buh@romashka.example',
        ],
      ],
    });
    const outDir = join(dir, 'out');
    const holiday = await dailyRun({ file, outDir, today: '2027-01-04', distDir: DIST });
    expect(holiday.sent).toBe(0);
    expect(holiday.result).toContain('Сегодня нерабочий день: письма уйдут 11.01.2027.');
    expect(await readOutbox(outDir)).toEqual([]);
    const working = await dailyRun({
      file: join(outDir, 'agency.xlsx'),
      outDir,
      today: '2027-01-11',
      distDir: DIST,
    });
    const mails = await readOutbox(outDir);
    expect(working.sent).toBeGreaterThan(0);
    expect(mails.filter((mail) => mail.to.includes('buh@romashka.example'))).toHaveLength(1);
  }, 60_000);

  it('a company day off in the Календарь sheet sends nothing that day', async () => {
    const dir = join(root, 'company');
    const file = await workbook(dir, {
      Команда: TEAM,
      Документы: [
        HEADER,
        [
          'счёт',
          'С-8',
          'ООО «Ромашка»',
          '20.11.2026',
          '10 000 ₽',
          '14',
          'Анна Смирнова',
          'buh@romashka.example',
        ],
      ],
      Календарь: [
        ['Дата', 'Тип дня', 'Примечание'],
        ['07.12.2026', 'выходной', 'день компании'],
      ],
    });
    const outDir = join(dir, 'out');
    const dayOff = await dailyRun({ file, outDir, today: '2026-12-07', distDir: DIST });
    expect(dayOff.sent).toBe(0);
    expect(dayOff.result).toContain('письма уйдут 08.12.2026');
  }, 60_000);

  it('counts a term of 5 banking days across the New Year holidays', async () => {
    const dir = join(root, 'terms');
    const file = await workbook(dir, {
      Команда: TEAM,
      Документы: [
        HEADER,
        [
          'счёт',
          'С-9',
          'ООО «Ромашка»',
          '25.12.2026',
          '10 000 ₽',
          '5 банковских дней',
          'Анна Смирнова',
          'buh@romashka.example',
        ],
        [
          'счёт',
          'С-10',
          'ООО «Ромашка»',
          '25.12.2026',
          '10 000 ₽',
          'пять дней',
          'Анна Смирнова',
          'buh@romashka.example',
        ],
      ],
    });
    const outDir = join(dir, 'out');
    await dailyRun({ file, outDir, today: '2027-01-13', distDir: DIST });
    expect(await readColumn(outDir, 'Просрочка, дн.')).toEqual(['1', '']);
    const checks = await readColumn(outDir, 'Проверка');
    expect(checks[1]).toContain('F3');
  }, 60_000);
});
