/**
 * The document-status register as the core sees it (SPEC §2.3, §3.2): rows
 * already parsed into records, and what the add-on concludes about each one as
 * of a calendar day. Other features (reminders, dashboard, accounting digest)
 * read these shapes; names here are stable.
 */
import type { FieldOf } from '../registers/types';
import type { DocumentStatus, DocumentType, Direction, OriginalsState } from '../registers/types';
import type { CalendarDay, Lang, MinorUnits } from '../types';

export type DocumentField = FieldOf<'documents'>;

/** Currency of a document whose currency cell is empty. */
export const DEFAULT_CURRENCY = 'RUB';

export type DocumentProblemCode =
  /** An amount or paid amount that is not money. */
  | 'badAmount'
  /** A date cell (date, due date, paid date, valid until) that is not a date. */
  | 'badDate'
  /** `Отсрочка, дн.` that is not a whole number of days. */
  | 'badDeferral'
  /** A client email cell with an address that is not valid. */
  | 'badEmail'
  /** An issued invoice with neither a due date nor a deferral. */
  | 'noDueDate'
  /** An issued invoice without an amount. */
  | 'noAmount'
  /** Paid more than invoiced. */
  | 'overpaid'
  /** A type cell that names no known document type. */
  | 'unknownType'
  /** A filled row with an empty type cell. */
  | 'noType'
  /** A pause cell that is neither a checkbox nor yes/no. */
  | 'badFlag'
  /** A mapped cell holding a formula error (`#N/A`, `#REF!`…). */
  | 'errorValue'
  /** A line break in a client name or number, which reaches email subjects. */
  | 'lineBreak'
  /** An amount written in a currency other than the row's `Валюта`. */
  | 'currencyMismatch'
  /** An amount or paid amount below zero. */
  | 'negativeAmount'
  /** A `Ссылка` cell that is not an http(s) address. */
  | 'badLink'
  /** Gmail build: a client address whose mail came back (a bounce). */
  | 'bouncedEmail';

/** A data problem in one cell of a document row. */
export interface DocumentProblem {
  code: DocumentProblemCode;
  /** The field whose cell has the problem; `null` for a problem of the whole row (e.g. overpaid). */
  field: DocumentField | null;
  /** A1 address of the cell (`F11`), `''` when the problem is not one cell's. */
  cell: string;
  /** The cell's text as the user sees it. */
  raw: string;
}

/** One row of the documents register, parsed. Unparseable cells are `null` and reported in `problems`. */
export interface DocumentRecord {
  /** 0-based index of the row in the sheet's grid (sheet row = row + 1); where results are written back. */
  row: number;
  sheet: string;
  /** `null` when the type cell is empty or unknown. */
  type: DocumentType | null;
  /** The type cell as typed, for messages about unknown types. */
  typeText: string;
  number: string;
  counterparty: string;
  /** Incoming (from a client) unless the row says outgoing (to a contractor). */
  direction: Direction;
  /** The contract this document belongs to (for a contract row: its own number when the cell is empty). */
  contract: string;
  date: CalendarDay | null;
  amount: MinorUnits | null;
  currency: string;
  /** `Срок оплаты`, or `date + Отсрочка, дн.` when the due-date cell is empty. */
  dueDate: CalendarDay | null;
  paidDate: CalendarDay | null;
  /** What was paid so far; a paid date with no paid amount means paid in full. */
  paidAmount: MinorUnits | null;
  status: DocumentStatus | null;
  /** `null` when the register has no originals column (nothing can be said about originals). */
  originals: OriginalsState | null;
  validUntil: CalendarDay | null;
  /** The manager cell as typed: a Team name or an email. */
  manager: string;
  /** The manager's email: the cell itself, or the Team register's email for that name. */
  managerEmail: string | null;
  clientEmails: string[];
  /** Paused today: a ticked pause, or a pause until a later day (of the row, else of the directory). */
  paused: boolean;
  /** The day a dated pause ends (reminders resume on it), or null. */
  pausedUntil?: CalendarDay | null;
  /** The `Ссылка` cell: an http(s) address the client email links the item to, or null. */
  link?: string | null;
  /** The client's escalation contact from the `Клиенты` directory. */
  escalationEmails?: string[];
  /** The client's email language from the directory, or null for the spreadsheet's. */
  clientLang?: Lang | null;
  problems: DocumentProblem[];
}

/**
 * What the add-on says about a document. `paid`…`cancelled` are the states of
 * SPEC §3.2; `ok` is a document with nothing to say; `none` is a row nothing
 * can be concluded about (empty type, or data problems hide the answer).
 */
export type DocumentStateKind =
  | 'paid'
  | 'notIssued'
  | 'dueIn'
  | 'dueToday'
  | 'overdue'
  | 'stop'
  | 'awaitingOriginal'
  | 'contractExpiring'
  | 'contractExpired'
  | 'cancelled'
  | 'ok'
  | 'none';

/** A data problem with its sentence in the user's language (`F11: «двадцать» — не число`). */
export interface DocumentProblemView extends DocumentProblem {
  text: string;
}

