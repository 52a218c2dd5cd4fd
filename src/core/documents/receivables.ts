/**
 * Receivables (SPEC §3.2, `Дебиторка`): what clients owe, per client and per
 * AM, aged by days overdue; against the money received in the last 30 days;
 * per contract; and what the agency owes its contractors. Money is summed in
 * integer minor units and never across currencies.
 */
import { addDays, daysBetween, mondayOf } from '../calendar';
import { clientKey } from '../identity';
import type { CalendarDay, MinorUnits } from '../types';
import { effectivePaid } from './state';
import type {
  Aging,
  ContractBalance,
  DocumentState,
  OutgoingPayment,
  Receivables,
  ReceivablesLine,
  ReceivablesRatio,
} from './types';

/** The revenue window: 30 days ending today, both ends included. */
export const REVENUE_WINDOW_DAYS = 30;

const CONTRACT_TYPES = new Set(['contract', 'appendix', 'supplement']);

export interface ReceivablesContext {
  today: CalendarDay;
  /** Receivables as % of the window's revenue that is still healthy (the 15–20 % industry figure). */
  targetPct: number;
}

function emptyAging(): Aging {
  return { notDue: 0, days1to7: 0, days8to30: 0, days31to60: 0, over60: 0 };
}

/** The aging bucket of an amount that is `overdueDays` late (0 or less: not due yet). */
export function agingBucket(overdueDays: number): keyof Aging {
  if (overdueDays <= 0) return 'notDue';
  if (overdueDays <= 7) return 'days1to7';
  if (overdueDays <= 30) return 'days8to30';
  if (overdueDays <= 60) return 'days31to60';
  return 'over60';
}

/** An incoming invoice that counts as a receivable: issued, not cancelled, with a known amount. */
function isReceivable(state: DocumentState): boolean {
  const { record } = state;
  return (
    state.isIncoming &&
    record.type === 'invoice' &&
    record.amount !== null &&
    record.status !== 'cancelled' &&
    record.status !== 'draft'
  );
}

/** Largest debt first; the line of documents without a client or manager (`lastKey`) at the end. */
function lineOrder(lastKey: string) {
  return (a: ReceivablesLine, b: ReceivablesLine): number =>
    Number(a.key === lastKey) - Number(b.key === lastKey) ||
    b.outstanding - a.outstanding ||
    a.key.localeCompare(b.key, 'ru') ||
    a.currency.localeCompare(b.currency);
}

/** Lines keyed by `keyOf` and currency. */
function linesBy(
  states: readonly DocumentState[],
  keyOf: (state: DocumentState) => string,
  lastKey: string,
  labelOf: (state: DocumentState) => string = keyOf,
): ReceivablesLine[] {
  const lines = new Map<string, ReceivablesLine>();
  for (const state of states) {
    const id = `${keyOf(state)}\u0000${state.currency}`;
    let line = lines.get(id);
    if (!line) {
      line = {
        key: labelOf(state),
        currency: state.currency,
        invoiced: 0,
        paid: 0,
        outstanding: 0,
        overdue: 0,
        aging: emptyAging(),
      };
      lines.set(id, line);
    }
    line.invoiced += state.record.amount ?? 0;
    line.paid += effectivePaid(state.record);
    line.outstanding += state.outstanding;
    if (state.overdueDays > 0) line.overdue += state.outstanding;
    line.aging[agingBucket(state.overdueDays)] += state.outstanding;
  }
  return [...lines.values()].sort(lineOrder(lastKey));
}

function ratios(receivables: readonly DocumentState[], ctx: ReceivablesContext): ReceivablesRatio[] {
  const from = addDays(ctx.today, 1 - REVENUE_WINDOW_DAYS);
  const byCurrency = new Map<string, { outstanding: MinorUnits; revenue: MinorUnits }>();
  for (const state of receivables) {
    const entry = byCurrency.get(state.currency) ?? { outstanding: 0, revenue: 0 };
    entry.outstanding += state.outstanding;
    const paidDate = state.record.paidDate;
    if (paidDate !== null && daysBetween(from, paidDate) >= 0 && daysBetween(paidDate, ctx.today) >= 0) {
      entry.revenue += effectivePaid(state.record);
    }
    byCurrency.set(state.currency, entry);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, { outstanding, revenue }]) => {
      const pct = revenue > 0 ? Math.round((outstanding * 1000) / revenue) / 10 : null;
      const healthy = outstanding === 0 || (pct !== null && pct <= ctx.targetPct);
      return { currency, outstanding, revenue, pct, targetPct: ctx.targetPct, healthy };
    });
}

