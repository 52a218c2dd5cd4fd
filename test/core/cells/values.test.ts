import {
  a1,
  describeProblem,
  normalizeHeader,
  parseEmails,
  parseFlag,
  parseLoadCell,
  parseNumber,
} from '../../../src/core/cells';
import type { CellValue } from '../../../src/core/types';

const NBSP = '\u00a0';

function problemCode(parsed: { ok: boolean; problem?: { code: string } }): string | undefined {
  return parsed.ok ? undefined : parsed.problem?.code;
}

describe('parseLoadCell', () => {
  it.each<[CellValue, string, number | null]>([
    [0.2, '0%', 20],
    [0.205, '0.0%', 20.5],
    [0.07, '0%', 7],
    [1, '0%', 100],
    [20, 'General', 20],
    [20, '0', 20],
    [0.5, 'General', 0.5],
    ['20%', 'General', 20],
    [`20${NBSP}%`, 'General', 20],
    ['20 %', '@', 20],
    ['20,5%', 'General', 20.5],
    ['20.5 %', 'General', 20.5],
    ['20', 'General', 20],
    ['8ч', 'General', 20],
    ['8 ч', 'General', 20],
    ['8 ч.', 'General', 20],
    ['8h', 'General', 20],
    ['8 H', 'General', 20],
    ['8 часов', 'General', 20],
    ['2 часа', 'General', 5],
    ['8,5 ч', 'General', 21.25],
    ['0%', 'General', 0],
    ['', '0%', null],
    ['  ', 'General', null],
  ])('reads %p formatted %p as %p points of a 40-hour week', (value, format, points) => {
    expect(parseLoadCell(value, format, 40)).toEqual({ ok: true, value: points });
  });

  it('converts hours with the person’s own weekly hours', () => {
    expect(parseLoadCell('8 ч', 'General', 20)).toEqual({ ok: true, value: 40 });
  });

  it.each<[CellValue, number, string]>([
    ['много', 40, 'notPercent'],
    ['20 дней', 40, 'notPercent'],
    ['20%%', 40, 'notPercent'],
    ['половина', 40, 'notPercent'],
    [true, 40, 'notPercent'],
    [new Date('2026-12-07T00:00:00Z'), 40, 'notPercent'],
    ['-10%', 40, 'negativeLoad'],
    [-0.1, 40, 'negativeLoad'],
    ['8 ч', 0, 'noWeeklyHours'],
  ])('reports %p (weekly hours %p) as %p', (value, hours, code) => {
    expect(problemCode(parseLoadCell(value, 'General', hours))).toBe(code);
  });
});

describe('parseNumber', () => {
  it.each<[CellValue, number | null]>([
    [42, 42],
    ['0,5', 0.5],
    ['0.5', 0.5],
    ['1 234,5', 1234.5],
    [`1${NBSP}234,5`, 1234.5],
    ['-3', -3],
    ['1,234.5', 1234.5],
    ['', null],
  ])('reads %p as %p', (value, number) => {
    expect(parseNumber(value)).toEqual({ ok: true, value: number });
  });

  it.each<CellValue>(['двадцать', '12abc', '1.2.3,4', Number.POSITIVE_INFINITY, false])(
    'reports %p as not a number',
    (value) => {
      expect(problemCode(parseNumber(value))).toBe('notNumber');
    },
  );

  it('says so in the user’s language', () => {
    const parsed = parseNumber('двадцать');
    if (parsed.ok) throw new Error('expected a problem');
    expect(describeProblem(parsed.problem, 'ru')).toBe('«двадцать» — не число');
    expect(describeProblem({ code: 'notNumber', raw: 'twenty' }, 'en')).toBe('"twenty" is not a number');
  });
});

describe('parseEmails', () => {
  it.each<[CellValue, string[]]>([
    ['', []],
    ['Anna@Client.RU', ['anna@client.ru']],
    ['a@b.ru, c@d.com', ['a@b.ru', 'c@d.com']],
    ['a@b.ru;c@d.com', ['a@b.ru', 'c@d.com']],
    ['a@b.ru c@d.com\nE@F.org', ['a@b.ru', 'c@d.com', 'e@f.org']],
    ['a@b.ru; A@B.ru', ['a@b.ru']],
    ['Анна <anna.p+bills@client.co.uk>, Бух <buh@client.ru>', ['anna.p+bills@client.co.uk', 'buh@client.ru']],
    ['mailto:a@b.ru', ['a@b.ru']],
  ])('reads %p as %p', (value, addresses) => {
    expect(parseEmails(value)).toEqual({ ok: true, value: addresses });
  });

  it.each<[CellValue, string]>([
    ['a@b', 'a@b'],
    ['a@b.ru, нет', 'нет'],
    ['a..b@c.ru', 'a..b@c.ru'],
    ['@c.ru', '@c.ru'],
    ['a@-c.ru', 'a@-c.ru'],
    [42, '42'],
  ])('reports %p with the bad address %p', (value, raw) => {
    expect(parseEmails(value)).toEqual({ ok: false, problem: { code: 'badEmail', raw } });
  });
});

describe('parseFlag', () => {
  it.each<[CellValue, boolean]>([
    ['', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ['да', true],
    ['Да', true],
    ['нет', false],
    ['yes', true],
    ['No', false],
    ['TRUE', true],
    ['ИСТИНА', true],
    ['✓', true],
    ['✔', true],
    ['x', true],
    ['Х', true],
    ['-', false],
  ])('reads %p as %p', (value, flag) => {
    expect(parseFlag(value)).toEqual({ ok: true, value: flag });
  });

  it.each<CellValue>(['может быть', 2, 'потом'])('reports %p as not yes or no', (value) => {
    expect(problemCode(parseFlag(value))).toBe('notBoolean');
  });
});

describe('a1 and normalizeHeader', () => {
  it.each([
    [0, 0, 'A1'],
    [10, 5, 'F11'],
    [0, 25, 'Z1'],
    [1, 26, 'AA2'],
    [99, 701, 'ZZ100'],
    [0, 702, 'AAA1'],
  ])('row %p column %p is %p', (row, col, address) => {
    expect(a1(row, col)).toBe(address);
  });

  it.each([
    ['Клиент / задача', 'клиентзадача'],
    ['  Отсрочка, дн. ', 'отсрочкадн'],
    ['Счёт', 'счет'],
    ['E-mail', 'email'],
    ['№ п/п', '№пп'],
    [`Сумма,${NBSP}₽`, 'сумма'],
  ])('normalises %p to %p', (text, normal) => {
    expect(normalizeHeader(text)).toBe(normal);
  });
});
