/**
 * The monthly move of old log rows to `Журнал — архив`: rows 2 … end − 1 of `Журнал` (history
 * above the first recent row, core/reminders/logWindow.ts `planLogMove`) leave it in one block;
 * the kept ones among them (unsettled, lasting) go to the log's end instead of the archive.
 * Whole rows move, the user's own columns and values with them; nothing is deleted, and no run
 * ever reads the archive back.
 *
 * Sheets has no transaction, so each step is made durable (flushed) before the next:
 *  1. the intent, in the log's document property: where the batch will land in the archive,
 *     which log rows leave (with the time and key of the first and last), which go to the end;
 *  2. the archive rows appended, each with the batch (the run's time) in its first cell;
 *  3. the kept rows appended at the log's end;
 *  4. rows 2 … end − 1 removed from the log in one `deleteRows`;
 *  5. the intent cleared.
 * A run killed anywhere leaves a prefix of these steps, and the next run under the lock finishes
 * before it reads the log (`finishLogMove`): no batch in the archive → nothing else happened,
 * the intent is dropped and the month's move is made afresh; the batch there but the old rows
 * still at the top → steps 3 (unless its last copy is there already) and 4; the old rows gone →
 * only step 5. Meanwhile a row is at worst in both sheets, never in neither, and a kept row never
 * leaves the log: exactly-once never misses a key.
 */
import { OWNED_SHEETS } from '../../core/ownedSheets';
import { LOG_HEADER } from '../../core/reminders/log';
import type { LogMovePlan } from '../../core/reminders/logWindow';
import type { CellValue } from '../../core/types';
import { OWNED_SHEET_KEY } from '../ownedSheets';
import type { AppEnv } from '../ports';
import { rowGuard, saveLogState, type LogMoveIntent, type LogState } from './logState';

const LOG = OWNED_SHEETS.log;
const ARCHIVE = OWNED_SHEETS.logArchive;
/** The archive's first column: when each row moved (the moving run's time), which also marks its batch. */
export const ARCHIVE_BATCH_HEADER = 'Перенесено';
/** The intent lives in one property (9 KB at most); a month with more kept old rows than this waits. */
const MAX_INTENT_CHARS = 8000;

const hasContent = (value: CellValue): boolean => value !== '' && value !== null && value !== undefined;

function padded(row: readonly CellValue[] | undefined, width: number): CellValue[] {
  return Array.from({ length: width }, (_, c) => row?.[c] ?? '');
}

/** Only a log that starts with the add-on's own header is one whose rows the add-on may remove. */
function isOurLog(header: readonly CellValue[] | undefined): boolean {
  return LOG_HEADER.every((title, c) => String(header?.[c] ?? '').trim() === title);
}

/**
 * The archive is the add-on's when missing, empty, headed as the add-on heads it or marked as
 * its own sheet; a user's sheet of that name is never written (the rows then stay in the log).
 */
function archiveIsOurs(
  env: Pick<AppEnv, 'workbook'>,
  top: { lastRow: number; values: CellValue[][] } | null,
) {
  if (top === null || top.lastRow === 0) return true;
  if (top.values[0]?.[0] === ARCHIVE_BATCH_HEADER) return true;
  return env.workbook.sheetMarker(ARCHIVE, OWNED_SHEET_KEY) !== null;
}

/** Steps 3–5: the kept rows to the log's end, the old rows out of the log, the intent cleared. */
function completeMove(
  env: AppEnv,
  intent: LogMoveIntent,
  relocated: CellValue[][],
  state: LogState,
): LogState {
  if (relocated.length > 0) {
    env.workbook.appendRows(LOG, relocated);
    env.workbook.flush();
  }
  env.workbook.deleteRows(LOG, 2, intent.rows);
  env.workbook.flush();
  const done: LogState = { ...state, from: 2, guard: '', moved: intent.month };
  delete done.move;
  saveLogState(env, done);
  return done;
}

/**
 * Moves the planned rows; returns the state after the move, or null when nothing moved (the log
 * is not headed as the add-on's, the archive name belongs to a user's sheet, or too many kept
 * rows for one intent).
 */
