/** People and clients already in the load sheet, offered by the Book load form. */
import { classifyTask } from '../../core/registers';
import type { RegisterMapping } from '../../core/registers/types';
import type { Grid } from '../../core/types';

export function peopleAndClients(
  register: RegisterMapping<'load'>,
  grid: Grid,
): { people: string[]; clients: string[] } {
  const people = new Set<string>();
  const clients = new Set<string>();
  const { person: personCol, task: taskCol } = register.columns;
  for (let row = register.headerRow + 1; row < grid.values.length; row++) {
    const person = personCol === undefined ? '' : String(grid.values[row][personCol] ?? '').trim();
    const task = taskCol === undefined ? '' : String(grid.values[row][taskCol] ?? '').trim();
    if (person) people.add(person);
    if (task && classifyTask(task) === 'client') clients.add(task);
  }
  const sorted = (set: Set<string>): string[] => [...set].sort((a, b) => a.localeCompare(b));
  return { people: sorted(people), clients: sorted(clients) };
}
