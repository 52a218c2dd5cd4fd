/** Book load: sets one week cell of a person+client row, or appends that row. */
import { foldCase, isTentativeBlue, squeezeSpaces } from '../../core/cells';
import { formatDayShort } from '../../core/calendar';
import { UserError } from '../../core/errors';
import type { Booking } from '../../core/forms/loadForm';
import type { RegisterMapping } from '../../core/registers/types';
import type { CellValue, Grid, Lang } from '../../core/types';
import type { AppEnv } from '../ports';
import { rowBlock, type RowCell } from './rowBlock';

/** The Sheets palette's "light blue 3": what people use to mark tentative load. */
export const TENTATIVE_BLUE = '#cfe2f3';

function same(a: CellValue, b: string): boolean {
  return foldCase(squeezeSpaces(String(a))) === foldCase(squeezeSpaces(b));
}

/** 0-based row of the person+client row (person carried down like the load engine does), or -1. */
export function findLoadRow(
  register: RegisterMapping<'load'>,
  grid: Grid,
  person: string,
  client: string,
): number {
  const personCol = register.columns.person;
  const taskCol = register.columns.task;
  if (personCol === undefined || taskCol === undefined) return -1;
  let current = '';
  for (let row = register.headerRow + 1; row < grid.values.length; row++) {
    const cells = grid.values[row];
    if (String(cells[personCol] ?? '').trim() !== '') current = String(cells[personCol]);
    if (current && same(current, person) && same(cells[taskCol] ?? '', client)) return row;
  }
  return -1;
}

function weekCell(booking: Booking, col: number, background: string | null): RowCell {
  if (booking.amount.kind === 'hours') return { col, value: booking.amount.text, format: '@', background };
  const fraction = Math.round(booking.amount.points * 1000) / 100_000;
  return {
    col,
    value: fraction,
    format: Number.isInteger(booking.amount.points) ? '0%' : '0.0%',
    background,
  };
}

/**
 * Writes the booking under the caller's lock: the week cell of the existing
 * row (keeping a non-blue background the user chose), or a new row after the
 * last one with person, client and the week cell. Returns the 1-based sheet row.
 */
export function writeBooking(
  env: Pick<AppEnv, 'workbook'>,
  register: RegisterMapping<'load'>,
  grid: Grid,
  booking: Booking,
  lang: Lang,
): { row: number; added: boolean } {
  const { person: personCol, task: taskCol } = register.columns;
  if (personCol === undefined || taskCol === undefined)
    throw new UserError('forms.error.noRegister', { register: register.sheet });
  const week = register.weekColumns.find((column) => column.week === booking.week);
  if (!week)
    throw new UserError('forms.error.noWeekColumn', {
      sheet: register.sheet,
      week: formatDayShort(booking.week, lang),
    });
  const row = findLoadRow(register, grid, booking.person, booking.client);
  if (row >= 0) {
    const existing = grid.backgrounds[row]?.[week.col] ?? '#ffffff';
    const background = booking.tentative ? TENTATIVE_BLUE : isTentativeBlue(existing) ? null : existing;
    const { col, block } = rowBlock([weekCell(booking, week.col, background)]);
    env.workbook.writeBlock(register.sheet, row + 1, col, block);
    return { row: row + 1, added: false };
  }
  const newRow = grid.values.length + 1;
  const { col, block } = rowBlock([
    { col: personCol, value: booking.person },
    { col: taskCol, value: booking.client },
    weekCell(booking, week.col, booking.tentative ? TENTATIVE_BLUE : null),
  ]);
  env.workbook.writeBlock(register.sheet, newRow, col, block);
  return { row: newRow, added: true };
}
