/**
 * Where the log's working set starts and what the monthly move is doing, in one document
 * property (`accountDesk.log`), read once per run.
 */
import type { CellValue } from '../../core/types';
import type { AppEnv } from '../ports';

export const LOG_STATE_PROPERTY = 'accountDesk.log';

export interface LogState {
  /** First sheet row of the working set. */
  from: number;
  /** `rowGuard` of row `from − 1` as the run that set `from` saw it ('' when `from` is 2). */
  guard: string;
  /** `YYYY-MM` of the last monthly move (or of the month's first run, when nothing was old enough). */
  moved?: string;
  /** A move begun and not known to be finished. */
  move?: LogMoveIntent;
}

/** Time and key of a log row: enough to tell the row a run saw from another. */
export function rowGuard(row: readonly CellValue[] | undefined): string {
  const text = (value: CellValue | undefined) => (value === undefined || value === null ? '' : String(value));
  return row ? `${text(row[0])}|${text(row[2])}` : '';
}

export function readLogState(env: Pick<AppEnv, 'documentProperties'>): LogState | null {
  const raw = env.documentProperties.get(LOG_STATE_PROPERTY);
  if (!raw) return null;
  try {
    const state = JSON.parse(raw) as LogState;
    return Number.isInteger(state.from) && state.from >= 2 ? state : null;
  } catch {
    return null;
  }
}

export function saveLogState(env: Pick<AppEnv, 'documentProperties'>, state: LogState): void {
  env.documentProperties.set(LOG_STATE_PROPERTY, JSON.stringify(state));
}

/**
 * A monthly move begun and not known to be finished (logArchive.ts): what a re-run needs to
 * tell how far it got and to finish it.
 */
export interface LogMoveIntent {
  /** The moving run's time: the first cell of each row it appends to the archive. */
  batch: string;
  /** `YYYY-MM` of the moving run's day: the month whose move this is. */
  month: string;
  /** Archive row that receives the batch's last row (0 when nothing goes to the archive). */
  archiveRow: number;
  /** Log rows 2 … rows + 1 leave the log. */
  rows: number;
  /** `rowGuard` of log rows 2 and rows + 1 before the move. */
  first: string;
  last: string;
  /** Sheet rows (before the move) of the kept rows that go to the log's end. */
  relocate: number[];
  /** Log row of the first relocated copy. */
  relocateRow: number;
  /** `rowGuard` of the last relocated row. */
  relocatedLast: string;
}
