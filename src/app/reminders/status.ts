import { LAST_RUN_PROPERTY, type LastRun } from '../../core/reminders/lastRun';
import type { AppEnv } from '../ports';

export function saveLastRun(env: Pick<AppEnv, 'documentProperties'>, run: LastRun): void {
  env.documentProperties.set(LAST_RUN_PROPERTY, JSON.stringify(run));
}

export function readLastRun(env: Pick<AppEnv, 'documentProperties'>): LastRun | null {
  const raw = env.documentProperties.get(LAST_RUN_PROPERTY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as LastRun;
  } catch {
    return null;
  }
}
