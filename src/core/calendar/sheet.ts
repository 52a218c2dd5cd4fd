/**
 * The optional `Календарь`/`Calendar` sheet: rows of date, day type and note
 * that add days to Russia's production calendar or override them (another
 * country, a local holiday, a company day off). An unreadable date or an
 * unknown day type is a problem with its cell; the row is left out and the
 * rest of the sheet still counts.
 */
import { a1, parseDay, squeezeSpaces, type DateContext } from '../cells';
import { gridCell, gridText } from '../cells/gridCells';
import { foldCase } from '../cells/text';
import type { RegisterMapping } from '../registers/types';
import { cellSheetProblem, type SheetProblem } from '../sheetProblems';
import type { Grid } from '../types';
import type { CalendarOverride } from './workdays';

const DAY_KINDS: readonly [CalendarOverride['kind'], readonly string[]][] = [
  ['shortened', ['сокращ', 'предпраздн', 'short']],
  ['off', ['выходн', 'нерабоч', 'праздн', 'отгул', 'off', 'holiday', 'non-working', 'nonworking', 'closed']],
  ['working', ['рабоч', 'working', 'work day', 'workday', 'business day']],
];

/** The day type a cell names, or null. */
export function calendarDayKindOf(text: string): CalendarOverride['kind'] | null {
  const folded = foldCase(squeezeSpaces(text));
  if (folded === '') return null;
  return DAY_KINDS.find(([, prefixes]) => prefixes.some((prefix) => folded.startsWith(prefix)))?.[0] ?? null;
}

export function readCalendarSheet(
  grid: Grid,
  mapping: RegisterMapping<'calendar'>,
  dates: DateContext,
): { overrides: CalendarOverride[]; problems: SheetProblem[] } {
  const overrides: CalendarOverride[] = [];
  const problems: SheetProblem[] = [];
  const { date, dayKind, note } = mapping.columns;
  const at = (row: number, col: number) => `${grid.sheet}!${a1(row, col)}`;
  for (let row = mapping.headerRow + 1; row < grid.values.length; row += 1) {
    const kindText = gridText(grid, row, dayKind);
    const noteText = gridText(grid, row, note);
    const day = parseDay(gridCell(grid, row, date), dates);
    if (day.ok && day.value === null && kindText === '' && noteText === '') continue;
    const kind = calendarDayKindOf(kindText);
    if (!day.ok && date !== undefined) problems.push(cellSheetProblem(at(row, date), day.problem));
    else if (day.ok && day.value === null && date !== undefined)
      problems.push({ address: at(row, date), key: 'calendar.problem.noDate', params: {} });
    if (kind === null && dayKind !== undefined)
      problems.push({
        address: at(row, dayKind),
        key: 'calendar.problem.dayKind',
        params: { raw: kindText },
      });
    if (!day.ok || day.value === null || kind === null) continue;
    overrides.push({ day: day.value, kind, note: noteText });
  }
  return { overrides, problems };
}
