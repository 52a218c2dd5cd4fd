/**
 * The run's working calendar: Russia's production calendar with the days of
 * every `Календарь` sheet found. One producer, so load capacity, sending days
 * and payment terms read the same calendar; the sheet's problems come with it.
 */
import type { DateContext } from '../cells';
import { isRegisterOf, type RegisterMapping } from '../registers/types';
import type { SheetProblem } from '../sheetProblems';
import type { Grid } from '../types';
import { readCalendarSheet } from './sheet';
import { workCalendar, type CalendarOverride, type WorkCalendar } from './workdays';

export interface CalendarSources {
  grids: ReadonlyMap<string, Grid>;
  registers: readonly RegisterMapping[];
}

export function workCalendarOf(
  sources: CalendarSources,
  dates: DateContext,
): { calendar: WorkCalendar; problems: SheetProblem[] } {
  const overrides: CalendarOverride[] = [];
  const problems: SheetProblem[] = [];
  for (const mapping of sources.registers) {
    const grid = sources.grids.get(mapping.sheet);
    if (!isRegisterOf(mapping, 'calendar') || !grid) continue;
    const read = readCalendarSheet(grid, mapping, dates);
    overrides.push(...read.overrides);
    problems.push(...read.problems);
  }
  return { calendar: workCalendar(overrides), problems };
}
