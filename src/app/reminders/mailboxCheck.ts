/**
 * The Gmail build's look at the mailbox before a run sends: one `incoming` call for every thread
 * the log says we wrote in (a fixed number of Gmail reads, whatever the number of clients). A
 * client's reply after our last message becomes a `reply` row (it pauses that client); a bounce
 * of an address we wrote to is kept in a document property (its rows are flagged in `Проверка` from
 * the next recalculation on, and this run writes to it no more). A mailbox that cannot be read
 * pauses nobody new: the run goes on and says so in the log.
 */
import { agencyOf } from '../../core/mail/agency';
import {
  BOUNCED_PROPERTY,
  mailboxNews,
  mergeBounced,
  parseBounced,
  watchedThreads,
} from '../../core/mail/news';
import { activePauses, type ReplyPause } from '../../core/mail/pause';
import type { CadenceThread } from '../../core/mail/threads';
import { t } from '../../core/i18n';
import { readLogRows, type LogEntry } from '../../core/reminders/log';
import type { ReminderInputs } from '../../core/reminders/inputs';
import type { ReminderDocument } from '../../core/reminders/types';
import type { CalendarDay, CellValue } from '../../core/types';
import type { RunContext } from '../context';
import type { AppEnv } from '../ports';
import { readWorkbook } from '../readWorkbook';
import { recalculateDocuments } from '../recalculateDocuments';

export interface MailboxCheck {
  /** `reply` rows to append to the log before anything is sent. */
  replyRows: CellValue[][];
  /** The pauses in force today, by client recipient set. */
  replyPauses: Map<string, ReplyPause>;
  /** Our threads, for the reminders that answer them. */
  threads: CadenceThread[];
  /** Addresses this run's read found bounced (not yet known to the documents read). */
  bounced: Map<string, CalendarDay>;
  /** Calls of `Mailbox.incoming` (each a fixed number of Gmail reads). */
  reads: number;
  replies: number;
  autoReplies: number;
}

const NOTHING: MailboxCheck = {
  replyRows: [],
  replyPauses: new Map(),
  threads: [],
  bounced: new Map(),
  reads: 0,
  replies: 0,
  autoReplies: 0,
};

/** The agency's own addresses: the user, the head, the accountant, the AMs and the team. */
function agencyAddresses(
  env: Pick<AppEnv, 'user'>,
  ctx: RunContext,
  inputs: ReminderInputs,
): (string | null | undefined)[] {
  return [
    env.user.email(),
    ctx.settings.headEmail,
    ctx.settings.accountantEmail,
    ...inputs.documents.map((doc) => doc.managerEmail),
    ...inputs.team.map((member) => member.email),
    ...(inputs.load?.people ?? []).map((person) => person.email),
  ];
}

/**
 * The pauses the log holds (no Gmail call); with `read` (a run that sends in the Gmail build), the
 * mailbox is read once first and what it says is added.
 */
export function checkMailbox(
  env: AppEnv,
  ctx: RunContext,
  inputs: ReminderInputs,
  entries: readonly LogEntry[],
  read: boolean,
): MailboxCheck {
  if (!env.mailbox.available()) return NOTHING;
  const pauseOptions = { timeZone: ctx.timeZone, pauseDays: ctx.settings.reminders.replyPauseDays };
  const { threads, sinceDay } = watchedThreads(entries);
  const fromLog = { ...NOTHING, threads, replyPauses: activePauses(entries, ctx.today, pauseOptions) };
  if (!read || sinceDay === null) return fromLog;
  let incoming;
  try {
    incoming = env.mailbox.incoming(
      threads.map((thread) => thread.threadId),
      sinceDay,
    );
  } catch (caught) {
    env.logger.error('mailbox: Gmail could not be read; nobody new is paused this run', {
      error: caught instanceof Error ? caught.message : String(caught),
    });
    return { ...fromLog, reads: 1 };
  }
  const news = mailboxNews({
    entries,
    threads,
    incoming,
    agency: agencyOf(agencyAddresses(env, ctx, inputs)),
    timeZone: ctx.timeZone,
  });
  const stored = parseBounced(env.documentProperties.get(BOUNCED_PROPERTY));
  const fresh = new Map([...news.bounced].filter(([address]) => !stored.has(address)));
  const merged = mergeBounced(stored, news.bounced);
  if (merged !== null) env.documentProperties.set(BOUNCED_PROPERTY, merged);
  const all = [...entries, ...readLogRows(news.replyRows, 0)];
  return {
    replyRows: news.replyRows,
    replyPauses: activePauses(all, ctx.today, pauseOptions),
    threads,
    bounced: fresh,
    reads: 1,
    replies: news.replies,
    autoReplies: news.autoReplies,
  };
}

/**
 * The documents as this run plans them: a row naming an address a bounce named in this very run
 * gets that problem now (the documents read had not heard of it), so nothing more goes to it.
 */
export function withFreshBounces(
  documents: readonly ReminderDocument[],
  bounced: ReadonlyMap<string, CalendarDay>,
  ctx: RunContext,
): ReminderDocument[] {
  if (bounced.size === 0) return [...documents];
  return documents.map((doc) => {
    const address = doc.clientEmails.find((email) => bounced.has(email.toLowerCase()));
    if (!address) return doc;
    const problem = t(ctx.lang, 'mail.bouncedNow', { address });
    return { ...doc, problems: [...doc.problems, problem], reminderEligible: false };
  });
}

/** What the bounced addresses are before a run (the Gmail build only; null elsewhere, at no cost). */
export function bouncedStamp(env: Pick<AppEnv, 'mailbox' | 'documentProperties'>): string | null {
  return env.mailbox.available() ? env.documentProperties.get(BOUNCED_PROPERTY) : null;
}

/**
 * A run whose mailbox read found a new bounce writes the documents' owned columns again, so
 * `Проверка` flags the address on its rows today, not from the next recalculation on. Only on
 * such a day, and only in the Gmail build.
 */
export function flagNewBounces(env: AppEnv, ctx: RunContext, before: string | null): void {
  if (!env.mailbox.available() || env.documentProperties.get(BOUNCED_PROPERTY) === before) return;
  recalculateDocuments(env, readWorkbook(env, ctx, { styles: false }), ctx);
}
