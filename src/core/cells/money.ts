/**
 * Money as exact integer minor units. Text is parsed digit by digit and
 * number cells through their shortest decimal form, so `10000.3` is exactly
 * 1 000 030 kopecks and sums never drift.
 */
import type { CellValue, Lang, MinorUnits } from '../types';
import { parseDecimalText, type DecimalText } from './decimal';
import { fail, isBlank, ok, rawText, type Parsed } from './problems';
import { foldCase, squeezeSpaces } from './text';

export interface Money {
  minor: MinorUnits;
  /** ISO code when the cell named a currency (`₽`, `руб.`, `$`, `EUR`…), else null. */
  currency: string | null;
}

/** Currency marks as people write them, folded to lower case; longest first so `руб.` wins over `р`. */
const CURRENCY_MARKS: readonly (readonly [string, string])[] = [
  ['рублей', 'RUB'],
  ['рубля', 'RUB'],
  ['рубль', 'RUB'],
  ['руб.', 'RUB'],
  ['руб', 'RUB'],
  ['rub', 'RUB'],
  ['rur', 'RUB'],
  ['р.', 'RUB'],
  ['р', 'RUB'],
  ['₽', 'RUB'],
  ['usd', 'USD'],
  ['долл.', 'USD'],
  ['$', 'USD'],
  ['eur', 'EUR'],
  ['евро', 'EUR'],
  ['€', 'EUR'],
];

const SYMBOLS: Record<string, string> = { RUB: '₽', USD: '$', EUR: '€' };
const NBSP = '\u00a0';
const MAX_MINOR = Number.MAX_SAFE_INTEGER;

/** Removes one currency mark from either end; returns the rest and the code. */
function takeCurrency(text: string): { rest: string; currency: string | null } {
  const folded = foldCase(text);
  for (const [mark, code] of CURRENCY_MARKS) {
    if (folded.endsWith(mark)) {
      const rest = text.slice(0, text.length - mark.length).trim();
      // `р` must follow a digit or space, or "тыс. р" and words ending in р would slip through.
      if (/[a-zа-я]$/i.test(mark) && /[a-zа-яё]$/i.test(rest)) continue;
      return { rest, currency: code };
    }
    if (folded.startsWith(mark)) {
      const rest = text.slice(mark.length).trim();
      if (/^[a-zа-я]/i.test(mark) && /^[a-zа-яё]/i.test(rest)) continue;
      return { rest, currency: code };
    }
  }
  // Any other ISO code in capitals: `KZT 1 000`, `1 000 GBP`.
  const code = /^([A-Z]{3})\s*(.+)$/.exec(text) ?? /^(.+?)\s*([A-Z]{3})$/.exec(text);
  if (code) {
    const [isoCode, rest] = /^[A-Z]{3}$/.test(code[1]) ? [code[1], code[2]] : [code[2], code[1]];
    return { rest: rest.trim(), currency: isoCode };
  }
  return { rest: text, currency: null };
}

function decimalToMinor(decimal: DecimalText): MinorUnits | null {
  const extra = decimal.fraction.slice(2);
  if (/[1-9]/.test(extra)) return null;
  const kopecks = (decimal.fraction + '00').slice(0, 2);
  const minor = Number(decimal.whole + kopecks);
  if (!Number.isSafeInteger(minor)) return null;
  return decimal.negative && minor !== 0 ? -minor : minor;
}

/** A number cell in major units (rubles) → minor units, via its two-decimal form. */
function numberToMinor(value: number): MinorUnits | null {
  if (!Number.isFinite(value) || Math.abs(value) * 100 > MAX_MINOR) return null;
  const decimal = parseDecimalText(value.toFixed(2), false);
  return decimal ? decimalToMinor(decimal) : null;
}

/**
 * `10 000 ₽`, `10000,50`, `10,000.50`, `1 234 567`, `-500 ₽`, `(1 200,00)`,
 * `1 200 руб.`, `$1,234.50`, a number cell. Null when empty.
 */
export function parseMoney(value: CellValue): Parsed<Money | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'number') {
    const minor = numberToMinor(value);
    return minor === null ? fail('notMoney', rawText(value)) : ok({ minor, currency: null });
  }
  if (typeof value !== 'string') return fail('notMoney', rawText(value));
  const raw = rawText(value);
  let text = squeezeSpaces(value);
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  // A sign may stand before or after the currency mark: `-500 ₽`, `-$500`, `$-500`.
  let sign = '';
  if (/^[-\u2212\u2013+]/.test(text)) {
    sign = text[0];
    text = text.slice(1).trim();
  }
  const { rest, currency } = takeCurrency(text);
  const decimal = parseDecimalText(sign + rest, true);
  if (!decimal) return fail('notMoney', raw);
  if (negative && decimal.negative) return fail('notMoney', raw);
  const minor = decimalToMinor(decimal);
  if (minor === null) {
    return /[1-9]/.test(decimal.fraction.slice(2)) ? fail('moneyPrecision', raw) : fail('notMoney', raw);
  }
  return ok({ minor: negative && minor !== 0 ? -minor : minor, currency });
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * ru `1 234,50 ₽` (no-break spaces), en `₽1,234.50`. Kopecks are always shown,
 * `,00` included, so columns of amounts line up. No currency means roubles.
 * Other codes: ru `1 234,50 KZT`, en `KZT 1,234.50`.
 */
export function formatMoney(minor: MinorUnits, currency: string | null, lang: Lang): string {
  const code = currency ?? 'RUB';
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  const sign = minor < 0 ? '-' : '';
  const symbol = SYMBOLS[code];
  if (lang === 'ru') {
    return `${sign}${groupThousands(whole, NBSP)},${cents}${NBSP}${symbol ?? code}`;
  }
  const amount = `${groupThousands(whole, ',')}.${cents}`;
  return symbol ? `${sign}${symbol}${amount}` : `${sign}${code}${NBSP}${amount}`;
}