/** Client contracts: what the contract rows promise against what was invoiced, closed and paid. */
function contractBalances(states: readonly DocumentState[]): ContractBalance[] {
  const balances = new Map<string, ContractBalance>();
  for (const state of states) {
    const { record } = state;
    // A contract row names itself when its contract cell is empty.
    const contract = record.contract || (record.type === 'contract' ? record.number : '');
    if (!state.isIncoming || contract === '' || record.status === 'cancelled' || record.type === null)
      continue;
    const id = `${contract}\u0000${record.currency}`;
    let balance = balances.get(id);
    if (!balance) {
      balance = {
        contract,
        counterparty: record.counterparty,
        currency: record.currency,
        contractSum: null,
        invoiced: 0,
        actsClosed: 0,
        paid: 0,
        remaining: null,
        actsExceedPayments: false,
        invoicesExceedContract: false,
      };
      balances.set(id, balance);
    }
    if (balance.counterparty === '') balance.counterparty = record.counterparty;
    const amount = record.amount ?? 0;
    if (CONTRACT_TYPES.has(record.type) && record.amount !== null) {
      balance.contractSum = (balance.contractSum ?? 0) + amount;
    } else if (record.type === 'invoice' && record.status !== 'draft') {
      balance.invoiced += amount;
      balance.paid += effectivePaid(record);
    } else if (record.type === 'act' && record.status !== 'draft') {
      balance.actsClosed += amount;
    }
  }
  return [...balances.values()]
    .map((balance) => ({
      ...balance,
      remaining: balance.contractSum === null ? null : balance.contractSum - balance.invoiced,
      actsExceedPayments: balance.actsClosed > balance.paid,
      invoicesExceedContract: balance.contractSum !== null && balance.invoiced > balance.contractSum,
    }))
    .sort(
      (a, b) =>
        Number(b.actsExceedPayments || b.invoicesExceedContract) -
          Number(a.actsExceedPayments || a.invoicesExceedContract) ||
        a.contract.localeCompare(b.contract, 'ru') ||
        a.currency.localeCompare(b.currency),
    );
}

function whenDue(dueDate: CalendarDay | null, today: CalendarDay): OutgoingPayment['when'] {
  if (dueDate === null) return 'noDueDate';
  if (daysBetween(today, dueDate) < 0) return 'overdue';
  const weeks = daysBetween(mondayOf(today), mondayOf(dueDate)) / 7;
  if (weeks === 0) return 'thisWeek';
  return weeks === 1 ? 'nextWeek' : 'later';
}

/** Contractors' invoices still to pay, earliest first (no due date last). */
export function outgoingPayments(states: readonly DocumentState[], today: CalendarDay): OutgoingPayment[] {
  return states
    .filter((state) => !state.isIncoming && state.type === 'invoice' && state.outstanding > 0)
    .map((state) => ({
      row: state.row,
      number: state.number,
      counterparty: state.counterparty,
      contract: state.contract,
      dueDate: state.dueDate,
      outstanding: state.outstanding,
      currency: state.currency,
      when: whenDue(state.dueDate, today),
    }))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.row - b.row);
}

/**
 * One line per currency adding up `lines` (the totals row of a table): kopecks summed exactly,
 * currencies in the order they first appear.
 */
export function totalsByCurrency(lines: readonly ReceivablesLine[], key: string): ReceivablesLine[] {
  const totals = new Map<string, ReceivablesLine>();
  for (const line of lines) {
    let total = totals.get(line.currency);
    if (!total) {
      total = {
        key,
        currency: line.currency,
        invoiced: 0,
        paid: 0,
        outstanding: 0,
        overdue: 0,
        aging: emptyAging(),
      };
      totals.set(line.currency, total);
    }
    total.invoiced += line.invoiced;
    total.paid += line.paid;
    total.outstanding += line.outstanding;
    total.overdue += line.overdue;
    for (const bucket of Object.keys(total.aging) as (keyof Aging)[])
      total.aging[bucket] += line.aging[bucket];
  }
  return [...totals.values()];
}

/** A client is one line however the table spells it (`ООО «Ромашка»`, `Ромашка`): the one client key. */
function clientLineKey(state: DocumentState, noName: string): string {
  return state.counterparty ? clientKey(state.counterparty) || state.counterparty : noName;
}

/**
 * Everything on the `Дебиторка` sheet. `noName` names the line of invoices
 * whose client or manager cell is empty.
 */
export function computeReceivables(
  states: readonly DocumentState[],
  ctx: ReceivablesContext,
  noName = '',
): Receivables {
  const receivables = states.filter(isReceivable);
  return {
    today: ctx.today,
    revenueFrom: addDays(ctx.today, 1 - REVENUE_WINDOW_DAYS),
    revenueTo: ctx.today,
    // Named as the table first spells the client.
    byClient: linesBy(
      receivables,
      (state) => clientLineKey(state, noName),
      noName,
      (state) => state.counterparty || noName,
    ),
    // Grouped by email (one AM written two ways is one line), named as the table names them.
    byManager: linesBy(
      receivables,
      (state) => state.managerEmail ?? (state.record.manager || noName),
      noName,
      (state) => state.record.manager || state.managerEmail || noName,
    ),
    ratio: ratios(receivables, ctx),
    contracts: contractBalances(states),
    outgoing: outgoingPayments(states, ctx.today),
  };
}
