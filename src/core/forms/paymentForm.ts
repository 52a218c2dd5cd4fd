/** The Register payment form: one payment, possibly partial, on one open invoice. */
import type { DateContext } from '../cells';
import type { CalendarDay, MinorUnits } from '../types';
import { checkDay, checkMoney } from './documentForm';
import { checkText, type FieldErrors, isPlainObject, type Validated } from './fieldErrors';

export interface RegisterPaymentInput {
  /** 0-based grid row of the invoice, as the open-invoice list gave it. */
  row: number;
  /** The invoice number shown in the list: the server checks the row still holds it. */
  number: string;
  paidDate: string;
  amount: string;
}

export interface Payment {
  row: number;
  number: string;
  paidDate: CalendarDay;
  amount: MinorUnits;
}

/** Rows of a sheet are far fewer than this; anything bigger is not a row the list offered. */
const MAX_ROW = 1_000_000;

/** `outstanding` (when known, with its text for the message) refuses paying more than the invoice owes. */
export function validatePayment(
  input: unknown,
  ctx: DateContext,
  outstanding: { minor: MinorUnits; text: string } | null,
): Validated<Payment> {
  if (!isPlainObject(input)) return { ok: false, errors: { form: { key: 'forms.error.malformed' } } };
  const errors: FieldErrors = {};
  const row = input.row;
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 1 || row > MAX_ROW)
    errors.row = { key: 'forms.error.choice' };
  const number = checkText(errors, 'row', input.number, { max: 60 });
  const paidDate = checkDay(errors, 'paidDate', input.paidDate, ctx, true);
  const money = checkMoney(errors, 'amount', input.amount, true);
  if (money && outstanding !== null && money.minor > outstanding.minor)
    errors.amount = { key: 'forms.error.overpaid', params: { outstanding: outstanding.text } };
  if (Object.keys(errors).length > 0 || paidDate === null || money === null) return { ok: false, errors };
  return { ok: true, value: { row: row as number, number, paidDate, amount: money.minor } };
}
