/**
 * After a form wrote a row, the owned cells it affects are recalculated with
 * the same use case the menu's Recalculate runs. A failure there must not
 * hide that the row was saved: it is logged and the user is told to rerun it.
 */
import type { AppEnv } from '../ports';
import { recalculate } from '../recalculate';
import { loadSettings, resolveLang } from '../settingsStore';

export function recalculateAfterForm(env: AppEnv): boolean {
  try {
    const settings = loadSettings(env);
    recalculate(env, settings, resolveLang(settings, env.workbook.locale()));
    return true;
  } catch (error) {
    env.logger.log('recalculation after a form failed', {
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return false;
  }
}
