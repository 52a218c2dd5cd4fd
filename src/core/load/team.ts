/** Matching people of the load sheet to the team register, and their weekly hours. */
import { personKey } from '../identity';
import type { TeamMember } from './types';

export interface TeamIndex {
  byName: ReadonlyMap<string, TeamMember>;
  /** First word (the surname) → member, or null when several people share it. */
  byFirstWord: ReadonlyMap<string, TeamMember | null>;
}

export function indexTeam(members: readonly TeamMember[]): TeamIndex {
  const byName = new Map<string, TeamMember>();
  const byFirstWord = new Map<string, TeamMember | null>();
  for (const member of members) {
    const key = personKey(member.name);
    if (key === '' || byName.has(key)) continue;
    byName.set(key, member);
    const first = key.split(' ')[0];
    byFirstWord.set(first, byFirstWord.has(first) ? null : member);
  }
  return { byName, byFirstWord };
}

/**
 * The team member a load-sheet name refers to: the full name with or without a
 * role note in brackets, else the surname alone when only one person has it
 * (`Иванова (копирайтер)` in the load sheet, `Иванова Анна` in the team).
 */
export function findMember(team: TeamIndex, name: string): TeamMember | undefined {
  const key = personKey(name);
  return team.byName.get(key) ?? team.byFirstWord.get(key.split(' ')[0]) ?? undefined;
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
