/**
 * Every function Apps Script must see: menu handlers, triggers and the
 * `google.script.run` API of the sidebars. The build turns each export into a
 * real top-level function of `dist/Code.js`. Nothing else lives here: each
 * function resolves the environment and hands over to a use case.
 */
import { dashboardView, type DashboardView } from '../app/dashboard';
import { formOptions, pageBase, submitAddDocument, submitBooking, submitPayment } from '../app/forms/submit';
import type { FormResult } from '../app/forms/result';
import type { FormOptions, PageBase } from '../app/forms/types';
import { settingsView, submitSettings, type SettingsView } from '../app/settingsForm';
import type { AddDocumentInput } from '../core/forms/documentForm';
import type { BookLoadInput } from '../core/forms/loadForm';
import type { RegisterPaymentInput } from '../core/forms/paymentForm';
import type { Settings } from '../core/settings';
import { createMissingSheets as createSheetsUseCase } from '../app/createSheets';
import { runSelfTest } from '../app/diagnostics/selfTest';
import { diagnosticsView, type DiagnosticsView } from '../app/diagnostics/view';
import { helpView, type HelpView } from '../app/help';
import { MENU } from '../app/menu';
import { recalculate as recalculateUseCase } from '../app/recalculate';
import { userMessageFor } from '../app/run';
import { loadSettings, resolveLang } from '../app/settingsStore';
import { UserError } from '../core/errors';
import { langFromLocale, t, type MessageKey } from '../core/i18n';
import type { Lang } from '../core/types';
import { createGasEnv } from '../gas/env';
import { runsAsAddOn } from '../gas/installation';
import type { AppEnv } from '../app/ports';
import { sendNowReport, type SendReport } from '../app/reminders/sendReport';
import { recalculatedSource, snapshotSource } from '../app/reminders/source';
import {
  installOurTriggers,
  refreshOurTrigger,
  removeOurTriggers,
  triggerStatus,
  type TriggerStatus,
} from '../app/reminders/triggers';
import {
  dailyReminderRun,
  reminderPreview,
  skipReminder as skipReminderUseCase,
  weeklyReminderRun,
  type ReminderPreview,
} from '../app/reminders/useCases';

/**
 * The user's language: Settings, else the spreadsheet locale, else Russian. The simple trigger
 * onOpen may run where the properties or the file itself are out of reach (AuthMode.NONE:
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle), so each
 * source is tried on its own.
 */
function currentLang(): Lang {
  const env = createGasEnv();
  try {
    return resolveLang(loadSettings(env), env.workbook.locale());
  } catch {
    try {
      return langFromLocale(env.workbook.locale());
    } catch {
      return 'ru';
    }
  }
}

function openSidebar(page: string, title: MessageKey, context: string): void {
  const env = createGasEnv();
  const lang = currentLang();
  try {
    env.ui.showSidebar(page, t(lang, title));
  } catch (error) {
    env.ui.alert(userMessageFor(error, lang, env.logger, context));
  }
}

/**
 * Runs a sidebar API call. Whatever fails reaches the page as one sentence in
 * the user's language (google.script.run passes the message to the failure
 * handler), never as a stack trace.
 */
function serve<T>(context: string, work: (env: AppEnv) => T): T {
  const env = createGasEnv();
  try {
    return work(env);
  } catch (error) {
    throw new Error(userMessageFor(error, currentLang(), env.logger, context));
  }
}

/**
 * Builds the menu and nothing else, so it stays fast in every authorization mode: AuthMode.NONE
 * (an add-on installed but not yet used in this document: no properties, no file) reads nothing;
 * LIMITED and FULL read the language. https://developers.google.com/apps-script/guides/triggers
 */
export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const unauthorized = event !== undefined && event.authMode === ScriptApp.AuthMode.NONE;
  const lang = unauthorized ? 'ru' : currentLang();
  const ui = SpreadsheetApp.getUi();
  const menu = runsAsAddOn(unauthorized) ? ui.createAddonMenu() : ui.createMenu(t(lang, 'app.name'));
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
  openSidebar('help', 'help.title', 'showHelp');
}

