/**
 * Parsing and detection of registers the size a large agency keeps: a
 * 10 000-row documents register and a 200-row × 52-week load register.
 */
import {
  isTentativeBlue,
  parseDay,
  parseEmails,
  parseFlag,
  parseLoadCell,
  parseMoney,
  type DateContext,
} from '../../src/core/cells';
import { addDays, formatDay } from '../../src/core/calendar';
import {
  classifyTask,
  detectRegisters,
  parseDocumentStatus,
  parseDocumentType,
  type RegisterMapping,
} from '../../src/core/registers';
import type { CellValue, Grid } from '../../src/core/types';
import type { BenchCase } from './measure';

const ctx: DateContext = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };

function grid(
  sheet: string,
  values: CellValue[][],
  backgrounds: string[][] = [],
  formats: string[][] = [],
): Grid {
  return {
    sheet,
    values,
    display: values.map((row) => row.map((value) => String(value))),
    backgrounds,
    formats,
  };
}

export function documentsGrid(rows: number): Grid {
  const values: CellValue[][] = [
    ['Реестр документов'],
    [
      '№',
      'Тип',
      'Клиент',
      'Дата',
      'Сумма',
      'Срок оплаты',
      'Статус',
      'Оригинал',
      'Email клиента',
      'Не напоминать',
    ],
  ];
  const types = ['Счёт', 'Акт', 'Договор', 'Доп. соглашение'];
  const statuses = ['отправлен', 'подписан', 'оплачен', 'черновик'];
  for (let i = 0; i < rows; i++) {
    const day = addDays('2026-01-01', i % 340);
    values.push([
      String(1000 + i),
      types[i % 4],
      `Клиент ${i % 50}`,
      i % 2 ? formatDay(day, 'ru') : new Date(`${day}T00:00:00+03:00`),
      i % 3 ? `${(i * 137) % 900_000} ${i % 100},50 ₽` : (i * 1234.5) / 7,
      formatDay(addDays(day, 10), 'ru'),
      statuses[i % 4],
      i % 2 ? 'скан' : 'получен',
      `buh${i % 50}@client${i % 50}.ru; am@agency.ru`,
      i % 10 === 0 ? 'да' : '',
    ]);
  }
  return grid('Документы', values);
}

export function loadGrid(people: number, weeks: number): Grid {
  const header: CellValue[] = ['Сотрудник', 'Клиент / задача'];
  for (let w = 0; w < weeks; w++) header.push(formatDay(addDays('2026-01-05', w * 7), 'ru').slice(0, 5));
  const values: CellValue[][] = [header];
  const backgrounds: string[][] = [header.map(() => '#ffffff')];
  const formats: string[][] = [header.map(() => 'General')];
  const cells: [CellValue, string][] = [
    [0.2, '0%'],
    ['20 %', 'General'],
    ['8 ч', 'General'],
    [30, 'General'],
    ['', 'General'],
  ];
  const tasks = ['Клиент А', 'Клиент Б', 'Внутренние задачи', 'Отпуск', 'Обучение'];
  for (let r = 0; r < people; r++) {
    const row: CellValue[] = [r % 5 === 0 ? `Сотрудник ${r}` : '', tasks[r % 5]];
    const rowFormats = ['General', 'General'];
    const rowBackgrounds = ['#ffffff', '#ffffff'];
    for (let w = 0; w < weeks; w++) {
      const [value, format] = cells[(r + w) % cells.length];
      row.push(value);
      rowFormats.push(format);
      rowBackgrounds.push((r + w) % 7 === 0 ? '#cfe2f3' : '#ffffff');
    }
    values.push(row);
    formats.push(rowFormats);
    backgrounds.push(rowBackgrounds);
  }
  return grid('Загрузка', values, backgrounds, formats);
}

function parseDocuments(grid: Grid, mapping: RegisterMapping<'documents'>): number {
  const c = mapping.columns;
  let problems = 0;
  for (let r = mapping.headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    const parsed = [
      parseMoney(row[c.amount!]),
      parseDay(row[c.date!], ctx),
      parseDay(row[c.dueDate!], ctx),
      parseEmails(row[c.clientEmail!]),
      parseFlag(row[c.pause!]),
    ];
    problems += parsed.filter((result) => !result.ok).length;
    if (parseDocumentType(String(row[c.type!])) === null) problems++;
    if (parseDocumentStatus(String(row[c.status!])) === null) problems++;
  }
  return problems;
}

function parseLoad(grid: Grid, mapping: RegisterMapping<'load'>): number {
  let total = 0;
  for (let r = mapping.headerRow + 1; r < grid.values.length; r++) {
    classifyTask(String(grid.values[r][mapping.columns.task!]));
    for (const week of mapping.weekColumns) {
      const parsed = parseLoadCell(grid.values[r][week.col], grid.formats[r][week.col], 40);
      if (parsed.ok && parsed.value !== null) total += parsed.value;
      if (isTentativeBlue(grid.backgrounds[r][week.col])) total += 0.001;
    }
  }
  return total;
}

export function parsingCases(): BenchCase[] {
  const documents = documentsGrid(10_000);
  const load = loadGrid(200, 52);
  return [
    {
      name: 'documents 10 000 rows: detect + parse',
      run: () => {
        const [mapping] = detectRegisters([documents], [], ctx);
        return parseDocuments(documents, mapping as RegisterMapping<'documents'>);
      },
    },
    {
      name: 'load 200 rows x 52 weeks: detect + parse',
      run: () => {
        const [mapping] = detectRegisters([load], [], ctx);
        return parseLoad(load, mapping as RegisterMapping<'load'>);
      },
    },
  ];
}
