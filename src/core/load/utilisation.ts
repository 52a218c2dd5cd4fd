/**
 * Utilisation: the billable share of a person's available hours — confirmed client work ÷ (weekly
 * hours less absence: vacation, sick leave, holidays) — per person and for the agency per week,
 * against the target of the settings (75 % by default). Internal work and free time are not
 * billable; tentative bookings are not yet.
 */
import type { CalendarDay } from '../types';
import type { LoadSummary } from './types';
import { round2 } from './weeks';

export interface UtilisationWeek {
  week: CalendarDay;
  billableHours: number;
  availableHours: number;
  /** Billable ÷ available in points (75 = 75 %); null when the week has no available hours. */
  pct: number | null;
  /** Below the target: the cell the summary highlights. */
  belowTarget: boolean;
}

export interface Utilisation {
  targetPct: number;
  people: { name: string; byWeek: Record<CalendarDay, UtilisationWeek> }[];
  agency: Record<CalendarDay, UtilisationWeek>;
}

function weekOf(week: CalendarDay, billable: number, available: number, targetPct: number): UtilisationWeek {
  const pct = available > 0 ? round2((billable / available) * 100) : null;
  return {
    week,
    billableHours: round2(billable),
    availableHours: round2(available),
    pct,
    belowTarget: pct !== null && pct < targetPct,
  };
}

/** Asked for by the summary sheet and again by the Monday digest: computed once per summary and target. */
const computed = new WeakMap<LoadSummary, Map<number, Utilisation>>();

export function utilisationOf(summary: LoadSummary, targetPct: number): Utilisation {
  let byTarget = computed.get(summary);
  if (!byTarget) computed.set(summary, (byTarget = new Map()));
  let utilisation = byTarget.get(targetPct);
  if (!utilisation) byTarget.set(targetPct, (utilisation = computeUtilisation(summary, targetPct)));
  return utilisation;
}

function computeUtilisation(summary: LoadSummary, targetPct: number): Utilisation {
  const totals = new Map(summary.weeks.map((week) => [week, { billable: 0, available: 0 }]));
  const people = summary.people.map((person) => {
    const byWeek: Record<CalendarDay, UtilisationWeek> = {};
    for (const week of summary.weeks) {
      const pw = person.byWeek[week];
      const available = (person.weeklyHours * Math.max(0, 100 - Math.min(100, pw?.absence ?? 0))) / 100;
      const billable = (person.weeklyHours * (pw?.confirmed ?? 0)) / 100;
      byWeek[week] = weekOf(week, billable, available, targetPct);
      const total = totals.get(week);
      if (total) {
        total.billable += billable;
        total.available += available;
      }
    }
    return { name: person.name, byWeek };
  });
  const agency: Record<CalendarDay, UtilisationWeek> = {};
  for (const [week, { billable, available }] of totals)
    agency[week] = weekOf(week, billable, available, targetPct);
  return { targetPct, people, agency };
}
