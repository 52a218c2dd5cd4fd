/**
 * The load engine: rows already read from the sheets in, the weekly
 * percentages, flags, client hours, AM client counts and plan vs actual out.
 */
import { monthOf } from '../calendar';
import { clientKey, personKey } from '../identity';
import type { WeekCapacity } from '../calendar/workdays';
import type { Settings } from '../settings';
import type { CalendarDay } from '../types';
import { roleDemand } from './roles';
import { findMember, indexTeam, weeklyHoursOf } from './team';
import type {
  ActualRow,
  AmClients,
  ClientHours,
  LoadFlag,
  LoadProblem,
  LoadRow,
  LoadSummary,
  PersonLoad,
  PersonWeek,
  PlanActualFlag,
  PlanActualRow,
  TeamMember,
} from './types';
import { monthShares, round2 } from './weeks';

export type LoadThresholds = Settings['load'];

export interface LoadInput {
  rows: readonly LoadRow[];
  /** Week Mondays of the week columns (any order, duplicates allowed). */
  weeks: readonly CalendarDay[];
  team: readonly TeamMember[];
  /** Rows of the actuals register, or null when the workbook has none. */
  actuals: readonly ActualRow[] | null;
  /** Problems met while reading, kept in the summary. */
  problems?: readonly LoadProblem[];
  /** Working days of each week; its holidays are already among the rows as absence. */
  capacity?: Record<CalendarDay, WeekCapacity>;
}

interface WeekSums {
  confirmed: number;
  tentative: number;
  internal: number;
  absence: number;
  /** The vacation and sick leave part of `absence` (public holidays are the rest). */
  leave: number;
}

const emptySums = (): WeekSums => ({ confirmed: 0, tentative: 0, internal: 0, absence: 0, leave: 0 });

export function flagsFor(
  total: number,
  tentative: number,
  absence: number,
  limits: LoadThresholds,
  leave = 0,
): LoadFlag[] {
  const flags: LoadFlag[] = [];
  // Work booked into a vacation or sick leave that no longer fits the days left: a conflict to
  // resolve (move the work or the leave), which the sheet says instead of an overload.
  if (leave > 0 && total > limits.overloadPct) flags.push('bookedInAbsence');
  // A week spent entirely on vacation, holidays or sick leave is neither free to sell nor short of
  // reserve; work planned on top of it still overloads it.
  const fullyAbsent = absence >= 100;
  if (total > limits.overloadPct) flags.push('overload');
  if (total > limits.reservePct && !fullyAbsent) flags.push('noReserve');
  if (total < limits.underloadPct && !fullyAbsent) flags.push('underload');
  if (tentative > 0) flags.push('tentativePending');
  // Only tentative work can newly overload a week; an overloaded week already says so.
  if (tentative > 0 && total <= limits.overloadPct && round2(total + tentative) > limits.overloadPct)
    flags.push('wouldOverload');
  return flags;
}

export function personWeek(week: CalendarDay, sums: WeekSums, limits: LoadThresholds): PersonWeek {
  const confirmed = round2(sums.confirmed);
  const tentative = round2(sums.tentative);
  const internal = round2(sums.internal);
  const absence = round2(sums.absence);
  const leave = round2(sums.leave);
  const total = round2(confirmed + internal + absence);
  return {
    week,
    confirmed,
    tentative,
    internal,
    absence,
    total,
    free: round2(100 - total),
    leave,
    flags: flagsFor(total, tentative, absence, limits, leave),
  };
}

function addTo(record: Record<string, number>, key: string, value: number): void {
  record[key] = (record[key] ?? 0) + value;
}

function roundAll(record: Record<string, number>): Record<string, number> {
  for (const key of Object.keys(record)) record[key] = round2(record[key]);
  return record;
}

interface ClientAcc extends ClientHours {
  key: string;
  hasEstimate: boolean;
}

