/**
 * The user's settings, kept as one JSON document property. Everything
 * configurable lives here with its default, so a new install works (in
 * `preview` mode) before anybody opens Settings.
 */
import type { Lang } from './types';

export type SendMode = 'preview' | 'send' | 'draft';
export type LanguageSetting = 'auto' | Lang;

/** A correction of the detected mapping: in `sheet`, the column headed `header` is `field`. */
export interface MappingOverride {
  sheet: string;
  header: string;
  /** A field key of the register, or `''` to ignore the column. */
  field: string;
}

export interface Settings {
  language: LanguageSetting;
  mode: SendMode;
  senderName: string;
  headEmail: string;
  accountantEmail: string;
  load: {
    /** Total above this is overload. */
    overloadPct: number;
    /** Total above this leaves no reserve for emergencies (the 20 % rule). */
    reservePct: number;
    /** Total below this on a working week is underload. */
    underloadPct: number;
    /** More active clients than this in a week is flagged for an AM. */
    maxClientsPerAm: number;
    /** Weekly hours of a person missing from the team register. */
    defaultWeeklyHours: number;
    /** Actual hours beyond plan or estimate by more than this are flagged. */
    planTolerancePct: number;
  };
  documents: {
    /** Days overdue that stop the project. */
    stopDays: number;
    /** Days after signing to wait for the paper original. */
    originalsWaitDays: number;
    /** Days before `valid until` (or 31 Dec) to warn about renewal. */
    renewalLeadDays: number;
    /** Whether every contract is renewed for the new year. */
    renewForNewYear: boolean;
    /** Receivables as % of the last 30 days' revenue that is still healthy. */
    receivablesTargetPct: number;
  };
  reminders: {
    /** Days before the due date for the polite reminder. */
    preDueDays: number;
    /** Days between overdue reminders after day 1. */
    overdueRepeatDays: number;
    /** Hour (spreadsheet time zone) of the daily run; on Mondays it sends the load digest too. */
    dailyHour: number;
    /** Send on Saturdays and Sundays too (off: it goes on Monday). */
    sendOnWeekends: boolean;
    /** ISO weekday of the accounting digest (1 = Monday). */
    accountingWeekday: number;
  };
  mapping: MappingOverride[];
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  mode: 'preview',
  senderName: '',
  headEmail: '',
  accountantEmail: '',
  load: {
    overloadPct: 100,
    reservePct: 80,
    underloadPct: 60,
    maxClientsPerAm: 7,
    defaultWeeklyHours: 40,
    planTolerancePct: 10,
  },
  documents: {
    stopDays: 30,
    originalsWaitDays: 14,
    renewalLeadDays: 30,
    renewForNewYear: true,
    receivablesTargetPct: 20,
  },
  reminders: {
    preDueDays: 3,
    overdueRepeatDays: 7,
    dailyHour: 9,
    sendOnWeekends: false,
    accountingWeekday: 1,
  },
  mapping: [],
};

/** The document property that holds the settings JSON. */
export const SETTINGS_PROPERTY = 'accountDesk.settings';

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fills every key the stored value lacks (or holds with a wrong type) from the default. */
function mergeWithDefaults<T>(defaults: T, stored: unknown): T {
  if (Array.isArray(defaults)) return (Array.isArray(stored) ? stored : defaults) as T;
  if (isPlain(defaults)) {
    const source = isPlain(stored) ? stored : {};
    const result: Plain = {};
    for (const [key, value] of Object.entries(defaults)) result[key] = mergeWithDefaults(value, source[key]);
    return result as T;
  }
  return (typeof stored === typeof defaults ? stored : defaults) as T;
}

/** Settings from the stored JSON; unreadable or partial JSON falls back to defaults key by key. */
export function parseSettings(json: string | null | undefined): Settings {
  if (!json) return structuredCloneSettings(DEFAULT_SETTINGS);
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return structuredCloneSettings(DEFAULT_SETTINGS);
  }
  return mergeWithDefaults(DEFAULT_SETTINGS, stored);
}

function structuredCloneSettings(settings: Settings): Settings {
  return JSON.parse(JSON.stringify(settings)) as Settings;
}
