/**
 * How runs read `Журнал`: only its working set (core/reminders/logWindow.ts says which rows
 * that is), so a run costs the same on day 365 as on day 30.
 *
 * The log is append-ordered: a run only appends rows and rewrites rows it read. So the rows
 * a run still needs form a tail: every row from the first kept one (recent, or unsettled —
 * pending, unknown, still due —, or lasting) to the last. The document property
 * `accountDesk.log` keeps where that tail starts (`from`), set by the last run that held the
 * lock; the next run reads rows `from − 1 … getLastRow()` in one `getRange`, never the rows
 * above. Kept rows are never above `from` by construction, so a pending or unknown row is
 * always read, whatever its age. Row `from − 1` is read too and must still be the row the
 * last run saw there (`guard`): when a person inserted, deleted or sorted rows above, it is
 * not, and the run reads the whole log once and finds the tail again — slower, never wrong.
 *
 * Between two monthly moves an old kept row (an unknown status, an open STOP) holds `from`
 * back, so the tail may grow by up to a month; the move (logArchive.ts) takes such rows to the
 * log's end, and the rows above the first recent one to `Журнал — архив`.
 */
import { monthOf } from '../../core/calendar';
import { OWNED_SHEETS } from '../../core/ownedSheets';
import { LOG_HEADER, readLogRows, type LogEntry } from '../../core/reminders/log';
import {
  keeping,
  lastingKeys,
  logWindowDays,
  planLogMove,
  workingSetStart,
} from '../../core/reminders/logWindow';
import type { ReminderInputs } from '../../core/reminders/inputs';
import type { CellValue } from '../../core/types';
import type { RunContext } from '../context';
import type { AppEnv } from '../ports';
import { finishLogMove, moveOldRows } from './logArchive';
import { readLogState, rowGuard, saveLogState, type LogState } from './logState';

const LOG = OWNED_SHEETS.log;

/** The part of the log a run read. */
export interface LogView {
  entries: LogEntry[];
  /** Rows `firstRow` … `lastRow`, the log's own columns only. */
  values: CellValue[][];
  firstRow: number;
  /** The sheet's last row with content; −1 when there is no log sheet. */
  lastRow: number;
  /** Row `firstRow − 1` when it was read (the guard row); undefined when the view starts at row 2. */
  above?: CellValue[];
}

/** What a run does to the log besides reading it. */
export type LogUpkeep =
  /** Nothing (a preview, a sidebar). */
  | 'read'
  /** Finishes a move a killed run left half-done, before this run writes (skip). */
  | 'recover'
  /** Recovers, makes the monthly move on the month's first run, and keeps `from` up to date. */
  | 'maintain';

function view(values: CellValue[][], firstRow: number, lastRow: number, above?: CellValue[]): LogView {
  return { entries: readLogRows(values, firstRow), values, firstRow, lastRow, above };
}

/** The working set: rows `from … last` when the guard row is as the last run left it, else all rows. */
export function readWorkingSet(env: Pick<AppEnv, 'workbook'>, state: LogState | null): LogView {
  const columns = LOG_HEADER.length;
  if (state && state.from > 2) {
    const read = env.workbook.readRows(LOG, state.from - 1, { columns });
    if (read === null) return view([], 2, -1);
    if (read.values.length > 0 && rowGuard(read.values[0]) === state.guard)
      return view(read.values.slice(1), state.from, read.lastRow, read.values[0]);
  }
  const read = env.workbook.readRows(LOG, 2, { columns });
  return read === null ? view([], 2, -1) : view(read.values, 2, read.lastRow);
}

/**
 * The log as this run needs it. With `maintain` (a run that sends, under the document lock):
 * a half-done move is finished, the month's first run moves old rows to the archive, and
 * `from` moves on to the first row a later run still needs.
 */
export function openLog(
  env: AppEnv,
  ctx: RunContext,
  inputs: Pick<ReminderInputs, 'documents' | 'calendar'>,
  upkeep: LogUpkeep,
): LogView {
  let state = readLogState(env);
  if (upkeep === 'read') return readWorkingSet(env, state);
  if (state?.move) state = finishLogMove(env, state);
  let log = readWorkingSet(env, state);
  if (upkeep === 'recover') return log;

  const windowDays = logWindowDays(ctx.settings, ctx.today, inputs.calendar);
  const lasting = lastingKeys(inputs.documents);
  // A client's reply row stays in the working set while it pauses (the Gmail build).
  const pauseDays = ctx.settings.reminders.replyPauseDays;
  const month = monthOf(ctx.today);
  let next: LogState = { from: state?.from ?? 2, guard: state?.guard ?? '' };
  if (state?.moved) next.moved = state.moved;
  if (log.lastRow > 1 && next.moved !== month) {
    const plan = planLogMove(
      log.entries,
      keeping(log.entries, ctx.today, windowDays, lasting, pauseDays),
      log.lastRow + 1,
    );
    const batch = env.clock.now().toISOString();
    const moved = plan.end > 2 ? moveOldRows(env, { plan, lastRow: log.lastRow, batch, month }, next) : null;
    if (moved) {
      // The log now starts with what stayed: read it again from the top.
      next = moved;
      log = readWorkingSet(env, null);
    }
    next.moved = month;
  }
  const from =
    log.lastRow <= 1
      ? 2
      : workingSetStart(
          log.entries,
          keeping(log.entries, ctx.today, windowDays, lasting, pauseDays),
          log.lastRow + 1,
        );
  // The row above `from` as this run read it (it is either in the view or the view's guard row).
  const guardRow = from - 1 >= log.firstRow ? log.values[from - 1 - log.firstRow] : log.above;
  next.from = from;
  next.guard = from === 2 ? '' : rowGuard(guardRow);
  if (JSON.stringify(next) !== JSON.stringify(state ?? {})) saveLogState(env, next);
  return log;
}
