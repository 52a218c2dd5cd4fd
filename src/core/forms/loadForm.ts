/** The Book load form: one person, one client, one week, a percent or hours, maybe tentative. */
import { isValidDay, isoWeekday } from '../calendar';
import { parseLoadCell } from '../cells';
import type { CalendarDay } from '../types';
import { checkText, type FieldErrors, isPlainObject, type Validated } from './fieldErrors';

export interface BookLoadInput {
  person: string;
  client: string;
  /** Monday of the week (`YYYY-MM-DD`), one of the load sheet's week columns. */
  week: string;
  /** As typed: `20`, `20%`, `8ч`, `8 h`. */
  value: string;
  tentative: boolean;
}

/** What to write into the week cell: percent points, or hours kept as the text the user typed. */
export type LoadAmount = { kind: 'percent'; points: number } | { kind: 'hours'; text: string };

export interface Booking {
  person: string;
  client: string;
  week: CalendarDay;
  amount: LoadAmount;
  tentative: boolean;
}

/** One task cannot take more than a whole week; a bigger number is a typo. */
const MAX_POINTS = 100;

function amountOf(text: string): LoadAmount {
  const plain = text.replace(/\s|%$/g, '');
  if (/^[\d.,]+$/.test(plain)) {
    const parsed = parseLoadCell(text, 'General', 1);
    return { kind: 'percent', points: parsed.ok && parsed.value !== null ? parsed.value : 0 };
  }
  return { kind: 'hours', text };
}

/** `weeklyHours` turns hours into points for the range check (the person's, or the default). */
export function validateBooking(input: unknown, weeklyHours: number): Validated<Booking> {
  if (!isPlainObject(input)) return { ok: false, errors: { form: { key: 'forms.error.malformed' } } };
  const errors: FieldErrors = {};
  const person = checkText(errors, 'person', input.person, { required: true });
  const client = checkText(errors, 'client', input.client, { required: true });
  const week = checkText(errors, 'week', input.week, { required: true, max: 10 });
  if (!errors.week && !(isValidDay(week) && isoWeekday(week) === 1))
    errors.week = { key: 'forms.error.choice' };
  const value = checkText(errors, 'value', input.value, { required: true, max: 20 });
  let amount: LoadAmount | null = null;
  if (!errors.value) {
    const parsed = parseLoadCell(value, 'General', weeklyHours);
    if (!parsed.ok || parsed.value === null) errors.value = { key: 'forms.error.loadValue' };
    else if (parsed.value > MAX_POINTS)
      errors.value = { key: 'forms.error.range', params: { min: 0, max: 100 } };
    else amount = amountOf(value);
  }
  if (typeof input.tentative !== 'boolean') errors.tentative = { key: 'forms.error.malformed' };
  if (Object.keys(errors).length > 0 || amount === null) return { ok: false, errors };
  return { ok: true, value: { person, client, week, amount, tentative: input.tentative as boolean } };
}
