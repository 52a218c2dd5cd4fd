/**
 * Today's progress between the hourly trigger's executions: the day state in one document
 * property, the hour now in the spreadsheet's zone, and the dashboard's line about today.
 */
import { wallClockOf } from '../../core/calendar';
import { t } from '../../core/i18n';
import {
  dayStateJson,
  executionFor,
  parseDayState,
  todayStatus,
  type DayState,
  type Execution,
} from '../../core/schedule/dayState';
import type { RunContext } from '../context';
import type { AppEnv } from '../ports';

/** Document property: how far today's work has come (see core/schedule/dayState). */
export const DAY_STATE_PROPERTY = 'accountDesk.day';

type DayContext = Pick<RunContext, 'today' | 'timeZone' | 'settings'>;

export function readDayState(env: Pick<AppEnv, 'documentProperties'>): DayState | null {
  return parseDayState(env.documentProperties.get(DAY_STATE_PROPERTY));
}

export function saveDayState(env: Pick<AppEnv, 'documentProperties'>, state: DayState): void {
  env.documentProperties.set(DAY_STATE_PROPERTY, dayStateJson(state));
}

export function hourNow(env: Pick<AppEnv, 'clock'>, ctx: Pick<RunContext, 'timeZone'>): number {
  return wallClockOf(env.clock.now().getTime(), ctx.timeZone).hour;
}

/** What this execution of the hourly trigger is to do: two property reads and the clock. */
export function thisExecution(env: Pick<AppEnv, 'documentProperties' | 'clock'>, ctx: DayContext): Execution {
  return executionFor(readDayState(env), ctx.today, hourNow(env, ctx), ctx.settings.reminders.dailyHour);
}

/** "Today: done / N waiting, next try at HH:00 / not started, first try at HH:00". */
export function todayLine(
  env: Pick<AppEnv, 'documentProperties' | 'clock'>,
  ctx: DayContext & Pick<RunContext, 'lang'>,
): string {
  const status = todayStatus(
    readDayState(env),
    ctx.today,
    hourNow(env, ctx),
    ctx.settings.reminders.dailyHour,
  );
  if (status.kind === 'done') return t(ctx.lang, 'schedule.today.done');
  const hour = String(status.nextHour).padStart(2, '0');
  if (status.kind === 'waiting')
    return t(ctx.lang, 'schedule.today.waiting', { waiting: status.waiting, hour });
  return t(ctx.lang, 'schedule.today.notStarted', { hour });
}
