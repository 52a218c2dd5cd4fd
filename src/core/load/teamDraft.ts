/**
 * The first rows of a team register the add-on creates when a spreadsheet has
 * none (SPEC §2.1): the people of the load registers, with the role the seed
 * layout writes beside the name (`Иванова (копирайтер)`). Email and hours are
 * left for the user; until then everyone counts 40 h, as without the sheet.
 */
import { personKey } from '../identity';
import type { RegisterMapping } from '../registers/types';
import type { Grid } from '../types';
import { readLoadRows } from './read';

export interface TeamDraftRow {
  name: string;
  role: string;
}

const NAME_WITH_NOTE = /^(.*?)\s*\(([^)]*)\)\s*$/;

export function draftTeam(
  loadRegisters: readonly { grid: Grid; mapping: RegisterMapping<'load'> }[],
): TeamDraftRow[] {
  const rows: TeamDraftRow[] = [];
  const seen = new Set<string>();
  for (const { grid, mapping } of loadRegisters) {
    readLoadRows(
      grid,
      mapping,
      () => 40,
      (person) => {
        const match = NAME_WITH_NOTE.exec(person);
        const name = match ? match[1] : person;
        if (seen.has(personKey(name))) return;
        seen.add(personKey(name));
        // `Волков (разработчик, 0,5)`: the note's first part is the role; the rate stays for the user to confirm.
        rows.push({ name, role: match ? match[2].split(',')[0].trim() : '' });
      },
    );
  }
  return rows;
}
