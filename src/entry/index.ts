/**
 * Every function Apps Script must see: menu handlers, triggers and the
 * `google.script.run` API of the sidebars. The build turns each export into a
 * real top-level function of `dist/Code.js`. Nothing else lives here: each
 * function resolves the environment and hands over to a use case.
 */
import { MENU } from '../app/menu';
import { recalculate as recalculateUseCase } from '../app/recalculate';
import { userMessageFor } from '../app/run';
import { loadSettings, resolveLang } from '../app/settingsStore';
import { UserError } from '../core/errors';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { createGasEnv } from '../gas/env';
import type { AppEnv } from '../app/ports';
import { registersSource } from '../app/reminders/source';
import {
  installOurTriggers,
  removeOurTriggers,
  triggerStatus,
  type TriggerStatus,
} from '../app/reminders/triggers';
import {
  createMissingSheets as createSheetsUseCase,
  dailyReminderRun,
  reminderPreview,
  sendRemindersNow as sendNowUseCase,
  skipReminder as skipReminderUseCase,
  weeklyReminderRun,
  type ReminderPreview,
} from '../app/reminders/useCases';

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

/** Menu: recalculates the load summary (and the documents) from one read of the workbook. */
export function recalculate(): void {
  const env = createGasEnv();
  const lang = currentLang();
  try {
    env.workbook.toast(t(lang, 'recalculate.progress'), t(lang, 'app.name'));
    // A trigger run may be rewriting the same owned sheets right now.
    if (!env.lock.tryAcquire(30_000)) throw new UserError('error.busy');
    try {
      recalculateUseCase(env, loadSettings(env), lang);
    } finally {
      env.lock.release();
    }
  } catch (error) {
    env.ui.alert(userMessageFor(error, lang, env.logger, 'recalculate'));
  }
}

// Reminders, digests and triggers (SPEC §4, §5).

function runForUser(context: string, work: (env: AppEnv) => string): void {
  const env = createGasEnv();
  try {
    env.ui.alert(work(env));
  } catch (error) {
    env.ui.alert(userMessageFor(error, currentLang(), env.logger, context));
  }
}

/** Trigger handler (daily): recalculation, today's reminders and digests. Never throws into the trigger. */
export function dailyRun(): string {
  const env = createGasEnv();
  try {
    return dailyReminderRun(env, registersSource).summary;
  } catch (error) {
    return userMessageFor(error, currentLang(), env.logger, 'dailyRun');
  }
}

/** Trigger handler (Mondays): the load digest. */
export function weeklyRun(): string {
  const env = createGasEnv();
  try {
    return weeklyReminderRun(env, registersSource).summary;
  } catch (error) {
    return userMessageFor(error, currentLang(), env.logger, 'weeklyRun');
  }
}

export function sendRemindersNow(): void {
  runForUser('sendRemindersNow', (env) => sendNowUseCase(env, registersSource).summary);
}

export function showReminderPreview(): void {
  const env = createGasEnv();
  const lang = currentLang();
  try {
    env.ui.showSidebar('reminders', t(lang, 'menu.previewReminders'));
  } catch (error) {
    env.ui.alert(userMessageFor(error, lang, env.logger, 'showReminderPreview'));
  }
}

export function installTriggers(): void {
  runForUser('installTriggers', (env) => {
    const hours = installOurTriggers(env);
    return t(currentLang(), 'triggers.installed', { daily: hours.dailyHour, weekly: hours.weeklyHour });
  });
}

export function removeTriggers(): void {
  runForUser('removeTriggers', (env) => {
    removeOurTriggers(env);
    return t(currentLang(), 'triggers.removed');
  });
}

export function createMissingSheets(): void {
  runForUser('createMissingSheets', (env) => createSheetsUseCase(env));
}

/** Sidebar API: what today's run would send, grouped by recipient set. */
export function getReminderPreview(): ReminderPreview {
  return reminderPreview(createGasEnv(), registersSource);
}

/** Sidebar API: skip a message or one item of it for today (validated against today's plan). */
export function skipReminder(key: string): string {
  return skipReminderUseCase(createGasEnv(), registersSource, key);
}

/** Sidebar API (dashboard): our triggers and the last run. */
export function getTriggerStatus(): TriggerStatus {
  return triggerStatus(createGasEnv());
}
