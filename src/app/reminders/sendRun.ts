/**
 * One reminder run: plan today's emails, write them ahead to the log, send,
 * write the results. The caller holds the run lock. Exactly once: a key is
 * logged `pending` before its email goes out (one append for the whole run)
 * and a pending, sent, drafted or skipped key is never planned again.
 */
import { dayInTimeZone } from '../../core/calendar';
import { t } from '../../core/i18n';
import { OWNED_SHEETS } from '../../core/ownedSheets';
import {
  doneKeys,
  interruptedEntries,
  LOG_COLUMNS,
  LOG_HEADER,
  logRow,
  readLog,
  RESULT,
  type LogEntry,
} from '../../core/reminders/log';
import { planDay } from '../../core/reminders/planner';
import type { PlannedMessage } from '../../core/reminders/types';
import type { Settings } from '../../core/settings';
import type { CalendarDay, CellValue, Lang } from '../../core/types';
import type { AppEnv, MailMessage } from '../ports';
import type { ReminderInputs } from './inputs';
import { ensureTemplatesSheet, loadTemplates } from './templatesSheet';

export interface ReminderRequest {
  /** Document reminders, STOP, renewals and AM digests. */
  daily: boolean;
  /** The Monday load digest. */
  weekly: boolean;
  /** Plan only: nothing sent, nothing logged. */
  preview: boolean;
}

export interface ReminderOutcome {
  today: CalendarDay;
  mode: Settings['mode'];
  messages: PlannedMessage[];
  sent: number;
  drafts: number;
  quota: number;
  failed: number;
  unknownStatus: number;
  /** One line in the user's language. */
  summary: string;
}

function toMail(message: PlannedMessage, settings: Settings): MailMessage {
  return {
    to: message.to,
    cc: message.cc.length > 0 ? message.cc : undefined,
    replyTo: message.replyTo ?? undefined,
    subject: message.subject,
    body: message.body,
    htmlBody: message.htmlBody,
    name: settings.senderName.trim() || undefined,
  };
}

export function todayOf(env: Pick<AppEnv, 'clock' | 'workbook'>): CalendarDay {
  return dayInTimeZone(env.clock.now(), env.workbook.timeZone());
}

export function planReminders(
  env: AppEnv,
  settings: Settings,
  lang: Lang,
  inputs: ReminderInputs,
  request: ReminderRequest,
  today: CalendarDay,
): { messages: PlannedMessage[]; weekend: boolean; log: LogEntry[]; logRows: number } {
  const logGrid = env.workbook.readSheet(OWNED_SHEETS.log, ['values']);
  const log = readLog(logGrid?.values ?? null);
  const plan = planDay({
    today,
    lang,
    settings,
    documents: inputs.documents,
    load: inputs.load,
    staffing: inputs.staffing,
    done: doneKeys(log),
    interrupted: interruptedEntries(log),
    templates: loadTemplates(env),
    quota: env.mailer.remainingDailyQuota(),
    daily: request.daily,
    weekly: request.weekly,
  });
  return {
    messages: plan.messages,
    weekend: plan.weekend,
    log,
    logRows: logGrid ? logGrid.values.length : -1,
  };
}

export function runReminders(
  env: AppEnv,
  settings: Settings,
  lang: Lang,
  inputs: ReminderInputs,
  request: ReminderRequest,
): ReminderOutcome {
  const today = todayOf(env);
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
    summary: '',
  };
  if (!preview && settings.mode === 'draft' && !env.mailer.draftsAvailable())
    return { ...outcome, summary: t(lang, 'reminders.draftUnavailable') };
  if (!preview) ensureTemplatesSheet(env);
  const plan = planReminders(env, settings, lang, inputs, request, today);
  outcome.messages = plan.messages;
  const interrupted = interruptedEntries(plan.log);
  outcome.unknownStatus = interrupted.length;
  if (plan.weekend) return { ...outcome, summary: t(lang, 'reminders.weekend') };
  if (preview) {
    const count = plan.messages.filter((m) => m.status === 'ready').length;
    return { ...outcome, summary: t(lang, 'reminders.preview', { count }) };
  }
  if (plan.messages.length === 0 && interrupted.length === 0)
    return { ...outcome, summary: t(lang, 'reminders.nothing') };

  const time = env.clock.now().toISOString();
  const results = plan.messages.map((m) =>
    m.status === 'ready'
      ? RESULT.pending
      : m.status === 'quota'
        ? RESULT.quota
        : `${RESULT.notSent}: ${m.problem}`,
  );
  // Write-ahead: every key of this run is in the log before the first email leaves.
  // A log sheet the user emptied gets its header back, so no key row is ever read as the header.
  const header = plan.logRows === 0 ? [LOG_HEADER] : [];
  const firstRow = plan.logRows <= 0 ? 2 : plan.logRows + 1;
  if (plan.messages.length > 0)
    env.workbook.appendRows(
      OWNED_SHEETS.log,
      [...header, ...plan.messages.map((m, i) => logRow(time, m, results[i]))],
      LOG_HEADER,
    );

  let error: unknown = null;
  let index = 0;
  try {
    for (; index < plan.messages.length; index += 1) {
      const message = plan.messages[index];
      if (message.status !== 'ready') continue;
      if (settings.mode === 'draft') {
        env.mailer.createDraft(toMail(message, settings));
        results[index] = RESULT.draft;
        outcome.drafts += 1;
      } else {
        env.mailer.send(toMail(message, settings));
        results[index] = RESULT.sent;
        outcome.sent += 1;
      }
    }
  } catch (caught) {
    error = caught;
    const reason = caught instanceof Error ? caught.message : String(caught);
    results[index] = `${RESULT.error}: ${reason.replace(/[\r\n]+/g, ' ')}`;
    // Not sent: planned again by the next run.
    for (let rest = index + 1; rest < results.length; rest += 1)
      if (results[rest] === RESULT.pending) results[rest] = RESULT.notSent;
  }
  outcome.quota = plan.messages.filter((m) => m.status === 'quota').length;
  outcome.failed = results.filter((r) => r.startsWith(RESULT.error) || r === RESULT.notSent).length;
  writeResults(env, plan.log, interrupted, firstRow, results);

  const sentBefore = outcome.sent + outcome.drafts;
  const { sent, drafts, quota, failed } = outcome;
  let summary = t(lang, 'reminders.outcome', { sent, drafts, quota, failed });
  if (error) {
    env.logger.log('reminders: mail service failed', { error: String(error) });
    summary = t(lang, 'reminders.failed', {
      sent: sentBefore,
      error: error instanceof Error ? error.message : String(error),
    });
  }
  if (interrupted.length > 0)
    summary += ` ${t(lang, 'reminders.unknownStatus', { count: interrupted.length })}`;
  return { ...outcome, summary };
}

/**
 * One write of the result column, from the oldest interrupted row (now marked
 * "status unknown": reported, never re-sent) to this run's last row.
 */
function writeResults(
  env: AppEnv,
  log: readonly LogEntry[],
  interrupted: readonly LogEntry[],
  firstRow: number,
  results: readonly string[],
): void {
  const from = Math.min(firstRow, ...interrupted.map((entry) => entry.row));
  const existing = new Map(log.map((entry) => [entry.row, entry.result]));
  for (const entry of interrupted) existing.set(entry.row, RESULT.unknown);
  const column: CellValue[][] = [];
  for (let row = from; row < firstRow; row += 1) column.push([existing.get(row) ?? '']);
  for (const result of results) column.push([result]);
  if (column.length > 0)
    env.workbook.writeBlock(OWNED_SHEETS.log, from, LOG_COLUMNS.result + 1, { values: column });
}
