/**
 * When a client is reminded about an invoice (SPEC §4): a polite note
 * `preDueDays` before the due date, an overdue note on day 1 after it, then
 * every `overdueRepeatDays` days until the STOP day, when the project stops
 * and only the AM is told. The escalation ladder: on day `escalationDays` the
 * reminder escalates (the client's escalation contact in copy, a firmer
 * template) and the repeats count from that day. The `Следующее напоминание`
 * column and the reminders planner both use this one rule.
 */
import { addDays, daysBetween } from '../calendar';
import { nextWorkingDay, RUSSIAN_CALENDAR, type WorkCalendar } from '../calendar/workdays';
import type { CalendarDay } from '../types';
import type { DocumentRules, DocumentState } from './types';

export type ReminderRules = Pick<DocumentRules, 'preDueDays' | 'overdueRepeatDays' | 'stopDays'> & {
  /** Days overdue from which reminders escalate; 0, absent or from STOP on: never. */
  escalationDays?: number;
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
  /** From the escalation day on: the escalation contact in copy and the firmer template. */
  escalated: boolean;
}

/** Where the overdue stages fall: before the escalation day every `repeat` days from day 1, then from it. */
interface Ladder {
  preDue: number;
  repeat: number;
  /** The escalation day, or null when reminders never escalate before STOP. */
  escalation: number | null;
  /** Overdue stages before the escalation day (all of them when there is none). */
  before: number;
  /** Overdue stages in all. */
  total: number;
}

function ladderOf(rules: ReminderRules): Ladder {
  const preDue = Math.max(0, Math.trunc(rules.preDueDays));
  const repeat = Math.max(1, Math.trunc(rules.overdueRepeatDays));
  const stop = rules.stopDays;
  const countFrom = (first: number, end: number) => (end > first ? Math.ceil((end - first) / repeat) : 0);
  const days = Math.max(1, Math.trunc(rules.escalationDays ?? 0));
  const escalation = (rules.escalationDays ?? 0) >= 1 && days < stop ? days : null;
  if (escalation === null) {
    const total = countFrom(1, stop);
    return { preDue, repeat, escalation, before: total, total };
  }
  const before = countFrom(1, escalation);
  return { preDue, repeat, escalation, before, total: before + countFrom(escalation, stop) };
}

/** The stage of number `index` (0 the polite note) on the ladder. */
function stageAt(dueDate: CalendarDay, ladder: Ladder, index: number): ReminderStage {
  const daysAfterDue =
    index === 0
      ? -ladder.preDue
      : index <= ladder.before
        ? 1 + (index - 1) * ladder.repeat
        : (ladder.escalation as number) + (index - ladder.before - 1) * ladder.repeat;
  return {
    stage: index === 0 ? 'preDue' : 'overdue',
    index,
    day: addDays(dueDate, daysAfterDue),
    daysAfterDue,
    escalated: index > ladder.before,
  };
}

/** The number of the last stage the rule puts on or before `afterDue` days after the due date (-1: none). */
function lastStageBy(afterDue: number, ladder: Ladder): number {
  if (afterDue < -ladder.preDue) return -1;
  if (afterDue < 1) return 0;
  if (ladder.escalation === null || afterDue < ladder.escalation)
    return Math.min(ladder.before, 1 + Math.floor((afterDue - 1) / ladder.repeat));
  return Math.min(
    ladder.total,
    ladder.before + 1 + Math.floor((afterDue - ladder.escalation) / ladder.repeat),
  );
}

/** Every client reminder stage of an invoice due on `dueDate`, in date order; none on or after STOP. */
export function reminderStages(dueDate: CalendarDay, rules: ReminderRules): ReminderStage[] {
  const ladder = ladderOf(rules);
  const stages: ReminderStage[] = [];
  for (let index = 0; index <= ladder.total; index += 1) stages.push(stageAt(dueDate, ladder, index));
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
  const ladder = ladderOf(rules);
  // The last stage on or before today, found by arithmetic (asked for every document every day);
  // a shift to the next working day keeps stages in order, so walking back finds the one due.
  for (let index = lastStageBy(afterDue, ladder); index >= 0; index -= 1) {
    const stage = stageAt(dueDate, ladder, index);
    if (daysBetween(sendingDay(stage.day, rules.sendOnWeekends, rules.calendar), today) >= 0) return stage;
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
