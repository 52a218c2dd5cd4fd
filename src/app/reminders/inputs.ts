import type { LoadSummary } from '../../core/load/types';
import type { Staffing } from '../../core/reminders/staffing';
import type { ReminderDocument } from '../../core/reminders/types';
import type { Settings } from '../../core/settings';
import type { CalendarDay, Lang } from '../../core/types';
import type { AppEnv } from '../ports';

/** What the planner needs from the registers, computed by the recalculation. */
export interface ReminderInputs {
  documents: ReminderDocument[];
  load: LoadSummary | null;
  /** Who works for which client this week (only read when somebody is overloaded). */
  staffing: Staffing[];
}

/** Reads the registers once and hands the planner its records. */
export type ReminderSource = (
  env: AppEnv,
  settings: Settings,
  lang: Lang,
  today: CalendarDay,
) => ReminderInputs;
