/**
 * End to end: a documents workbook built in code (title rows above the header,
 * columns in an unusual order, text dates and money), the real bundle's
 * `recalculate` on the local Apps Script services, the output read back.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';

const TODAY = '2026-12-07';
const HEADER = [
  '№',
  'Сумма',
  'Клиент',
  'Тип',
  'Срок оплаты',
  'Дата',
  'Оплачено',
  'Дата оплаты',
  'Направление',
  'Договор',
  'Оригинал',
  'Действует до',
  'Ответственный',
  'Email клиента',
  'Статус',
];
type Doc = Partial<Record<(typeof HEADER)[number], string | number>>;

const DOCS: Doc[] = [
  {
    '№': '101',
    Сумма: '10 000,50 ₽',
    Клиент: 'ООО Ромашка',
    Тип: 'счёт',
    'Срок оплаты': '25.11.2026',
    Дата: '20.11.2026',
    Ответственный: 'Иванова',
    'Email клиента': 'buh@romashka.example',
  },
  {
    '№': '102',
    Сумма: '5 000',
    Клиент: 'ИП Лютик',
    Тип: 'Счёт',
    'Срок оплаты': '08.12.2026',
    Дата: '01.12.2026',
    'Email клиента': 'lutik@example.com',
  },
  {
    '№': '103',
    Сумма: '20 000 руб.',
    Клиент: 'ООО Ромашка',
    Тип: 'счет',
    'Срок оплаты': '01.11.2026',
    Дата: '15.10.2026',
    'Email клиента': 'buh@romashka.example',
  },
  {
    '№': '104',
    Сумма: '7 500',
    Клиент: 'ИП Лютик',
    Тип: 'счёт',
    'Срок оплаты': '01.12.2026',
    'Дата оплаты': '30.11.2026',
    'Email клиента': 'lutik@example.com',
  },
  {
    '№': 'Д-1',
    Клиент: 'ООО Ромашка',
    Тип: 'договор',
    Дата: '10.01.2026',
    'Действует до': '31.12.2026',
    Оригинал: 'получен',
    Статус: 'подписан',
  },
  {
    '№': 'П-1',
    Сумма: '3 000',
    Клиент: 'Студия Дизайна',
    Тип: 'счёт',
    'Срок оплаты': '01.12.2026',
    Направление: 'исходящий',
  },
  {
    '№': 'А-7',
    Сумма: '10 000,50',
    Клиент: 'ООО Ромашка',
    Тип: 'акт',
    Дата: '10.11.2026',
    Оригинал: 'скан',
    Договор: 'Д-1',
  },
  { '№': '105', Сумма: 'десять', Клиент: 'ИП Лютик', Тип: 'счёт', 'Срок оплаты': '20.12.2026' },
];

/** What each document's owned cells must say on 07.12.2026. */
const EXPECTED: Record<string, [string, number | string, string, string]> = {
  // Due 25.11: reminded 26.11 and 03.12, next on day 14, the escalation day.
  '101': ['просрочен 12 дней', 12, '09.12.2026', ''],
  // Due 08.12: the polite note falls on Saturday 05.12 and goes on Monday, today.
  '102': ['срок через 1 день', '', '07.12.2026', ''],
  '103': ['СТОП: 30+ дн. без оплаты', 36, '', ''],
  '104': ['оплачен', '', '', ''],
  'Д-1': ['договор истекает 31.12', '', '', ''],
  'П-1': ['просрочен 6 дней', 6, '', ''],
  'А-7': ['ждём оригинал', '', '', ''],
  '105': ['ошибка в данных — не напоминаем', '', '', 'B11: «десять» — не сумма'],
};
const FILL: Record<string, string | undefined> = {
  '101': 'f4c7c3',
  '102': 'fce8b2',
  '103': 'f4c7c3',
  '104': 'e8eaed',
  'П-1': 'f4c7c3',
};

