/**
 * End to end: `Дебиторка` as a head reads it. A documents workbook built in code, the real
 * bundle's `recalculate` on the local services, the sheet read back from the saved xlsx:
 * values, number formats (rendered as Sheets shows them), column widths and fills.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatNumber } from '../../src/local/services/spreadsheet/display';
import { localeSymbols } from '../../src/local/services/spreadsheet/locale';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';

const TODAY = '2026-12-07';
const HEADER = ['Тип', 'Номер', 'Клиент', 'Направление', 'Сумма', 'Срок оплаты', 'Дата оплаты', 'Оплачено'];

const ROWS: (string | number | null)[][] = [
  // One client written three ways: one line.
  ['счёт', '1', 'ООО Ромашка', null, 100000, '25.11.2026', null, null],
  ['счёт', '2', 'Ромашка', null, 50000, '20.12.2026', null, null],
  ['счёт', '3', 'ООО «Ромашка»', null, 20000, '01.12.2026', '01.12.2026', 20000],
  // 40 days overdue, and the revenue of the last 30 days.
  ['счёт', '4', 'ИП Лютик', null, 30000, '28.10.2026', null, null],
  ['счёт', '5', 'ИП Лютик', null, 180000, '30.11.2026', '30.11.2026', 180000],
  // A contractor's invoice due next week.
  ['счёт', 'К-9', 'Студия Кода', 'исходящий', 40000, '15.12.2026', null, null],
];

async function recalculated(): Promise<ExcelJS.Worksheet> {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-receivables-'));
  const input = join(dir, 'agency.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  workbook.addWorksheet('Документы').addRows([HEADER, ...ROWS]);
  await workbook.xlsx.writeFile(input);
  const runtime = await createLocalRuntime({
    file: input,
    outDir: join(dir, 'out'),
    today: TODAY,
    distDir: DIST,
  });
  runtime.call('recalculate');
  await runtime.save();
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(runtime.documentPath);
  return after.getWorksheet('Дебиторка')!;
}

const RU = localeSymbols('ru_RU');

/** What Sheets shows in the cell: its value through its number format. */
function shown(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, cell.numFmt, RU);
  if (value instanceof Date) return 'date';
  return String(value);
}

function rowsUnder(sheet: ExcelJS.Worksheet, section: string): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  let inside = false;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const first = row.getCell(1).value;
    if (first === section) inside = true;
    else if (inside && (first === null || first === '')) inside = false;
    else if (inside) rows.push(row);
  });
  return rows;
}

function fill(cell: ExcelJS.Cell): string | undefined {
  const pattern = cell.fill as ExcelJS.FillPattern | undefined;
  return pattern?.fgColor?.argb?.slice(2).toLowerCase();
}

describe('Дебиторка, as the head reads it', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = await recalculated();
  });

  it('groups a client by the one client key: «ООО Ромашка», «Ромашка» and «ООО «Ромашка»» are one line', () => {
    const [header, ...lines] = rowsUnder(sheet, 'По клиентам');
    expect(header.getCell(1).value).toBe('Клиент');
    const romashka = lines.filter((row) => /ромашка/i.test(String(row.getCell(1).value)));
    expect(romashka).toHaveLength(1);
    // Invoiced 170 000, paid 20 000, outstanding 150 000.
    expect([3, 4, 5].map((c) => romashka[0].getCell(c).value)).toEqual([170000, 20000, 150000]);
  });

  it('ends the client and manager tables with a totals row per currency', () => {
    for (const section of ['По клиентам', 'По аккаунтам']) {
      const rows = rowsUnder(sheet, section);
      const total = rows[rows.length - 1];
      expect(total.getCell(1).value).toBe('Итого');
      expect(total.getCell(2).value).toBe('RUB');
      expect([3, 4, 5, 6].map((c) => total.getCell(c).value)).toEqual([380000, 200000, 180000, 130000]);
      expect(total.getCell(1).font?.bold).toBe(true);
    }
  });

  it('shows the ratio and its target as percents', () => {
    const [, line] = rowsUnder(sheet, 'Дебиторка к выручке');
    // 180 000 outstanding against 200 000 received in 30 days.
    expect(shown(line.getCell(4))).toBe('90,0%');
    expect(shown(line.getCell(5))).toBe('20%');
  });

  it('shows an empty aging bucket as a dash, not 0,00, and money with kopecks', () => {
    const [, ...lines] = rowsUnder(sheet, 'По клиентам');
    const romashka = lines.find((row) => /ромашка/i.test(String(row.getCell(1).value)))!;
    // Not due 50 000, 8–30 days 100 000, the rest empty.
    expect([7, 8, 9, 10, 11].map((c) => shown(romashka.getCell(c)))).toEqual([
      '50\u00a0000,00',
      '—',
      '100\u00a0000,00',
      '—',
      '—',
    ]);
  });

  it('colours overdue money and leaves money not yet due plain', () => {
    const [, ...lines] = rowsUnder(sheet, 'По клиентам');
    const romashka = lines.find((row) => /ромашка/i.test(String(row.getCell(1).value)))!;
    const lutik = lines.find((row) => /лютик/i.test(String(row.getCell(1).value)))!;
    expect(fill(romashka.getCell(6))).toBeDefined(); // overdue 100 000
    expect(fill(romashka.getCell(9))).toBeDefined(); // 8–30 days
    expect(fill(romashka.getCell(7))).toBeUndefined(); // not due
    expect(fill(romashka.getCell(8))).toBeUndefined(); // empty bucket
    expect(fill(lutik.getCell(10))).toBe('f4c7c3'); // 31–60 days: red
  });

  it('writes due dates as dates', () => {
    const [, payment] = rowsUnder(sheet, 'Исходящие платежи подрядчикам');
    expect(payment.getCell(4).value).toBeInstanceOf(Date);
    expect(payment.getCell(4).numFmt).toBe('dd.mm.yyyy');
  });

  it('gives its columns widths to read the names and sums', () => {
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(20);
    for (let c = 3; c <= 11; c += 1) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(12);
  });
});
