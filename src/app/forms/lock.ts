import { UserError } from '../../core/errors';
import type { AppEnv } from '../ports';

/** How long a form waits for a running recalculation or reminder run before giving up. */
const LOCK_WAIT_MS = 10_000;

/** Runs `work` under the document lock, so a form never writes while another run reads or writes. */
export function underDocumentLock<T>(env: Pick<AppEnv, 'lock'>, work: () => T): T {
  if (!env.lock.tryAcquire(LOCK_WAIT_MS)) throw new UserError('forms.error.busy');
  try {
    return work();
  } finally {
    env.lock.release();
  }
}
