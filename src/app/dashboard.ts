/**
 * The dashboard sidebar's data: this and next week's load as a heat map,
 * the documents that need attention, and whether the automatic runs are on.
 * Everything comes from the engines' own results, so the sidebar and the
 * owned sheets can never disagree.
 */
import { dayInTimeZone, formatDayShort } from '../core/calendar';
import { formatMoney } from '../core/cells';
import {
  dataErrorsOf,
  managerKeyOf,
  managersOf,
  moneyFigures,
  type ManagerChoice,
} from '../core/documents/dashboardFigures';
import type { ColumnMarker } from '../core/documents/markerHint';
import { documentRules } from '../core/documents/state';
import type { DocumentState } from '../core/documents/types';
import { UserError } from '../core/errors';
import { t } from '../core/i18n';
import { summarizeDocuments } from '../core/documents/summary';
import { formatPct, heatColor } from '../core/load/weekCells';
import type { PersonWeek } from '../core/load/types';
import { thisAndNextWeek } from '../core/load/weeks';
import { registerWarnings } from '../core/registers/warnings';
import { describeSheetProblem } from '../core/sheetProblems';
import type { CalendarDay } from '../core/types';
import type { RunContext } from './context';
import { documentStatesOf } from './documentStates';
import { pageBase } from './forms/submit';
import type { PageBase } from './forms/types';
import type { AppEnv } from './ports';
import { planOwnedColumns } from './ownedColumns';
import { readWorkbook } from './readWorkbook';
import { loadSummaryOf } from './recalculateLoad';
import { todayLine } from './reminders/daySchedule';
import { triggerStatus } from './reminders/triggers';
import { describeSettingWarning } from './settingsStore';

/** Actions shown before the page's "ещё N": the most urgent; the rest one click away. */
const ACTIONS_SHOWN = 10;

/** The user property holding this user's choice of account manager (`''`: everyone's clients). */
export const MANAGER_CHOICE_PROPERTY = 'accountDesk.dashboard.manager';

export interface HeatCell {
  total: number;
  tentative: number;
  /** `85 %`, with `+20` when tentative load is booked. */
  text: string;
  /** The summary sheet's fill for this total. */
  color: string;
}

export interface DashboardView extends PageBase {
  today: CalendarDay;
  weeks: { week: CalendarDay; label: string }[];
  hasLoad: boolean;
  people: { name: string; cells: (HeatCell | null)[] }[];
  hasDocuments: boolean;
  counts: { overdue: number; dueSoon: number; stop: number; originalsMissing: number; renewals: number };
  /** Per currency owed: the sums as the user reads money, and the receivables against the benchmark. */
  money: {
    currency: string;
    outstanding: string;
    overdue: string;
    stop: string;
    /** `537,7`; `null` when nothing was paid in 30 days. */
    pct: string | null;
    targetPct: number;
    /** `537,7 % (ориентир — не больше 20 %)`, or that nothing was paid in 30 days. */
    ratio: string;
    healthy: boolean;
  }[];
  /** Every next action, most urgent first; the page shows `actionsShown` and "ещё N". */
  nextActions: { number: string; client: string; action: string }[];
  actionsShown: number;
  /** Rows whose data cannot be read, each with the cell to take the user to (`showDocumentRow`). */
  dataErrors: { row: number; number: string; client: string; cell: string; problems: string }[];
  /** The documents sheet the data errors are in. */
  documentsSheet: string;
  /** Account managers to narrow the dashboard to, and the one it is narrowed to (`null`: all). */
  managers: ManagerChoice[];
  manager: (ManagerChoice & { fromSession: boolean }) | null;
  triggersOn: boolean;
  /** The hour (and its zone) the hourly trigger starts the day's work at. */
  triggerHour: number;
  triggerTimeZone: string;
  /** "Today: done / N waiting, next try at HH:00", from the day state; `null` while automatic runs are off. */
  todayLine: string | null;
  /** Time of the last automatic or manual run in the spreadsheet's zone, `null` before the first. */
  lastRun: string | null;
  lastRunOutcome: string;
  /** What the add-on could not use or place, in the user's language: stored settings, headers. */
  warnings: string[];
}

function heatCell(
  week: PersonWeek | null,
  limits: Parameters<typeof heatColor>[1],
  lang: 'ru' | 'en',
): HeatCell | null {
  if (!week) return null;
  const tentative = week.tentative > 0 ? ` +${formatPct(week.tentative, lang)}` : '';
  return {
    total: week.total,
    tentative: week.tentative,
    text: `${formatPct(week.total, lang)} %${tentative}`,
    color: heatColor(week, limits),
  };
}

function formatInstant(iso: string, timeZone: string, lang: 'ru' | 'en'): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    instant,
  );
  return `${formatDayShort(dayInTimeZone(instant, timeZone), lang)} ${time}`;
}

/**
 * Whose clients the dashboard shows: the user's own choice when they made one (`''` is everyone),
 * else the account manager signed in, when Google gives the email and it is one of them.
 */
function chosenManager(
  env: AppEnv,
  managers: ManagerChoice[],
  stored: string | null,
): DashboardView['manager'] {
  if (stored !== null) {
    const chosen = managers.find((manager) => manager.key === stored);
    if (chosen || stored === '') return chosen ? { ...chosen, fromSession: false } : null;
  }
  const email = env.user.email().trim().toLowerCase();
  const signedIn = email === '' ? undefined : managers.find((manager) => manager.key === email);
  return signedIn ? { ...signedIn, fromSession: true } : null;
}

