/**
 * The reminder use cases behind the menu, the triggers and the preview
 * sidebar. Each takes the run's context and decides itself whether it
 * recalculates (a run that sends) or only reads the workbook (preview, skip).
 */
import { formatDay, isoWeekday } from '../../core/calendar';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import { OWNED_SHEETS } from '../../core/ownedSheets';
import { LOG_HEADER, logRow, RESULT } from '../../core/reminders/log';
import type { PlannedMessage } from '../../core/reminders/types';
import type { Lang } from '../../core/types';
import type { RunContext } from '../context';
import { RUN_WAIT_MS, withDocumentLock } from '../lock';
import type { AppEnv } from '../ports';
import { stateAfter } from '../../core/schedule/dayState';
import { sendBudget } from '../../core/schedule/budget';
import { readInputs, recalculatedInputs } from './dayInputs';
import { saveDayState, thisExecution } from './daySchedule';
import type { LogUpkeep } from './logStore';
import { planReminders, runReminders, type ReminderOutcome, type ReminderRequest } from './sendRun';
import { bouncedStamp, flagNewBounces } from './mailboxCheck';
import { saveLastRun } from './status';

/**
 * What a day's run plans: documents and digests, and on Mondays the load digest too —
 * the add-on has one clock trigger, so the Monday work shares the daily run and its one
 * read of the workbook (a key in the log keeps it from going twice).
 */
function dayRequest(ctx: RunContext, preview: boolean): ReminderRequest {
  return { daily: true, weekly: isoWeekday(ctx.today) === 1, preview };
}

export interface RunOutcome extends ReminderOutcome {
  /** The recalculation's lines when the run recalculated: a trigger shows no toast, its caller may print them. */
  recalculated: string[];
}

/**
 * A run that sends recalculates first and plans from that result; the Monday digest alone, and an
 * hourly execution that continues today's sending, only read. Sending stops at the execution's
 * budget; a day's run leaves the day state (done, or how many wait) for the next hourly execution.
 */
function run(
  env: AppEnv,
  ctx: RunContext,
  kind: 'daily' | 'weekly' | 'now' | 'hourly',
  request: ReminderRequest,
  recalculate = request.daily,
): RunOutcome {
  const budget = sendBudget(ctx.startedMs, ctx.settings.reminders.sendBudgetSeconds);
  const outcome = withDocumentLock(env, { waitMs: RUN_WAIT_MS }, () => {
    const day = recalculate ? recalculatedInputs(env, ctx) : readInputs(env, ctx);
    const bounced = bouncedStamp(env);
    const result = runReminders(env, ctx, day, { ...request, budget });
    flagNewBounces(env, ctx, bounced);
    if (request.daily) saveDayState(env, stateAfter(ctx.today, result.waiting));
    return { ...result, recalculated: day.recalculated ?? [] };
  });
  saveLastRun(env, {
    time: env.clock.now().toISOString(),
    kind,
    outcome: outcome.summary,
    unknownStatus: outcome.unknownStatus,
    failed: outcome.failed,
    ok: outcome.ok,
  });
  // Time-driven triggers have no UI to toast to; the outcome is in the properties.
  if (ctx.mode !== 'trigger') env.workbook.toast(outcome.summary, t(ctx.lang, 'app.name'));
  return outcome;
}

/**
 * The daily trigger: recalculated records, today's reminders and digests (accounting digest on
 * its weekday, the load digest on Mondays).
 */
export function dailyReminderRun(env: AppEnv, ctx: RunContext): RunOutcome {
  return run(env, ctx, 'daily', dayRequest(ctx, false));
}

/**
 * The Monday trigger of older versions, until Install triggers (or the next daily run)
 * replaces it: the load digest, plus the accounting digest when the daily run has not sent it.
 */
export function weeklyReminderRun(env: AppEnv, ctx: RunContext): ReminderOutcome {
  return run(env, ctx, 'weekly', { daily: false, weekly: true, preview: false });
}

/**
 * One execution of the hourly trigger: before the configured hour, or when today is done, it stops
 * after reading the day state (null); else it does what is left of today — the first execution
 * of the day recalculates, the next ones continue sending from the log.
 */