export interface DocumentState {
  /** Same as `record.row`: 0-based grid row to write the owned columns on. */
  row: number;
  /** The main state (it picks the colour). */
  kind: DocumentStateKind;
  /** Every state that applies, main one first (a contract may expire and still lack its original). */
  kinds: DocumentStateKind[];
  /** Human label of every state that applies, joined with `; ` (`просрочен 12 дней`). */
  label: string;
  /** Days past the due date while money is outstanding; 0 otherwise. */
  overdueDays: number;
  /** Days until the due date for `dueIn` (0 on the due day); `null` when there is no due date. */
  daysToDue: number | null;
  /** Amount still to be paid, exact minor units; 0 for paid, cancelled, draft and non-invoices. */
  outstanding: MinorUnits;
  currency: string;
  problems: DocumentProblemView[];
  /** From a client (receivable), as opposed to a contractor's invoice the agency must pay. */
  isIncoming: boolean;
  paused: boolean;
  /** The row's status is a dispute (`спор`): its client's reminders wait; it is never paid. */
  disputed?: boolean;
  /** Another document of the same client is disputed: this one's reminders wait too. */
  clientDisputed?: boolean;
  /**
   * May produce client reminders: an incoming invoice, outstanding > 0, not paused,
   * cancelled, paid or draft, at least one valid client email, no data problems.
   */
  reminderEligible: boolean;
  clientEmails: string[];
  managerEmail: string | null;
  dueDate: CalendarDay | null;
  number: string;
  counterparty: string;
  contract: string;
  type: DocumentType | null;
  /** Signed (or dated) long enough ago and the paper original is still not received. */
  originalsMissing: boolean;
  /** Day by which the contract must be renewed (valid until, or 31 Dec), once inside the lead window. */
  renewBy: CalendarDay | null;
  /** The parsed row the state was computed from. */
  record: DocumentRecord;
}

/** Thresholds the document rules use, from `Settings`. */
export interface DocumentRules {
  stopDays: number;
  /** Days overdue from which client reminders escalate (0: never). */
  escalationDays?: number;
  originalsWaitDays: number;
  renewalLeadDays: number;
  renewForNewYear: boolean;
  /** Days before due that count as "due soon" (the polite reminder's lead). */
  preDueDays: number;
  /** Days between overdue reminders after the first one. */
  overdueRepeatDays: number;
}

/** Receivable amounts bucketed by days overdue. */
export interface Aging {
  notDue: MinorUnits;
  days1to7: MinorUnits;
  days8to30: MinorUnits;
  days31to60: MinorUnits;
  over60: MinorUnits;
}

/** Receivables of one client or one AM in one currency. */
export interface ReceivablesLine {
  /** Client name, or AM (manager cell / email). */
  key: string;
  currency: string;
  invoiced: MinorUnits;
  paid: MinorUnits;
  outstanding: MinorUnits;
  overdue: MinorUnits;
  aging: Aging;
}

/** Outstanding receivables against the money received in the revenue window, per currency. */
export interface ReceivablesRatio {
  currency: string;
  outstanding: MinorUnits;
  /** Payments on incoming invoices whose paid date is in the window. */
  revenue: MinorUnits;
  /** `outstanding / revenue × 100`, one decimal; `null` when nothing was received. */
  pct: number | null;
  targetPct: number;
  healthy: boolean;
}

/** Money on one contract in one currency. */
export interface ContractBalance {
  contract: string;
  counterparty: string;
  currency: string;
  /** The contract row's amount (plus appendices and supplements); `null` when no row states it. */
  contractSum: MinorUnits | null;
  invoiced: MinorUnits;
  actsClosed: MinorUnits;
  paid: MinorUnits;
  /** `contractSum − invoiced`; `null` without a contract sum. */
  remaining: MinorUnits | null;
  /** Work closed by acts that was not paid for. */
  actsExceedPayments: boolean;
  invoicesExceedContract: boolean;
}

/** An outgoing (contractor) invoice the accountant must pay. */
export interface OutgoingPayment {
  row: number;
  number: string;
  counterparty: string;
  contract: string;
  dueDate: CalendarDay | null;
  outstanding: MinorUnits;
  currency: string;
  /** Relative to the ISO week of `today`. */
  when: 'overdue' | 'thisWeek' | 'nextWeek' | 'later' | 'noDueDate';
}

export interface Receivables {
  today: CalendarDay;
  /** Inclusive window of the revenue figure: the 30 days ending `today`. */
  revenueFrom: CalendarDay;
  revenueTo: CalendarDay;
  byClient: ReceivablesLine[];
  byManager: ReceivablesLine[];
  ratio: ReceivablesRatio[];
  contracts: ContractBalance[];
  outgoing: OutgoingPayment[];
}

/** What the dashboard shows about documents. */
export interface NextAction {
  row: number;
  number: string;
  counterparty: string;
  kind: DocumentStateKind;
  /** What to do, in the user's language (`позвонить клиенту: СТОП`). */
  action: string;
  managerEmail: string | null;
}

export interface DocumentSummary {
  /** Incoming documents in dispute (`спор`). */
  disputed?: number;
  overdue: number;
  /** Due today or within 3 days. */
  dueSoon: number;
  stop: number;
  originalsMissing: number;
  renewals: number;
  nextActions: NextAction[];
}