export function moveOldRows(
  env: AppEnv,
  move: { plan: LogMovePlan; lastRow: number; batch: string; month: string },
  state: LogState,
): LogState | null {
  const { plan, lastRow, batch, month } = move;
  const rows = plan.end - 2;
  // Every column: the user's own columns and notes in them move with their rows.
  const read = env.workbook.readRows(LOG, 1, { toRow: plan.end - 1 });
  if (read === null || read.values.length < rows + 1 || !isOurLog(read.values[0])) return null;
  const [header, ...region] = read.values;
  const width = Math.max(header.length, ...region.map((row) => row.length));
  const kept = new Set(plan.relocate);
  const archived = region
    .filter((row, i) => !kept.has(i + 2) && row.some(hasContent))
    .map((row) => [batch, ...padded(row, width)]);
  const relocated = plan.relocate.map((row) => padded(region[row - 2], width));

  const top = env.workbook.readRows(ARCHIVE, 1, { toRow: 1, columns: 1 });
  if (!archiveIsOurs(env, top)) {
    env.logger.log('log: a sheet of the archive’s name is not the add-on’s; old rows stay in the log', {
      sheet: ARCHIVE,
    });
    return null;
  }
  const archiveHeader = [ARCHIVE_BATCH_HEADER, ...padded(header, width)];
  const archiveLast = top?.lastRow ?? 0;
  const firstArchiveRow = archiveLast === 0 ? 2 : archiveLast + 1;
  const intent: LogMoveIntent = {
    batch,
    month,
    archiveRow: archived.length > 0 ? firstArchiveRow + archived.length - 1 : 0,
    rows,
    first: rowGuard(region[0]),
    last: rowGuard(region[rows - 1]),
    relocate: plan.relocate,
    relocateRow: lastRow + 1,
    relocatedLast: relocated.length > 0 ? rowGuard(relocated[relocated.length - 1]) : '',
  };
  if (JSON.stringify(intent).length > MAX_INTENT_CHARS) {
    env.logger.log('log: too many kept old rows for one move; they stay in the log', {
      rows: plan.relocate.length,
    });
    return null;
  }
  saveLogState(env, { ...state, move: intent });
  env.workbook.flush();

  if (archived.length > 0) {
    if (top === null) {
      env.workbook.appendRows(ARCHIVE, archived, archiveHeader);
      env.workbook.markSheet(ARCHIVE, OWNED_SHEET_KEY, ARCHIVE);
    } else env.workbook.appendRows(ARCHIVE, archiveLast === 0 ? [archiveHeader, ...archived] : archived);
    env.workbook.flush();
  }
  return completeMove(env, intent, relocated, state);
}

/** The one row `row` of a sheet, `columns` wide, or undefined when the sheet ends above it. */
function rowAt(env: Pick<AppEnv, 'workbook'>, sheet: string, row: number, columns?: number) {
  if (row < 1) return undefined;
  return env.workbook.readRows(sheet, row, { toRow: row, columns })?.values[0];
}

/** Finishes (or drops) the move a killed run left; returns the state to go on with. */
export function finishLogMove(env: AppEnv, state: LogState): LogState {
  const intent = state.move;
  if (!intent) return state;
  const dropped: LogState = { ...state };
  delete dropped.move;
  if (intent.archiveRow > 0 && rowAt(env, ARCHIVE, intent.archiveRow, 1)?.[0] !== intent.batch) {
    // The batch never reached the archive: nothing after it happened either.
    saveLogState(env, dropped);
    return dropped;
  }
  const columns = LOG_HEADER.length;
  const intact =
    rowGuard(rowAt(env, LOG, 2, columns)) === intent.first &&
    rowGuard(rowAt(env, LOG, intent.rows + 1, columns)) === intent.last;
  if (!intact) {
    // The old rows are gone: only the intent was left.
    const done: LogState = { ...dropped, from: 2, guard: '', moved: intent.month };
    saveLogState(env, done);
    return done;
  }
  const copied =
    intent.relocate.length === 0 ||
    rowGuard(rowAt(env, LOG, intent.relocateRow + intent.relocate.length - 1, columns)) ===
      intent.relocatedLast;
  let relocated: CellValue[][] = [];
  if (!copied) {
    const read = env.workbook.readRows(LOG, 1, { toRow: intent.rows + 1 })?.values ?? [];
    const width = Math.max(...read.map((row) => row.length));
    relocated = intent.relocate.map((row) => padded(read[row - 1], width));
  }
  return completeMove(env, intent, relocated, state);
}