export function computeLoad(input: LoadInput, limits: LoadThresholds): LoadSummary {
  const weeks = [...new Set(input.weeks)].sort();
  // A week splits into months the same way for every cell: work it out once.
  const shares = new Map(weeks.map((week) => [week, monthShares(week)]));
  const sharesOf = (week: CalendarDay) => shares.get(week) ?? monthShares(week);
  const team = indexTeam(input.team);

  const rowsByPerson = new Map<string, { name: string; rows: LoadRow[] }>();
  for (const row of input.rows) {
    const key = personKey(row.person);
    // A role nobody fills yet is demand (see roles.ts), not a person of the summary.
    if (key === '' || row.placeholder) continue;
    const entry = rowsByPerson.get(key) ?? { name: row.person.trim(), rows: [] };
    entry.rows.push(row);
    rowsByPerson.set(key, entry);
  }

  const clients = new Map<string, ClientAcc>();
  const clientFor = (name: string): ClientAcc => {
    const key = clientKey(name);
    let client = clients.get(key);
    if (!client) {
      client = {
        key,
        client: name.trim(),
        byWeek: {},
        tentativeByWeek: {},
        byMonth: {},
        estimatePerMonth: null,
        hasEstimate: false,
      };
      clients.set(key, client);
    }
    return client;
  };

  const people: PersonLoad[] = [];
  const accountManagers: AmClients[] = [];
  for (const { name, rows } of rowsByPerson.values()) {
    const member = findMember(team, name);
    const weeklyHours = weeklyHoursOf(member, limits.defaultWeeklyHours);
    const sums = new Map<CalendarDay, WeekSums>(weeks.map((week) => [week, emptySums()]));
    const isAccountManager = member?.isAccountManager ?? false;
    // Clients per week are an account manager's figure: nobody else's are collected.
    const amClients = isAccountManager
      ? new Map<CalendarDay, Set<string>>(weeks.map((week) => [week, new Set<string>()]))
      : null;
    const amNames = new Map<string, string>();

    for (const row of rows) {
      // A client row without a client name still loads the person but belongs to no client.
      const client = row.kind === 'client' && row.task.trim() !== '' ? clientFor(row.task) : null;
      if (client && row.estimate !== null) {
        client.estimatePerMonth = (client.estimatePerMonth ?? 0) + row.estimate;
        client.hasEstimate = true;
      }
      for (const cell of row.cells) {
        if (cell.pct === 0) continue;
        const week = sums.get(cell.week);
        if (!week) continue;
        if (cell.tentative) week.tentative += cell.pct;
        else if (row.kind === 'client') week.confirmed += cell.pct;
        else if (row.kind === 'internal') week.internal += cell.pct;
        else {
          week.absence += cell.pct;
          if (row.kind !== 'holiday') week.leave += cell.pct;
        }
        if (client) {
          const hours = (cell.pct * weeklyHours) / 100;
          if (cell.tentative) addTo(client.tentativeByWeek, cell.week, hours);
          else {
            addTo(client.byWeek, cell.week, hours);
            for (const { month, share } of sharesOf(cell.week)) addTo(client.byMonth, month, hours * share);
          }
          if (amClients) {
            amClients.get(cell.week)?.add(client.key);
            if (!amNames.has(client.key)) amNames.set(client.key, client.client);
          }
        }
      }
    }

    const byWeek: Record<CalendarDay, PersonWeek> = {};
    for (const [week, weekSums] of sums) byWeek[week] = personWeek(week, weekSums, limits);
    people.push({
      name,
      role: member?.role ?? '',
      isAccountManager,
      email: member?.email ?? '',
      weeklyHours,
      inTeamRegister: member !== undefined,
      byWeek,
    });
    if (amClients) {
      const amByWeek: AmClients['byWeek'] = {};
      for (const [week, keys] of amClients) {
        const names = [...keys].map((key) => amNames.get(key) ?? key);
        amByWeek[week] = {
          week,
          clients: names,
          count: names.length,
          overLimit: names.length > limits.maxClientsPerAm,
        };
      }
      accountManagers.push({ name, byWeek: amByWeek });
    }
  }

  const clientList = [...clients.values()];
  for (const client of clientList) {
    roundAll(client.byWeek);
    roundAll(client.tentativeByWeek);
    roundAll(client.byMonth);
  }

  const roles = roleDemand(input.rows, people, input.team, weeks, limits.defaultWeeklyHours);
  return {
    weeks,
    people,
    clients: clientList.map(({ hasEstimate: _hasEstimate, key: _key, ...client }) => client),
    accountManagers,
    planVsActual: planVsActual(clientList, input.actuals, limits.planTolerancePct),
    problems: [...(input.problems ?? []), ...roles.problems],
    capacity: input.capacity ?? {},
    roles: roles.roles,
  };
}

function exceeds(value: number, limit: number, tolerancePct: number): boolean {
  return round2(value) > round2(limit * (1 + tolerancePct / 100));
}

/**
 * Per client and month: confirmed plan vs actual hours vs estimate. Without an
 * actuals register only clients with an estimate are compared (plan vs estimate).
 */
export function planVsActual(
  clients: readonly ClientAcc[],
  actuals: readonly ActualRow[] | null,
  tolerancePct: number,
): PlanActualRow[] {
  const byClient = new Map<
    string,
    {
      client: string;
      estimate: number | null;
      planned: Record<string, number>;
      actual: Record<string, number>;
    }
  >();
  for (const client of clients) {
    if (actuals === null && !client.hasEstimate) continue;
    byClient.set(clientKey(client.client), {
      client: client.client,
      estimate: client.estimatePerMonth,
      planned: client.byMonth,
      actual: {},
    });
  }
  for (const row of actuals ?? []) {
    const key = clientKey(row.client);
    if (key === '') continue;
    let entry = byClient.get(key);
    if (!entry) {
      entry = { client: row.client.trim(), estimate: null, planned: {}, actual: {} };
      byClient.set(key, entry);
    }
    addTo(entry.actual, monthOf(row.day), row.hours);
  }

  const result: PlanActualRow[] = [];
  for (const entry of byClient.values()) {
    const months = [...new Set([...Object.keys(entry.planned), ...Object.keys(entry.actual)])].sort();
    for (const month of months) {
      const planned = round2(entry.planned[month] ?? 0);
      const actual = actuals === null ? null : round2(entry.actual[month] ?? 0);
      const flags: PlanActualFlag[] = [];
      if (actual !== null && exceeds(actual, planned, tolerancePct)) flags.push('actualOverPlan');
      if (actual !== null && entry.estimate !== null && exceeds(actual, entry.estimate, tolerancePct))
        flags.push('actualOverEstimate');
      if (entry.estimate !== null && exceeds(planned, entry.estimate, tolerancePct))
        flags.push('planOverEstimate');
      result.push({ client: entry.client, month, planned, actual, estimate: entry.estimate, flags });
    }
  }
  return result;
}
