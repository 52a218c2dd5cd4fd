/**
 * What a document's row means as of a calendar day (SPEC §3.2): paid or not,
 * how late, STOP after a month, originals still missing, contracts to renew.
 */
import { addDays, daysBetween, formatDayShort } from '../calendar';
import { counted, t, type MessageKey } from '../i18n';
import { clientKey } from '../identity';
import type { Settings } from '../settings';
import type { CalendarDay, Lang, MinorUnits } from '../types';
import type {
  DocumentProblem,
  DocumentProblemView,
  DocumentRecord,
  DocumentRules,
  DocumentState,
  DocumentStateKind,
} from './types';

/** Documents that are signed on paper and whose original the agency collects. */
const NEEDS_ORIGINAL = new Set(['contract', 'appendix', 'supplement', 'act']);

export interface StateContext {
  today: CalendarDay;
  rules: DocumentRules;
  lang: Lang;
}

/** What was paid: a paid date (or status `оплачен`) without a paid amount means paid in full. */
export function effectivePaid(record: DocumentRecord): MinorUnits {
  if (record.paidAmount !== null) return record.paidAmount;
  if ((record.paidDate !== null || record.status === 'paid') && record.amount !== null) return record.amount;
  return 0;
}

function isPaidInFull(record: DocumentRecord): boolean {
  if (record.amount === null) return record.paidDate !== null || record.status === 'paid';
  return effectivePaid(record) >= record.amount && (record.amount > 0 || record.status === 'paid');
}

function hasProblemIn(record: DocumentRecord, fields: readonly string[]): boolean {
  return record.problems.some((problem) => problem.field !== null && fields.includes(problem.field));
}

/** Problems that follow from the row as a whole rather than from one unreadable cell. */
function rowProblems(record: DocumentRecord): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  if (record.type !== 'invoice' || record.status === 'cancelled') return problems;
  const issued = record.status !== 'draft';
  if (issued && record.amount === null && !hasProblemIn(record, ['amount'])) {
    problems.push({ code: 'noAmount', field: 'amount', cell: '', raw: '' });
  }
  if (
    issued &&
    record.dueDate === null &&
    !isPaidInFull(record) &&
    !hasProblemIn(record, ['dueDate', 'date', 'deferralDays'])
  ) {
    problems.push({ code: 'noDueDate', field: 'dueDate', cell: '', raw: '' });
  }
  if (record.amount !== null && record.paidAmount !== null && record.paidAmount > record.amount) {
    problems.push({ code: 'overpaid', field: null, cell: '', raw: '' });
  }
  return problems;
}

function describe(problem: DocumentProblem, lang: Lang): DocumentProblemView {
  const key = `documents.problem.${problem.code}` as MessageKey;
  return { ...problem, text: t(lang, key, { cell: problem.cell, raw: problem.raw }) };
}

interface Timing {
  kind: DocumentStateKind;
  overdueDays: number;
  daysToDue: number | null;
}

/** An invoice's payment state; `null` when nothing about payment can be said. */
function invoiceTiming(record: DocumentRecord, outstanding: MinorUnits, ctx: StateContext): Timing | null {
  const daysToDue = record.dueDate === null ? null : daysBetween(ctx.today, record.dueDate);
  if (record.status === 'cancelled') return { kind: 'cancelled', overdueDays: 0, daysToDue };
  if (isPaidInFull(record)) return { kind: 'paid', overdueDays: 0, daysToDue };
  if (record.status === 'draft') return { kind: 'notIssued', overdueDays: 0, daysToDue };
  if (record.amount === null || daysToDue === null || outstanding <= 0) return null;
  if (daysToDue > 0) return { kind: 'dueIn', overdueDays: 0, daysToDue };
  if (daysToDue === 0) return { kind: 'dueToday', overdueDays: 0, daysToDue };
  const overdueDays = -daysToDue;
  // STOP is the agency's rule for its clients; a contractor's invoice is just overdue.
  const stop = record.direction === 'incoming' && overdueDays >= ctx.rules.stopDays;
  return { kind: stop ? 'stop' : 'overdue', overdueDays, daysToDue };
}

/** The day a contract must be renewed by, once today is inside the lead window. */
function renewalDay(record: DocumentRecord, ctx: StateContext): CalendarDay | null {
  if (record.type !== 'contract' || record.status === 'draft' || record.status === 'cancelled') return null;
  let end = record.validUntil;
  // Contracts with no end date of their own run until the year ends when the agency renews yearly.
  if (end === null && ctx.rules.renewForNewYear) end = `${ctx.today.slice(0, 4)}-12-31`;
  if (end === null) return null;
  return daysBetween(ctx.today, end) <= ctx.rules.renewalLeadDays ? end : null;
}

function isOriginalMissing(record: DocumentRecord, ctx: StateContext): boolean {
  if (record.type === null || !NEEDS_ORIGINAL.has(record.type)) return false;
  if (record.originals === null || record.originals === 'received') return false;
  if (record.status === 'draft' || record.status === 'sent' || record.status === 'cancelled') return false;
  if (record.date === null) return false;
  return daysBetween(record.date, ctx.today) >= ctx.rules.originalsWaitDays;
}

