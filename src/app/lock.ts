/**
 * The document lock, the one way every writer takes it: a recalculation, a
 * reminder run and a form never write (or plan and send) at the same time as
 * another execution. A run that cannot get it does nothing and says so.
 */
import { UserError } from '../core/errors';
import type { AppEnv } from './ports';

/** How long a run (recalculation, reminders) waits for another execution to finish. */
export const RUN_WAIT_MS = 30_000;
/** How long a form waits: a person is watching the sidebar. */
export const FORM_WAIT_MS = 10_000;

/** Runs `work` holding the document lock; throws the one busy sentence (`error.busy`) when it is held. */
export function withDocumentLock<T>(
  env: Pick<AppEnv, 'lock'>,
  options: { waitMs: number },
  work: () => T,
): T {
  if (!env.lock.tryAcquire(options.waitMs)) throw new UserError('error.busy');
  try {
    return work();
  } finally {
    env.lock.release();
  }
}
