/**
 * Month names from the calendar catalog, January first. Imports only that
 * catalog, so a sidebar or a cell parser can use it without every text.
 */
import type { Lang } from '../types';
import * as calendar from './messages/calendar';

const MONTH_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** `long`: `декабрь`, `December`; `short`: `дек.`, `Dec`. */
export type MonthStyle = 'long' | 'short';

const KEY_PREFIX: Record<MonthStyle, 'calendar.month' | 'calendar.monthShort'> = {
  long: 'calendar.month',
  short: 'calendar.monthShort',
};

function namesOf(lang: Lang, style: MonthStyle): readonly string[] {
  return MONTH_NUMBERS.map((month) => calendar[lang][`${KEY_PREFIX[style]}.${month}`]);
}

const NAMES: Record<Lang, Record<MonthStyle, readonly string[]>> = {
  ru: { long: namesOf('ru', 'long'), short: namesOf('ru', 'short') },
  en: { long: namesOf('en', 'long'), short: namesOf('en', 'short') },
};

/** The twelve month names of a language in a style, January first. */
export function monthNames(lang: Lang, style: MonthStyle): readonly string[] {
  return NAMES[lang][style];
}
