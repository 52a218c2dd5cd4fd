/**
 * Where the reminder runs get their records: the documents engine's states
 * and the load summary, computed from one read of the workbook.
 */
import { reminderInputs } from '../../core/reminders/inputs';
import { readWorkbook } from '../readWorkbook';
import { recalculate } from '../recalculate';
import { documentStatesOf } from '../recalculateDocuments';
import { loadSummaryOf } from '../recalculateLoad';
import type { ReminderSource } from './inputs';

/**
 * The daily run and "Send reminders now": recalculates (owned columns, `Дебиторка`,
 * `Сводка загрузки`) and plans from that very result. The caller holds the run lock.
 */
export const recalculatedSource: ReminderSource = (env, settings, lang) => {
  const report = recalculate(env, settings, lang);
  const { snapshot } = report;
  return reminderInputs(
    snapshot,
    snapshot.today,
    report.documents.states,
    report.load.written ? report.load.summary : null,
  );
};

/** Preview, skip and the Monday digest: the same inputs, computed without writing a cell. */
export const snapshotSource: ReminderSource = (env, settings, lang) => {
  const snapshot = readWorkbook(env, settings);
  const { hasActuals: _actuals, hasLoadRegister, ...load } = loadSummaryOf(snapshot, settings);
  const states = documentStatesOf(snapshot, settings, lang)?.states ?? [];
  return reminderInputs(snapshot, snapshot.today, states, hasLoadRegister ? load : null);
};
