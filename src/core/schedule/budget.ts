/**
 * The time budget of one execution: Apps Script stops an execution at 6 minutes
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations),
 * so sending stops at a budget well inside it and the rest stays due for the next
 * hourly execution. Measured with the run's clock from the execution's start.
 */

/** Default budget for sending: 4½ minutes of the execution. */
export const DEFAULT_SEND_BUDGET_SECONDS = 270;
/** The largest budget the settings accept: a minute left for the rest of the execution. */
export const MAX_SEND_BUDGET_SECONDS = 300;
/**
 * Past this no batch starts, whatever the budget says: a batch (10 emails at up to ~1 s each) and
 * the log's flush still finish before the 6-minute wall.
 */
export const HARD_STOP_MS = 5 * 60_000;

export interface SendBudget {
  /** Epoch ms the execution started. */
  startedMs: number;
  budgetMs: number;
}

export function sendBudget(startedMs: number, budgetSeconds: number): SendBudget {
  return { startedMs, budgetMs: Math.max(0, budgetSeconds) * 1000 };
}

/**
 * Whether the next write-ahead batch may start at `nowMs`. The first batch of an execution goes
 * even on a budget already spent (unless past the hard stop), so every execution moves the day on.
 */
export function mayStartBatch(budget: SendBudget, nowMs: number, batchesStarted: number): boolean {
  const elapsed = nowMs - budget.startedMs;
  if (elapsed >= HARD_STOP_MS) return false;
  return batchesStarted === 0 || elapsed < budget.budgetMs;
}
