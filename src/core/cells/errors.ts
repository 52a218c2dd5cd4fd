/**
 * Spreadsheet error values. `Range.getValues()` returns an error cell as its
 * error text, a plain string (`#N/A`, `#REF!`…): the types it documents are
 * Number, Boolean, Date and String only
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()).
 * Such a string is what a formula failed to compute, never data: every reader
 * reports it with its cell instead of taking it for a name, a number or an email.
 */
import type { CellValue } from '../types';

const ERROR_VALUES = new Set([
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#LOADING...',
]);

/** The error text when the cell holds a spreadsheet error value, else `null`. */
export function errorValueOf(value: CellValue): string | null {
  // Every error value starts with `#`: most cells are ruled out without copying them.
  if (typeof value !== 'string' || !value.includes('#')) return null;
  const text = value.trim().toUpperCase();
  return ERROR_VALUES.has(text) ? text : null;
}
