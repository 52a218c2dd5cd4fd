/**
 * The add-on's one clock trigger (SPEC §5): hourly. An Editor add-on may hold only one trigger of
 * each type per user per document, and its time-driven triggers may run at most once an hour
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions;
 * https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers), so
 * one hourly trigger does the whole day: from the configured hour of the spreadsheet's zone each
 * execution does what is left of today (the Monday work too) and stops at once when nothing is.
 * Older installs (a daily trigger, a Monday one) are replaced on their next run.
 */
import type { RunContext } from '../context';
import type { AppEnv } from '../ports';
import type { LastRun } from '../../core/reminders/lastRun';
import { readLastRun } from './status';

/** The trigger handler: a top-level function of the bundle. */
export const HOURLY_HANDLER = 'hourlyRun';
/** The daily trigger of older versions (also the CLI's run): still ours to replace. */
export const LEGACY_DAILY_HANDLER = 'dailyRun';
/** The Monday trigger of older versions: still ours to remove. */
export const LEGACY_WEEKLY_HANDLER = 'weeklyRun';
const OURS = [HOURLY_HANDLER, LEGACY_DAILY_HANDLER, LEGACY_WEEKLY_HANDLER];

/** Document property of older versions (the hour and zone of their daily trigger): removed with it. */
const LEGACY_TRIGGER_PROPERTY = 'accountDesk.trigger';

interface InstalledSchedule {
  /** The hour (spreadsheet zone) the day's work starts at. */
  hour: number;
  timeZone: string;
}

type TriggerEnv = Pick<AppEnv, 'triggers' | 'documentProperties'>;
type TriggerContext = Pick<RunContext, 'settings' | 'timeZone'>;

/** Removes our triggers (never anybody else's); returns how many. */
export function removeOurTriggers(env: TriggerEnv): number {
  const ours = env.triggers.list().filter((trigger) => OURS.includes(trigger.handler));
  for (const trigger of ours) env.triggers.remove(trigger.id);
  env.documentProperties.delete(LEGACY_TRIGGER_PROPERTY);
  return ours.length;
}

/** Exactly one clock trigger, hourly, whatever was there; the day starts at the configured hour. */
export function installOurTriggers(env: TriggerEnv, ctx: TriggerContext): InstalledSchedule {
  removeOurTriggers(env);
  env.triggers.createHourly(HOURLY_HANDLER);
  return { hour: ctx.settings.reminders.dailyHour, timeZone: ctx.timeZone };
}

/**
 * Replaces what an older version installed (a daily trigger, a Monday one, or several) with the
 * one hourly trigger; installs nothing when the user has not turned automatic runs on. The hour
 * and the zone live in the settings and the spreadsheet, read by each execution, so changing
 * them needs no new trigger. Returns whether it reinstalled.
 */
export function refreshOurTrigger(env: TriggerEnv, ctx: TriggerContext): boolean {
  const ours = env.triggers.list().filter((trigger) => OURS.includes(trigger.handler));
  if (ours.length === 0) return false;
  if (ours.length === 1 && ours[0].handler === HOURLY_HANDLER) return false;
  installOurTriggers(env, ctx);
  return true;
}

export interface TriggerStatus {
  /** A trigger of ours is installed (an older one counts until it is replaced). */
  installed: boolean;
  hour: number;
  timeZone: string;
  lastRun: LastRun | null;
}

export function triggerStatus(env: TriggerEnv, ctx: TriggerContext): TriggerStatus {
  const handlers = env.triggers.list().map((trigger) => trigger.handler);
  return {
    installed: handlers.some((handler) => OURS.includes(handler)),
    hour: ctx.settings.reminders.dailyHour,
    timeZone: ctx.timeZone,
    lastRun: readLastRun(env),
  };
}
