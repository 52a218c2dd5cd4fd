/**
 * After a form wrote a row, the owned cells it affects are recalculated with
 * the same use case the menu's Recalculate runs. A failure there must not
 * hide that the row was saved: it is logged and the user is told to rerun it.
 */
import type { RunContext } from '../context';
import type { AppEnv } from '../ports';
import { recalculate } from '../recalculate';

export function recalculateAfterForm(env: AppEnv, ctx: RunContext): boolean {
  try {
    recalculate(env, ctx);
    return true;
  } catch (error) {
    env.logger.log('recalculation after a form failed', {
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return false;
  }
}
