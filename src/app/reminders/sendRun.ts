/**
 * One reminder run: plan today's emails, then send them in small batches. The
 * caller holds the run lock. Exactly once (SPEC §4): each batch's keys are
 * written to the log as `pending` and flushed before its first email goes; the
 * results are written with the next batch's write-ahead (one block, one flush).
 * A pending, sent, drafted, skipped or unknown key is never planned again, so
 * a kill at any point leaves at most one batch "status unknown", and whatever
 * was not yet in a batch is simply still due.
 *
 * One email the mail service refuses never stops the others: it is marked
 * failed with its reason (retried by the next runs, twice at most) and the run
 * goes on. A log that cannot be saved stops the run before anything more goes.
 *
 * A run with a time budget starts no batch once the budget is spent: the rest of
 * the ready messages stay due (not in the log at all) for the next execution.
 */
import { formatDay } from '../../core/calendar';
import { langFromLocale, t } from '../../core/i18n';
import {
  doneKeys,
  failedAttempts,
  failedResult,
  interruptedEntries,
  logRow,
  RESULT,
  unresolvedEntries,
  type LogEntry,
} from '../../core/reminders/log';
import type { ReminderInputs } from '../../core/reminders/inputs';
import { mailFailureReason } from '../../core/reminders/limits';
import { planDay } from '../../core/reminders/plan';
import type { PlannedMessage } from '../../core/reminders/types';
import { mayStartBatch, type SendBudget } from '../../core/schedule/budget';
import type { Settings } from '../../core/settings';
import type { CalendarDay } from '../../core/types';
import type { RunContext } from '../context';
import type { AppEnv } from '../ports';
import { openLog, type LogUpkeep, type LogView } from './logStore';
import { carriedRows, LogWriter } from './logWriter';
import { checkMailbox, withFreshBounces, type MailboxCheck } from './mailboxCheck';
import { heldResult, logThreadSend, mailSummary } from './mailboxLog';
import { goesInThread, sendInThread, toMail } from './threadSend';
import { ensureTemplatesSheet, loadTemplates } from './templatesSheet';

export interface ReminderRequest {
  /** Document reminders, STOP, renewals and AM digests. */
  daily: boolean;
  /** The Monday load digest. */
  weekly: boolean;
  /** Plan only: nothing sent, nothing logged. */
  preview: boolean;
  /** Stop starting batches when this execution's time for sending is spent. */
  budget?: SendBudget;
  /** Send only this letter of today's plan (the AM's click on a "work paused" letter), nothing else. */
  letter?: string;
}

export interface ReminderOutcome {
  today: CalendarDay;
  mode: Settings['mode'];
  messages: PlannedMessage[];
  sent: number;
  drafts: number;
  quota: number;
  /** Messages the mail service refused in this run. */
  failed: number;
  unknownStatus: number;
  /** False when any message failed or the run had to stop: the CLI exits 1, the dashboard warns. */
  ok: boolean;
  /**
   * Why the run stopped early: the log could not be saved, the mail service kept refusing, or the
   * execution's time budget was spent (not a failure: the next execution goes on).
   */
  stopped: 'storage' | 'service' | 'budget' | null;
  /** Ready messages this run did not get to: still due, for the next execution. */
  waiting: number;
  /** One line in the user's language. */
  summary: string;
}

/** Messages per write-ahead batch: only one batch can ever be in flight when a run dies. */
export const BATCH_SIZE = 10;
/** This many refusals in a row mean the mail service is down, not the message: stop and keep the rest due. */
export const SERVICE_DOWN_AFTER = 3;

/** What the planner needs: the records, and the run's list of sheets (the templates sheet may be missing). */
export interface DayInputs {
  inputs: ReminderInputs;
  sheetNames: Set<string>;
  /** What the recalculation before the run said (the toast a person would see), when there was one. */
  recalculated?: string[];
}

