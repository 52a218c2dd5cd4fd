/**
 * One reminder run: plan today's emails, then send them in small batches. The
 * caller holds the run lock. Exactly once (SPEC §4): each batch's keys are
 * written to the log as `pending` and flushed before its first email goes; the
 * results are written right after, flushed with the next batch's write-ahead.
 * A pending, sent, drafted, skipped or unknown key is never planned again, so
 * a kill at any point leaves at most one batch "status unknown", and whatever
 * was not yet in a batch is simply still due.
 *
 * One email the mail service refuses never stops the others: it is marked
 * failed with its reason (retried by the next runs, twice at most) and the run
 * goes on. A log that cannot be saved stops the run before anything more goes.
 */
import { dayInTimeZone } from '../../core/calendar';
import { t } from '../../core/i18n';
import { OWNED_SHEETS } from '../../core/ownedSheets';
import {
  carryKeys,
  doneKeys,
  entryCarryKeys,
  failedAttempts,
  failedResult,
  interruptedEntries,
  isOpen,
  LOG_COLUMNS,
  LOG_HEADER,
  logRow,
  readLog,
  RESULT,
  unresolvedEntries,
  type LogEntry,
} from '../../core/reminders/log';
import { mailFailureReason } from '../../core/reminders/limits';
import { planDay } from '../../core/reminders/plan';
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
  /** Messages the mail service refused in this run. */
  failed: number;
  unknownStatus: number;
  /** False when any message failed or the run had to stop: the CLI exits 1, the dashboard warns. */
  ok: boolean;
  /** Why the run stopped early: the log could not be saved, or the mail service kept refusing. */
  stopped: 'storage' | 'service' | null;
  /** One line in the user's language. */
  summary: string;
}

