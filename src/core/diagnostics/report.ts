/**
 * The Diagnostics report as plain data: the same JSON from Google and from the
 * local runtime, so the two can be compared. Everything under `compared` must
 * be equal on both; what legitimately differs (times, ids, the sheet's name,
 * the installed triggers, the quota, error wording in the user's language)
 * lives under `notCompared`. No Dates anywhere: google.script.run refuses them.
 */
import { wallClockOf } from '../calendar';
import { isDate, type CellValue } from '../types';

export const REPORT_FORMAT = 'account-desk-diagnostics/1';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * `ok`: the behaviour the add-on relies on (Google's documented one) holds;
 * `failed`: it does not; `observed`: what the platform did, recorded for the comparison.
 */
export type CheckStatus = 'ok' | 'failed' | 'observed';

export type CheckGroup = 'grid' | 'text' | 'date' | 'lock' | 'properties' | 'cleanup';

export interface Check {
  id: string;
  group: CheckGroup;
  /** What the check wrote or did, when it varies within one id (the typed strings). */
  input?: Json;
  status: CheckStatus;
  /** What the add-on relies on; absent for observations. */
  expected?: Json;
  actual: Json;
}

export interface TriggerLine {
  handler: string;
  type: string;
}

export interface DiagnosticsReport {
  format: typeof REPORT_FORMAT;
  compared: {
    timeZone: string;
    locale: string;
    checks: Check[];
  };
  notCompared: {
    /** ISO instant the self-test ran. */
    ranAt: string;
    scratchSheet: string;
    /** The manifest's zone: a clock trigger created without `inTimezone` fires in it. */
    scriptTimeZone: string;
    /** The project's installed triggers (Apps Script cannot read a trigger's zone back). */
    triggers: TriggerLine[];
    remainingMailQuota: number | null;
    /** The services' error messages by check key: their wording follows the user's language. */
    errors: Record<string, string>;
  };
}

/** How a check is named in a comparison: its id, and its input when it has one. */
export function checkKey(check: Pick<Check, 'id' | 'input'>): string {
  return check.input === undefined ? check.id : `${check.id} ${JSON.stringify(check.input)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An instant as the wall clock `YYYY-MM-DD HH:MM:SS` of a time zone. */
export function wallClock(instant: Date, timeZone: string): string {
  const w = wallClockOf(instant.getTime(), timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** A type alias, not an interface, so that it is plain `Json`. */
export type ReadBack = {
  type: 'empty' | 'string' | 'number' | 'boolean' | 'date';
  /** A date as its wall clock in the spreadsheet's zone. */
  value: string | number | boolean;
};

/** A value `getValues` returned, as plain data. */
export function readBack(value: CellValue, timeZone: string): ReadBack {
  if (isDate(value)) return { type: 'date', value: wallClock(value, timeZone) };
  if (value === '') return { type: 'empty', value: '' };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  return { type: 'string', value: String(value) };
}
