import { managerDirectory } from '../../../src/core/documents/managers';
import { readClientDirectory } from '../../../src/core/documents/directory';
import { readDocuments } from '../../../src/core/documents/read';
import { evaluateDocuments, documentRules } from '../../../src/core/documents/state';
import { detectRegister } from '../../../src/core/registers';
import type { RegisterMapping } from '../../../src/core/registers/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CellValue, Grid } from '../../../src/core/types';

const dates = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };

function grid(sheet: string, rows: CellValue[][]): Grid {
  return { sheet, values: rows, display: rows.map((row) => row.map(String)), backgrounds: [], formats: [] };
}

const directoryGrid = grid('Клиенты', [
  ['Клиент', 'Email клиента', 'Контакт для эскалации', 'Язык', 'Отсрочка', 'Аккаунт', 'Не напоминать'],
  ['ООО «Ромашка»', 'buh@romashka.ru', 'ceo@romashka.ru', 'ru', '5 банковских дней', 'Иванова Анна', ''],
  ['Globex LLC', 'ap@globex.com', '', 'en', '30', 'Петров Олег', 'до 15.01.2027'],
]);
const directory = readClientDirectory(
  directoryGrid,
  detectRegister(directoryGrid, [], dates) as RegisterMapping<'clients'>,
  dates,
);
const managers = managerDirectory([
  { person: 'Иванова Анна', email: 'anna@agency.example' },
  { person: 'Петров Олег', email: 'oleg@agency.example' },
]);

const HEADER = [
  'Тип',
  '№',
  'Клиент',
  'Дата',
  'Сумма',
  'Отсрочка',
  'Ответственный',
  'Email клиента',
  'Не напоминать',
];

function read(rows: CellValue[][], today = '2026-12-07') {
  const docs = grid('Документы', [HEADER, ...rows]);
  const mapping = detectRegister(docs, [], dates) as RegisterMapping<'documents'>;
  return readDocuments(docs, mapping, { timeZone: dates.timeZone, today, managers, directory });
}

describe('the Клиенты directory fills what a document row leaves empty', () => {
  it('supplies the contact, the AM, the terms, the escalation contact and the language', () => {
    const [record] = read([['счёт', '1', 'Ромашка', '25.12.2026', '1000', '', '', '', '']]);
    expect(record.clientEmails).toEqual(['buh@romashka.ru']);
    expect([record.manager, record.managerEmail]).toEqual(['Иванова Анна', 'anna@agency.example']);
    expect(record.dueDate).toBe('2027-01-12'); // 5 banking days across the New Year holidays
    expect(record.escalationEmails).toEqual(['ceo@romashka.ru']);
    expect(record.clientLang).toBe('ru');
    expect(record.problems).toEqual([]);
  });

  it('a row’s own value wins over the directory’s default', () => {
    const [record] = read([
      ['счёт', '2', 'ООО Ромашка', '25.12.2026', '1000', '3', 'Петров Олег', 'zakaz@romashka.ru', ''],
    ]);
    expect(record.clientEmails).toEqual(['zakaz@romashka.ru']);
    expect(record.managerEmail).toBe('oleg@agency.example');
    expect(record.dueDate).toBe('2026-12-28');
  });

  it('a client not in the directory keeps its row as it is', () => {
    const [record] = read([['счёт', '3', 'Альфа', '01.12.2026', '1000', '', '', '', '']]);
    expect([record.clientEmails, record.manager, record.dueDate]).toEqual([[], '', null]);
  });
});

describe('pauses until a day', () => {
  it.each([
    ['2027-01-14', true],
    ['2027-01-15', false], // resumes by itself on its date
  ])('the directory’s pause until 15.01.2027 on %p: paused %p', (today, paused) => {
    const [record] = read([['счёт', '4', 'Globex', '01.12.2026', '1000', '', '', '', '']], today);
    expect(record.paused).toBe(paused);
    expect(record.pausedUntil).toBe('2027-01-15');
  });

  it('a row’s own pause date wins and makes the document ineligible until then', () => {
    const rows = [['счёт', '5', 'Ромашка', '01.11.2026', '1000', '', '', '', 'Не напоминать до 10.12.2026']];
    const rules = documentRules(DEFAULT_SETTINGS);
    const before = evaluateDocuments(read(rows, '2026-12-09'), { today: '2026-12-09', rules, lang: 'ru' });
    const on = evaluateDocuments(read(rows, '2026-12-10'), { today: '2026-12-10', rules, lang: 'ru' });
    expect([before[0].paused, before[0].reminderEligible]).toEqual([true, false]);
    expect([on[0].paused, on[0].reminderEligible]).toEqual([false, true]);
  });

  it('a pause cell that is not a date is a data problem of its cell', () => {
    const [record] = read([['счёт', '6', 'Ромашка', '01.11.2026', '1000', '', '', '', 'до пятницы']]);
    expect(record.problems.map((problem) => [problem.code, problem.cell])).toEqual([['badDate', 'I2']]);
    expect(record.paused).toBe(false);
  });
});
