/**
 * The planner's records, built from what the recalculation computed: the
 * reminder view of every document, the load summary, and who works for which
 * client this week — read only when somebody is overloaded, since only an
 * overload line of an AM digest needs it.
 */
import { mondayOf } from '../calendar';
import type { WorkCalendar } from '../calendar/workdays';
import { teamMembersOf, type TeamMember } from '../documents/managers';
import type { DocumentState } from '../documents/types';
import type { LoadSources } from '../load/read';
import type { LoadSummary } from '../load/types';
import type { CalendarDay } from '../types';
import { toReminderDocument } from './fromDocuments';
import { staffingOf, type Staffing } from './staffing';
import type { ReminderDocument } from './types';

export interface ReminderInputs {
  /** The run's working calendar: no client email on its days off. */
  calendar?: WorkCalendar;
  documents: ReminderDocument[];
  load: LoadSummary | null;
  /** Who works for which client this week (only read when somebody is overloaded). */
  staffing: Staffing[];
  /** The team sheet's people: a client letter is signed with its AM's name, position and phone. */
  team: TeamMember[];
}

export function reminderInputs(
  sources: Pick<LoadSources, 'grids' | 'registers' | 'calendar'>,
  today: CalendarDay,
  states: readonly DocumentState[],
  load: LoadSummary | null,
): ReminderInputs {
  const week = mondayOf(today);
  const overloaded = load?.people.some((person) => person.byWeek[week]?.flags.includes('overload')) ?? false;
  return {
    calendar: sources.calendar,
    documents: states.map(toReminderDocument),
    load,
    staffing: overloaded ? staffingOf(sources, [week]) : [],
    team: teamMembersOf(sources.grids, sources.registers),
  };
}
