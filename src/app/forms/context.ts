/**
 * What a form needs from the workbook, read once per call: every sheet's
 * grid (one service call per kind of data per sheet) and the registers
 * detected on them with the user's mapping corrections.
 */
import { dayInTimeZone } from '../../core/calendar';
import { formatMoney } from '../../core/cells';
import { managerDirectory } from '../../core/documents/managers';
import { readDocuments } from '../../core/documents/read';
import { documentRules, evaluateDocuments } from '../../core/documents/state';
import type { DocumentState } from '../../core/documents/types';
import { UserError } from '../../core/errors';
import type { PersonHours, WeekHours } from '../../core/forms/loadForm';
import { readTeam } from '../../core/load/read';
import { detectRegisters, registerLabel } from '../../core/registers';
import type { RegisterKind, RegisterMapping } from '../../core/registers/types';
import type { Settings } from '../../core/settings';
import type { CalendarDay, Grid, Lang } from '../../core/types';
import type { AppEnv, GridKind } from '../ports';
import { loadSettings, resolveLang } from '../settingsStore';
import type { OpenInvoice } from './types';

const KINDS: readonly GridKind[] = ['values', 'display', 'backgrounds', 'formats'];

export interface FormContext {
  lang: Lang;
  settings: Settings;
  timeZone: string;
  today: CalendarDay;
  grids: Grid[];
  registers: RegisterMapping[];
}

export function readFormContext(env: AppEnv): FormContext {
  const settings = loadSettings(env);
  const timeZone = env.workbook.timeZone();
  const lang = resolveLang(settings, env.workbook.locale());
  const today = dayInTimeZone(env.clock.now(), timeZone);
  const grids: Grid[] = [];
  for (const sheet of env.workbook.sheetNames()) {
    const grid = env.workbook.readSheet(sheet, KINDS);
    if (grid) grids.push(grid);
  }
  const registers = detectRegisters(grids, settings.mapping, { timeZone, referenceDay: today });
  return { lang, settings, timeZone, today, grids, registers };
}

export function findRegister<K extends RegisterKind>(
  ctx: FormContext,
  kind: K,
): { register: RegisterMapping<K>; grid: Grid } | null {
  const register = ctx.registers.find((mapping) => mapping.kind === kind) as RegisterMapping<K> | undefined;
  const grid = register && ctx.grids.find((candidate) => candidate.sheet === register.sheet);
  return register && grid ? { register, grid } : null;
}

export function requireRegister<K extends RegisterKind>(
  ctx: FormContext,
  kind: K,
): { register: RegisterMapping<K>; grid: Grid } {
  const found = findRegister(ctx, kind);
  if (!found) throw new UserError('forms.error.noRegister', { register: registerLabel(kind, ctx.lang) });
  return found;
}

/** States of every document row, from the documents engine. */
export function documentStates(ctx: FormContext): DocumentState[] {
  const found = findRegister(ctx, 'documents');
  if (!found) return [];
  const records = readDocuments(found.grid, found.register, {
    timeZone: ctx.timeZone,
    today: ctx.today,
    managers: managerDirectory([]),
  });
  return evaluateDocuments(records, { today: ctx.today, rules: documentRules(ctx.settings), lang: ctx.lang });
}

/** Invoices that still owe money, as the payment form lists them. */
export function openInvoices(ctx: FormContext): OpenInvoice[] {
  return documentStates(ctx)
    .filter((state) => state.type === 'invoice' && state.outstanding > 0 && state.kind !== 'cancelled')
    .map((state) => ({
      row: state.row,
      number: state.number,
      client: state.counterparty,
      outstanding: state.outstanding,
      outstandingText: formatMoney(state.outstanding, state.currency, ctx.lang),
    }));
}

/** Weekly hours of every team member the team register(s) give hours or a rate for, and the default. */
export function weekHours(ctx: FormContext): WeekHours {
  const team: PersonHours[] = [];
  for (const register of ctx.registers) {
    if (register.kind !== 'team') continue;
    const grid = ctx.grids.find((candidate) => candidate.sheet === register.sheet);
    if (!grid) continue;
    for (const member of readTeam(grid, register as RegisterMapping<'team'>).members)
      if (member.weeklyHours !== null) team.push({ name: member.name, weeklyHours: member.weeklyHours });
  }
  return { team, defaultWeeklyHours: ctx.settings.load.defaultWeeklyHours };
}
