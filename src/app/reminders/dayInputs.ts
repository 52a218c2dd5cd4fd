/**
 * Where a reminder run gets its records: the documents engine's states and the
 * load summary, from one read of the workbook. A run that sends recalculates
 * first (owned columns, `Дебиторка`, `Сводка загрузки`) and plans from that very
 * result; a preview, a skip or the Monday digest reads without writing a cell.
 */
import { reminderInputs } from '../../core/reminders/inputs';
import type { RunContext } from '../context';
import { documentStatesOf } from '../documentStates';
import type { AppEnv } from '../ports';
import { readWorkbook } from '../readWorkbook';
import { recalculate } from '../recalculate';
import { loadSummaryOf } from '../recalculateLoad';
import type { DayInputs } from './sendRun';

/** The caller holds the document lock. */
export function recalculatedInputs(env: AppEnv, ctx: RunContext): DayInputs {
  const report = recalculate(env, ctx);
  const { snapshot } = report;
  const load = report.load.written ? report.load.summary : null;
  return {
    inputs: reminderInputs(snapshot, ctx.today, report.documents.states, load),
    sheetNames: snapshot.sheetNames,
    recalculated: report.lines,
  };
}

export function readInputs(env: AppEnv, ctx: RunContext): DayInputs {
  const snapshot = readWorkbook(env, ctx, { styles: true });
  const { hasActuals: _actuals, hasLoadRegister, ...load } = loadSummaryOf(snapshot, ctx);
  const states = documentStatesOf(snapshot, ctx)?.states ?? [];
  return {
    inputs: reminderInputs(snapshot, ctx.today, states, hasLoadRegister ? load : null),
    sheetNames: snapshot.sheetNames,
  };
}
