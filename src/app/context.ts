/**
 * What one run knows before it reads a table: the settings, the user's
 * language, the spreadsheet's zone and locale, today in that zone, and how the
 * run was started. Built once per entry call (menu item, trigger, sidebar API)
 * and passed down, so no use case reloads the settings or asks the clock for
 * "today" again: a run that crosses midnight still belongs to the day it began.
 */
import { dayInTimeZone } from '../core/calendar';
import type { DateContext } from '../core/cells';
import { langFromLocale } from '../core/i18n';
import type { Settings, SettingWarning } from '../core/settings';
import type { CalendarDay, Lang } from '../core/types';
import type { AppEnv } from './ports';
import { loadSettingsChecked, resolveLang } from './settingsStore';

/** How the run was started: a trigger has nobody to show a toast or an alert to. */
export type RunMode = 'menu' | 'sidebar' | 'trigger';

export interface RunContext {
  settings: Settings;
  /** Stored settings that were invalid and replaced by their defaults. */
  settingWarnings: readonly SettingWarning[];
  /** The user's language: Settings, else the spreadsheet locale's. */
  lang: Lang;
  /** IANA time zone of the spreadsheet. */
  timeZone: string;
  /** Spreadsheet locale, e.g. `ru_RU`. */
  locale: string;
  /** Today in the spreadsheet's zone, as it was when the run began. */
  today: CalendarDay;
  /** Epoch ms the run began: the execution's time budget is measured from it. */
  startedMs: number;
  mode: RunMode;
}

/** The calendar day of `now` in the spreadsheet's zone: the one place "today" is computed. */
export function todayOf(now: Date, timeZone: string): CalendarDay {
  return dayInTimeZone(now, timeZone);
}

export function runContext(
  env: Pick<AppEnv, 'documentProperties' | 'workbook' | 'clock'>,
  mode: RunMode,
): RunContext {
  const started = env.clock.now();
  const { settings, warnings } = loadSettingsChecked(env);
  const timeZone = env.workbook.timeZone();
  const locale = env.workbook.locale();
  return {
    settings,
    settingWarnings: warnings,
    lang: resolveLang(settings, locale),
    timeZone,
    locale,
    today: todayOf(started, timeZone),
    startedMs: started.getTime(),
    mode,
  };
}

/** The same run after the user saved new settings (the language may have changed too). */
export function withSettings(ctx: RunContext, settings: Settings): RunContext {
  return { ...ctx, settings, settingWarnings: [], lang: resolveLang(settings, ctx.locale) };
}

/**
 * The language to answer in when the context itself could not be built: the simple trigger
 * onOpen may run where the properties or the file are out of reach (AuthMode.NONE:
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
 */
export function fallbackLang(env: Pick<AppEnv, 'workbook'>): Lang {
  try {
    return langFromLocale(env.workbook.locale());
  } catch {
    return 'ru';
  }
}

/** The date context every cell parser of this run uses. */
export function dateContextOf(ctx: Pick<RunContext, 'timeZone' | 'today'>): DateContext {
  return { timeZone: ctx.timeZone, referenceDay: ctx.today };
}
