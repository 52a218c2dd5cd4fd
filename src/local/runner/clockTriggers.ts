/** Firing the installed clock triggers of a document, each at its own instant. */
import type { LocalState } from '../services/state';
import { instantToWallClock } from '../services/time';
import { clockFirings } from './scheduler';

/** One clock trigger that fired, with what its handler returned. */
export interface TriggerRun {
  handler: string;
  /** ISO instant it fired. */
  at: string;
  /** The wall-clock time it fired at in the spreadsheet's zone, `YYYY-MM-DD HH:MM`. */
  local: string;
  result: unknown;
}

/**
 * The event a time-driven trigger passes its handler, its fields in UTC
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events).
 */
export function timeDrivenEvent(atMs: number, triggerUid: string): Record<string, unknown> {
  const at = new Date(atMs);
  const weekday = at.getUTCDay();
  return {
    authMode: 'FULL',
    triggerUid,
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    'day-of-month': at.getUTCDate(),
    'day-of-week': weekday === 0 ? 7 : weekday,
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
    timezone: 'UTC',
  };
}

export interface ClockTriggerHost {
  state: LocalState;
  scriptTimeZone: string;
  spreadsheetTimeZone: () => string;
  /** Moves "now" for the bundle and the services. */
  setNow: (ms: number) => void;
  call: (handler: string, event: Record<string, unknown>) => unknown;
}

/** Fires the triggers due in [fromMs, toMs) in time order; the clock stays at the last one. */
export function runClockTriggers(host: ClockTriggerHost, fromMs: number, toMs: number): TriggerRun[] {
  const runs: TriggerRun[] = [];
  for (const firing of clockFirings(host.state.triggers, fromMs, toMs, host.scriptTimeZone)) {
    // A trigger deleted by an earlier firing does not fire any more.
    if (!host.state.triggers.some((trigger) => trigger.id === firing.trigger.id)) continue;
    host.setNow(firing.atMs);
    const result = host.call(firing.trigger.handler, timeDrivenEvent(firing.atMs, firing.trigger.id));
    const wall = new Date(instantToWallClock(firing.atMs, host.spreadsheetTimeZone()));
    runs.push({
      handler: firing.trigger.handler,
      at: new Date(firing.atMs).toISOString(),
      local: wall.toISOString().slice(0, 16).replace('T', ' '),
      result,
    });
  }
  return runs;
}
