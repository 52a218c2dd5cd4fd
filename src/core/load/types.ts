/**
 * What the load engine computes (SPEC §3.1, §3.3). The summary sheet, the
 * dashboard and the Monday digest all read this one shape, so it is plain
 * data: percentages as points (20 = 20 %), hours as numbers, weeks as the
 * Monday of their ISO week, months as `YYYY-MM`.
 */
import type { WeekCapacity } from '../calendar/workdays';
import type { CellProblem } from '../cells';
import type { SheetProblem } from '../sheetProblems';
import type { LoadRowKind } from '../registers/types';
import type { CalendarDay } from '../types';
import type { RoleDemand } from './roles';

/** Flags of one person-week, in the order the summary lists them. */
export type LoadFlag =
  'bookedInAbsence' | 'overload' | 'noReserve' | 'underload' | 'tentativePending' | 'wouldOverload';

export const LOAD_FLAGS: readonly LoadFlag[] = [
  'bookedInAbsence',
  'overload',
  'noReserve',
  'underload',
  'tentativePending',
  'wouldOverload',
];

/** One person in one ISO week, in percentage points of their week. */
export interface PersonWeek {
  week: CalendarDay;
  /** Confirmed client work. */
  confirmed: number;
  /** Everything reserved but not confirmed (blue cells, `предв.` rows), of any row kind. */
  tentative: number;
  /** Internal tasks and learning. */
  internal: number;
  /** Holiday + vacation + sick. */
  absence: number;
  /**
   * Vacation + sick: the part of `absence` a booking must not fall into. Optional so that a week
   * built by hand (a test, a digest) without it reads as no leave.
   */
  leave?: number;
  /** confirmed + internal + absence. */
  total: number;
  /** 100 − total; negative when the week is overbooked. */
  free: number;
  flags: LoadFlag[];
}

export interface PersonLoad {
  /** As written in the load sheet (the first spelling met). */
  name: string;
  /** From the team register, `''` when unknown. */
  role: string;
  isAccountManager: boolean;
  /** From the team register, `''` when unknown. */
  email: string;
  weeklyHours: number;
  /** False when the person is missing from the team register (weekly hours defaulted). */
  inTeamRegister: boolean;
  /** Every week of the summary has an entry, even an empty one. */
  byWeek: Record<CalendarDay, PersonWeek>;
}

/** Hours planned for one client, from the percentages × each person's weekly hours. */
export interface ClientHours {
  client: string;
  /** Confirmed hours per week. */
  byWeek: Record<CalendarDay, number>;
  /** Tentative hours per week (not in `byWeek`). */
  tentativeByWeek: Record<CalendarDay, number>;
  /** Confirmed hours per month; a week is split across months by its working days (Mon–Fri). */
  byMonth: Record<string, number>;
  /** Sum of the `Смета, ч` cells of the client's rows (hours per month), or null when none. */
  estimatePerMonth: number | null;
}

export interface AmWeek {
  week: CalendarDay;
  /** Distinct clients with a non-zero cell (confirmed or tentative) in the AM's own rows. */
  clients: string[];
  count: number;
  /** count > maxClientsPerAm. */
  overLimit: boolean;
}

export interface AmClients {
  name: string;
  byWeek: Record<CalendarDay, AmWeek>;
}

export type PlanActualFlag = 'actualOverPlan' | 'actualOverEstimate' | 'planOverEstimate';

/** One client in one month (SPEC §3.3). */
export interface PlanActualRow {
  client: string;
  /** `YYYY-MM`. */
  month: string;
  /** Confirmed hours from the load sheet. */
  planned: number;
  /** Hours from the actuals register; null when there is no actuals register. */
  actual: number | null;
  estimate: number | null;
  flags: PlanActualFlag[];
}

/** A problem found while reading; `address` is `Sheet!F11` (or `Sheet` for the whole sheet). */
export type LoadProblem =
  | { kind: 'cell'; address: string; problem: CellProblem }
  | { kind: 'unknownPerson'; address: string; person: string; weeklyHours: number }
  | { kind: 'noPerson'; address: string }
  /** A placeholder row (`[дизайнер]`, `TBD`) naming no role of the team register. */
  | { kind: 'unknownRole'; address: string; role: string }
  /** A second week column for a week another column already plans. */
  | { kind: 'duplicateWeek'; address: string; header: string; first: string; firstAddress: string }
  | { kind: 'noLoadRegister' }
  /** A row of an optional register the load reads (`Календарь`). */
  | ({ kind: 'sheet' } & SheetProblem);

export interface LoadSummary {
  /** Mondays of every week column, ascending, without duplicates. */
  weeks: CalendarDay[];
  people: PersonLoad[];
  clients: ClientHours[];
  accountManagers: AmClients[];
  planVsActual: PlanActualRow[];
  problems: LoadProblem[];
  /** Working days of each week by the production calendar and the `Календарь` sheet. */
  capacity?: Record<CalendarDay, WeekCapacity>;
  /** Demand of the placeholder rows per role and week, against the role's free hours. */
  roles?: RoleDemand[];
}

/** One row of a load register, already read from the grid (see `readLoadRows`). */
export interface LoadRow {
  /** Person carried down from the last non-empty person cell. */
  person: string;
  kind: LoadRowKind;
  /** The task cell as written (the client's name for client rows). */
  task: string;
  /** Hours per month from the estimate column, or null. */
  estimate: number | null;
  /** Week cells in percentage points; missing weeks are 0. */
  cells: { week: CalendarDay; pct: number; tentative: boolean }[];
  /** The person cell is a role nobody fills yet (`[дизайнер]`, `TBD`): demand, not a person. */
  placeholder?: { role: string; address: string };
}

/** One person of the team register. */
export interface TeamMember {
  name: string;
  email: string;
  role: string;
  isAccountManager: boolean;
  /** Weekly hours, from hours or rate × 40; null when the register gives neither. */
  weeklyHours: number | null;
}

/** One row of the optional actuals register (`Факт`). */
export interface ActualRow {
  day: CalendarDay;
  person: string;
  client: string;
  hours: number;
}
