import type { CellValue } from '../types';
import { decimalToNumber, parseDecimalText } from './decimal';
import { fail, isBlank, ok, rawText, type Parsed } from './problems';

/** A plain number: a number cell, or text like `0,5`, `1 234,5`, `-3`. Null when empty. */
export function parseNumber(value: CellValue): Parsed<number | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'number')
    return Number.isFinite(value) ? ok(value) : fail('notNumber', rawText(value));
  if (typeof value !== 'string') return fail('notNumber', rawText(value));
  const decimal = parseDecimalText(value, false);
  return decimal ? ok(decimalToNumber(decimal)) : fail('notNumber', rawText(value));
}
