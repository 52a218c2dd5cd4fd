/** The CLI's `--mode` and the user's language, written into the add-on's settings before a run. */
import { parseSettings, SETTINGS_PROPERTY, type SendMode } from '../../core/settings';
import type { Lang } from '../../core/types';
import type { LocalState } from '../services/state';

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only these change: the rest stays as stored, so the bundle still sees (and reports) bad values. */
export function applyRunSettings(state: LocalState, run: { mode?: SendMode; language?: Lang }): void {
  if (!run.mode && !run.language) return;
  let stored: unknown = null;
  try {
    stored = JSON.parse(state.document[SETTINGS_PROPERTY] ?? 'null');
  } catch {
    stored = null;
  }
  const settings = isPlainRecord(stored) ? stored : parseSettings(null);
  state.document[SETTINGS_PROPERTY] = JSON.stringify({
    ...settings,
    ...(run.mode ? { mode: run.mode } : {}),
    ...(run.language ? { language: run.language } : {}),
  });
}
