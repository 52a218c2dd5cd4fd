/**
 * Every function Apps Script must see: menu handlers, triggers and the
 * `google.script.run` API of the sidebars. The build turns each export into a
 * real top-level function of `dist/Code.js`. Nothing else lives here: each
 * function resolves the environment and hands over to a use case.
 */
import { bumpChangeStamp } from '../app/changeStamp';
import { createMissingSheets as createSheetsUseCase } from '../app/createSheets';
import * as dashboard from '../app/dashboard';
import { runSelfTest } from '../app/diagnostics/selfTest';
import { diagnosticsView, type DiagnosticsView } from '../core/diagnostics/view';
import type { FormResult } from '../app/forms/result';
import { pageBase, submitAddDocument, submitBooking, submitPayment } from '../app/forms/submit';
import type { FormOptions, PageBase } from '../app/forms/types';
import { helpView, type HelpView } from '../app/help';
import { MENU } from '../app/menu';
import { recalculateNow } from '../app/recalculate';
import { sendLetter } from '../app/reminders/letters';
import { resumeReplyPause } from '../app/reminders/resume';
import { sendNowReport, type SendReport } from '../app/reminders/sendReport';
import {
  installOurTriggers,
  removeOurTriggers,
  triggerStatus,
  type TriggerStatus,
} from '../app/reminders/triggers';
import {
  dailyReminderRun,
  hourlyReminderRun,
  reminderPreview,
  skipReminder as skipReminderUseCase,
  weeklyReminderRun,
  type ReminderPreview,
} from '../app/reminders/useCases';
import { settingsView, submitSettings, type SettingsView } from '../app/settingsForm';
import { cachedDashboard, cachedFormOptions } from '../app/sidebarCache';
import type { AddDocumentInput } from '../core/forms/documentForm';
import type { BookLoadInput } from '../core/forms/loadForm';
import type { RegisterPaymentInput } from '../core/forms/paymentForm';
import { t } from '../core/i18n';
import type { Settings } from '../core/settings';
import { createGasEnv } from '../gas/env';
import { languageOf, menuCall, openSidebar, runForUser, serve, triggerCall } from './calls';

/**
 * Builds the menu and nothing else, so it stays fast in every authorization mode: AuthMode.NONE
 * (an add-on installed but not yet used in this document: no properties, no file) reads nothing;
 * LIMITED and FULL read the language. https://developers.google.com/apps-script/guides/triggers
 */
export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const unauthorized = event !== undefined && event.authMode === ScriptApp.AuthMode.NONE;
  const env = createGasEnv();
  const lang = unauthorized ? 'ru' : languageOf(env);
  const entries = MENU.map((item) => item && { label: t(lang, item.label), handler: item.handler });
  env.ui.addMenu(t(lang, 'app.name'), entries, { unauthorized });
}

/**
 * A person's edit (simple trigger, AuthMode.LIMITED): the change stamp moves, so no sidebar answers
 * from before it, and nothing else — a simple trigger must stay quick. Edits by scripts or the API
 * run no trigger (https://developers.google.com/apps-script/guides/triggers#restrictions): the
 * cache's short life covers those.
 */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (event !== undefined && event.authMode === ScriptApp.AuthMode.NONE) return;
  try {
    bumpChangeStamp(createGasEnv());
  } catch {
    // Without the properties (the add-on not used in this document) there is no cache to spoil.
  }
}

/** Add-on installs call onInstall; it does the same as opening. */
export function onInstall(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  onOpen(event);
}

export function showHelp(): void {
  openSidebar('help', 'menu.help', 'showHelp');
}

/** Sidebar API: the help page in the user's language. */
export function getHelp(): HelpView {
  return helpView(languageOf(createGasEnv()));
}

/** Menu: recalculates the load summary (and the documents) from one read of the workbook. */
export function recalculate(): void {
  menuCall('recalculate', (env, ctx) => void recalculateNow(env, ctx));
}

// Reminders, digests and triggers (SPEC §4, §5).

/**
 * The add-on's one clock trigger (hourly): what is left of today from the configured hour on,
 * or nothing (a few calls).
 */
export function hourlyRun(): string {
  return triggerCall('hourlyRun', (env, ctx) => hourlyReminderRun(env, ctx)?.summary ?? '', false);
}

/**
 * The daily trigger of older versions, and the CLI's run: recalculation, today's reminders and
 * digests (the load digest on Mondays) now, whatever the hour, within the time budget.
 */
