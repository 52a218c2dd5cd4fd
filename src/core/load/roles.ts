/**
 * Roles without a person yet: load rows whose person cell is a placeholder (`[дизайнер]`,
 * `Дизайнер (нужен)`, `TBD`) are demand, not people. Per role and week, the demand in hours
 * beside the free hours of the people whose team role it is; where demand exceeds them, the
 * role is short that week. A placeholder naming no role of the team is a data problem of its cell.
 */
import type { CalendarDay } from '../types';
import { roleMatches } from './placeholder';
import type { LoadProblem, LoadRow, PersonLoad, TeamMember } from './types';
import { round2 } from './weeks';

export interface RoleWeek {
  week: CalendarDay;
  /** Hours the placeholder rows plan (confirmed and tentative alike: both are needed). */
  demandHours: number;
  /** Free hours of the people with this role (a person's overbooked week frees nothing). */
  freeHours: number;
  /** Demand above the free hours. */
  short: boolean;
}

export interface RoleDemand {
  /** The role as the first placeholder wrote it (`дизайнер`); `''` for a bare `TBD`. */
  role: string;
  /** The people of the team with this role. */
  people: string[];
  byWeek: Record<CalendarDay, RoleWeek>;
}

/** Demand per role and week from the placeholder rows, against the free hours of the role's people. */
export function roleDemand(
  rows: readonly LoadRow[],
  people: readonly PersonLoad[],
  team: readonly TeamMember[],
  weeks: readonly CalendarDay[],
  defaultWeeklyHours: number,
): { roles: RoleDemand[]; problems: LoadProblem[] } {
  const byRole = new Map<string, { role: string; hours: Map<CalendarDay, number>; address: string }>();
  for (const row of rows) {
    if (!row.placeholder) continue;
    const key = row.placeholder.role.toLowerCase();
    const entry = byRole.get(key) ?? {
      role: row.placeholder.role,
      hours: new Map(),
      address: row.placeholder.address,
    };
    for (const cell of row.cells)
      entry.hours.set(cell.week, (entry.hours.get(cell.week) ?? 0) + (cell.pct * defaultWeeklyHours) / 100);
    byRole.set(key, entry);
  }
  const roles: RoleDemand[] = [];
  const problems: LoadProblem[] = [];
  for (const { role, hours, address } of byRole.values()) {
    const known = role !== '' && team.some((member) => roleMatches(member.role, role));
    if (!known) problems.push({ kind: 'unknownRole', address, role });
    const staff = people.filter((person) => role !== '' && roleMatches(person.role, role));
    const byWeek: Record<CalendarDay, RoleWeek> = {};
    for (const week of weeks) {
      const demandHours = round2(hours.get(week) ?? 0);
      const freeHours = round2(
        staff.reduce(
          (sum, person) => sum + (Math.max(0, person.byWeek[week]?.free ?? 0) * person.weeklyHours) / 100,
          0,
        ),
      );
      byWeek[week] = { week, demandHours, freeHours, short: demandHours > freeHours };
    }
    roles.push({ role, people: staff.map((person) => person.name), byWeek });
  }
  return { roles, problems };
}
