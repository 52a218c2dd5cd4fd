/**
 * What the forms take from the run's one read of the workbook: the register a
 * form writes into, the invoices that still owe money (from the documents
 * engine's states, like every other feature), and each person's weekly hours.
 */
import { formatMoney } from '../../core/cells';
import { UserError } from '../../core/errors';
import type { PersonHours, WeekHours } from '../../core/forms/loadForm';
import { readTeam } from '../../core/load/read';
import { registerLabel } from '../../core/registers';
import type { RegisterKind } from '../../core/registers/types';
import type { Lang } from '../../core/types';
import type { RunContext } from '../context';
import type { DocumentsView } from '../documentStates';
import type { FoundRegister, WorkbookSnapshot } from '../readWorkbook';
import type { OpenInvoice } from './types';

export function requireRegister<K extends RegisterKind>(
  snapshot: Pick<WorkbookSnapshot, 'register'>,
  kind: K,
  lang: Lang,
): FoundRegister<K> {
  const found = snapshot.register(kind);
  if (!found) throw new UserError('forms.error.noRegister', { register: registerLabel(kind, lang) });
  return found;
}

/** Invoices that still owe money, as the payment form lists them. */
export function openInvoices(documents: DocumentsView | null, lang: Lang): OpenInvoice[] {
  return (documents?.states ?? [])
    .filter((state) => state.type === 'invoice' && state.outstanding > 0 && state.kind !== 'cancelled')
    .map((state) => ({
      row: state.row,
      number: state.number,
      client: state.counterparty,
      outstanding: state.outstanding,
      outstandingText: formatMoney(state.outstanding, state.currency, lang),
    }));
}

/** Weekly hours of every team member the team register(s) give hours or a rate for, and the default. */
export function weekHours(
  snapshot: Pick<WorkbookSnapshot, 'registersOf'>,
  ctx: Pick<RunContext, 'settings'>,
): WeekHours {
  const team: PersonHours[] = [];
  for (const { mapping, grid } of snapshot.registersOf('team')) {
    for (const member of readTeam(grid, mapping).members)
      if (member.weeklyHours !== null) team.push({ name: member.name, weeklyHours: member.weeklyHours });
  }
  return { team, defaultWeeklyHours: ctx.settings.load.defaultWeeklyHours };
}