export function planReminders(
  env: AppEnv,
  ctx: RunContext,
  inputs: ReminderInputs,
  request: ReminderRequest,
  upkeep: LogUpkeep = 'read',
): {
  messages: PlannedMessage[];
  /** Letters the AM may send by hand today. */
  letters: PlannedMessage[];
  weekend: boolean;
  /** On a non-working day, the working day the emails wait for. */
  resumesOn: CalendarDay | null;
  log: LogEntry[];
  view: LogView;
  /** Gmail build: what the mailbox said (read only by a run that sends) and the pauses in force. */
  mail: MailboxCheck;
} {
  // Only the log's working set: the rows the rules may still ask about (logStore.ts).
  const view = openLog(env, ctx, inputs, upkeep);
  const log = view.entries;
  const mail = checkMailbox(env, ctx, inputs, log, upkeep === 'maintain');
  const plan = planDay({
    today: ctx.today,
    lang: ctx.lang,
    clientLang: langFromLocale(ctx.locale),
    settings: ctx.settings,
    documents: withFreshBounces(inputs.documents, mail.bounced, ctx),
    load: inputs.load,
    staffing: inputs.staffing,
    team: inputs.team,
    done: doneKeys(log),
    interrupted: unresolvedEntries(log),
    templates: loadTemplates(env),
    quota: env.mailer.remainingDailyQuota(),
    daily: request.daily,
    weekly: request.weekly,
    calendar: inputs.calendar,
    replyPauses: mail.replyPauses,
  });
  const letters = plan.letters ?? [];
  return {
    // A letter goes only when the AM sends it, and then alone.
    messages: request.letter === undefined ? plan.messages : letters.filter((m) => m.key === request.letter),
    letters,
    weekend: plan.weekend,
    resumesOn: plan.resumesOn ?? null,
    log,
    view,
    mail,
  };
}

