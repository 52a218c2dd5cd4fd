import { UserError } from '../../core/errors';
import type { AppEnv } from '../ports';

/** How long a run waits for another execution (trigger, menu, second process) to finish. */
export const RUN_LOCK_MS = 30_000;

/**
 * Runs `work` holding the document lock, so two runs can never plan and send
 * the same key; a run that cannot get it sends nothing and says so.
 */
export function withRunLock<T>(env: Pick<AppEnv, 'lock'>, work: () => T): T {
  if (!env.lock.tryAcquire(RUN_LOCK_MS)) throw new UserError('error.busy');
  try {
    return work();
  } finally {
    env.lock.release();
  }
}
