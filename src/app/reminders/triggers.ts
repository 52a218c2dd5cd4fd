/**
 * The add-on's one clock trigger (SPEC §5). An Editor add-on may hold only one
 * time-driven trigger per user per document
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions),
 * so the daily run does the Monday work too. The trigger fires at the
 * configured hour of the spreadsheet's time zone, not the script's.
 */
import type { RunContext } from '../context';
import type { AppEnv } from '../ports';
import type { LastRun } from '../../core/reminders/lastRun';
import { readLastRun } from './status';

/** The trigger handler: a top-level function of the bundle. */
export const DAILY_HANDLER = 'dailyRun';
/** The Monday trigger of older versions: still ours to remove. */
export const LEGACY_WEEKLY_HANDLER = 'weeklyRun';
const OURS = [DAILY_HANDLER, LEGACY_WEEKLY_HANDLER];

/** Document property: the hour and zone our trigger was installed with (Google cannot tell us). */
export const TRIGGER_PROPERTY = 'accountDesk.trigger';

interface InstalledSchedule {
  hour: number;
  timeZone: string;
}

type TriggerEnv = Pick<AppEnv, 'triggers' | 'documentProperties'>;
type TriggerContext = Pick<RunContext, 'settings' | 'timeZone'>;

/** Removes our triggers (never anybody else's); returns how many. */
export function removeOurTriggers(env: Pick<AppEnv, 'triggers' | 'documentProperties'>): number {
  const ours = env.triggers.list().filter((trigger) => OURS.includes(trigger.handler));
  for (const trigger of ours) env.triggers.remove(trigger.id);
  env.documentProperties.delete(TRIGGER_PROPERTY);
  return ours.length;
}

/** Exactly one clock trigger, daily at the configured hour in the spreadsheet's zone, whatever was there. */
export function installOurTriggers(env: TriggerEnv, ctx: TriggerContext): InstalledSchedule {
  removeOurTriggers(env);
  const schedule = { hour: ctx.settings.reminders.dailyHour, timeZone: ctx.timeZone };
  env.triggers.createDaily(DAILY_HANDLER, schedule.hour, schedule.timeZone);
  env.documentProperties.set(TRIGGER_PROPERTY, JSON.stringify(schedule));
  return schedule;
}

function installedSchedule(env: Pick<AppEnv, 'documentProperties'>): InstalledSchedule | null {
  try {
    const parsed = JSON.parse(env.documentProperties.get(TRIGGER_PROPERTY) ?? 'null') as unknown;
    if (parsed && typeof parsed === 'object') return parsed as InstalledSchedule;
  } catch {
    // An unreadable record counts as none: the trigger is reinstalled.
  }
  return null;
}

/**
 * Reinstalls our trigger when it no longer matches the settings' hour or the
 * spreadsheet's zone (or was installed by an older version); installs nothing
 * when the user has not turned automatic runs on. Returns whether it reinstalled.
 */
export function refreshOurTrigger(env: TriggerEnv, ctx: TriggerContext): boolean {
  const ours = env.triggers.list().filter((trigger) => OURS.includes(trigger.handler));
  if (ours.length === 0) return false;
  const installed = installedSchedule(env);
  const wanted = { hour: ctx.settings.reminders.dailyHour, timeZone: ctx.timeZone };
  const current =
    ours.length === 1 &&
    ours[0].handler === DAILY_HANDLER &&
    installed?.hour === wanted.hour &&
    installed.timeZone === wanted.timeZone;
  if (current) return false;
  installOurTriggers(env, ctx);
  return true;
}

export interface TriggerStatus {
  /** Our daily trigger is installed. */
  installed: boolean;
  hour: number;
  timeZone: string;
  lastRun: LastRun | null;
}

export function triggerStatus(env: TriggerEnv, ctx: TriggerContext): TriggerStatus {
  const handlers = env.triggers.list().map((trigger) => trigger.handler);
  return {
    installed: handlers.includes(DAILY_HANDLER),
    hour: ctx.settings.reminders.dailyHour,
    timeZone: ctx.timeZone,
    lastRun: readLastRun(env),
  };
}
