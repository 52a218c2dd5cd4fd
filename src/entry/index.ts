/**
 * Every function Apps Script must see: menu handlers, triggers and the
 * `google.script.run` API of the sidebars. The build turns each export into a
 * real top-level function of `dist/Code.js`. Nothing else lives here: each
 * function resolves the environment and hands over to a use case.
 */
import { MENU } from '../app/menu';
import { userMessageFor } from '../app/run';
import { loadSettings, resolveLang } from '../app/settingsStore';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { createGasEnv } from '../gas/env';

function currentLang(): Lang {
  try {
    const env = createGasEnv();
    return resolveLang(loadSettings(env), env.workbook.locale());
  } catch {
    // Without authorization (AuthMode.NONE) nothing can be read: Russian is the default.
    return 'ru';
  }
}

/** Builds the menu and nothing else, so it stays fast in every authorization mode. */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = currentLang();
  const menu = SpreadsheetApp.getUi().createMenu(t(lang, 'app.name'));
  for (const item of MENU) {
    if (item) menu.addItem(t(lang, item.label), item.handler);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** Add-on installs call onInstall; it does the same as opening. */
export function onInstall(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  onOpen(event);
}

export function showHelp(): void {
  const env = createGasEnv();
  const lang = currentLang();
  try {
    env.ui.showSidebar('help', t(lang, 'help.title'));
  } catch (error) {
    env.ui.alert(userMessageFor(error, lang, env.logger, 'showHelp'));
  }
}

/** Sidebar API: the help text in the user's language. */
export function getHelp(): { title: string; body: string } {
  const lang = currentLang();
  return { title: t(lang, 'help.title'), body: t(lang, 'help.body') };
}
