/**
 * Decimal numbers written by people: `1 234,5`, `1,234.50`, `1.234,50`,
 * `0,5`. Kept as digit strings so money can become exact minor units
 * without floating-point drift.
 */
import { squeezeSpaces, stripSpaces } from './text';

export interface DecimalText {
  negative: boolean;
  /** Digits before the decimal separator, without leading zeros (`'0'` for none). */
  whole: string;
  /** Digits after the decimal separator (may be `''`). */
  fraction: string;
}

const MINUS = /^[-\u2212\u2013]/;

function groupsOfThree(text: string, separator: string): boolean {
  const parts = text.split(separator);
  return parts[0].length >= 1 && parts[0].length <= 3 && parts.slice(1).every((part) => part.length === 3);
}

/**
 * Splits a number's text into sign, whole and fraction digits; null when it is
 * not a plain decimal. A lone `,` or `.` is a decimal separator, except that
 * `threeDigitGroups` reads `1,500` / `1.500` as thousands (money has at most
 * two decimals, so three digits after it can only be a group).
 */
export function parseDecimalText(input: string, threeDigitGroups: boolean): DecimalText | null {
  const spaced = squeezeSpaces(input);
  // Spaces are thousands separators only: `1 234 567,89`, never `1 2345`.
  if (/\d \d/.test(spaced) && !/^[-\u2212\u2013+]?\d{1,3}(?: \d{3})+(?:[.,]\d*)?$/.test(spaced)) return null;
  let text = stripSpaces(spaced);
  let negative = false;
  if (MINUS.test(text)) {
    negative = true;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const commas = text.split(',').length - 1;
  const dots = text.split('.').length - 1;
  let whole: string;
  let fraction = '';
  if (commas > 0 && dots > 0) {
    const decimalSeparator = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const groupSeparator = decimalSeparator === ',' ? '.' : ',';
    const at = text.lastIndexOf(decimalSeparator);
    const head = text.slice(0, at);
    if (head.includes(decimalSeparator) || !groupsOfThree(head, groupSeparator)) return null;
    whole = head.split(groupSeparator).join('');
    fraction = text.slice(at + 1);
  } else if (commas + dots === 0) {
    whole = text;
  } else {
    const separator = commas > 0 ? ',' : '.';
    const count = commas + dots;
    const parts = text.split(separator);
    const isGroups = count > 1 || (threeDigitGroups && parts[1].length === 3 && parts[0] !== '0');
    if (isGroups) {
      if (!groupsOfThree(text, separator)) return null;
      whole = parts.join('');
    } else {
      whole = parts[0];
      fraction = parts[1];
    }
  }
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') return null;
  whole = whole.replace(/^0+(?=\d)/, '') || '0';
  return { negative, whole, fraction };
}

/** The decimal as a JS number (for percentages and hours, where float is fine). */
export function decimalToNumber(decimal: DecimalText): number {
  const value = Number(`${decimal.whole}.${decimal.fraction || '0'}`);
  return decimal.negative && value !== 0 ? -value : value;
}
