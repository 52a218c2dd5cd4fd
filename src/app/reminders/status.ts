import type { AppEnv } from '../ports';

/** Document property with the last run's time and one-line outcome, for the dashboard. */
export const LAST_RUN_PROPERTY = 'accountDesk.lastRun';

export interface LastRun {
  /** ISO instant. */
  time: string;
  kind: 'daily' | 'weekly' | 'now';
  outcome: string;
  /** Log rows whose sending was interrupted and whose status is unknown. */
  unknownStatus: number;
  /** Messages that failed in this run (refused or rejected); absent in records of older versions. */
  failed?: number;
  /** False when a message failed or the run had to stop early. */
  ok?: boolean;
}

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
