/**
 * The letters an AM sends by hand from the reminders sidebar — the formal "work paused" letter once a
 * client reaches STOP. Never automatic: the daily run only offers it. One click sends the one letter
 * of today's plan through the same write-ahead log as every other email, so it goes exactly once.
 */
import { UserError } from '../../core/errors';
import type { RunContext } from '../context';
import { RUN_WAIT_MS, withDocumentLock } from '../lock';
import type { AppEnv } from '../ports';
import { readInputs } from './dayInputs';
import { reportOrBusy, type SendReport } from './sendReport';
import { runReminders } from './sendRun';

/** Sends today's letter keyed `key` (`letter:…`), or refuses a key today's plan does not offer. */
export function sendLetter(env: AppEnv, ctx: RunContext, key: unknown): SendReport {
  if (typeof key !== 'string' || !key.startsWith('letter:') || key.length > 500)
    throw new UserError('letters.unknown');
  return reportOrBusy(ctx, () =>
    withDocumentLock(env, { waitMs: RUN_WAIT_MS }, () => {
      const request = { daily: true, weekly: false, preview: false, letter: key };
      const outcome = runReminders(env, ctx, readInputs(env, ctx), request);
      if (outcome.messages.length === 0) throw new UserError('letters.unknown');
      return outcome;
    }),
  );
}
