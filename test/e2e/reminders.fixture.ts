/**
 * Helpers for the reminder end-to-end tests: workbooks built in code with exceljs, and the
 * outbox and the log read back the way a person would read them.
 */
import ExcelJS from 'exceljs';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS_PROPERTY } from '../../src/core/settings';
import { createLocalRuntime, type LocalRuntimeOptions } from '../../src/local/runner/runtime';

export const TEAM = [
  ['Сотрудник', 'Email', 'Роль'],
  ['Анна Смирнова', 'anna@agency.example', 'аккаунт'],
  ['Игорь Петров', 'igor@agency.example', 'дизайнер'],
];

export const DOC_HEADER = [
  'Тип',
  'Номер',
  'Клиент',
  'Дата',
  'Сумма',
  'Срок оплаты',
  'Ответственный',
  'Email клиента',
] as const;
export type Doc = Partial<Record<(typeof DOC_HEADER)[number], string | number | Date>>;

export function invoice(
  number: string,
  client: string,
  due: string | Date,
  email: string,
  manager = 'Анна Смирнова',
): Doc {
  return {
    Тип: 'счёт',
    Номер: number,
    Клиент: client,
    Дата: '01.10.2026',
    Сумма: '12 345,50 ₽',
    'Срок оплаты': due,
    Ответственный: manager,
    'Email клиента': email,
  };
}

export interface WorkbookSpec {
  docs: Doc[];
  team?: boolean;
  timeZone?: string;
  /** Settings stored with the document before the first run (head email, sender name…). */
  settings?: Record<string, unknown>;
}

/** Writes `<dir>/<name>.xlsx` (and its settings next to it); returns the path. */
export async function writeWorkbook(dir: string, name: string, spec: WorkbookSpec): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  if (spec.team !== false) workbook.addWorksheet('Команда').addRows(TEAM);
  const ws = workbook.addWorksheet('Документы');
  ws.addRow([...DOC_HEADER]);
  for (const doc of spec.docs) ws.addRow(DOC_HEADER.map((column) => doc[column] ?? null));
  ws.getColumn(6).numFmt = 'dd.mm.yyyy';
  workbook.keywords = `accountDesk:timeZone=${spec.timeZone ?? 'Europe/Moscow'};locale=ru_RU`;
  const file = join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const settings = { headEmail: 'head@agency.example', senderName: 'Агентство «Пример»', ...spec.settings };
  writeFileSync(
    join(dir, `${name}.properties.json`),
    JSON.stringify({ document: { [SETTINGS_PROPERTY]: JSON.stringify(settings) } }),
  );
  return file;
}

/** One daily run of the real bundle, saved next to the output like a trigger run in Sheets. */
export async function dailyRun(
  options: LocalRuntimeOptions & { distDir: string },
): Promise<{ result: string; sent: number }> {
  const runtime = await createLocalRuntime({ mode: 'send', ...options });
  const result = String(runtime.call('dailyRun'));
  await runtime.save();
  return { result, sent: runtime.sent().filter((record) => record.kind === 'sent').length };
}

export interface Mail {
  file: string;
  to: string[];
  cc: string[];
  replyTo: string[];
  subject: string;
  text: string;
  html: string;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((object) => object.value.map((entry) => entry.address ?? ''));
}

/** Every `.eml` of `<outDir>/outbox`, parsed by a real mail parser. */
export async function readOutbox(outDir: string): Promise<Mail[]> {
  const dir = join(outDir, 'outbox');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort();
  const mails: Mail[] = [];
  for (const file of files) {
    const parsed: ParsedMail = await simpleParser(readFileSync(join(dir, file)));
    mails.push({
      file,
      to: addresses(parsed.to),
      cc: addresses(parsed.cc),
      replyTo: addresses(parsed.replyTo),
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
    });
  }
  return mails;
}

export interface LogRow {
  kind: string;
  key: string;
  recipients: string;
  subject: string;
  result: string;
}

/** The `Журнал` sheet of the saved output workbook. */
export async function readLog(outDir: string, name: string): Promise<LogRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(outDir, `${name}.xlsx`));
  const ws = workbook.getWorksheet('Журнал');
  if (!ws) return [];
  const rows: LogRow[] = [];
  ws.eachRow((row, index) => {
    if (index === 1) return;
    const text = (col: number) => String(row.getCell(col).value ?? '');
    rows.push({ kind: text(2), key: text(3), recipients: text(4), subject: text(5), result: text(6) });
  });
  return rows;
}

/** A message's identity for duplicate checks: who it goes to and what it says. */
export const identity = (mail: Mail): string => `${mail.to.join(',')}|${mail.subject}|${mail.text}`;