function moneyOf(states: readonly DocumentState[], ctx: RunContext): DashboardView['money'] {
  const { lang } = ctx;
  return moneyFigures(states, {
    today: ctx.today,
    targetPct: ctx.settings.documents.receivablesTargetPct,
  }).map((figures) => ({
    currency: figures.currency,
    outstanding: formatMoney(figures.outstanding, figures.currency, lang),
    overdue: formatMoney(figures.overdue, figures.currency, lang),
    stop: formatMoney(figures.stop, figures.currency, lang),
    pct: figures.pct === null ? null : formatPct(figures.pct, lang),
    targetPct: figures.targetPct,
    ratio:
      figures.pct === null
        ? t(lang, 'receivables.ratio.noRevenue')
        : t(lang, 'desk.money.ratioValue', { pct: formatPct(figures.pct, lang), target: figures.targetPct }),
    healthy: figures.healthy,
  }));
}

/** What the caller read already: the user's stored choice of manager, the change stamp's markers hint. */
export interface DashboardInputs {
  /** The user property `MANAGER_CHOICE_PROPERTY` as read (null: none stored). */
  choice: string | null;
  /** Where our column markers were at the last write, checked before use (markerHint.ts). */
  markersHint: readonly ColumnMarker[] | null;
}

export function dashboardView(
  env: AppEnv,
  ctx: RunContext,
  inputs: DashboardInputs = { choice: env.user.properties.get(MANAGER_CHOICE_PROPERTY), markersHint: null },
): DashboardView {
  const { markersHint } = inputs;
  const { settings, lang, today, timeZone } = ctx;
  const snapshot = readWorkbook(env, ctx, { styles: true, markersHint });

  const load = loadSummaryOf(snapshot, ctx);
  const heat = thisAndNextWeek(load, today);

  const documents = documentStatesOf(snapshot, ctx);
  const allStates = documents?.states ?? [];
  const managers = managersOf(allStates);
  const manager = chosenManager(env, managers, inputs.choice);
  const states = manager ? allStates.filter((state) => managerKeyOf(state) === manager.key) : allStates;
  const summary = summarizeDocuments(states, { today, rules: documentRules(settings), lang });
  const triggers = triggerStatus(env, ctx);

  return {
    ...pageBase(lang),
    today,
    weeks: [heat.thisWeek, heat.nextWeek].map((week) => ({ week, label: formatDayShort(week, lang) })),
    hasLoad: load.hasLoadRegister,
    people: heat.people.map((entry) => ({
      name: entry.person.name,
      cells: [heatCell(entry.thisWeek, settings.load, lang), heatCell(entry.nextWeek, settings.load, lang)],
    })),
    hasDocuments: documents !== null,
    counts: {
      overdue: summary.overdue,
      dueSoon: summary.dueSoon,
      stop: summary.stop,
      originalsMissing: summary.originalsMissing,
      renewals: summary.renewals,
    },
    money: moneyOf(states, ctx),
    nextActions: summary.nextActions.map((action) => ({
      number: action.number,
      client: action.counterparty,
      action: action.action,
    })),
    actionsShown: ACTIONS_SHOWN,
    dataErrors: dataErrorsOf(states).map((error) => ({
      row: error.row,
      number: error.number,
      client: error.counterparty,
      cell: error.cell,
      problems: error.problems,
    })),
    documentsSheet: documents?.mapping.sheet ?? '',
    managers,
    manager,
    triggersOn: triggers.installed,
    triggerHour: triggers.hour,
    triggerTimeZone: triggers.timeZone,
    todayLine: triggers.installed ? todayLine(env, ctx) : null,
    lastRun: triggers.lastRun ? formatInstant(triggers.lastRun.time, timeZone, lang) : null,
    lastRunOutcome: triggers.lastRun?.outcome ?? '',
    warnings: [
      ...ctx.settingWarnings.map((warning) => describeSettingWarning(warning, lang)),
      ...registerWarnings(snapshot.registers, lang),
      ...[...snapshot.calendarProblems, ...snapshot.directory.problems].map((problem) =>
        describeSheetProblem(problem, lang),
      ),
      ...(documents
        ? planOwnedColumns(env.workbook, snapshot, documents.mapping, documents.grid, lang).warnings
        : []),
    ],
  };
}

/** Narrows the dashboard to one account manager's clients (`''`: everyone's), remembered for this user. */
export function chooseDashboardManager(env: AppEnv, ctx: RunContext, key: unknown): DashboardView {
  if (typeof key !== 'string' || key.length > 320) throw new UserError('forms.error.malformed');
  env.user.properties.set(MANAGER_CHOICE_PROPERTY, key);
  return dashboardView(env, ctx);
}

/** Takes the user to the cell a data error names in the documents sheet. */
export function showDocumentRow(env: AppEnv, ctx: RunContext, row: unknown): void {
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 0)
    throw new UserError('forms.error.malformed');
  const snapshot = readWorkbook(env, ctx, { styles: false });
  const documents = documentStatesOf(snapshot, ctx);
  const error = documents && dataErrorsOf(documents.states).find((candidate) => candidate.row === row);
  if (!documents || !error) throw new UserError('desk.errors.gone');
  env.workbook.activate(documents.mapping.sheet, error.cell);
}
