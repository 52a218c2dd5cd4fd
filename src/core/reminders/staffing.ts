/**
 * Who works for which client in a week, from the load registers: an AM's
 * digest names the overloaded people on *their* clients, not only their own
 * overload. Client names in the load sheet rarely match the documents
 * register letter for letter (`Ромашка` vs `ООО «Ромашка»`), so both sides
 * are compared by `clientKey` (core/identity).
 */
import { readLoadRows, type LoadSources } from '../load/read';
import { isRegisterOf } from '../registers/types';
import type { CalendarDay } from '../types';

export interface Staffing {
  person: string;
  client: string;
  week: CalendarDay;
}

/** Client rows with confirmed or tentative load in one of `weeks`. */
export function staffingOf(
  sources: Pick<LoadSources, 'grids' | 'registers'>,
  weeks: readonly CalendarDay[],
): Staffing[] {
  const wanted = new Set(weeks);
  const found: Staffing[] = [];
  for (const mapping of sources.registers) {
    const grid = sources.grids.get(mapping.sheet);
    if (!isRegisterOf(mapping, 'load') || !grid) continue;
    const load = mapping;
    // Only the wanted weeks' cells are read (a register plans a year; the digest needs this week),
    // and only whether a cell is non-zero matters, so any weekly norm converts hour cells.
    const only = { ...load, weekColumns: load.weekColumns.filter((column) => wanted.has(column.week)) };
    const { rows } = readLoadRows(grid, only, () => 40);
    for (const row of rows) {
      if (row.kind !== 'client') continue;
      for (const cell of row.cells)
        if (wanted.has(cell.week) && cell.pct > 0)
          found.push({ person: row.person, client: row.task, week: cell.week });
    }
  }
  return found;
}
