/** Week and month arithmetic the load summary, dashboard and Monday digest share. */
import { addDays, mondayOf, monthOf } from '../calendar';
import type { CalendarDay } from '../types';
import type { LoadSummary, PersonLoad, PersonWeek } from './types';

/** The Monday of the ISO week `today` falls in. */
export function weekOf(today: CalendarDay): CalendarDay {
  return mondayOf(today);
}

/** This week's and next week's Mondays. */
export function thisAndNextMondays(today: CalendarDay): { thisWeek: CalendarDay; nextWeek: CalendarDay } {
  const thisWeek = mondayOf(today);
  return { thisWeek, nextWeek: addDays(thisWeek, 7) };
}

/** A person's this and next week; `null` for a week the load sheet does not plan. */
export function personThisAndNextWeek(
  person: PersonLoad,
  today: CalendarDay,
): { thisWeek: PersonWeek | null; nextWeek: PersonWeek | null } {
  const weeks = thisAndNextMondays(today);
  return { thisWeek: person.byWeek[weeks.thisWeek] ?? null, nextWeek: person.byWeek[weeks.nextWeek] ?? null };
}

/** Every person with their this and next week (for the dashboard and the Monday digest). */
export function thisAndNextWeek(
  summary: LoadSummary,
  today: CalendarDay,
): {
  thisWeek: CalendarDay;
  nextWeek: CalendarDay;
  people: { person: PersonLoad; thisWeek: PersonWeek | null; nextWeek: PersonWeek | null }[];
} {
  const weeks = thisAndNextMondays(today);
  return {
    ...weeks,
    people: summary.people.map((person) => ({ person, ...personThisAndNextWeek(person, today) })),
  };
}

/**
 * How a week's hours split across months: by its working days (Mon–Fri), so
 * the week of 28.12 gives 4/5 to December and 1/5 to January.
 */
export function monthShares(week: CalendarDay): { month: string; share: number }[] {
  const shares = new Map<string, number>();
  for (let i = 0; i < 5; i++) {
    const month = monthOf(addDays(week, i));
    shares.set(month, (shares.get(month) ?? 0) + 1 / 5);
  }
  return [...shares.entries()].map(([month, share]) => ({ month, share }));
}

/** Rounds to hundredths, so 0.8 × 100 compares equal to 80. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