export function hourlyReminderRun(env: AppEnv, ctx: RunContext): ReminderOutcome | null {
  const execution = thisExecution(env, ctx);
  if (!execution.work) return null;
  return run(env, ctx, 'hourly', dayRequest(ctx, false), execution.firstOfDay);
}

/** The menu's "Send reminders now": the same as the daily run, at once. */
export function sendRemindersNow(env: AppEnv, ctx: RunContext): ReminderOutcome {
  return run(env, ctx, 'now', dayRequest(ctx, false));
}

export interface PreviewMessage {
  key: string;
  kind: PlannedMessage['kind'];
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  /** The HTML part as it goes out, for the sidebar to show the way a mail client will. */
  htmlBody: string;
  status: PlannedMessage['status'];
  problem: string | null;
  items: { key: string | null; text: string }[];
  /** The Gmail build: the client's reply that holds this reminder, for «Возобновить». */
  held?: HeldView;
}

export interface HeldView {
  /** The reply's log key, what «Возобновить» takes. */
  key: string;
  /** When the client replied and until when the reminders wait, in the user's words. */
  day: string;
  until: string;
  line: string;
  /** The thread in Gmail, when it is one. */
  link: string | null;
}

export interface ReminderPreview {
  today: string;
  mode: string;
  draftsAvailable: boolean;
  weekend: boolean;
  messages: PreviewMessage[];
  /** Letters the AM may send by hand (the "work paused" letter at STOP); none goes by itself. */
  letters: PreviewMessage[];
}

/** What today's daily run would plan, computed without sending or logging anything. */
function todaysPlan(env: AppEnv, ctx: RunContext, upkeep: LogUpkeep = 'read') {
  return planReminders(env, ctx, readInputs(env, ctx).inputs, dayRequest(ctx, true), upkeep);
}

/** Only a Gmail address goes to the page as a link. */
const GMAIL_LINK = /^https:\/\/mail\.google\.com\//;

function previewOf(m: PlannedMessage, lang: Lang): PreviewMessage {
  const held = m.held
    ? {
        held: {
          key: m.held.key,
          day: formatDay(m.held.repliedOn, lang),
          until: formatDay(m.held.until, lang),
          line: m.held.firstLine,
          link: m.held.link && GMAIL_LINK.test(m.held.link) ? m.held.link : null,
        },
      }
    : {};
  return {
    key: m.key,
    kind: m.kind,
    to: m.to,
    cc: m.cc,
    subject: m.subject,
    body: m.body,
    htmlBody: m.htmlBody,
    status: m.status,
    problem: m.problem,
    items: m.items,
    ...held,
  };
}

/** What today's run would send, by recipient set; writes nothing. */
export function reminderPreview(env: AppEnv, ctx: RunContext): ReminderPreview {
  const plan = todaysPlan(env, ctx);
  return {
    today: ctx.today,
    mode: ctx.settings.mode,
    draftsAvailable: env.mailer.draftsAvailable(),
    weekend: plan.weekend,
    messages: plan.messages.map((m) => previewOf(m, ctx.lang)),
    letters: plan.letters.map((m) => previewOf(m, ctx.lang)),
  };
}

/**
 * Skips a message (by its key) or one item of it for today: logged as skipped,
 * so no run sends it. Only keys of today's plan are accepted.
 */
export function skipReminder(env: AppEnv, ctx: RunContext, key: unknown): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 500)
    throw new UserError('reminders.skipUnknown');
  return withDocumentLock(env, { waitMs: RUN_WAIT_MS }, () => {
    // It appends to the log: a move a killed run left half-done is finished first.
    const plan = todaysPlan(env, ctx, 'recover');
    const message = plan.messages.find((m) => m.key === key || m.items.some((item) => item.key === key));
    if (!message) throw new UserError('reminders.skipUnknown');
    const skipped =
      message.key === key ? message : { ...message, items: message.items.filter((i) => i.key === key) };
    // A skipped item must not mark the whole message done: log it under its own key.
    const row = logRow(env.clock.now().toISOString(), skipped, RESULT.skipped);
    if (skipped !== message) row[2] = key;
    env.workbook.appendRows(OWNED_SHEETS.log, [row], LOG_HEADER);
    return t(ctx.lang, 'reminders.skippedToday');
  });
}
