import type { ReminderInputs } from '../../core/reminders/inputs';
import type { Settings } from '../../core/settings';
import type { CalendarDay, Lang } from '../../core/types';
import type { AppEnv } from '../ports';

export type { ReminderInputs };

/** Reads the registers once and hands the planner its records. */
export type ReminderSource = (
  env: AppEnv,
  settings: Settings,
  lang: Lang,
  today: CalendarDay,
) => ReminderInputs;