export function dailyRun(): string {
  return triggerCall('dailyRun', (env, ctx) => {
    // Apps Script ignores what a trigger returns; the local runner prints it.
    const outcome = dailyReminderRun(env, ctx);
    return [...outcome.recalculated, outcome.summary].join('\n');
  });
}

/** The Monday trigger of older versions: the load digest, never twice (the daily run sends it too). */
export function weeklyRun(): string {
  return triggerCall('weeklyRun', (env, ctx) => weeklyReminderRun(env, ctx).summary);
}

/** Menu: sends today's reminders now and says in an alert what really happened. */
export function sendRemindersNow(): void {
  runForUser('sendRemindersNow', (env, ctx) => sendNowReport(env, ctx).message);
}

/** Sidebar API (the reminder preview's Send button): what the run really did. */
export function sendReminders(): SendReport {
  return serve('sendReminders', sendNowReport);
}

export function showReminderPreview(): void {
  openSidebar('reminders', 'menu.previewReminders', 'showReminderPreview');
}

export function installTriggers(): void {
  runForUser('installTriggers', (env, ctx) => {
    const schedule = installOurTriggers(env, ctx);
    return t(ctx.lang, 'triggers.installed', { hour: schedule.hour, timeZone: schedule.timeZone });
  });
}

export function removeTriggers(): void {
  runForUser('removeTriggers', (env, ctx) => {
    removeOurTriggers(env);
    return t(ctx.lang, 'triggers.removed');
  });
}

export function createMissingSheets(): void {
  runForUser('createMissingSheets', createSheetsUseCase);
}

/** Sidebar API: what today's run would send, grouped by recipient set. */
export function getReminderPreview(): ReminderPreview {
  return serve('getReminderPreview', reminderPreview);
}

/** Sidebar API: skip a message or an item for today; send one "work paused" letter (both of today's plan). */
export function skipReminder(key: string): string {
  return serve('skipReminder', (env, ctx) => skipReminderUseCase(env, ctx, key));
}
export function sendWorkPausedLetter(key: string): SendReport {
  return serve('sendWorkPausedLetter', (env, ctx) => sendLetter(env, ctx, key));
}
/** Sidebar API (the Gmail build): «Возобновить» — the reminders a client's reply paused go on. */
export function resumeReminders(key: string): string {
  return serve('resumeReminders', (env, ctx) => resumeReplyPause(env, ctx, key));
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

/** Sidebar API (dashboard): the view; one AM's clients (`''`: all) for this user; a data error's cell. */
export const getDashboard = (): dashboard.DashboardView => serve('getDashboard', cachedDashboard);
export const setDashboardManager = (key: string): dashboard.DashboardView =>
  serve('setDashboardManager', (env, ctx) => dashboard.chooseDashboardManager(env, ctx, key));
export const showDocumentRow = (row: number): void =>
  serve('showDocumentRow', (env, ctx) => dashboard.showDocumentRow(env, ctx, row));

/** Sidebar API (forms): people, clients, weeks and open invoices to pick from. */
export function getFormOptions(): FormOptions {
  return serve('getFormOptions', cachedFormOptions);
}

/** Sidebar API: validated again here, then one row is written under the document lock. */
export function addDocument(input: AddDocumentInput): FormResult {
  return serve('addDocument', (env, ctx) => submitAddDocument(env, ctx, input));
}

export function registerPayment(input: RegisterPaymentInput): FormResult {
  return serve('registerPayment', (env, ctx) => submitPayment(env, ctx, input));
}

export function bookLoad(input: BookLoadInput): FormResult {
  return serve('bookLoad', (env, ctx) => submitBooking(env, ctx, input));
}

/** Sidebar API: the page's language and text, for pages whose data API carries none. */
export function getPageTexts(): PageBase {
  return pageBase(languageOf(createGasEnv()));
}

export function getSettings(): SettingsView {
  return serve('getSettings', settingsView);
}

export function saveSettings(input: Settings): FormResult {
  return serve('saveSettings', (env, ctx) => submitSettings(env, ctx, input));
}

// Diagnostics (SPEC §5): a self-test of the service paths, the same in Google and locally.

export function showDiagnostics(): void {
  openSidebar('diagnostics', 'menu.diagnostics', 'showDiagnostics');
}

/** Sidebar API and `account-desk diagnose`: runs the self-test on a temporary sheet and reports. */
export function getDiagnostics(): DiagnosticsView {
  return serve('getDiagnostics', (env, ctx) => diagnosticsView(runSelfTest(env), ctx.lang));
}
