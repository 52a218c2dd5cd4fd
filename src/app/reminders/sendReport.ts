/**
 * What "Send now" really did, for the reminder sidebar's Send button and the
 * menu item: a plain, serialisable answer (google.script.run passes only
 * primitives and plain objects) built from the run's outcome, including the
 * run that could not start because another one held the document lock.
 */
import { isUserError } from '../../core/errors';
import { t } from '../../core/i18n';
import type { RunContext } from '../context';
import type { AppEnv } from '../ports';
import type { ReminderOutcome } from './sendRun';
import { sendRemindersNow } from './useCases';

/**
 * `sent`: every planned email went; `quota`: some wait for tomorrow's quota; `failed`: the mail
 * service refused some (they are flagged in the log); `busy`: another run holds the document,
 * nothing was done; `nothing`: nothing was due, or nothing is sent (preview mode, the weekend).
 */
export type SendStatus = 'sent' | 'quota' | 'failed' | 'busy' | 'nothing';

export interface SendReport {
  status: SendStatus;
  /** Emails sent (or drafts made, in draft mode) by this run. */
  sent: number;
  drafts: number;
  waitingForQuota: number;
  failed: number;
  /** Earlier emails whose sending was interrupted: reported, never re-sent. */
  unknownStatus: number;
  /** The run's summary, one sentence in the user's language. */
  message: string;
}

export function reportOf(outcome: ReminderOutcome): SendReport {
  const { sent, drafts, quota, failed, unknownStatus } = outcome;
  const status: SendStatus =
    failed > 0 ? 'failed' : quota > 0 ? 'quota' : sent + drafts > 0 ? 'sent' : 'nothing';
  return { status, sent, drafts, waitingForQuota: quota, failed, unknownStatus, message: outcome.summary };
}

/** Runs "send now" and says what happened; a held document lock is an answer, not an error. */
export function sendNowReport(env: AppEnv, ctx: RunContext): SendReport {
  return reportOrBusy(ctx, () => sendRemindersNow(env, ctx));
}

/** What a run that sends did; another run holding the document lock is an answer too. */
export function reportOrBusy(ctx: RunContext, run: () => ReminderOutcome): SendReport {
  try {
    return reportOf(run());
  } catch (error) {
    if (!isUserError(error) || error.key !== 'error.busy') throw error;
    return {
      status: 'busy',
      sent: 0,
      drafts: 0,
      waitingForQuota: 0,
      failed: 0,
      unknownStatus: 0,
      message: t(ctx.lang, 'error.busy'),
    };
  }
}
