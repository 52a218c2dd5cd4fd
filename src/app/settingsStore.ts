import { langFromLocale, t } from '../core/i18n';
import {
  parseSettingsChecked,
  SETTINGS_PROPERTY,
  type Settings,
  type SettingWarning,
} from '../core/settings';
import type { Lang } from '../core/types';
import type { AppEnv } from './ports';

/**
 * The settings, and each stored value that was invalid and replaced by its default. Read once
 * per entry call, by the run context (`runContext`).
 */
export function loadSettingsChecked(env: Pick<AppEnv, 'documentProperties'>): {
  settings: Settings;
  warnings: SettingWarning[];
} {
  return parseSettingsChecked(env.documentProperties.get(SETTINGS_PROPERTY));
}

export function saveSettings(env: Pick<AppEnv, 'documentProperties'>, settings: Settings): void {
  env.documentProperties.set(SETTINGS_PROPERTY, JSON.stringify(settings));
}

/** The language chosen in Settings, or the spreadsheet locale's when left on `auto`. */
export function resolveLang(settings: Settings, locale: string): Lang {
  return settings.language === 'auto' ? langFromLocale(locale) : settings.language;
}

/** `The stored setting "language" is invalid (Choose a value from the list) — the default is used`. */
export function describeSettingWarning(warning: SettingWarning, lang: Lang): string {
  const problem = t(lang, warning.problem.key, warning.problem.params).replace(/\.$/, '');
  return t(lang, 'settings.warning.invalid', { field: warning.field, problem });
}
