import { formatMoney, parseMoney, describeProblem } from '../../../src/core/cells';
import type { CellValue } from '../../../src/core/types';

const NBSP = '\u00a0';

describe('parseMoney', () => {
  it.each<[CellValue, number, string | null]>([
    ['10 000 ₽', 1_000_000, 'RUB'],
    [`45${NBSP}500,50${NBSP}₽`, 4_550_050, 'RUB'],
    ['10000,50', 1_000_050, null],
    ['10,000.50', 1_000_050, null],
    ['10.000,50', 1_000_050, null],
    ['1 234 567', 123_456_700, null],
    ['1 234 567,89', 123_456_789, null],
    ['1\u202f234,5', 123_450, null],
    ['(1 200,00)', -120_000, null],
    ['(1 200,00 ₽)', -120_000, 'RUB'],
    ['-500 ₽', -50_000, 'RUB'],
    ['−500 ₽', -50_000, 'RUB'],
    ['1 200 руб.', 120_000, 'RUB'],
    ['1 200 руб', 120_000, 'RUB'],
    ['1200р.', 120_000, 'RUB'],
    ['1200 р', 120_000, 'RUB'],
    ['RUB 1 200', 120_000, 'RUB'],
    ['1 200 rub', 120_000, 'RUB'],
    ['$1,234.50', 123_450, 'USD'],
    ['-$500', -50_000, 'USD'],
    ['1 234,50 €', 123_450, 'EUR'],
    ['EUR 10', 1_000, 'EUR'],
    ['KZT 1 000', 100_000, 'KZT'],
    ['10,000', 1_000_000, null],
    ['10,555', 1_055_500, null],
    ['10,5', 1_050, null],
    ['0,05', 5, null],
    ['10.30', 1_030, null],
    ['10.300', 1_030_000, null],
    ['10,000.500', 1_000_050, null],
    [10000.3, 1_000_030, null],
    [0.1 + 0.2, 30, null],
    [1.15, 115, null],
    [-42, -4_200, null],
    [0, 0, null],
  ])('reads %p as %p minor units in %p', (value, minor, currency) => {
    expect(parseMoney(value)).toEqual({ ok: true, value: { minor, currency } });
  });

  it.each<CellValue>(['', '   ', `${NBSP}`])('reads the empty cell %p as null', (value) => {
    expect(parseMoney(value)).toEqual({ ok: true, value: null });
  });

  it.each<[CellValue, string]>([
    ['двадцать', 'notMoney'],
    ['10 000 штук', 'notMoney'],
    ['1,2,3', 'notMoney'],
    ['12.34.56', 'notMoney'],
    ['1 2345,00', 'notMoney'],
    ['-(500)', 'notMoney'],
    ['10.555,555', 'moneyPrecision'],
    ['10,5555', 'moneyPrecision'],
    [true, 'notMoney'],
    [new Date('2026-12-07T00:00:00Z'), 'notMoney'],
    [Number.NaN, 'notMoney'],
    [1e300, 'notMoney'],
  ])('reports %p as %p', (value, code) => {
    const parsed = parseMoney(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe(code);
  });

  it('tells the user in their language what is wrong with a money cell', () => {
    const parsed = parseMoney('двадцать');
    if (parsed.ok) throw new Error('expected a problem');
    expect(describeProblem(parsed.problem, 'ru')).toBe('«двадцать» — не сумма денег');
    expect(describeProblem(parsed.problem, 'en')).toBe('"двадцать" is not an amount of money');
  });
});

describe('formatMoney', () => {
  it.each([
    [123_450, null, 'ru', `1${NBSP}234,50${NBSP}₽`],
    [123_400, 'RUB', 'ru', `1${NBSP}234,00${NBSP}₽`],
    [-50_000, 'RUB', 'ru', `-500,00${NBSP}₽`],
    [5, null, 'ru', `0,05${NBSP}₽`],
    [123_456_789, 'USD', 'ru', `1${NBSP}234${NBSP}567,89${NBSP}$`],
    [123_450, null, 'en', '₽1,234.50'],
    [123_400, 'EUR', 'en', '€1,234.00'],
    [-50_000, 'USD', 'en', '-$500.00'],
    [100_000, 'KZT', 'ru', `1${NBSP}000,00${NBSP}KZT`],
    [100_000, 'KZT', 'en', `KZT${NBSP}1,000.00`],
  ] as const)('formats %p %p in %p as %p', (minor, currency, lang, text) => {
    expect(formatMoney(minor, currency, lang)).toBe(text);
  });
});