/** Messages per write-ahead batch: only one batch can ever be in flight when a run dies. */
export const BATCH_SIZE = 10;
/** This many refusals in a row mean the mail service is down, not the message: stop and keep the rest due. */
export const SERVICE_DOWN_AFTER = 3;

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
): {
  messages: PlannedMessage[];
  weekend: boolean;
  log: LogEntry[];
  logRows: number;
  logValues: CellValue[][];
} {
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
    interrupted: unresolvedEntries(log),
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
    logValues: logGrid?.values ?? [],
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
    ok: true,
    stopped: null,
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

  const log = new LogWriter(env, plan.logValues, plan.logRows);
  const time = env.clock.now().toISOString();
  // A run that died between a write-ahead and its results: those rows are "status unknown" now.
  for (const entry of interrupted) log.setResult(entry.row, RESULT.unknown);

  const carried = carriedRows(plan.log, plan.messages);
  const rowOf = new Map<PlannedMessage, number>();
  const place = (message: PlannedMessage, result: string) => {
    const values = logRow(time, message, result);
    const previous = carried.get(message);
    rowOf.set(message, previous ? log.update(previous.row, values) : log.append(values));
  };
  for (const message of plan.messages) {
    if (message.status === 'quota') place(message, RESULT.quota);
    if (message.status === 'rejected') place(message, `${RESULT.notSent}: ${message.problem}`);
  }
  outcome.quota = plan.messages.filter((m) => m.status === 'quota').length;

  const ready = plan.messages.filter((m) => m.status === 'ready');
  let refusedInARow = 0;
  let lastError = '';
  let refused = 0;
  try {
    for (let start = 0; start < ready.length && outcome.stopped === null; start += BATCH_SIZE) {
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
        try {
          if (settings.mode === 'draft') {
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
  outcome.ok = outcome.failed === 0 && outcome.stopped === null;

  const { sent, drafts, quota, failed } = outcome;
  let summary = t(lang, 'reminders.outcome', { sent, drafts, quota, failed });
  if (outcome.stopped === 'storage')
    summary = t(lang, 'reminders.saveFailed', { sent: sent + drafts, error: lastError });
  else if (outcome.stopped === 'service' && refusedInARow >= SERVICE_DOWN_AFTER)
    summary = `${summary} ${t(lang, 'reminders.serviceDown', { count: refusedInARow, error: lastError, sent: sent + drafts })}`;
  else if (refused > 0) summary = `${summary} ${t(lang, 'reminders.failedSome', { count: refused })}`;
  if (interrupted.length > 0)
    summary += ` ${t(lang, 'reminders.unknownStatus', { count: interrupted.length })}`;
  return { ...outcome, summary };
}

/**
 * Rows of earlier runs whose message is still due (deferred by the quota, not attempted,
 * refused and retried): the same message updates its row instead of adding one per run.
 */
function carriedRows(
  log: readonly LogEntry[],
  messages: readonly PlannedMessage[],
): Map<PlannedMessage, LogEntry> {
  const open = new Map<string, LogEntry>();
  for (const entry of log) {
    if (!isOpen(entry.result)) continue;
    for (const key of entryCarryKeys(entry)) open.set(key, entry);
  }
  const taken = new Set<number>();
  const carried = new Map<PlannedMessage, LogEntry>();
  for (const message of messages) {
    const entry = carryKeys(message)
      .map((key) => open.get(key))
      .find((candidate) => candidate !== undefined && !taken.has(candidate.row));
    if (!entry) continue;
    taken.add(entry.row);
    carried.set(message, entry);
  }
  return carried;
}

/**
 * The log sheet as this run changes it: rows updated in place and rows appended, written on
 * `commit` with one append, one write per run of neighbouring changed rows, and a flush.
 */
class LogWriter {
  private readonly rows: CellValue[][];
  /** 1-based sheet row of the next appended row. */
  private nextRow: number;
  private readonly header: boolean;
  private headerWritten = false;
  private readonly appended: CellValue[][] = [];
  private readonly wholeRows = new Set<number>();
  private readonly resultRows = new Set<number>();

  constructor(
    private readonly env: AppEnv,
    values: readonly CellValue[][],
    logRows: number,
  ) {
    this.rows = values.map((row) => [...row]);
    // A log sheet the user emptied gets its header back, so no key row is ever read as the header.
    this.header = logRows === 0;
    this.nextRow = logRows <= 0 ? 2 : logRows + 1;
  }

  private row(row: number): CellValue[] {
    const index = row - 1;
    while (this.rows.length <= index) this.rows.push([]);
    return this.rows[index];
  }

  append(values: CellValue[]): number {
    const row = this.nextRow;
    this.nextRow += 1;
    this.rows[row - 1] = [...values];
    this.appended.push(this.rows[row - 1]);
    return row;
  }

  update(row: number, values: CellValue[]): number {
    if (this.appended.includes(this.row(row))) this.rows[row - 1].splice(0, values.length, ...values);
    else {
      this.rows[row - 1] = [...values];
      this.wholeRows.add(row);
    }
    return row;
  }

  setResult(row: number, result: string): void {
    const values = this.row(row);
    while (values.length <= LOG_COLUMNS.result) values.push('');
    values[LOG_COLUMNS.result] = result;
    if (!this.appended.includes(values) && !this.wholeRows.has(row)) this.resultRows.add(row);
  }

  commit(): void {
    const { workbook } = this.env;
    if (this.appended.length > 0 || (this.header && !this.headerWritten)) {
      const header = this.header && !this.headerWritten ? [LOG_HEADER] : [];
      workbook.appendRows(OWNED_SHEETS.log, [...header, ...this.appended.map((row) => [...row])], LOG_HEADER);
      this.headerWritten = true;
      // From now on these rows are on the sheet: later changes are writes in place.
      for (let i = 0; i < this.appended.length; i += 1) {
        const row = this.nextRow - this.appended.length + i;
        this.rows[row - 1] = [...this.appended[i]];
      }
      this.appended.length = 0;
    }
    for (const [from, block] of runs(this.wholeRows, (row) => this.row(row).slice(0, LOG_HEADER.length)))
      workbook.writeBlock(OWNED_SHEETS.log, from, 1, { values: block });
    for (const [from, block] of runs(this.resultRows, (row) => [this.row(row)[LOG_COLUMNS.result] ?? '']))
      workbook.writeBlock(OWNED_SHEETS.log, from, LOG_COLUMNS.result + 1, { values: block });
    this.wholeRows.clear();
    this.resultRows.clear();
    workbook.flush();
  }
}

/** Neighbouring rows grouped into one block each: `[first row, values]`. */
function runs(rows: ReadonlySet<number>, values: (row: number) => CellValue[]): [number, CellValue[][]][] {
  const sorted = [...rows].sort((a, b) => a - b);
  const blocks: [number, CellValue[][]][] = [];
  for (const row of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last[0] + last[1].length === row) last[1].push(values(row));
    else blocks.push([row, [values(row)]]);
  }
  return blocks;
}