/** Plans today's emails and sends them in write-ahead batches; the caller holds the document lock. */
export function runReminders(
  env: AppEnv,
  ctx: RunContext,
  day: DayInputs,
  request: ReminderRequest,
): ReminderOutcome {
  const { settings, lang, today } = ctx;
  const preview = request.preview || settings.mode === 'preview';
  const outcome: ReminderOutcome = {
    today,
    mode: settings.mode,
    messages: [],
    sent: 0,
    drafts: 0,
    quota: 0,
    failed: 0,
    unknownStatus: 0,
    ok: true,
    stopped: null,
    waiting: 0,
    summary: '',
  };
  if (!preview && settings.mode === 'draft' && !env.mailer.draftsAvailable())
    return { ...outcome, summary: t(lang, 'reminders.draftUnavailable') };
  if (!preview) ensureTemplatesSheet(env, day.sheetNames);
  const plan = planReminders(env, ctx, day.inputs, request, preview ? 'read' : 'maintain');
  outcome.messages = plan.messages;
  const interrupted = interruptedEntries(plan.log);
  outcome.unknownStatus = interrupted.length;
  if (plan.weekend)
    return {
      ...outcome,
      summary: t(lang, 'reminders.nonWorkingDay', { day: formatDay(plan.resumesOn ?? ctx.today, lang) }),
    };
  if (preview) {
    const count = plan.messages.filter((m) => m.status === 'ready').length;
    return { ...outcome, summary: t(lang, 'reminders.preview', { count }) };
  }
  if (plan.messages.length === 0 && interrupted.length === 0 && plan.mail.replyRows.length === 0)
    return { ...outcome, summary: t(lang, 'reminders.nothing') };

  const log = new LogWriter(env, plan.view);
  const time = env.clock.now().toISOString();
  // A client's reply is in the log before anything goes: the pause it starts is durable.
  for (const row of plan.mail.replyRows) log.append(row);
  // A run that died between a write-ahead and its results: those rows are "status unknown" now.
  for (const entry of interrupted) log.setResult(entry.row, RESULT.unknown);

  const carried = carriedRows(plan.log, plan.messages);
  // Every planned message gets a row: a new one unless it carries an earlier run's.
  log.expectAppends(plan.messages.filter((m) => !carried.has(m)).length);
  const rowOf = new Map<PlannedMessage, number>();
  const place = (message: PlannedMessage, result: string) => {
    const values = logRow(time, message, result);
    const previous = carried.get(message);
    rowOf.set(message, previous ? log.update(previous.row, values) : log.append(values));
  };
  for (const message of plan.messages) {
    if (message.status === 'quota') place(message, RESULT.quota);
    if (message.status === 'rejected') place(message, `${RESULT.notSent}: ${message.problem}`);
    if (message.status === 'held') place(message, heldResult(message));
  }
  outcome.quota = plan.messages.filter((m) => m.status === 'quota').length;

  const ready = plan.messages.filter((m) => m.status === 'ready');
  let refusedInARow = 0;
  let lastError = '';
  let refused = 0;
  let attempted = 0;
  let quotaSpent = false;
  try {
    for (let start = 0; start < ready.length && outcome.stopped === null; start += BATCH_SIZE) {
      if (request.budget && !mayStartBatch(request.budget, env.clock.now().getTime(), start / BATCH_SIZE)) {
        outcome.stopped = 'budget';
        break;
      }
      const batch = ready.slice(start, start + BATCH_SIZE);
      // Write-ahead: the batch's keys are durable before its first email leaves.
      for (const message of batch) place(message, RESULT.pending);
      log.commit();
      for (const message of batch) {
        const row = rowOf.get(message) as number;
        if (outcome.stopped !== null) {
          log.setResult(row, RESULT.notSent);
          continue;
        }
        attempted += 1;
        try {
          if (goesInThread(env, message)) {
            // The Gmail build: in the cadence's thread, the invoices' Drive files attached.
            const draft = settings.mode === 'draft';
            const went = sendInThread(env, message, settings, plan.mail, draft);
            logThreadSend(log, { row, time, message, draft }, went);
            outcome[draft ? 'drafts' : 'sent'] += 1;
          } else if (settings.mode === 'draft') {
            env.mailer.createDraft(toMail(message, settings));
            outcome.drafts += 1;
            log.setResult(row, RESULT.draft);
          } else {
            env.mailer.send(toMail(message, settings));
            outcome.sent += 1;
            log.setResult(row, RESULT.sent);
          }
          refusedInARow = 0;
        } catch (caught) {
          const reason = caught instanceof Error ? caught.message : String(caught);
          env.logger.log('reminders: the mail service refused a message', { key: message.key, reason });
          lastError = reason;
          if (mailFailureReason(reason) === 'mailError.quota') {
            // Not the message's fault: it and the rest wait for tomorrow's quota.
            log.setResult(row, RESULT.quota);
            outcome.quota += 1;
            outcome.stopped = 'service';
            quotaSpent = true;
            continue;
          }
          const previous = carried.get(message);
          const attempt = (previous ? failedAttempts(previous.result) : 0) + 1;
          log.setResult(row, failedResult(attempt, reason));
          refused += 1;
          refusedInARow += 1;
          if (refusedInARow >= SERVICE_DOWN_AFTER) outcome.stopped = 'service';
        }
      }
    }
    log.commit();
  } catch (caught) {
    // The log could not be saved: stop here, so nothing goes out without its durable write-ahead.
    outcome.stopped = 'storage';
    lastError = caught instanceof Error ? caught.message : String(caught);
    env.logger.log('reminders: the log could not be saved', { error: lastError });
  }
  // A message rejected when planned (a line break in a header) is a data problem, reported in the
  // AM digest like the others; only what the mail service refused counts as a failure of the run.
  outcome.failed = refused;
  // What the quota stopped waits for tomorrow's quota, not for the next hour.
  outcome.waiting = quotaSpent ? 0 : ready.length - attempted;
  outcome.ok = outcome.failed === 0 && (outcome.stopped === null || outcome.stopped === 'budget');

  const { sent, drafts, quota, failed } = outcome;
  let summary = t(lang, 'reminders.outcome', { sent, drafts, quota, failed });
  if (outcome.stopped === 'storage')
    summary = t(lang, 'reminders.saveFailed', { sent: sent + drafts, error: lastError });
  else if (outcome.stopped === 'service' && refusedInARow >= SERVICE_DOWN_AFTER)
    summary = `${summary} ${t(lang, 'reminders.serviceDown', { count: refusedInARow, error: lastError, sent: sent + drafts })}`;
  else if (refused > 0) summary = `${summary} ${t(lang, 'reminders.failedSome', { count: refused })}`;
  if (outcome.stopped === 'budget')
    summary += ` ${t(lang, 'schedule.budgetStopped', { waiting: outcome.waiting })}`;
  if (interrupted.length > 0)
    summary += ` ${t(lang, 'reminders.unknownStatus', { count: interrupted.length })}`;
  return { ...outcome, summary: summary + mailSummary(env, lang, plan.mail) };
}
