/**
 * The user's settings, kept as one JSON document property. Everything
 * configurable lives here with its default, so a new install works (in
 * `preview` mode) before anybody opens Settings.
 */
import { validateSettings } from './forms/settings';
import { DEFAULT_SEND_BUDGET_SECONDS } from './schedule/budget';
import type { FieldError } from './forms/fieldErrors';
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
    /** The billable share of available hours the agency aims at; below it is highlighted. */
    utilisationTargetPct: number;
  };
  documents: {
    /** Days overdue that stop the project. */
    stopDays: number;
    /** Days overdue from which a client reminder copies the escalation contact, in a firmer tone (0: never). */
    escalationDays: number;
    /** Days after signing to wait for the paper original. */
    originalsWaitDays: number;
    /** Days before `valid until` (or 31 Dec) to warn about renewal. */
    renewalLeadDays: number;
    /** Whether every contract is renewed for the new year. */
    renewForNewYear: boolean;
    /** Receivables as % of the last 30 days' revenue that is still healthy. */
    receivablesTargetPct: number;
    /** A plain number in `Отсрочка` counts working days (`5` = `5 раб. дн.`), as many contracts state. */
    termsInWorkingDays: boolean;
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
    /** Seconds of one execution that may go to sending; the rest waits for the next hourly one. */
    sendBudgetSeconds: number;
    /** At most one email to a client in this many days (0: no window); later stages wait and join it. */
    cadenceWindowDays: number;
    /**
     * Gmail build: days a client's reply pauses their reminders, unless the AM resumes them
     * sooner («Возобновить») or sets a pause date on the row.
     */
    replyPauseDays: number;
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
    utilisationTargetPct: 75,
  },
  documents: {
    stopDays: 30,
    escalationDays: 14,
    originalsWaitDays: 14,
    renewalLeadDays: 30,
    renewForNewYear: true,
    receivablesTargetPct: 20,
    termsInWorkingDays: false,
  },
  reminders: {
    preDueDays: 3,
    overdueRepeatDays: 7,
    dailyHour: 9,
    sendOnWeekends: false,
    accountingWeekday: 1,
    sendBudgetSeconds: DEFAULT_SEND_BUDGET_SECONDS,
    cadenceWindowDays: 3,
    replyPauseDays: 14,
  },
  mapping: [],
};

/** The document property that holds the settings JSON. */
export const SETTINGS_PROPERTY = 'accountDesk.settings';

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored setting that was not used: its dotted path and why (an i18n key of the forms). */
export interface SettingWarning {
  field: string;
  problem: FieldError;
}

/**
 * Fills every key the stored value lacks from the default; a key held with a
 * wrong type falls back to the default too, and is reported in `wrong`.
 */
function mergeWithDefaults<T>(defaults: T, stored: unknown, path: string, wrong: string[]): T {
  if (Array.isArray(defaults)) {
    if (stored !== undefined && !Array.isArray(stored)) wrong.push(path);
    return (Array.isArray(stored) ? stored : defaults) as T;
  }
  if (isPlain(defaults)) {
    if (stored !== undefined && !isPlain(stored)) wrong.push(path);
    const source = isPlain(stored) ? stored : {};
    const result: Plain = {};
    for (const [key, value] of Object.entries(defaults))
      result[key] = mergeWithDefaults(value, source[key], path ? `${path}.${key}` : key, wrong);
    return result as T;
  }
  if (stored !== undefined && typeof stored !== typeof defaults) wrong.push(path);
  return (typeof stored === typeof defaults ? stored : defaults) as T;
}

function defaultAt(path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (isPlain(value) ? value[key] : undefined), DEFAULT_SETTINGS);
}

function resetTo(settings: Settings, path: string): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<unknown>((value, key) => (isPlain(value) ? value[key] : undefined), settings);
  if (isPlain(parent) && last in parent) parent[last] = JSON.parse(JSON.stringify(defaultAt(path) ?? null));
}

/**
 * Settings from the stored JSON, checked by the same rules as the Settings form:
 * every value that is missing, of the wrong type or invalid (a language `de`, a
 * line break in the sender name, an hour 25) falls back to its default, and each
 * one that was stored wrong is returned as a warning. Never throws.
 */
export function parseSettingsChecked(json: string | null | undefined): {
  settings: Settings;
  warnings: SettingWarning[];
} {
  if (!json) return { settings: structuredCloneSettings(DEFAULT_SETTINGS), warnings: [] };
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return {
      settings: structuredCloneSettings(DEFAULT_SETTINGS),
      warnings: [{ field: SETTINGS_PROPERTY, problem: { key: 'forms.error.malformed' } }],
    };
  }
  const wrong: string[] = [];
  const settings = mergeWithDefaults(DEFAULT_SETTINGS, stored, '', wrong);
  const warnings: SettingWarning[] = wrong.map((field) => ({
    field: field || SETTINGS_PROPERTY,
    problem: { key: 'forms.error.malformed' },
  }));
  // A reset can break a rule between two fields (reserve above overload): check until clean.
  for (let round = 0; round < 3; round += 1) {
    // Draft availability depends on the build, not on what was stored: the send run says so itself.
    const checked = validateSettings(settings, true);
    if (checked.ok) return { settings: checked.value, warnings };
    for (const [field, problem] of Object.entries(checked.errors)) {
      if (field === 'form') return { settings: structuredCloneSettings(DEFAULT_SETTINGS), warnings };
      resetTo(settings, field);
      warnings.push({ field, problem });
    }
  }
  return { settings: structuredCloneSettings(DEFAULT_SETTINGS), warnings };
}

/** Settings from the stored JSON; anything unreadable or invalid falls back to its default. */
export function parseSettings(json: string | null | undefined): Settings {
  return parseSettingsChecked(json).settings;
}

function structuredCloneSettings(settings: Settings): Settings {
  return JSON.parse(JSON.stringify(settings)) as Settings;
}
