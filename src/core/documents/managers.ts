/**
 * The manager cell holds a Team name or an email (SPEC §2.3). Names are
 * resolved through the team register: the full name first, then the surname
 * alone when only one person has it (people write `Иванова` for `Иванова Анна`).
 */
import { isValidEmail } from '../cells';
import { personKey } from '../identity';
import { isRegisterOf, type RegisterMapping } from '../registers/types';
import type { Grid } from '../types';

export interface TeamMember {
  person: string;
  email: string;
  /** Position, as the team sheet says it (for a client letter's signature). */
  role?: string;
  phone?: string;
}

export interface ManagerDirectory {
  byName: Map<string, string>;
  /** First word of the name → email, or `null` when several people share it. */
  byFirstWord: Map<string, string | null>;
}

export function managerDirectory(team: readonly TeamMember[]): ManagerDirectory {
  const byName = new Map<string, string>();
  const byFirstWord = new Map<string, string | null>();
  for (const member of team) {
    const email = member.email.trim().toLowerCase();
    const name = personKey(member.person);
    if (name === '' || !isValidEmail(email)) continue;
    byName.set(name, email);
    const first = name.split(' ')[0];
    byFirstWord.set(first, byFirstWord.has(first) && byFirstWord.get(first) !== email ? null : email);
  }
  return { byName, byFirstWord };
}

/** The manager's email, or `null` when the cell is neither an address nor a known name. */
export function resolveManagerEmail(cell: string, directory: ManagerDirectory): string | null {
  const text = cell.trim();
  if (text === '') return null;
  const address = text.replace(/^mailto:/i, '').toLowerCase();
  if (isValidEmail(address)) return address;
  const name = personKey(text);
  return directory.byName.get(name) ?? directory.byFirstWord.get(name.split(' ')[0]) ?? null;
}

/** Everyone in the team registers found: for resolving manager names, and for signatures. */
export function teamMembersOf(
  grids: ReadonlyMap<string, Grid>,
  registers: readonly RegisterMapping[],
): TeamMember[] {
  const members: TeamMember[] = [];
  for (const mapping of registers) {
    const grid = grids.get(mapping.sheet);
    if (!isRegisterOf(mapping, 'team') || !grid) continue;
    const { person, email, role, phone } = mapping.columns;
    if (person === undefined || email === undefined) continue;
    const text = (cells: readonly unknown[], col: number | undefined) =>
      col === undefined ? '' : String(cells[col] ?? '').trim();
    for (let row = mapping.headerRow + 1; row < grid.values.length; row += 1) {
      const cells = grid.values[row];
      members.push({
        person: String(cells[person] ?? ''),
        email: String(cells[email] ?? ''),
        role: text(cells, role),
        phone: text(cells, phone),
      });
    }
  }
  return members;
}
