/**
 * Big, realistic agency workbooks for the benchmark: a team, a wide load
 * table and a documents table in one spreadsheet, as an agency keeps them.
 * Deterministic (seeded), so every run measures the same data. They go to a
 * temporary directory: nothing big is committed.
 */
import ExcelJS from 'exceljs';
import { seededRandom } from '../seededRandom';

export interface BenchSize {
  name: string;
  people: number;
  weeks: number;
  documents: number;
  /**
   * When set: this many unpaid invoices, each to its own client address, due in exactly the
   * pre-due lead (3 days), so today is a stage day for every one of them — a day of that many emails.
   */
  dueInvoices?: number;
}

export const SIZES: readonly BenchSize[] = [
  { name: 'small', people: 10, weeks: 8, documents: 100 },
  { name: 'agency', people: 50, weeks: 26, documents: 2000 },
  { name: 'large', people: 200, weeks: 52, documents: 10000 },
];

/** The large agency, `factor` times over (people and documents; the weeks stay a year). */
export function scaledLarge(factor: number): BenchSize {
  return { name: `large ×${factor}`, people: 200 * factor, weeks: 52, documents: 10000 * factor };
}

/** Pre-due lead of the default settings: an invoice due in this many days gets its reminder today. */
const PRE_DUE_DAYS = 3;

const BLUE = 'FFCFE2F3';
const DAY_MS = 86_400_000;

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** `DD.MM.YYYY`, the way people type dates into the documents table. */
function ruDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

function personName(i: number): string {
  const roles = ['копирайтер', 'дизайнер', 'разработчик', 'таргетолог', 'аккаунт'];
  return `Сотрудник ${i + 1} (${roles[i % roles.length]})`;
}

function managerName(i: number): string {
  return `Сотрудник ${i + 1}`;
}

/** Every fifth person is an account manager. */
function managerCount(people: number): number {
  return Math.max(1, Math.floor(people / 5));
}

function addTeam(workbook: ExcelJS.Workbook, size: BenchSize): void {
  const sheet = workbook.addWorksheet('Команда');
  sheet.addRow(['Сотрудник', 'Email', 'Роль', 'Часов в неделю']);
  for (let i = 0; i < size.people; i++) {
    const am = i % 5 === 4;
    sheet.addRow([managerName(i), `person${i + 1}@agency.example`, am ? 'аккаунт' : 'исполнитель', 40]);
  }
}

function addLoad(workbook: ExcelJS.Workbook, size: BenchSize, today: string, next: () => number): void {
  const sheet = workbook.addWorksheet('Загрузка');
  const todayMs = dayMs(today);
  const monday = todayMs - ((new Date(todayMs).getUTCDay() + 6) % 7) * DAY_MS;
  const first = monday - Math.floor(size.weeks / 2) * 7 * DAY_MS;
  const weeks = Array.from({ length: size.weeks }, (_, w) => new Date(first + w * 7 * DAY_MS));
  sheet.addRow(['Сотрудник', 'Клиент / задача', ...weeks]);
  weeks.forEach((_, w) => (sheet.getRow(1).getCell(3 + w).numFmt = 'dd.mm.yyyy'));
  const clients = Math.max(3, Math.floor(size.people / 2));
  for (let p = 0; p < size.people; p++) {
    const tasks = [`Клиент ${(p % clients) + 1}`, `Клиент ${((p * 7) % clients) + 1}`, 'Внутренние задачи'];
    if (p % 6 === 0) tasks.push('Отпуск');
    tasks.forEach((task, t) => {
      const cells = weeks.map((_, w) => {
        if (task === 'Отпуск') return w === p % size.weeks ? '100%' : '';
        if (task === 'Внутренние задачи') return 10;
        const pct = Math.round(next() * 60);
        // Hours and percent text as people type them, next to plain numbers.
        if (pct % 7 === 0) return `${Math.round((pct * 40) / 100)} ч`;
        return pct % 3 === 0 ? `${pct}%` : pct;
      });
      const row = sheet.addRow([t === 0 ? personName(p) : '', task, ...cells]);
      if (t === 1 && p % 4 === 0) {
        // A tentative booking: the client cells are blue.
        for (let w = 0; w < weeks.length; w++) {
          row.getCell(3 + w).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BLUE } };
        }
      }
    });
  }
}

function addDocuments(workbook: ExcelJS.Workbook, size: BenchSize, today: string, next: () => number): void {
  const sheet = workbook.addWorksheet('Документы');
  sheet.addRow([
    'Тип',
    'Номер',
    'Клиент',
    'Дата',
    'Сумма',
    'Срок оплаты',
    'Дата оплаты',
    'Статус',
    'Оригинал',
    'Ответственный',
    'Email клиента',
    'Направление',
  ]);
  const todayMs = dayMs(today);
  const clients = Math.max(5, Math.floor(size.documents / 10));
  const managers = managerCount(size.people);
  const heavy = size.dueInvoices ?? 0;
  for (let i = 0; i < heavy; i++) {
    sheet.addRow([
      'счёт',
      `D-${i + 1}`,
      `Клиент дня ${i + 1}`,
      ruDate(todayMs - 20 * DAY_MS),
      '25 000 ₽',
      ruDate(todayMs + PRE_DUE_DAYS * DAY_MS),
      '',
      'отправлен',
      'получен',
      managerName((i % managers) * 5 + 4),
      `day${i + 1}@client.example`,
      'входящий',
    ]);
  }
  for (let i = heavy; i < size.documents; i++) {
    const client = i % clients;
    const manager = managerName((client % managers) * 5 + 4);
    const kind = i % 10;
    const dateMs = todayMs - Math.floor(next() * 90) * DAY_MS;
    const dueMs = dateMs + (5 + Math.floor(next() * 25)) * DAY_MS;
    const amount = 10_000 + Math.floor(next() * 500) * 1_000;
    const paid = next() < 0.7 && dueMs < todayMs + 10 * DAY_MS;
    const type = kind === 0 ? 'договор' : kind < 3 ? 'акт' : 'счёт';
    sheet.addRow([
      type,
      `${i + 1}`,
      `Клиент ${client + 1}`,
      ruDate(dateMs),
      `${amount.toLocaleString('ru-RU')} ₽`,
      type === 'счёт' ? ruDate(dueMs) : '',
      type === 'счёт' && paid ? ruDate(Math.min(dueMs, todayMs - DAY_MS)) : '',
      type === 'счёт' && paid ? 'оплачен' : type === 'договор' ? 'подписан' : 'отправлен',
      kind % 3 === 0 ? 'скан' : 'получен',
      manager,
      `client${client + 1}@client.example`,
      'входящий',
    ]);
  }
}

/** One workbook with the team, the load and the documents of that size, in memory. */
export function buildBenchWorkbook(size: BenchSize, today: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  const next = seededRandom(size.people * 1_000_003 + size.documents);
  addTeam(workbook, size);
  addLoad(workbook, size, today, next);
  addDocuments(workbook, size, today, next);
  return workbook;
}

/** Writes that workbook to an .xlsx file. */
export async function writeBenchWorkbook(size: BenchSize, today: string, path: string): Promise<void> {
  await buildBenchWorkbook(size, today).xlsx.writeFile(path);
}
