/**
 * Where the reminder runs get their records: the documents engine's states
 * and the load summary, computed from one read of the workbook.
 */
import { mondayOf } from '../../core/calendar';
import type { DocumentState } from '../../core/documents/types';
import type { LoadSummary } from '../../core/load/types';
import { toReminderDocument } from '../../core/reminders/fromDocuments';
import { staffingOf } from '../../core/reminders/staffing';
import { readWorkbook, type WorkbookSnapshot } from '../readWorkbook';
import { recalculate } from '../recalculate';
import { documentStatesOf } from '../recalculateDocuments';
import { loadSummaryOf } from '../recalculateLoad';
import type { ReminderInputs, ReminderSource } from './inputs';

function inputsOf(
  snapshot: WorkbookSnapshot,
  states: readonly DocumentState[],
  load: LoadSummary | null,
): ReminderInputs {
  const week = mondayOf(snapshot.today);
  // The staffing parse is only worth it when somebody is overloaded this week.
  const overloaded = load?.people.some((person) => person.byWeek[week]?.flags.includes('overload')) ?? false;
  return {
    documents: states.map(toReminderDocument),
    load,
    staffing: overloaded ? staffingOf(snapshot, [week]) : [],
  };
}

/**
 * The daily run and "Send reminders now": recalculates (owned columns, `Дебиторка`,
 * `Сводка загрузки`) and plans from that very result. The caller holds the run lock.
 */
export const recalculatedSource: ReminderSource = (env, settings, lang) => {
  const report = recalculate(env, settings, lang);
  return inputsOf(report.snapshot, report.documents.states, report.load.written ? report.load.summary : null);
};

/** Preview, skip and the Monday digest: the same inputs, computed without writing a cell. */
export const snapshotSource: ReminderSource = (env, settings, lang) => {
  const snapshot = readWorkbook(env, settings);
  const { hasActuals: _actuals, hasLoadRegister, ...load } = loadSummaryOf(snapshot, settings);
  const states = documentStatesOf(snapshot, settings, lang)?.states ?? [];
  return inputsOf(snapshot, states, hasLoadRegister ? load : null);
};
