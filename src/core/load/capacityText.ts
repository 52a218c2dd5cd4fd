/** A week's working days as the summary says them: `3 раб. дня`. */
import type { WeekCapacity } from '../calendar/workdays';
import { counted } from '../i18n';
import type { Lang } from '../types';

/** ` · 3 раб. дня` after a week's header when the week is not the usual five days; `''` otherwise. */
export function capacitySuffix(capacity: WeekCapacity | undefined, lang: Lang): string {
  if (!capacity || capacity.workingDays === 5) return '';
  return ` · ${counted(lang, 'workingDays', capacity.workingDays)}`;
}
