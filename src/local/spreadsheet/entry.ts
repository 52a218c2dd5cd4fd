/**
 * What Sheets makes of a string written with `setValues`/`setValue`: Apps Script
 * parses it like text typed into the cell (the API's USER_ENTERED), so `'123`
 * numbers in the locale become numbers and `20%` becomes 0.2 in a percent format.
 * Only the unambiguous cases are parsed; everything else stays the string it was.
 */
import type { LocaleSymbols } from './display';

export type EnteredValue =
  | { kind: 'text'; text: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'number'; value: number; format?: string };

/** Digits beyond this lose precision as a double; Sheets would round them, we keep the text. */
const MAX_DIGITS = 15;

function escape(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number as the locale writes it: `1 234,5` in ru (space or no-break space groups), `1,234.5` in en. */
function parseLocaleNumber(text: string, symbols: LocaleSymbols): number | null {
  const decimal = escape(symbols.decimal);
  // Russian users type an ordinary space as often as the no-break space Sheets displays.
  const group = symbols.group === '\u00a0' ? '[ \u00a0]' : escape(symbols.group);
  const pattern = new RegExp(`^(-?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d+))?$`);
  const match = pattern.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const digits = whole.replace(/\D/g, '');
  if (digits.replace(/^0+/, '').length + fraction.length > MAX_DIGITS) return null;
  return Number(`${sign}${digits}${fraction ? `.${fraction}` : ''}`);
}

/**
 * How a string lands in a cell whose number format is `format`:
 * a leading `'` forces text (and is not kept), plain-text `@` keeps the string
 * as typed, `=` starts a formula, and locale numbers and percentages are parsed.
 */
export function parseEntered(text: string, format: string | undefined, symbols: LocaleSymbols): EnteredValue {
  if (text.startsWith("'")) return { kind: 'text', text: text.slice(1) };
  if (format === '@') return { kind: 'text', text };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text.slice(1) };
  const percent = /^(.*?) ?%$/.exec(text);
  if (percent) {
    const points = parseLocaleNumber(percent[1], symbols);
    if (points === null) return { kind: 'text', text };
    const decimals = percent[1].includes(symbols.decimal);
    // Dividing by 100 in binary leaves noise (20.5 / 100 → 0.20500000000000002).
    return {
      kind: 'number',
      value: Number((points / 100).toPrecision(15)),
      format: decimals ? '0.00%' : '0%',
    };
  }
  const value = parseLocaleNumber(text, symbols);
  return value === null ? { kind: 'text', text } : { kind: 'number', value };
}
