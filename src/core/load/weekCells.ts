/**
 * How a person-week and its flags read in `Сводка загрузки` and the
 * dashboard: the heat-map fill, the percentage, the `(+20)` number format of
 * tentative load, week and month headers, the words of the flags column.
 */
import { addDays, formatDayShort, partsOf } from '../calendar';
import { t, type MessageKey } from '../i18n';
import { monthNames } from '../i18n/months';
import type { CalendarDay, Lang } from '../types';
import type { LoadThresholds } from './compute';
import { LOAD_FLAGS, type LoadFlag, type PersonLoad, type PersonWeek } from './types';

export const HEAT = {
  green: '#b7e1cd',
  amber: '#fce8b2',
  red: '#f4c7c3',
  absent: '#e8eaed',
} as const;
/** More flagged weeks than this are shortened to `…`: the sheet is read in a meeting, not audited. */
const MAX_FLAG_WEEKS = 4;

/** `85`, `20,5` (ru) / `20.5` (en). */
export function formatPct(points: number, lang: Lang): string {
  const rounded = Math.round(points * 10) / 10;
  const text = String(rounded);
  return lang === 'ru' ? text.replace('.', ',') : text;
}

/** `07.12–11.12`: a range Sheets will not turn into a date when written. */
export function weekHeader(week: CalendarDay, lang: Lang): string {
  return `${formatDayShort(week, lang)}–${formatDayShort(addDays(week, 4), lang)}`;
}

/** `2026-12` → `декабрь 2026`. */
export function monthLabel(month: string, lang: Lang): string {
  const { year, month: m } = partsOf(`${month}-01`);
  return `${monthNames(lang, 'long')[m - 1]} ${year}`;
}

/** The heat-map fill of a person-week; flags and fills use the same thresholds. */
export function heatColor(week: PersonWeek, limits: LoadThresholds): string {
  if (week.total > limits.overloadPct) return HEAT.red;
  if (week.absence >= 100) return HEAT.absent;
  if (week.total > limits.reservePct) return HEAT.amber;
  return HEAT.green;
}

/** A number format showing the total and, when some load is tentative, `(+20)`. */
export function weekNumberFormat(week: PersonWeek, lang: Lang): string {
  return week.tentative > 0 ? `0%" (+${formatPct(week.tentative, lang)})"` : '0%';
}

/** `неделя 07.12`, `недели 07.12, 14.12` (`, …` when more weeks were left out). */
export function weeksText(weeks: readonly CalendarDay[], lang: Lang, more = false): string {
  const days = [...weeks.map((week) => formatDayShort(week, lang)), ...(more ? ['…'] : [])].join(', ');
  return t(lang, weeks.length === 1 && !more ? 'sheets.load.week' : 'sheets.load.weeks', { weeks: days });
}

/** The label of each flag in the flags column. */
const FLAG_LABELS: Record<LoadFlag, MessageKey> = {
  bookedInAbsence: 'sheets.load.flag.bookedInAbsence',
  overload: 'load.flag.overload',
  noReserve: 'load.flag.noReserve',
  underload: 'load.flag.underload',
  tentativePending: 'load.flag.tentativePending',
  wouldOverload: 'load.flag.wouldOverload',
};

/** A flag another flag of the same week already says: one word per week is enough. */
function saidBy(flag: LoadFlag, flags: readonly LoadFlag[]): boolean {
  // Work booked on top of an absence is that conflict, not an overload or a lost reserve.
  if ((flag === 'overload' || flag === 'noReserve') && flags.includes('bookedInAbsence')) return true;
  // An overloaded week obviously has no reserve.
  return flag === 'noReserve' && flags.includes('overload');
}

/** The figure a flag shows for a week: the total, the work booked during the absence, or `+20`. */
function flagValue(flag: LoadFlag, week: PersonWeek, lang: Lang): string {
  if (flag === 'tentativePending')
    return t(lang, 'sheets.load.plusPct', { pct: formatPct(week.tentative, lang) });
  const pct =
    flag === 'wouldOverload'
      ? week.total + week.tentative
      : flag === 'bookedInAbsence'
        ? week.total - week.absence
        : week.total;
  return t(lang, 'sheets.load.pct', { pct: formatPct(pct, lang) });
}

/**
 * The flags column: one line per flag and figure, the weeks it holds in after it, so a flag
 * is said once however many weeks it lasts: `недогруз 45 % — недели 07.12, 14.12`.
 */
export function flagWords(person: PersonLoad, weeks: readonly CalendarDay[], lang: Lang): string {
  const lines: string[] = [];
  for (const flag of LOAD_FLAGS) {
    const byValue = new Map<string, CalendarDay[]>();
    let named = 0;
    let more = false;
    for (const week of weeks) {
      const pw = person.byWeek[week];
      if (!pw?.flags.includes(flag) || saidBy(flag, pw.flags)) continue;
      // Weeks past the shown ones are only counted as `…`: no need to word them.
      if (named === MAX_FLAG_WEEKS) {
        more = true;
        break;
      }
      named += 1;
      const value = flagValue(flag, pw, lang);
      byValue.set(value, [...(byValue.get(value) ?? []), week]);
    }
    const groups = [...byValue];
    groups.forEach(([value, days], i) =>
      lines.push(
        t(lang, 'sheets.load.flagLine', {
          flag: t(lang, FLAG_LABELS[flag]),
          value,
          weeks: weeksText(days, lang, more && i === groups.length - 1),
        }),
      ),
    );
  }
  return lines.join('\n');
}
