/**
 * From the grids and detected registers to the engine's rows: the team, the
 * load rows (person carried down, row kind, tentative status and blue cells,
 * each week cell in points) and the optional actuals. Every unreadable cell
 * becomes a problem with its address, counted as 0, never guessed.
 */
import {
  a1,
  isTentativeBlue,
  parseDay,
  parseEmails,
  loadCellParser,
  parseNumber,
  squeezeSpaces,
  type CellProblem,
  type DateContext,
} from '../cells';
import { personKey } from '../identity';
import {
  classifyTask,
  isAccountManagerRole,
  isRegisterOf,
  isTentativeStatus,
  type RegisterMapping,
} from '../registers';
import type { CalendarDay, CellValue, Grid } from '../types';
import { isDate } from '../types';
import { workCalendarOf } from '../calendar/fromRegisters';
import type { WorkCalendar } from '../calendar/workdays';
import type { SheetProblem } from '../sheetProblems';
import type { LoadInput, LoadThresholds } from './compute';
import { calendarHolidayRows, capacityOf } from './holidays';
import { placeholderRole } from './placeholder';
import { findMember, indexTeam, weeklyHoursFromRegister, weeklyHoursOf } from './team';
import type { ActualRow, LoadProblem, LoadRow, TeamMember } from './types';

function cell(grid: Grid, row: number, col: number | undefined): CellValue {
  if (col === undefined) return '';
  return grid.values[row]?.[col] ?? '';
}

function cellText(grid: Grid, row: number, col: number | undefined): string {
  const value = cell(grid, row, col);
  if (isDate(value)) return col === undefined ? '' : squeezeSpaces(grid.display[row]?.[col] ?? '');
  return squeezeSpaces(String(value));
}

function address(grid: Grid, row: number, col: number): string {
  return `${grid.sheet}!${a1(row, col)}`;
}

function cellProblem(grid: Grid, row: number, col: number, problem: CellProblem): LoadProblem {
  return { kind: 'cell', address: address(grid, row, col), problem };
}

export function readTeam(
  grid: Grid,
  mapping: RegisterMapping<'team'>,
): { members: TeamMember[]; problems: LoadProblem[] } {
  const members: TeamMember[] = [];
  const problems: LoadProblem[] = [];
  const { person, email, role, weeklyHours, rate } = mapping.columns;
  const number = (row: number, col: number | undefined): number | null => {
    if (col === undefined) return null;
    const parsed = parseNumber(cell(grid, row, col));
    if (parsed.ok) return parsed.value;
    problems.push(cellProblem(grid, row, col, parsed.problem));
    return null;
  };
  for (let row = mapping.headerRow + 1; row < grid.values.length; row++) {
    const name = cellText(grid, row, person);
    if (name === '') continue;
    const roleText = cellText(grid, row, role);
    const emails = email === undefined ? null : parseEmails(cell(grid, row, email));
    if (emails && !emails.ok && email !== undefined)
      problems.push(cellProblem(grid, row, email, emails.problem));
    members.push({
      name,
      email: emails?.ok ? (emails.value[0] ?? '') : '',
      role: roleText,
      isAccountManager: isAccountManagerRole(roleText),
      weeklyHours: weeklyHoursFromRegister(number(row, weeklyHours), number(row, rate)),
    });
  }
  return { members, problems };
}

/**
 * Load rows of one register. `weeklyHoursFor` converts hour cells (`8 ч`) of a
 * person; `onPerson` hears each new person once, with the address of their cell.
 */
export function readLoadRows(
  grid: Grid,
  mapping: RegisterMapping<'load'>,
  weeklyHoursFor: (person: string) => number,
  onPerson: (person: string, address: string) => void = () => undefined,
): { rows: LoadRow[]; problems: LoadProblem[] } {
  const rows: LoadRow[] = [];
  const problems: LoadProblem[] = [];
  const { person: personCol, task: taskCol, status: statusCol, estimate: estimateCol } = mapping.columns;
  const parseCell = loadCellParser();
  const seen = new Set<string>();
  let person = '';
  let placeholder: LoadRow['placeholder'] = undefined;
  for (let row = mapping.headerRow + 1; row < grid.values.length; row++) {
    // Merged person blocks hold the name in their top cell only: it carries down.
    const personText = cellText(grid, row, personCol);
    if (personText !== '') {
      person = personText;
      const role = placeholderRole(personText);
      placeholder =
        role === null || personCol === undefined
          ? undefined
          : { role, address: address(grid, row, personCol) };
      const key = personKey(person);
      // A placeholder is nobody the team register should know.
      if (!placeholder && !seen.has(key) && personCol !== undefined) {
        seen.add(key);
        onPerson(person, address(grid, row, personCol));
      }
    }
    const filled = mapping.weekColumns.filter((week) => {
      const value = cell(grid, row, week.col);
      return !(typeof value === 'string' && value.trim() === '');
    });
    if (filled.length === 0) continue;
    if (person === '') {
      problems.push({ kind: 'noPerson', address: address(grid, row, personCol ?? filled[0].col) });
      continue;
    }
    const task = cellText(grid, row, taskCol);
    const tentativeRow = isTentativeStatus(cellText(grid, row, statusCol));
    let estimate: number | null = null;
    if (estimateCol !== undefined) {
      const parsed = parseNumber(cell(grid, row, estimateCol));
      if (parsed.ok) estimate = parsed.value;
      else problems.push(cellProblem(grid, row, estimateCol, parsed.problem));
    }
    const weeklyHours = weeklyHoursFor(person);
    const cells: LoadRow['cells'] = [];
    for (const week of filled) {
      const parsed = parseCell(cell(grid, row, week.col), grid.formats[row]?.[week.col] ?? '', weeklyHours);
      if (!parsed.ok) {
        problems.push(cellProblem(grid, row, week.col, parsed.problem));
        continue;
      }
      if (parsed.value === null) continue;
      const blue = isTentativeBlue(grid.backgrounds[row]?.[week.col] ?? '');
      cells.push({ week: week.week, pct: parsed.value, tentative: tentativeRow || blue });
    }
    rows.push({
      person,
      kind: classifyTask(task),
      task,
      estimate,
      cells,
      ...(placeholder ? { placeholder } : {}),
    });
  }
  return { rows, problems };
}

