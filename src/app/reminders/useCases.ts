/**
 * The reminder use cases behind the menu, the triggers and the preview
 * sidebar. Each takes everything through `AppEnv` and the record source.
 */
import { isoWeekday } from '../../core/calendar';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import { OWNED_SHEETS } from '../../core/ownedSheets';
import { LOG_HEADER, logRow, RESULT } from '../../core/reminders/log';
import type { PlannedMessage } from '../../core/reminders/types';
import type { Lang } from '../../core/types';
import type { AppEnv } from '../ports';
import { loadSettings, resolveLang } from '../settingsStore';
import type { ReminderSource } from './inputs';
import { withRunLock } from './lock';
import { planReminders, runReminders, todayOf, type ReminderOutcome, type ReminderRequest } from './sendRun';
import { saveLastRun } from './status';

function context(env: AppEnv): { settings: ReturnType<typeof loadSettings>; lang: Lang } {
  const settings = loadSettings(env);
  return { settings, lang: resolveLang(settings, env.workbook.locale()) };
}

/**
 * What a day's run plans: documents and digests, and on Mondays the load digest too —
 * the add-on has one clock trigger, so the Monday work shares the daily run and its one
 * read of the workbook (a key in the log keeps it from going twice).
 */
function dayRequest(today: string, preview: boolean): ReminderRequest {
  return { daily: true, weekly: isoWeekday(today) === 1, preview };
}

function run(
  env: AppEnv,
  source: ReminderSource,
  kind: 'daily' | 'weekly' | 'now',
  request: (today: string) => ReminderRequest,
) {
  const { settings, lang } = context(env);
  const outcome = withRunLock(env, () => {
    const today = todayOf(env);
    const inputs = source(env, settings, lang, today);
    return runReminders(env, settings, lang, inputs, request(today));
  });
  saveLastRun(env, {
    time: env.clock.now().toISOString(),
    kind,
    outcome: outcome.summary,
    unknownStatus: outcome.unknownStatus,
    failed: outcome.failed,
    ok: outcome.ok,
  });
  try {
    env.workbook.toast(outcome.summary, t(lang, 'app.name'));
  } catch {
    // Time-driven triggers have no UI to toast to; the outcome is in the properties.
  }
  return outcome;
}

/**
 * The daily trigger: recalculated records, today's reminders and digests (accounting digest on
 * its weekday, the load digest on Mondays).
 */
export function dailyReminderRun(env: AppEnv, source: ReminderSource): ReminderOutcome {
  return run(env, source, 'daily', (today) => dayRequest(today, false));
}

/**
 * The Monday trigger of older versions, until Install triggers (or the next daily run)
 * replaces it: the load digest, plus the accounting digest when the daily run has not sent it.
 */
export function weeklyReminderRun(env: AppEnv, source: ReminderSource): ReminderOutcome {
  return run(env, source, 'weekly', () => ({ daily: false, weekly: true, preview: false }));
}

/** The menu's "Send reminders now": the same as the daily run, at once. */
export function sendRemindersNow(env: AppEnv, source: ReminderSource): ReminderOutcome {
  return run(env, source, 'now', (today) => dayRequest(today, false));
}

export interface PreviewMessage {
  key: string;
  kind: PlannedMessage['kind'];
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  status: PlannedMessage['status'];
  problem: string | null;
  items: { key: string | null; text: string }[];
}

export interface ReminderPreview {
  today: string;
  mode: string;
  draftsAvailable: boolean;
  weekend: boolean;
  messages: PreviewMessage[];
}

/** What today's daily run would plan, computed without sending or logging anything. */
function todaysPlan(env: AppEnv, source: ReminderSource) {
  const { settings, lang } = context(env);
  const today = todayOf(env);
  const inputs = source(env, settings, lang, today);
  const plan = planReminders(env, settings, lang, inputs, dayRequest(today, true), today);
  return { today, plan };
}

/** What today's run would send, by recipient set; writes nothing. */
export function reminderPreview(env: AppEnv, source: ReminderSource): ReminderPreview {
  const { settings } = context(env);
  const { today, plan } = todaysPlan(env, source);
  return {
    today,
    mode: settings.mode,
    draftsAvailable: env.mailer.draftsAvailable(),
    weekend: plan.weekend,
    messages: plan.messages.map((m) => ({
      key: m.key,
      kind: m.kind,
      to: m.to,
      cc: m.cc,
      subject: m.subject,
      body: m.body,
      status: m.status,
      problem: m.problem,
      items: m.items,
    })),
  };
}

/**
 * Skips a message (by its key) or one item of it for today: logged as skipped,
 * so no run sends it. Only keys of today's plan are accepted.
 */
export function skipReminder(env: AppEnv, source: ReminderSource, key: unknown): string {
  const { lang } = context(env);
  if (typeof key !== 'string' || key.length === 0 || key.length > 500)
    throw new UserError('reminders.skipUnknown');
  return withRunLock(env, () => {
    const { plan } = todaysPlan(env, source);
    const message = plan.messages.find((m) => m.key === key || m.items.some((item) => item.key === key));
    if (!message) throw new UserError('reminders.skipUnknown');
    const skipped =
      message.key === key ? message : { ...message, items: message.items.filter((i) => i.key === key) };
    // A skipped item must not mark the whole message done: log it under its own key.
    const row = logRow(env.clock.now().toISOString(), skipped, RESULT.skipped);
    if (skipped !== message) row[2] = key;
    env.workbook.appendRows(OWNED_SHEETS.log, [row], LOG_HEADER);
    return t(lang, 'reminders.skipped');
  });
}
