import { describeMapping, detectRegisters } from '../../../src/core/registers';
import type { DateContext } from '../../../src/core/cells';
import type { MappingOverride } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/types';
import { gridOf } from './grid';

const ctx: DateContext = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };

function detectOne(sheet: string, rows: CellValue[][], overrides: MappingOverride[] = []) {
  const found = detectRegisters([gridOf(sheet, rows)], overrides, ctx);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('detectRegisters', () => {
  it('recognises the Russian load table of the seed article', () => {
    const mapping = detectOne('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '01.12', '08.12', '15.12'],
      ['Иванова (копирайтер)', 'Клиент А', '20%', '40%', ''],
    ]);
    expect(mapping.kind).toBe('load');
    expect(mapping.headerRow).toBe(0);
    expect(mapping.columns).toEqual({ person: 0, task: 1 });
    expect(mapping.weekColumns.map((week) => [week.col, week.week])).toEqual([
      [2, '2026-11-30'],
      [3, '2026-12-07'],
      [4, '2026-12-14'],
    ]);
    expect(mapping.unknown).toEqual([]);
  });

  it('finds a documents header on row 3 under a title, whatever the sheet is called', () => {
    const mapping = detectOne('Лист1', [
      ['Реестр документов ООО «Ромашка»'],
      ['', '', 'обновлено 01.12'],
      [
        '№',
        'Тип',
        'Контрагент',
        'Дата',
        'Сумма, ₽',
        'Срок оплаты',
        'Статус',
        'Ответственный',
        'Email клиента',
      ],
      ['15', 'Счёт', 'Клиент А', '01.12.2026', '10 000', '10.12.2026', 'отправлен', 'Петров', 'a@b.ru'],
    ]);
    expect(mapping.kind).toBe('documents');
    expect(mapping.headerRow).toBe(2);
    expect(mapping.columns).toEqual({
      number: 0,
      type: 1,
      counterparty: 2,
      date: 3,
      amount: 4,
      dueDate: 5,
      status: 6,
      manager: 7,
      clientEmail: 8,
    });
    expect(mapping.missing).toEqual([]);
  });

  it('maps English headers in odd order and lists the unknown columns and the missing fields', () => {
    const mapping = detectOne('Docs', [
      ['Comment', 'Amount', 'Client', 'Invoice date', 'Number', 'Paid', 'Due date', 'Internal code'],
    ]);
    expect(mapping.kind).toBe('documents');
    expect(mapping.columns).toEqual({
      amount: 1,
      counterparty: 2,
      date: 3,
      number: 4,
      paidAmount: 5,
      dueDate: 6,
    });
    expect(mapping.unknown).toEqual([
      { col: 0, header: 'Comment' },
      { col: 7, header: 'Internal code' },
    ]);
    expect(mapping.missing).toEqual(['type', 'status', 'manager', 'clientEmail']);
  });

  it('ignores case, spaces, punctuation and ё in headers', () => {
    const mapping = detectOne('Счета', [
      ['  НОМЕР ДОКУМЕНТА ', 'контр-агент', 'дата счёта', 'СУММА (руб.)', 'отсрочка,  дн', 'ОПЛАЧЕНО'],
    ]);
    expect(mapping.columns).toEqual({
      number: 0,
      counterparty: 1,
      date: 2,
      amount: 3,
      deferralDays: 4,
      paidAmount: 5,
    });
    expect(mapping.missing).not.toContain('dueDate');
  });

  it('recognises a team register and an English load register with a status column', () => {
    const team = detectOne('Команда', [['ФИО', 'Должность', 'Норма, ч', 'E-mail']]);
    expect(team.kind).toBe('team');
    expect(team.columns).toEqual({ person: 0, role: 1, weeklyHours: 2, email: 3 });
    const load = detectOne('Capacity', [
      ['Plan for December'],
      ['Name', 'Project', 'Status', 'Estimate, h', '2026-12-07', '2026-12-14', 'Notes'],
    ]);
    expect(load.kind).toBe('load');
    expect(load.headerRow).toBe(1);
    expect(load.columns).toEqual({ person: 0, task: 1, status: 2, estimate: 3 });
    expect(load.weekColumns.map((week) => week.week)).toEqual(['2026-12-07', '2026-12-14']);
    expect(load.unknown).toEqual([{ col: 6, header: 'Notes' }]);
  });

  it('recognises an actuals export from a time tracker', () => {
    const mapping = detectOne('Harvest export', [['Date', 'Client', 'Project', 'Task', 'Hours', 'User']]);
    expect(mapping.kind).toBe('actuals');
    expect(mapping.columns).toEqual({ date: 0, client: 1, hours: 4, person: 5 });
  });

  it('takes week headers written as real dates, day-month words and ranges', () => {
    const mapping = detectOne('Загрузка', [
      ['Сотрудник', 'Задача', new Date('2026-11-30T21:00:00Z'), '8 дек', '14–18 дек', '21 декабря 2026'],
    ]);
    expect(mapping.weekColumns.map((week) => week.week)).toEqual([
      '2026-11-30',
      '2026-12-07',
      '2026-12-14',
      '2026-12-21',
    ]);
  });

  it('uses a saved correction for a header nobody could guess, and ignores a column when told to', () => {
    const rows = [['Кто', 'Клиент', 'Комментарий', '07.12', '14.12']];
    expect(detectRegisters([gridOf('Загрузка', rows)], [], ctx)).toEqual([]);
    const overrides: MappingOverride[] = [
      { sheet: 'Загрузка', header: 'кто', field: 'person' },
      { sheet: 'Загрузка', header: 'Комментарий', field: '' },
      { sheet: 'Другой лист', header: 'Клиент', field: '' },
    ];
    const mapping = detectOne('Загрузка', rows, overrides);
    expect(mapping.columns).toEqual({ person: 0, task: 1 });
    expect(mapping.overridden).toEqual(['person']);
    expect(mapping.unknown).toEqual([]);
    expect(mapping.ignored).toEqual([{ col: 2, header: 'Комментарий' }]);
  });

  it('keeps a correction after a column is inserted before it, because it is keyed by header text', () => {
    const overrides: MappingOverride[] = [{ sheet: 'Docs', header: 'Сумма без НДС', field: 'amount' }];
    const before = detectOne('Docs', [['Номер', 'Клиент', 'Сумма', 'Сумма без НДС']], overrides);
    const after = detectOne('Docs', [['Новая', 'Номер', 'Клиент', 'Сумма', 'Сумма без НДС']], overrides);
    expect(before.columns.amount).toBe(3);
    expect(after.columns.amount).toBe(4);
    expect(after.unknown.map((entry) => entry.header)).toEqual(['Новая', 'Сумма']);
  });

  it('skips the output sheets, empty sheets and sheets without a register', () => {
    const header = ['Сотрудник', 'Клиент / задача', '01.12'];
    const found = detectRegisters(
      [
        gridOf('Сводка загрузки', [header]),
        gridOf('Пусто', []),
        gridOf('Заметки', [['Идеи'], ['Позвонить клиенту']]),
        gridOf('Загрузка', [header]),
      ],
      [],
      ctx,
    );
    expect(found.map((mapping) => mapping.sheet)).toEqual(['Загрузка']);
  });

  it('does not look for a header below the tenth row', () => {
    const rows: CellValue[][] = [
      ...Array.from({ length: 10 }, () => ['…']),
      ['Сотрудник', 'Задача', '07.12'],
    ];
    expect(detectRegisters([gridOf('Загрузка', rows)], [], ctx)).toEqual([]);
  });
});

describe('describeMapping', () => {
  it('lists every header with its field, label and where the mapping came from', () => {
    const mapping = detectOne(
      'Загрузка',
      [['Кто', 'Клиент / задача', 'Заметки', '07.12', 'Архив']],
      [
        { sheet: 'Загрузка', header: 'Кто', field: 'person' },
        { sheet: 'Загрузка', header: 'Архив', field: '' },
      ],
    );
    expect(describeMapping(mapping, 'ru')).toEqual([
      { col: 0, header: 'Кто', field: 'person', label: 'Сотрудник', source: 'override' },
      { col: 1, header: 'Клиент / задача', field: 'task', label: 'Клиент / задача', source: 'detected' },
      { col: 2, header: 'Заметки', field: '', label: 'Не распознано', source: 'unknown' },
      { col: 3, header: '07.12', field: 'week', label: 'Неделя с 07.12', source: 'detected' },
      { col: 4, header: 'Архив', field: '', label: 'Не учитывать', source: 'override' },
    ]);
    expect(describeMapping(mapping, 'en')[3].label).toBe('Week of Dec 7');
  });
});
