/**
 * Reading tables written by people (issue: robust reading): every cell value Apps Script can
 * return is read without throwing, and each one that cannot be used is a data problem with its
 * cell, in the user's language. One table per case.
 */
import { parseEmails } from '../../src/core/cells';
import { managerDirectory } from '../../src/core/documents/managers';
import { readDocuments } from '../../src/core/documents/read';
import { evaluateDocuments, documentRules } from '../../src/core/documents/state';
import { describeLoadProblem } from '../../src/core/load/problems';
import { readLoadInput } from '../../src/core/load/read';
import { detectRegisters, registerWarnings } from '../../src/core/registers';
import { DEFAULT_SETTINGS, parseSettingsChecked } from '../../src/core/settings';
import type { CellValue, Grid } from '../../src/core/types';

const TODAY = '2026-12-07';
const CTX = { timeZone: 'Europe/Moscow', referenceDay: TODAY };
const HEADER = ['Тип', '№', 'Клиент', 'Дата', 'Сумма', 'Валюта', 'Срок оплаты', 'Email клиента'];

function gridOf(sheet: string, values: CellValue[][]): Grid {
  const width = Math.max(...values.map((row) => row.length));
  const rows = values.map((row) => [...row, ...Array<CellValue>(width - row.length).fill('')]);
  return {
    sheet,
    values: rows,
    display: rows.map((row) => row.map((v) => (typeof v === 'string' ? v : String(v)))),
    backgrounds: [],
    formats: [],
  };
}

/** One invoice row, with `patch` replacing cells by header. */
function invoiceRow(patch: Partial<Record<string, CellValue>>): CellValue[] {
  const base: Record<string, CellValue> = {
    Тип: 'счёт',
    '№': '101',
    Клиент: 'ООО Ромашка',
    Дата: '20.11.2026',
    Сумма: '1 000 ₽',
    Валюта: '',
    'Срок оплаты': '10.12.2026',
    'Email клиента': 'buh@romashka.example',
  };
  return HEADER.map((title) => (title in patch ? (patch[title] as CellValue) : base[title]));
}

function states(rows: CellValue[][], lang: 'ru' | 'en' = 'ru') {
  const grid = gridOf('Документы', [HEADER, ...rows]);
  const [mapping] = detectRegisters([grid], [], CTX);
  if (mapping?.kind !== 'documents') throw new Error('no documents register');
  const records = readDocuments(grid, mapping as never, {
    timeZone: CTX.timeZone,
    today: TODAY,
    managers: managerDirectory([]),
  });
  return evaluateDocuments(records, { today: TODAY, rules: documentRules(DEFAULT_SETTINGS), lang });
}

describe('a documents cell that cannot be used is a problem of its row, never a reminder', () => {
  it.each<[string, Partial<Record<string, CellValue>>, string, string]>([
    [
      '#N/A in Клиент',
      { Клиент: '#N/A' },
      'C2: в ячейке ошибка формулы #N/A',
      'C2: the cell holds the formula error #N/A',
    ],
    [
      '#REF! in Сумма',
      { Сумма: '#REF!' },
      'E2: в ячейке ошибка формулы #REF!',
      'E2: the cell holds the formula error #REF!',
    ],
    [
      '#DIV/0! in Срок оплаты',
      { 'Срок оплаты': '#DIV/0!' },
      'G2: в ячейке ошибка формулы #DIV/0!',
      'G2: the cell holds the formula error #DIV/0!',
    ],
    [
      '#VALUE! in Email',
      { 'Email клиента': '#VALUE!' },
      'H2: в ячейке ошибка формулы #VALUE!',
      'H2: the cell holds the formula error #VALUE!',
    ],
    [
      '#NUM! (a date no calendar shows) in Дата',
      { Дата: '#NUM!' },
      'D2: в ячейке ошибка формулы #NUM!',
      'D2: the cell holds the formula error #NUM!',
    ],
    [
      'a line break in Клиент',
      { Клиент: 'ООО\nРомашка' },
      'C2: перенос строки в «ООО ⏎ Ромашка» — уберите его, иначе письмо не отправить',
      'C2: line break in "ООО ⏎ Ромашка" — remove it, or no email can be sent',
    ],
    [
      'a line break in №',
      { '№': '101\r\n102' },
      'B2: перенос строки в «101 ⏎ 102» — уберите его, иначе письмо не отправить',
      'B2: line break in "101 ⏎ 102" — remove it, or no email can be sent',
    ],
    [
      'Валюта USD with an amount in roubles',
      { Валюта: 'USD', Сумма: '1 000 ₽' },
      'E2: «1 000 ₽» — валюта суммы не совпадает с колонкой «Валюта»',
      'E2: "1 000 ₽" — the amount\'s currency differs from the Currency column',
    ],
    [
      'a negative amount',
      { Сумма: '-1 000' },
      'E2: «-1 000» — отрицательная сумма',
      'E2: "-1 000" — negative amount',
    ],
    [
      'a negative number cell',
      { Сумма: -500 },
      'E2: «-500» — отрицательная сумма',
      'E2: "-500" — negative amount',
    ],
    ['a huge number', { Сумма: 1e300 }, 'E2: «1e+300» — не сумма', 'E2: "1e+300" is not an amount'],
  ])('%s', (_case, patch, ru, en) => {
    const [state] = states([invoiceRow(patch)]);
    expect(state.problems.map((problem) => problem.text)).toEqual([ru]);
    expect(state.reminderEligible).toBe(false);
    expect(states([invoiceRow(patch)], 'en')[0].problems.map((problem) => problem.text)).toEqual([en]);
  });

  it('keeps a clean row clean (Валюта RUB with ₽ agrees)', () => {
    const [state] = states([invoiceRow({ Валюта: 'RUB' })]);
    expect(state.problems).toEqual([]);
    expect(state.reminderEligible).toBe(true);
  });

  it('reads an Invalid Date cell as unreadable instead of throwing', () => {
    const [state] = states([invoiceRow({ 'Срок оплаты': new Date(Number.NaN) })]);
    expect(state.problems.map((problem) => problem.code)).toEqual(['badDate']);
  });
});

