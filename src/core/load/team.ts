/** Matching people of the load sheet to the team register, and their weekly hours. */
import type { TeamMember } from './types';

/** Case, `ё/е` and spacing never make two people out of one. */
export function personKey(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** `Иванова (копирайтер)` is Иванова: the seed layout writes the role next to the name. */
function withoutNote(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}

export type TeamIndex = ReadonlyMap<string, TeamMember>;

export function indexTeam(members: readonly TeamMember[]): TeamIndex {
  const index = new Map<string, TeamMember>();
  for (const member of members) {
    const key = personKey(member.name);
    if (key !== '' && !index.has(key)) index.set(key, member);
  }
  return index;
}

/** The team member a load-sheet name refers to, with or without a role note in brackets. */
export function findMember(team: TeamIndex, name: string): TeamMember | undefined {
  return team.get(personKey(name)) ?? team.get(personKey(withoutNote(name)));
}

/** Team hours, else the default (40): a person missing from the register is reported by the reader. */
export function weeklyHoursOf(member: TeamMember | undefined, defaultWeeklyHours: number): number {
  return member?.weeklyHours ?? defaultWeeklyHours;
}

/** Weekly hours from the register's hours and rate cells (`rate × 40` when hours are empty). */
export function weeklyHoursFromRegister(hours: number | null, rate: number | null): number | null {
  if (hours !== null && hours > 0) return hours;
  if (rate !== null && rate > 0) return rate * 40;
  return null;
}