function labelOf(kind: DocumentStateKind, state: Timing, renewBy: CalendarDay | null, ctx: StateContext) {
  const { lang } = ctx;
  switch (kind) {
    case 'dueIn':
      return t(lang, 'documents.state.dueIn', { days: counted(lang, 'days', state.daysToDue ?? 0) });
    case 'overdue':
      return t(lang, 'documents.state.overdue', { days: counted(lang, 'days', state.overdueDays) });
    case 'stop':
      return t(lang, 'documents.state.stop', { stopDays: ctx.rules.stopDays });
    case 'contractExpiring':
    case 'contractExpired':
      return t(lang, `documents.state.${kind}`, { date: renewBy ? formatDayShort(renewBy, lang) : '' });
    case 'none':
      return '';
    default:
      return plainLabel(lang, kind);
  }
}

type PlainKind = Exclude<
  DocumentStateKind,
  'dueIn' | 'overdue' | 'stop' | 'contractExpiring' | 'contractExpired' | 'none'
>;
const plainLabels = new Map<string, string>();

/** Labels without a number in them (`оплачен`, `ждёт оригинала`): worded once, not for every row. */
function plainLabel(lang: Lang, kind: PlainKind): string {
  const id = `${lang}:${kind}`;
  let label = plainLabels.get(id);
  if (label === undefined) plainLabels.set(id, (label = t(lang, `documents.state.${kind}`)));
  return label;
}

/** The state of one document as of `ctx.today`. */
export function evaluateDocument(record: DocumentRecord, ctx: StateContext): DocumentState {
  const problems = [...record.problems, ...rowProblems(record)];
  const isInvoice = record.type === 'invoice';
  const rawOutstanding = isInvoice && record.amount !== null ? record.amount - effectivePaid(record) : 0;
  const cancelledOrDraft = record.status === 'cancelled' || record.status === 'draft';
  const outstanding = cancelledOrDraft ? 0 : Math.max(0, rawOutstanding);

  const kinds: DocumentStateKind[] = [];
  let timing: Timing = { kind: 'none', overdueDays: 0, daysToDue: null };
  if (record.status === 'cancelled') {
    kinds.push('cancelled');
  } else if (isInvoice) {
    const invoice = invoiceTiming(record, outstanding, ctx);
    if (invoice) {
      timing = invoice;
      kinds.push(invoice.kind);
    }
  }

  let renewBy: CalendarDay | null = null;
  const originalsMissing = record.status !== 'cancelled' && isOriginalMissing(record, ctx);
  if (record.status !== 'cancelled') {
    renewBy = renewalDay(record, ctx);
    if (renewBy !== null)
      kinds.push(daysBetween(ctx.today, renewBy) < 0 ? 'contractExpired' : 'contractExpiring');
    if (originalsMissing) kinds.push('awaitingOriginal');
    if (kinds.length === 0 && record.type !== null && record.type !== 'invoice') kinds.push('ok');
  }
  if (kinds.length === 0) kinds.push('none');

  const disputed = record.status === 'disputed';
  // An open invoice the data keeps from its reminders says so where the AM looks, not only in Проверка.
  const blocked =
    isInvoice &&
    problems.length > 0 &&
    record.direction === 'incoming' &&
    !cancelledOrDraft &&
    record.status !== 'paid' &&
    !kinds.includes('paid');
  const label = [
    blocked ? t(ctx.lang, 'documents.state.dataProblem') : '',
    disputed ? t(ctx.lang, 'documents.state.disputed') : '',
    ...kinds.map((kind) => labelOf(kind, timing, renewBy, ctx)),
  ]
    .filter((text) => text !== '')
    .join('; ');

  const isIncoming = record.direction === 'incoming';
  const reminderEligible =
    isIncoming &&
    isInvoice &&
    outstanding > 0 &&
    !record.paused &&
    !disputed &&
    record.status !== 'paid' &&
    !cancelledOrDraft &&
    record.dueDate !== null &&
    record.clientEmails.length > 0 &&
    problems.length === 0;

  return {
    row: record.row,
    kind: kinds[0],
    kinds,
    label,
    overdueDays: timing.overdueDays,
    daysToDue: timing.daysToDue,
    outstanding,
    currency: record.currency,
    problems: problems.map((problem) => describe(problem, ctx.lang)),
    isIncoming,
    paused: record.paused,
    disputed,
    reminderEligible,
    clientEmails: record.clientEmails,
    managerEmail: record.managerEmail,
    dueDate: record.dueDate,
    number: record.number,
    counterparty: record.counterparty,
    contract: record.contract,
    type: record.type,
    originalsMissing,
    renewBy,
    record,
  };
}

export function evaluateDocuments(records: readonly DocumentRecord[], ctx: StateContext): DocumentState[] {
  const states = records.map((record) => evaluateDocument(record, ctx));
  // A dispute on one document pauses every reminder to that client until it is settled.
  const disputedClients = new Set(
    states
      .filter((state) => state.disputed && state.isIncoming)
      .map((state) => clientKey(state.counterparty)),
  );
  if (disputedClients.size === 0) return states;
  return states.map((state) =>
    state.isIncoming && !state.disputed && disputedClients.has(clientKey(state.counterparty))
      ? { ...state, clientDisputed: true, reminderEligible: false }
      : state,
  );
}

/** A due date `deferralDays` after the document date. */
export function dueFromDeferral(date: CalendarDay, deferralDays: number): CalendarDay {
  return addDays(date, deferralDays);
}

/** The document thresholds out of the user's settings. */
export function documentRules(settings: Settings): DocumentRules {
  return {
    ...settings.documents,
    preDueDays: settings.reminders.preDueDays,
    overdueRepeatDays: settings.reminders.overdueRepeatDays,
  };
}
