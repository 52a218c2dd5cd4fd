/**
 * The documents register's states: the one producer every feature reads them
 * from (recalculation, reminders, dashboard, forms), so none can disagree —
 * manager names resolved through the team register, today from the run.
 */
import type { WorkCalendar } from '../core/calendar/workdays';
import { managerDirectory, teamMembersOf } from '../core/documents/managers';
import type { ReminderRules } from '../core/documents/nextReminder';
import { readDocuments } from '../core/documents/read';
import { documentRules, evaluateDocuments } from '../core/documents/state';
import type { DocumentState } from '../core/documents/types';
import type { RegisterMapping } from '../core/registers/types';
import type { Settings } from '../core/settings';
import type { Grid } from '../core/types';
import type { RunContext } from './context';
import type { WorkbookSnapshot } from './readWorkbook';

export interface DocumentsView {
  mapping: RegisterMapping<'documents'>;
  grid: Grid;
  states: DocumentState[];
}

export function reminderRulesOf(settings: Settings, calendar?: WorkCalendar): ReminderRules {
  return { ...documentRules(settings), sendOnWeekends: settings.reminders.sendOnWeekends, calendar };
}

/** The states of the documents register's rows, or null when the workbook has none. Writes nothing. */
export function documentStatesOf(
  snapshot: Pick<WorkbookSnapshot, 'grids' | 'registers' | 'register' | 'calendar' | 'directory' | 'bounced'>,
  ctx: Pick<RunContext, 'settings' | 'lang' | 'timeZone' | 'today'>,
): DocumentsView | null {
  const found = snapshot.register('documents');
  if (!found) return null;
  const { mapping, grid } = found;
  const managers = managerDirectory(teamMembersOf(snapshot.grids, snapshot.registers));
  const records = readDocuments(grid, mapping, {
    timeZone: ctx.timeZone,
    today: ctx.today,
    managers,
    calendar: snapshot.calendar,
    directory: snapshot.directory,
    bounced: snapshot.bounced,
    termUnit: ctx.settings.documents.termsInWorkingDays ? 'working' : 'calendar',
  });
  const states = evaluateDocuments(records, {
    today: ctx.today,
    rules: documentRules(ctx.settings),
    lang: ctx.lang,
  });
  return { mapping, grid, states };
}
