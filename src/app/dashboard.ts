/**
 * The dashboard sidebar's data: this and next week's load as a heat map,
 * the documents that need attention, and whether the automatic runs are on.
 * Everything comes from the engines' own results, so the sidebar and the
 * owned sheets can never disagree.
 */
import { dayInTimeZone, formatDayShort } from '../core/calendar';
import { documentRules } from '../core/documents/state';
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

/** The dashboard lists the most urgent actions only; the sheet has the rest. */
const MAX_ACTIONS = 10;

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
  nextActions: { number: string; client: string; action: string }[];
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

export function dashboardView(env: AppEnv, ctx: RunContext): DashboardView {
  const { settings, lang, today, timeZone } = ctx;
  const snapshot = readWorkbook(env, ctx, { styles: true });

  const load = loadSummaryOf(snapshot, ctx);
  const heat = thisAndNextWeek(load, today);

  const documents = documentStatesOf(snapshot, ctx);
  const states = documents?.states ?? [];
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
    nextActions: summary.nextActions.slice(0, MAX_ACTIONS).map((action) => ({
      number: action.number,
      client: action.counterparty,
      action: action.action,
    })),
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