export function readActuals(
  grid: Grid,
  mapping: RegisterMapping<'actuals'>,
  ctx: DateContext,
): { rows: ActualRow[]; problems: LoadProblem[] } {
  const rows: ActualRow[] = [];
  const problems: LoadProblem[] = [];
  const { date, person, client, hours } = mapping.columns;
  for (let row = mapping.headerRow + 1; row < grid.values.length; row++) {
    const clientText = cellText(grid, row, client);
    const day = date === undefined ? null : parseDay(cell(grid, row, date), ctx);
    const amount = hours === undefined ? null : parseNumber(cell(grid, row, hours));
    if (day?.ok && day.value === null && amount?.ok && amount.value === null && clientText === '') continue;
    if (day && !day.ok && date !== undefined) problems.push(cellProblem(grid, row, date, day.problem));
    if (amount && !amount.ok && hours !== undefined)
      problems.push(cellProblem(grid, row, hours, amount.problem));
    if (!day?.ok || day.value === null || !amount?.ok || amount.value === null) continue;
    rows.push({
      day: day.value,
      person: cellText(grid, row, person),
      client: clientText,
      hours: amount.value,
    });
  }
  return { rows, problems };
}

/** Week columns that plan a week an earlier column already plans (their values add up). */
function duplicateWeeks(grid: Grid, mapping: RegisterMapping<'load'>): LoadProblem[] {
  const first = new Map<CalendarDay, { header: string; col: number }>();
  const problems: LoadProblem[] = [];
  for (const column of mapping.weekColumns) {
    const earlier = first.get(column.week);
    if (!earlier) {
      first.set(column.week, column);
      continue;
    }
    problems.push({
      kind: 'duplicateWeek',
      address: address(grid, mapping.headerRow, column.col),
      header: column.header,
      first: earlier.header,
      firstAddress: address(grid, mapping.headerRow, earlier.col),
    });
  }
  return problems;
}

export interface LoadSources {
  grids: ReadonlyMap<string, Grid>;
  registers: readonly RegisterMapping[];
  timeZone: string;
  today: CalendarDay;
  /** The run's working calendar and its sheet's problems, when already read; else read here. */
  calendar?: WorkCalendar;
  calendarProblems?: readonly SheetProblem[];
}

function registersOf<K extends RegisterMapping['kind']>(
  sources: LoadSources,
  kind: K,
): { grid: Grid; mapping: RegisterMapping<K> }[] {
  const found: { grid: Grid; mapping: RegisterMapping<K> }[] = [];
  for (const mapping of sources.registers) {
    const grid = sources.grids.get(mapping.sheet);
    if (isRegisterOf(mapping, kind) && grid) found.push({ grid, mapping });
  }
  return found;
}

/** Everything the engine needs, read from every team, load and actuals register found. */
export function readLoadInput(
  sources: LoadSources,
  limits: LoadThresholds,
): LoadInput & { problems: LoadProblem[]; hasLoadRegister: boolean; hasActuals: boolean } {
  const problems: LoadProblem[] = [];
  const members: TeamMember[] = [];
  for (const { grid, mapping } of registersOf(sources, 'team')) {
    const team = readTeam(grid, mapping);
    members.push(...team.members);
    problems.push(...team.problems);
  }
  const team = indexTeam(members);
  const weeklyHoursFor = (person: string) =>
    weeklyHoursOf(findMember(team, person), limits.defaultWeeklyHours);
  const onPerson = (person: string, where: string) => {
    if (!findMember(team, person))
      problems.push({
        kind: 'unknownPerson',
        address: where,
        person,
        weeklyHours: limits.defaultWeeklyHours,
      });
  };

  const loads = registersOf(sources, 'load');
  const rows: LoadRow[] = [];
  const weeks: CalendarDay[] = [];
  for (const { grid, mapping } of loads) {
    problems.push(...duplicateWeeks(grid, mapping));
    const load = readLoadRows(grid, mapping, weeklyHoursFor, onPerson);
    rows.push(...load.rows);
    problems.push(...load.problems);
    weeks.push(...mapping.weekColumns.map((column) => column.week));
  }
  if (loads.length === 0) problems.push({ kind: 'noLoadRegister' });

  const actualRegisters = registersOf(sources, 'actuals');
  let actuals: ActualRow[] | null = null;
  const ctx: DateContext = { timeZone: sources.timeZone, referenceDay: sources.today };
  for (const { grid, mapping } of actualRegisters) {
    const read = readActuals(grid, mapping, ctx);
    actuals = [...(actuals ?? []), ...read.rows];
    problems.push(...read.problems);
  }

  const calendar = sources.calendar
    ? { calendar: sources.calendar, problems: sources.calendarProblems ?? [] }
    : workCalendarOf(sources, ctx);
  for (const problem of calendar.problems) problems.push({ kind: 'sheet', ...problem });
  const capacity = capacityOf(weeks, calendar.calendar);
  rows.push(...calendarHolidayRows(rows, capacity));

  return {
    rows,
    weeks,
    capacity,
    team: members,
    actuals,
    problems,
    hasLoadRegister: loads.length > 0,
    hasActuals: actualRegisters.length > 0,
  };
}
