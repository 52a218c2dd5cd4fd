/** Yes/no cells: checkboxes, `да/нет`, `yes/no`, `✓`, `x`, `1/0`. */
import type { CellValue } from '../types';
import { fail, isBlank, ok, rawText, type Parsed } from './problems';
import { foldCase, squeezeSpaces } from './text';

const TRUE_WORDS = new Set([
  'true',
  'истина',
  'да',
  'д',
  'yes',
  'y',
  'on',
  'вкл',
  '✓',
  '✔',
  '☑',
  '✅',
  'x',
  'х',
  '+',
  '1',
  'v',
]);
const FALSE_WORDS = new Set(['false', 'ложь', 'нет', 'н', 'no', 'n', 'off', 'выкл', '☐', '✗', '✘', '-', '0']);

/** Empty is false. */
export function parseFlag(value: CellValue): Parsed<boolean> {
  if (isBlank(value)) return ok(false);
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') {
    if (value === 1) return ok(true);
    if (value === 0) return ok(false);
    return fail('notBoolean', rawText(value));
  }
  if (typeof value !== 'string') return fail('notBoolean', rawText(value));
  const word = foldCase(squeezeSpaces(value)).replace(/\.$/, '');
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail('notBoolean', rawText(value));
}
