/**
 * Payment terms as Russian contracts write them: `14` or `14 дн.` (calendar
 * days), `5 раб. дн.` (working days), `5 банковских дней` (banking days, which
 * in Russia are the working days of the production calendar). A plain number
 * takes the unit of the setting. Anything else is a data problem, never a guess.
 */
import { addDays } from '../calendar';
import { fail, isBlank, ok, rawText, type Parsed } from '../cells/problems';
import { foldCase } from '../cells/text';
import type { CalendarDay, CellValue } from '../types';
import { addWorkingDays, type WorkCalendar } from './workdays';

export type TermUnit = 'calendar' | 'working' | 'bank';

export interface PaymentTerm {
  days: number;
  unit: TermUnit;
}

const UNIT_WORDS: readonly [RegExp, TermUnit][] = [
  [
    /^(?:раб(?:очих|очий|очие|очего|\.)?\s*(?:дн(?:ей|я|ень|\.)?|д\.?)?|р\.?\s*д\.?|working\s+days?|business\s+days?|w\.?d\.?|b\.?d\.?)$/,
    'working',
  ],
  [
    /^(?:банк(?:овских|овский|овского|\.)?\s*(?:дн(?:ей|я|ень|\.)?|д\.?)?|б\.?\s*д\.?|bank(?:ing)?\s+days?)$/,
    'bank',
  ],
  [
    /^(?:(?:календ(?:арных|арный|арного|\.)?\s*)?(?:дн(?:ей|я|ень|\.)?|д\.?)|к\.?\s*д\.?|(?:calendar\s+)?days?)$/,
    'calendar',
  ],
];

/** The term in a cell; null when empty. A plain number is in `plainUnit`. */
export function parsePaymentTerm(
  value: CellValue,
  plainUnit: TermUnit = 'calendar',
): Parsed<PaymentTerm | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0
      ? ok({ days: value, unit: plainUnit })
      : fail('notNumber', rawText(value));
  if (typeof value !== 'string') return fail('notNumber', rawText(value));
  const match = /^(\d{1,4})\s*(.*)$/.exec(foldCase(value).trim().replace(/\s+/g, ' '));
  if (!match) return fail('notNumber', rawText(value));
  const days = Number(match[1]);
  const words = match[2].trim();
  if (words === '') return ok({ days, unit: plainUnit });
  const unit = UNIT_WORDS.find(([pattern]) => pattern.test(words))?.[1];
  return unit ? ok({ days, unit }) : fail('notNumber', rawText(value));
}

/** The due date of a term counted from the document date. */
export function dueDateOf(date: CalendarDay, term: PaymentTerm, calendar: WorkCalendar): CalendarDay {
  return term.unit === 'calendar' ? addDays(date, term.days) : addWorkingDays(calendar, date, term.days);
}