/** Sidebar API: the help page in the user's language. */
export function getHelp(): HelpView {
  return helpView(currentLang());
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

/**
 * Trigger handler, the add-on's one clock trigger: recalculation, today's reminders and digests,
 * the load digest on Mondays. Never throws into the trigger.
 */
export function dailyRun(): string {
  const env = createGasEnv();
  try {
    // An older install (two triggers, the script's zone) or a changed zone is put right first.
    refreshOurTrigger(env);
  } catch (error) {
    env.logger.log('dailyRun: could not refresh the trigger', { error: String(error) });
  }
  try {
    return dailyReminderRun(env, recalculatedSource).summary;
  } catch (error) {
    return userMessageFor(error, currentLang(), env.logger, 'dailyRun');
  }
}

/** The Monday trigger of older versions: the load digest, never twice (the daily run sends it too). */
export function weeklyRun(): string {
  const env = createGasEnv();
  try {
    return weeklyReminderRun(env, snapshotSource).summary;
  } catch (error) {
    return userMessageFor(error, currentLang(), env.logger, 'weeklyRun');
  }
}

/** Menu: sends today's reminders now and says in an alert what really happened. */
export function sendRemindersNow(): void {
  runForUser('sendRemindersNow', (env) => sendNowReport(env, recalculatedSource).message);
}

/** Sidebar API (the reminder preview's Send button): what the run really did. */
export function sendReminders(): SendReport {
  return serve('sendReminders', (env) => sendNowReport(env, recalculatedSource));
}

export function showReminderPreview(): void {
  openSidebar('reminders', 'menu.previewReminders', 'showReminderPreview');
}

export function installTriggers(): void {
  runForUser('installTriggers', (env) => {
    const schedule = installOurTriggers(env);
    return t(currentLang(), 'triggers.installed', { hour: schedule.hour, timeZone: schedule.timeZone });
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
  return serve('getReminderPreview', (env) => reminderPreview(env, snapshotSource));
}

/** Sidebar API: skip a message or one item of it for today (validated against today's plan). */
export function skipReminder(key: string): string {
  return serve('skipReminder', (env) => skipReminderUseCase(env, snapshotSource, key));
}

/** Sidebar API (dashboard): our triggers and the last run. */
export function getTriggerStatus(): TriggerStatus {
  return serve('getTriggerStatus', triggerStatus);
}

// Sidebars: dashboard, forms and settings (SPEC §5).

export function showDashboard(): void {
  openSidebar('dashboard', 'menu.dashboard', 'showDashboard');
}

export function showAddDocument(): void {
  openSidebar('addDocument', 'menu.addDocument', 'showAddDocument');
}

export function showRegisterPayment(): void {
  openSidebar('registerPayment', 'menu.registerPayment', 'showRegisterPayment');
}

export function showBookLoad(): void {
  openSidebar('bookLoad', 'menu.bookLoad', 'showBookLoad');
}

export function showSettings(): void {
  openSidebar('settings', 'menu.settings', 'showSettings');
}

/** Sidebar API (dashboard): load heat map, document counts, next actions, trigger status. */
export function getDashboard(): DashboardView {
  return serve('getDashboard', dashboardView);
}

/** Sidebar API (forms): people, clients, weeks and open invoices to pick from. */
export function getFormOptions(): FormOptions {
  return serve('getFormOptions', formOptions);
}

/** Sidebar API: validated again here, then one row is written under the document lock. */
export function addDocument(input: AddDocumentInput): FormResult {
  return serve('addDocument', (env) => submitAddDocument(env, input));
}

export function registerPayment(input: RegisterPaymentInput): FormResult {
  return serve('registerPayment', (env) => submitPayment(env, input));
}

export function bookLoad(input: BookLoadInput): FormResult {
  return serve('bookLoad', (env) => submitBooking(env, input));
}

/** Sidebar API: the page's language and text, for pages whose data API carries none. */
export function getPageTexts(): PageBase {
  return pageBase(currentLang());
}

export function getSettings(): SettingsView {
  return serve('getSettings', settingsView);
}

export function saveSettings(input: Settings): FormResult {
  return serve('saveSettings', (env) => submitSettings(env, input));
}

// Diagnostics (SPEC §5): a self-test of the service paths, the same in Google and locally.

export function showDiagnostics(): void {
  openSidebar('diagnostics', 'menu.diagnostics', 'showDiagnostics');
}

/** Sidebar API and `account-desk diagnose`: runs the self-test on a temporary sheet and reports. */
export function getDiagnostics(): DiagnosticsView {
  return serve('getDiagnostics', (env) => diagnosticsView(runSelfTest(env), currentLang()));
}
