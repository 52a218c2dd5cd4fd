/**
 * A date typed into a form that is probably a slip (a payment "made" months from now, or years
 * ago): worth a second look, never refused, since a late entry of an old payment is legitimate.
 */
import { daysBetween } from '../calendar';
import type { CalendarDay } from '../types';

/** A payment registered more than a week ahead has not happened yet. */
export const FUTURE_DAYS = 7;
/** Older than half a year: an old payment entered late, or a wrong year. */
export const PAST_DAYS = 183;

/** Whether `day` (`YYYY-MM-DD`) lies far from `today`; false for anything that is not a day. */
export function isFarFromToday(day: string, today: CalendarDay): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const offset = daysBetween(today, day);
  return Number.isFinite(offset) && (offset > FUTURE_DAYS || offset < -PAST_DAYS);
}
