/** A week's working days as the summary and the digest say them: `3 раб. дня`. */
import type { WeekCapacity } from '../calendar/workdays';
import { t } from '../i18n';
import { pluralRu } from '../i18n/plural';
import type { Lang } from '../types';

export function workingDaysText(days: number, lang: Lang): string {
  const form = lang === 'ru' ? pluralRu(days, 'one', 'few', 'many') : days === 1 ? 'one' : 'many';
  return t(lang, `load.capacity.${form}` as 'load.capacity.one', { days });
}

/** ` · 3 раб. дня` after a week's header when the week is not the usual five days; `''` otherwise. */
export function capacitySuffix(capacity: WeekCapacity | undefined, lang: Lang): string {
  if (!capacity || capacity.workingDays === 5) return '';
  return ` · ${workingDaysText(capacity.workingDays, lang)}`;
}
