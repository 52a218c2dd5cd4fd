/** Register payment: adds a (possibly partial) payment to the paid cells of one invoice row. */
import { parseMoney } from '../../core/cells';
import { UserError } from '../../core/errors';
import type { Payment } from '../../core/forms/paymentForm';
import type { RegisterMapping } from '../../core/registers/types';
import type { Grid, Lang, MinorUnits } from '../../core/types';
import type { AppEnv } from '../ports';
import { noColumn } from './addDocument';
import { midnightIn } from '../../core/calendar';
import { DATE_FORMAT } from '../../core/sheetContent';
import { MONEY_FORMAT } from './cellFormats';

/** Minor units in a money cell; a cell that is not money counts as nothing paid / nothing owed. */
function moneyIn(grid: Grid, row: number, col: number | undefined): MinorUnits {
  if (col === undefined) return 0;
  const parsed = parseMoney(grid.values[row]?.[col] ?? '');
  return parsed.ok && parsed.value ? parsed.value.minor : 0;
}

/** What the invoice row says now: its number, amount and what was paid so far. */
export function invoiceBalance(
  register: RegisterMapping<'documents'>,
  grid: Grid,
  row: number,
): { number: string; amount: MinorUnits; paid: MinorUnits } {
  const cols = register.columns;
  const numberCell = cols.number === undefined ? '' : grid.values[row]?.[cols.number];
  const amount = moneyIn(grid, row, cols.amount);
  const paidDateSet =
    cols.paidDate !== undefined && String(grid.values[row]?.[cols.paidDate] ?? '').trim() !== '';
  const paidCell = moneyIn(grid, row, cols.paidAmount);
  // A paid date without a paid amount means paid in full (SPEC §2.3).
  const paid = paidCell === 0 && paidDateSet ? amount : paidCell;
  return { number: String(numberCell ?? '').trim(), amount, paid };
}

/**
 * Writes the paid amount (old + new) and the paid date into the invoice's own
 * cells — one `writeBlock` each, so nothing between them is touched. Returns
 * what is still owed. The caller holds the lock and has validated `payment`
 * against the same balance.
 */
export function writePayment(
  env: Pick<AppEnv, 'workbook'>,
  register: RegisterMapping<'documents'>,
  grid: Grid,
  payment: Payment,
  lang: Lang,
  timeZone: string,
): { paid: MinorUnits; outstanding: MinorUnits } {
  const balance = invoiceBalance(register, grid, payment.row);
  if (balance.number !== payment.number) throw new UserError('forms.error.rowChanged');
  const paid = balance.paid + payment.amount;
  const outstanding = balance.amount - paid;
  const { paidAmount, paidDate } = register.columns;
  if (paidAmount === undefined && (paidDate === undefined || outstanding > 0))
    throw noColumn(register.sheet, 'paidAmount', lang);
  const sheetRow = payment.row + 1;
  if (paidAmount !== undefined)
    env.workbook.writeBlock(register.sheet, sheetRow, paidAmount + 1, {
      values: [[paid / 100]],
      numberFormats: [[MONEY_FORMAT]],
    });
  if (paidDate !== undefined)
    env.workbook.writeBlock(register.sheet, sheetRow, paidDate + 1, {
      values: [[new Date(midnightIn(payment.paidDate, timeZone))]],
      numberFormats: [[DATE_FORMAT]],
    });
  return { paid, outstanding };
}
