/**
 * What the dashboard shows about money and people beyond the counts: the money overdue, at STOP
 * and owed per currency against the receivables benchmark, the invoices whose data cannot be
 * read, and whose clients each account manager has — from the same states and receivables the
 * sheets are built from.
 */
import { personKey } from '../identity';
import type { MinorUnits } from '../types';
import { computeReceivables, type ReceivablesContext } from './receivables';
import type { DocumentState } from './types';

export interface MoneyFigures {
  currency: string;
  /** Outstanding on incoming invoices. */
  outstanding: MinorUnits;
  /** The overdue part of it, STOP included. */
  overdue: MinorUnits;
  /** The part 30+ days overdue (STOP). */
  stop: MinorUnits;
  /** Outstanding as % of the last 30 days' payments; `null` when nothing was paid. */
  pct: number | null;
  targetPct: number;
  healthy: boolean;
}

/** Per currency, the currencies in the receivables' order; none when nothing is owed. */
export function moneyFigures(states: readonly DocumentState[], ctx: ReceivablesContext): MoneyFigures[] {
  const receivables = computeReceivables(states, ctx);
  const stop = new Map<string, MinorUnits>();
  const overdue = new Map<string, MinorUnits>();
  for (const state of states) {
    if (!state.isIncoming || state.outstanding <= 0) continue;
    if (state.overdueDays > 0)
      overdue.set(state.currency, (overdue.get(state.currency) ?? 0) + state.outstanding);
    if (state.kind === 'stop') stop.set(state.currency, (stop.get(state.currency) ?? 0) + state.outstanding);
  }
  return receivables.ratio
    .filter((ratio) => ratio.outstanding > 0)
    .map((ratio) => ({
      currency: ratio.currency,
      outstanding: ratio.outstanding,
      overdue: overdue.get(ratio.currency) ?? 0,
      stop: stop.get(ratio.currency) ?? 0,
      pct: ratio.pct,
      targetPct: ratio.targetPct,
      healthy: ratio.healthy,
    }));
}

/** An account manager as the documents name them: by email when the team register knows it. */
export interface ManagerChoice {
  key: string;
  label: string;
}

/** One key per account manager however their cell is written; `null` for a row without one. */
export function managerKeyOf(state: DocumentState): string | null {
  if (state.managerEmail) return state.managerEmail.toLowerCase();
  const manager = state.record.manager.trim();
  return manager === '' ? null : personKey(manager);
}

/** Every account manager of the register, by name. */
export function managersOf(states: readonly DocumentState[]): ManagerChoice[] {
  const found = new Map<string, string>();
  for (const state of states) {
    const key = managerKeyOf(state);
    if (key !== null && !found.has(key)) found.set(key, state.record.manager.trim() || key);
  }
  return [...found]
    .map(([key, label]) => ({ key, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'ru'));
}

/** A document of the register that says what in it cannot be read. */
export interface DataError {
  /** 0-based grid row. */
  row: number;
  number: string;
  counterparty: string;
  /** The first problem's cell (`G37`), or the row's first cell. */
  cell: string;
  problems: string;
}

/** Rows whose data problems keep them from reminders and sums, in table order. */
export function dataErrorsOf(states: readonly DocumentState[]): DataError[] {
  return states
    .filter((state) => state.problems.length > 0)
    .map((state) => ({
      row: state.row,
      number: state.number,
      counterparty: state.counterparty,
      cell: state.problems.find((problem) => problem.cell !== '')?.cell || `A${state.row + 1}`,
      problems: state.problems.map((problem) => problem.text).join('; '),
    }));
}
