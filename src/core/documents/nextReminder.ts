/**
 * When a client is reminded about an invoice (SPEC §4): a polite note
 * `preDueDays` before the due date, an overdue note on day 1 after it, then
 * every `overdueRepeatDays` days until the STOP day, when the project stops
 * and only the AM is told. The `Следующее напоминание` column and the
 * reminders planner both use this one rule.
 */
import { addDays, daysBetween } from '../calendar';
import { nextWorkingDay, RUSSIAN_CALENDAR, type WorkCalendar } from '../calendar/workdays';
import type { CalendarDay } from '../types';
import type { DocumentRules, DocumentState } from './types';

export type ReminderRules = Pick<DocumentRules, 'preDueDays' | 'overdueRepeatDays' | 'stopDays'> & {
  /** Off: a reminder falling on a non-working day (a weekend, a holiday) goes on the next working day. */
  sendOnWeekends: boolean;
  /** The run's working calendar; Russia's production calendar when not given. */
  calendar?: WorkCalendar;
};

export interface ReminderStage {
  stage: 'preDue' | 'overdue';
  /** 0 for the polite note, 1 for the first overdue note, 2, 3… for the repeats. */
  index: number;
  /** The day the rule puts it on, before any shift to a working day. */
  day: CalendarDay;
  /** `day − dueDate`: negative before the due date. */
  daysAfterDue: number;
}

/** Every client reminder stage of an invoice due on `dueDate`, in date order; none on or after STOP. */
export function reminderStages(dueDate: CalendarDay, rules: ReminderRules): ReminderStage[] {
  const stages: ReminderStage[] = [];
  const preDue = Math.max(0, Math.trunc(rules.preDueDays));
  stages.push({ stage: 'preDue', index: 0, day: addDays(dueDate, -preDue), daysAfterDue: -preDue });
  const repeat = Math.max(1, Math.trunc(rules.overdueRepeatDays));
  for (let after = 1, index = 1; after < rules.stopDays; after += repeat, index += 1) {
    stages.push({ stage: 'overdue', index, day: addDays(dueDate, after), daysAfterDue: after });
  }
  return stages;
}

/** The day a reminder planned for `day` actually goes out: the first working day from it. */
export function sendingDay(
  day: CalendarDay,
  sendOnWeekends: boolean,
  calendar: WorkCalendar = RUSSIAN_CALENDAR,
): CalendarDay {
  return sendOnWeekends ? day : nextWorkingDay(calendar, day);
}

/**
 * The stage that is due on `today`: the latest stage whose sending day is not
 * after today. A run that missed days therefore catches up with one message
 * (the latest stage), never one per missed day. `null` before the first stage
 * or once the STOP day is reached.
 */
export function currentStage(
  dueDate: CalendarDay,
  today: CalendarDay,
  rules: ReminderRules,
): ReminderStage | null {
  const afterDue = daysBetween(dueDate, today);
  if (afterDue >= rules.stopDays) return null;
  const preDue = Math.max(0, Math.trunc(rules.preDueDays));
  const repeat = Math.max(1, Math.trunc(rules.overdueRepeatDays));
  const overdueStages = rules.stopDays > 1 ? Math.ceil((rules.stopDays - 1) / repeat) : 0;
  // The last stage on or before today, found by arithmetic (asked for every document every day);
  // a shift to the next working day keeps stages in order, so walking back finds the one due.
  let index =
    afterDue < -preDue
      ? -1
      : afterDue < 1
        ? 0
        : Math.min(overdueStages, 1 + Math.floor((afterDue - 1) / repeat));
  for (; index >= 0; index -= 1) {
    const daysAfterDue = index === 0 ? -preDue : 1 + (index - 1) * repeat;
    const day = addDays(dueDate, daysAfterDue);
    if (daysBetween(sendingDay(day, rules.sendOnWeekends, rules.calendar), today) >= 0)
      return { stage: index === 0 ? 'preDue' : 'overdue', index, day, daysAfterDue };
  }
  return null;
}

/**
 * The day of the next client reminder on or after `today`, or `null` when the
 * document gets none (not eligible: paid, cancelled, paused, outgoing, no
 * valid email, data problems; or the STOP day is reached).
 */
export function nextReminderDay(
  doc: Pick<DocumentState, 'dueDate' | 'reminderEligible'>,
  today: CalendarDay,
  rules: ReminderRules,
): CalendarDay | null {
  if (!doc.reminderEligible || doc.dueDate === null) return null;
  if (daysBetween(doc.dueDate, today) >= rules.stopDays) return null;
  for (const stage of reminderStages(doc.dueDate, rules)) {
    const day = sendingDay(stage.day, rules.sendOnWeekends, rules.calendar);
    if (daysBetween(today, day) >= 0 && daysBetween(doc.dueDate, day) < rules.stopDays) return day;
  }
  return null;
}
