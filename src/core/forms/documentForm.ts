/** The Add document form: what it accepts, checked the same way in the page and on the server. */
import { parseDay, parseEmails, parseMoney } from '../cells';
import type { DateContext } from '../cells';
import type { Direction, DocumentType } from '../registers/types';
import type { CalendarDay, MinorUnits } from '../types';
import { checkText, type FieldErrors, isPlainObject, type Validated } from './fieldErrors';

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'invoice',
  'act',
  'contract',
  'appendix',
  'supplement',
];
export const DIRECTIONS: readonly Direction[] = ['incoming', 'outgoing'];

/** What the page sends: every field as typed. */
export interface AddDocumentInput {
  type: string;
  number: string;
  counterparty: string;
  direction: string;
  contract: string;
  date: string;
  amount: string;
  dueDate: string;
  clientEmail: string;
  manager: string;
}

export interface NewDocument {
  type: DocumentType;
  number: string;
  counterparty: string;
  direction: Direction;
  contract: string;
  date: CalendarDay;
  /** Null only for documents that carry no amount (a contract may). */
  amount: MinorUnits | null;
  currency: string | null;
  dueDate: CalendarDay | null;
  clientEmails: string[];
  manager: string;
}

/** Invoices and acts are money documents: they need an amount. */
function needsAmount(type: DocumentType): boolean {
  return type === 'invoice' || type === 'act';
}

export function checkDay(
  errors: FieldErrors,
  field: string,
  value: unknown,
  ctx: DateContext,
  required: boolean,
): CalendarDay | null {
  const s = checkText(errors, field, value, { required, max: 40 });
  if (errors[field] || s === '') return null;
  const parsed = parseDay(s, ctx);
  if (!parsed.ok || parsed.value === null) {
    errors[field] = { key: 'forms.error.day' };
    return null;
  }
  return parsed.value;
}

/** A positive amount of money typed into a form, in minor units. */
export function checkMoney(
  errors: FieldErrors,
  field: string,
  value: unknown,
  required: boolean,
): { minor: MinorUnits; currency: string | null } | null {
  const s = checkText(errors, field, value, { required, max: 40 });
  if (errors[field] || s === '') return null;
  const parsed = parseMoney(s);
  if (!parsed.ok || parsed.value === null) {
    errors[field] = { key: 'forms.error.money' };
    return null;
  }
  if (parsed.value.minor <= 0) {
    errors[field] = { key: 'forms.error.positive' };
    return null;
  }
  return parsed.value;
}

export function validateAddDocument(input: unknown, ctx: DateContext): Validated<NewDocument> {
  if (!isPlainObject(input)) return { ok: false, errors: { form: { key: 'forms.error.malformed' } } };
  const errors: FieldErrors = {};
  const type = input.type as DocumentType;
  if (!DOCUMENT_TYPES.includes(type)) errors.type = { key: 'forms.error.choice' };
  const direction = input.direction as Direction;
  if (!DIRECTIONS.includes(direction)) errors.direction = { key: 'forms.error.choice' };
  const number = checkText(errors, 'number', input.number, { required: true, max: 60 });
  const counterparty = checkText(errors, 'counterparty', input.counterparty, { required: true });
  const contract = checkText(errors, 'contract', input.contract, { max: 60 });
  const manager = checkText(errors, 'manager', input.manager);
  const date = checkDay(errors, 'date', input.date, ctx, true);
  const dueDate = checkDay(errors, 'dueDate', input.dueDate, ctx, false);
  if (date && dueDate && dueDate < date) errors.dueDate = { key: 'forms.error.dueBeforeDate' };
  const money = checkMoney(
    errors,
    'amount',
    input.amount,
    DOCUMENT_TYPES.includes(type) && needsAmount(type),
  );

  const emailText = checkText(errors, 'clientEmail', input.clientEmail, { max: 500 });
  let clientEmails: string[] = [];
  if (!errors.clientEmail) {
    const parsed = parseEmails(emailText);
    if (parsed.ok) clientEmails = parsed.value;
    else errors.clientEmail = { key: 'forms.error.emails', params: { raw: parsed.problem.raw } };
  }

  if (Object.keys(errors).length > 0 || date === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      type,
      number,
      counterparty,
      direction,
      contract,
      date,
      amount: money?.minor ?? null,
      currency: money?.currency ?? null,
      dueDate,
      clientEmails,
      manager,
    },
  };
}