async function writeWorkbook(path: string, header: string[], rows: ExcelJS.CellValue[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  workbook.addWorksheet('Команда').addRows([
    ['Сотрудник', 'Email', 'Роль'],
    ['Иванова Анна', 'anna@agency.test', 'аккаунт-менеджер'],
  ]);
  const sheet = workbook.addWorksheet('Документы');
  sheet.getCell('A1').value = 'Реестр документов агентства';
  sheet.getRow(3).values = header;
  rows.forEach((row, i) => (sheet.getRow(4 + i).values = row));
  await workbook.xlsx.writeFile(path);
}

function docRows(docs: Doc[]): ExcelJS.CellValue[][] {
  return docs.map((doc) => HEADER.map((title) => doc[title as keyof Doc] ?? null));
}

async function run(input: string) {
  const runtime = await createLocalRuntime({
    file: input,
    outDir: join(input, '..', 'out'),
    today: TODAY,
    distDir: DIST,
  });
  runtime.counters.reset();
  runtime.call('recalculate');
  const counts = runtime.counters.snapshot();
  await runtime.save();
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(runtime.documentPath);
  return { runtime, counts, after };
}

/** A date cell as the day it shows (xlsx keeps the wall clock in UTC fields); anything else as it is. */
function shownDay(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (!(value instanceof Date)) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
}

function cellText(cell: ExcelJS.Cell): ExcelJS.CellValue {
  // The next reminder is a date cell in a date format, not text Sheets would parse.
  if (cell.value instanceof Date) expect(cell.numFmt).toBe('dd.mm.yyyy');
  return shownDay(cell.value ?? '');
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  return (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb?.slice(2).toLowerCase();
}

/** Owned cells by document number, reading the owned columns by their headers. */
function ownedByNumber(sheet: ExcelJS.Worksheet, numberCol: number) {
  const header = sheet.getRow(3);
  const col = (title: string) => {
    for (let c = 1; c <= sheet.columnCount; c++) if (header.getCell(c).value === title) return c;
    throw new Error(`no column ${title}`);
  };
  const cols = ['Состояние', 'Просрочка, дн.', 'Следующее напоминание', 'Проверка'].map(col);
  const result: Record<string, { cells: ExcelJS.CellValue[]; fill: string | undefined }> = {};
  for (let r = 4; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const number = String(cellText(row.getCell(numberCol)));
    if (number === '') continue;
    result[number] = { cells: cols.map((c) => cellText(row.getCell(c))), fill: fillOf(row.getCell(cols[0])) };
  }
  return { result, cols };
}

describe('Recalculate on a documents workbook built in code', () => {
  let input: string;
  let first: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-desk-docs-'));
    input = join(dir, 'documents.xlsx');
    await writeWorkbook(input, HEADER, docRows(DOCS));
    first = await run(input);
  });

  it('creates the owned columns right after the table and fills them per document', () => {
    const sheet = first.after.getWorksheet('Документы')!;
    expect(first.runtime.ui.alerts).toEqual([]);
    const { result, cols } = ownedByNumber(sheet, 1);
    expect(cols).toEqual([16, 17, 18, 19]);
    for (const [number, cells] of Object.entries(EXPECTED)) {
      expect({ number, cells: result[number].cells }).toEqual({ number, cells });
      expect({ number, fill: result[number].fill }).toEqual({ number, fill: FILL[number] });
    }
  });

  it('leaves every user cell exactly as it was', async () => {
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(input);
    for (const name of ['Команда', 'Документы']) {
      const was = before.getWorksheet(name)!;
      const is = first.after.getWorksheet(name)!;
      expect(is.rowCount).toBe(was.rowCount);
      for (let r = 1; r <= was.rowCount; r++) {
        for (let c = 1; c <= was.columnCount; c++) {
          const [a, b] = [was.getRow(r).getCell(c), is.getRow(r).getCell(c)];
          expect({ at: a.address, value: b.value, fill: b.fill }).toEqual({
            at: a.address,
            value: a.value,
            fill: a.fill,
          });
        }
      }
    }
  });

  it('writes Дебиторка per client, per AM, per contract and the outgoing payments', () => {
    const sheet = first.after.getWorksheet('Дебиторка')!;
    expect(sheet).toBeDefined();
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(shownDay)));
    const find = (first: string, after = 0) => rows.findIndex((row, i) => i >= after && row[0] === first);
    expect(rows[0][0]).toBe('Дебиторка на 07.12.2026');
    const byClient = find('По клиентам');
    // 10 000,50 + 20 000 outstanding, 30 000 of it overdue: 12 days and 36 days.
    expect(rows[find('ООО Ромашка', byClient)].slice(0, 11)).toEqual([
      'ООО Ромашка',
      'RUB',
      30000.5,
      0,
      30000.5,
      30000.5,
      0,
      0,
      10000.5,
      20000,
      0,
    ]);
    const byManager = find('По аккаунтам');
    expect(rows[find('Иванова', byManager)][4]).toBe(10000.5);
    const contracts = find('По договорам');
    expect(rows[find('Д-1', contracts)]).toEqual(
      expect.arrayContaining(['работы закрыты актами, деньги не пришли']),
    );
    const outgoing = find('Исходящие платежи подрядчикам');
    expect(rows[outgoing + 2].slice(0, 7)).toEqual([
      'П-1',
      'Студия Дизайна',
      undefined, // no contract: an empty cell
      '01.12.2026',
      'RUB',
      3000,
      'просрочен',
    ]);
    const ratio = rows.find((row) => String(row[0]).startsWith('Выручка — оплаты по входящим счетам'));
    expect(ratio).toBeDefined();
  });

  it('puts values on the right rows after a column is inserted and the rows are sorted', async () => {
    const sheet = first.after.getWorksheet('Документы')!;
    const width = sheet.columnCount;
    const header = (sheet.getRow(3).values as ExcelJS.CellValue[]).slice(1, width + 1).map(String);
    const rows = Array.from({ length: DOCS.length }, (_, i) =>
      (sheet.getRow(4 + i).values as ExcelJS.CellValue[]).slice(1, width + 1),
    );
    // A new user column after `№`, and the rows in reverse order, stale owned values travelling with them.
    const withColumn = (cells: ExcelJS.CellValue[], extra: ExcelJS.CellValue) => [
      cells[0],
      extra,
      ...cells.slice(1),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'account-desk-docs-sorted-'));
    const second = join(dir, 'documents.xlsx');
    await writeWorkbook(
      second,
      withColumn(header, 'Комментарий') as string[],
      rows.reverse().map((cells, i) => withColumn(cells, `заметка ${i}`)),
    );
    const rerun = await run(second);
    const { result, cols } = ownedByNumber(rerun.after.getWorksheet('Документы')!, 1);
    expect(cols).toEqual([17, 18, 19, 20]);
    for (const [number, cells] of Object.entries(EXPECTED)) {
      const shifted =
        number === '105' ? ['ошибка в данных — не напоминаем', '', '', 'C4: «десять» — не сумма'] : cells;
      expect({ number, cells: result[number].cells }).toEqual({ number, cells: shifted });
    }
    const notes = rerun.after.getWorksheet('Документы')!.getColumn(2).values.slice(4);
    expect(notes).toEqual(DOCS.map((_, i) => `заметка ${i}`));
  });
});

describe('the cost of a documents recalculation in Apps Script calls', () => {
  async function countsFor(n: number) {
    const docs: Doc[] = Array.from({ length: n }, (_, i) => ({
      '№': String(1000 + i),
      Сумма: `${1000 + i},50`,
      Клиент: `Клиент ${i % 17}`,
      Тип: i % 5 === 0 ? 'акт' : 'счёт',
      'Срок оплаты': `${String((i % 28) + 1).padStart(2, '0')}.11.2026`,
      'Email клиента': i % 9 === 0 ? 'плохой@' : 'client@example.com',
      Ответственный: 'Иванова',
    }));
    const dir = mkdtempSync(join(tmpdir(), 'account-desk-docs-many-'));
    const input = join(dir, 'documents.xlsx');
    await writeWorkbook(input, HEADER, docRows(docs));
    return run(input);
  }

  it('is the same for 10 and for 10,000 documents', async () => {
    const small = await countsFor(10);
    const large = await countsFor(10_000);
    expect(small.runtime.ui.alerts).toEqual([]);
    expect(large.runtime.ui.alerts).toEqual([]);
    expect(small.counts).toEqual(large.counts);
    expect(Object.values(small.counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
