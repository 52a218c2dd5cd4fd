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

/** Words for the flags column: `перегруз 110 % (неделя 21.12); ждёт подтверждения +20 % (неделя 07.12)`. */
export function flagWords(person: PersonLoad, weeks: readonly CalendarDay[], lang: Lang): string {
  const parts: string[] = [];
  for (const flag of LOAD_FLAGS) {
    const items: string[] = [];
    let more = false;
    for (const week of weeks) {
      const pw = person.byWeek[week];
      if (!pw?.flags.includes(flag)) continue;
      // An overloaded week obviously has no reserve; saying both is noise.
      if (flag === 'noReserve' && pw.flags.includes('overload')) continue;
      // Weeks past the shown ones are only counted as `…`: no need to word them.
      if (items.length === MAX_FLAG_WEEKS) {
        more = true;
        break;
      }
      items.push(flagItem(flag, pw, lang));
    }
    if (items.length === 0) continue;
    const shown = more ? [...items, '…'] : items;
    parts.push(`${t(lang, `load.flag.${flag}` as MessageKey)} ${shown.join(', ')}`);
  }
  return parts.join('; ');
}

function flagItem(flag: LoadFlag, week: PersonWeek, lang: Lang): string {
  const day = formatDayShort(week.week, lang);
  if (flag === 'tentativePending')
    return t(lang, 'load.flag.tentativeItem', { pct: formatPct(week.tentative, lang), week: day });
  const pct = flag === 'wouldOverload' ? week.total + week.tentative : week.total;
  return t(lang, 'load.flag.item', { pct: formatPct(pct, lang), week: day });
}
