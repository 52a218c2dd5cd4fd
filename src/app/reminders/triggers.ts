import type { AppEnv } from '../ports';
import { loadSettings } from '../settingsStore';
import { readLastRun, type LastRun } from './status';

/** The trigger handlers: top-level functions of the bundle. */
export const DAILY_HANDLER = 'dailyRun';
export const WEEKLY_HANDLER = 'weeklyRun';
const OURS = [DAILY_HANDLER, WEEKLY_HANDLER];

/** Removes our triggers (never anybody else's); returns how many. */
export function removeOurTriggers(env: Pick<AppEnv, 'triggers'>): number {
  const ours = env.triggers.list().filter((trigger) => OURS.includes(trigger.handler));
  for (const trigger of ours) env.triggers.remove(trigger.id);
  return ours.length;
}

/** Exactly one daily and one Monday trigger, whatever was installed before. */
export function installOurTriggers(env: Pick<AppEnv, 'triggers' | 'documentProperties'>): {
  dailyHour: number;
  weeklyHour: number;
} {
  const { reminders } = loadSettings(env);
  removeOurTriggers(env);
  env.triggers.createDaily(DAILY_HANDLER, reminders.dailyHour);
  env.triggers.createWeekly(WEEKLY_HANDLER, 1, reminders.weeklyHour);
  return { dailyHour: reminders.dailyHour, weeklyHour: reminders.weeklyHour };
}

export interface TriggerStatus {
  daily: boolean;
  weekly: boolean;
  dailyHour: number;
  weeklyHour: number;
  lastRun: LastRun | null;
}

export function triggerStatus(env: Pick<AppEnv, 'triggers' | 'documentProperties'>): TriggerStatus {
  const handlers = env.triggers.list().map((trigger) => trigger.handler);
  const { reminders } = loadSettings(env);
  return {
    daily: handlers.includes(DAILY_HANDLER),
    weekly: handlers.includes(WEEKLY_HANDLER),
    dailyHour: reminders.dailyHour,
    weeklyHour: reminders.weeklyHour,
    lastRun: readLastRun(env),
  };
}
