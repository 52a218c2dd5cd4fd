import { langFromLocale } from '../core/i18n';
import { parseSettings, SETTINGS_PROPERTY, type Settings } from '../core/settings';
import type { Lang } from '../core/types';
import type { AppEnv } from './ports';

export function loadSettings(env: Pick<AppEnv, 'documentProperties'>): Settings {
  return parseSettings(env.documentProperties.get(SETTINGS_PROPERTY));
}

export function saveSettings(env: Pick<AppEnv, 'documentProperties'>, settings: Settings): void {
  env.documentProperties.set(SETTINGS_PROPERTY, JSON.stringify(settings));
}

/** The language chosen in Settings, or the spreadsheet locale's when left on `auto`. */
export function resolveLang(settings: Settings, locale: string): Lang {
  return settings.language === 'auto' ? langFromLocale(locale) : settings.language;
}
