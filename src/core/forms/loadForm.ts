/** The Book load form: one person, one client, one week, a percent or hours, maybe tentative. */
import { isValidDay, isoWeekday } from '../calendar';
import { parseLoadCell } from '../cells';
import { findMember, indexTeam } from '../load/team';
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

/**
 * What to write into the week cell: percent points, or hours kept as the text
 * the user typed (with the points they make of that person's week).
 */
export type LoadAmount =
  { kind: 'percent'; points: number } | { kind: 'hours'; text: string; points: number };

/** A team member's weekly hours, as the team register gives them (hours, or rate × 40). */
export interface PersonHours {
  name: string;
  weeklyHours: number;
}

/** Whose hours turn `8ч` into points: the team's, else the settings' default. */
export interface WeekHours {
  team: readonly PersonHours[];
  defaultWeeklyHours: number;
}

export interface Booking {
  person: string;
  client: string;
  week: CalendarDay;
  amount: LoadAmount;
  tentative: boolean;
}

/** One task cannot take more than a whole week; a bigger number is a typo. */
const MAX_POINTS = 100;

function amountOf(text: string, points: number): LoadAmount {
  const plain = text.replace(/\s|%$/g, '');
  return /^[\d.,]+$/.test(plain) ? { kind: 'percent', points } : { kind: 'hours', text, points };
}

/**
 * The person's weekly hours, matched to the team register the way the load
 * engine matches them (`Петров (дизайнер)` is `Петров Пётр`), so the form
 * and the summary sheet agree on what `8ч` means.
 */
export function personWeeklyHours(hours: WeekHours, person: string): number {
  const team = indexTeam(
    hours.team.map((member) => ({ ...member, email: '', role: '', isAccountManager: false })),
  );
  return findMember(team, person)?.weeklyHours ?? hours.defaultWeeklyHours;
}

/** Hours are checked against the chosen person's week: 24 h of a 20-hour week is 120 % and refused. */
export function validateBooking(input: unknown, hours: WeekHours): Validated<Booking> {
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
    const weeklyHours = personWeeklyHours(hours, person);
    const parsed = parseLoadCell(value, 'General', weeklyHours);
    if (!parsed.ok || parsed.value === null) errors.value = { key: 'forms.error.loadValue' };
    else if (parsed.value <= MAX_POINTS) amount = amountOf(value, parsed.value);
    else if (amountOf(value, parsed.value).kind === 'percent')
      errors.value = { key: 'forms.error.range', params: { min: 0, max: MAX_POINTS } };
    else
      errors.value = {
        key: 'forms.error.overWeek',
        params: { points: Math.round(parsed.value), hours: weeklyHours },
      };
  }
  if (typeof input.tentative !== 'boolean') errors.tentative = { key: 'forms.error.malformed' };
  if (Object.keys(errors).length > 0 || amount === null) return { ok: false, errors };
  return { ok: true, value: { person, client, week, amount, tentative: input.tentative as boolean } };
}