describe('client email cells', () => {
  it.each<[string, string[]]>([
    ['a@x.ru b@y.ru <c@z.ru>', ['a@x.ru', 'b@y.ru', 'c@z.ru']],
    ['Анна <a@x.ru> b@y.ru', ['b@y.ru', 'a@x.ru']],
    ['"Бухгалтерия" <buh@x.ru>, c@z.ru', ['buh@x.ru', 'c@z.ru']],
    ['почта@пример.рф', []],
    ['info@пример.рф', ['info@xn--e1afmkfd.xn--p1ai']],
    ['info@xn--e1afmkfd.xn--p1ai', ['info@xn--e1afmkfd.xn--p1ai']],
    ['buh@кц.москва', ['buh@xn--j1ay.xn--80adxhks']],
  ])('reads %p', (cell, addresses) => {
    const parsed = parseEmails(cell);
    if (addresses.length === 0) expect(parsed.ok).toBe(false);
    else expect(parsed).toEqual({ ok: true, value: addresses });
  });
});

describe('ambiguous headers are said, not resolved silently', () => {
  it('names the repeated header of a documents register and the column read', () => {
    const grid = gridOf('Документы', [
      ['Тип', '№', 'Клиент', 'Сумма', 'Дата', 'Сумма'],
      ['счёт', '1', 'А', '100', '01.12.2026', '200'],
    ]);
    const mappings = detectRegisters([grid], [], CTX);
    expect(registerWarnings(mappings, 'ru')).toEqual([
      'Лист «Документы»: колонка «Сумма» встречается несколько раз (D1, F1) — читается D1, переименуйте лишние',
    ]);
    expect(registerWarnings(mappings, 'en')).toEqual([
      'Sheet "Документы": the column "Сумма" appears more than once (D1, F1) — D1 is read, rename the others',
    ]);
  });

  it('reports two week columns of one ISO week in the load register', () => {
    const load = gridOf('Загрузка', [
      ['Сотрудник', 'Клиент / задача', '07.12', '08.12', '14.12'],
      ['Иванова', 'Ромашка', '20%', '30%', '10%'],
    ]);
    const registers = detectRegisters([load], [], CTX);
    const input = readLoadInput(
      { grids: new Map([[load.sheet, load]]), registers, timeZone: CTX.timeZone, today: TODAY },
      DEFAULT_SETTINGS.load,
    );
    const texts = input.problems.map((problem) => describeLoadProblem(problem, 'ru'));
    expect(texts).toContain(
      'Загрузка!D1: «08.12» — та же неделя, что и «07.12» (Загрузка!C1): значения обеих колонок сложены',
    );
  });
});

describe('stored settings are checked when loaded', () => {
  it.each<[string, Record<string, unknown>, string, unknown]>([
    ['an unknown language', { language: 'de' }, 'language', 'auto'],
    ['a line break in the sender name', { senderName: 'Агентство\nBcc: x@y.ru' }, 'senderName', ''],
    ['a number where text belongs', { senderName: 42 }, 'senderName', ''],
    ['an hour of 25', { reminders: { dailyHour: 25 } }, 'reminders.dailyHour', 9],
    ['a string where a number belongs', { load: { overloadPct: 'сто' } }, 'load.overloadPct', 100],
    ['an unknown mode', { mode: 'spam' }, 'mode', 'preview'],
    ['a bad head email', { headEmail: 'нет' }, 'headEmail', ''],
    ['a mapping that is not a list', { mapping: 'x' }, 'mapping', []],
  ])('%s falls back to the default with a warning', (_case, stored, field, fallback) => {
    const { settings, warnings } = parseSettingsChecked(JSON.stringify(stored));
    const value = field.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], settings);
    expect(value).toEqual(fallback);
    expect(warnings.map((warning) => warning.field)).toContain(field);
  });

  it('keeps valid values and reports nothing for them', () => {
    const stored = { language: 'en', senderName: 'Agency', reminders: { dailyHour: 7 } };
    const { settings, warnings } = parseSettingsChecked(JSON.stringify(stored));
    expect(warnings).toEqual([]);
    expect(settings).toMatchObject(stored);
  });

  it('survives JSON that is not JSON, or not an object', () => {
    for (const json of ['{', '[]', '"x"', 'null', '42']) {
      const { settings } = parseSettingsChecked(json);
      expect(settings).toEqual(DEFAULT_SETTINGS);
    }
  });
});
