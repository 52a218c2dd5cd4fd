/**
 * Finding the registers in a workbook by their header rows (SPEC §2): the
 * first of the first 10 rows whose cells name the fields a register must
 * have. Sheet names and column positions never matter; a saved correction
 * (sheet + header text → field) wins over detection and survives inserted
 * columns because it is keyed by the header text.
 */
import type { DateContext } from '../cells/dates';
import { normalizeHeader, squeezeSpaces } from '../cells/text';
import { OUTPUT_SHEET_NAMES } from '../ownedSheets';
import type { MappingOverride } from '../settings';
import type { CellValue, Grid } from '../types';
import { isDate } from '../types';
import {
  REGISTER_FIELDS,
  type FieldOf,
  type RegisterKind,
  type RegisterMapping,
  type WeekColumn,
} from './types';
import { matchHeader } from './headerSynonyms';
import { inferWeekColumns, type HeaderCell } from './weeks';

/** Rows searched for a header. */
export const HEADER_SEARCH_ROWS = 10;

/** Kinds in the order that wins a tie. */
const KINDS: readonly RegisterKind[] = ['load', 'documents', 'actuals', 'team', 'calendar', 'clients'];

/** Fields every feature of a register relies on; the mapping lists those it lacks as `missing`. */
export const EXPECTED_FIELDS: { [K in RegisterKind]: readonly FieldOf<K>[] } = {
  team: ['person', 'email', 'role', 'weeklyHours'],
  load: ['person', 'task'],
  documents: [
    'type',
    'number',
    'counterparty',
    'date',
    'amount',
    'dueDate',
    'status',
    'manager',
    'clientEmail',
  ],
  actuals: ['date', 'person', 'client', 'hours'],
  calendar: ['date', 'dayKind'],
  clients: ['client', 'email'],
};

interface RowMatch {
  kind: RegisterKind;
  columns: Record<string, number>;
  overridden: string[];
  ignored: { col: number; header: string }[];
  unknown: { col: number; header: string }[];
  weekColumns: WeekColumn[];
  score: number;
}

function has(columns: Record<string, number>, ...fields: string[]): boolean {
  return fields.some((field) => columns[field] !== undefined);
}

/** Whether the fields found are enough to call it this register. */
function recognised(kind: RegisterKind, columns: Record<string, number>, weeks: number): boolean {
  switch (kind) {
    case 'team':
      return has(columns, 'person') && has(columns, 'weeklyHours', 'rate', 'role', 'email');
    case 'load':
      return has(columns, 'person') && has(columns, 'task') && weeks > 0;
    case 'documents':
      return has(columns, 'type', 'number') && has(columns, 'counterparty') && has(columns, 'amount', 'date');
    case 'actuals':
      return has(columns, 'date') && has(columns, 'person') && has(columns, 'hours');
    case 'calendar':
      return has(columns, 'date') && has(columns, 'dayKind');
    case 'clients':
      return has(columns, 'client') && has(columns, 'email', 'escalationEmail', 'terms', 'language');
  }
}

function cellText(values: CellValue[], display: string[] | undefined, col: number): string {
  const shown = display?.[col];
  if (shown !== undefined && shown !== '') return squeezeSpaces(shown);
  const value = values[col];
  if (value === undefined || isDate(value)) return '';
  return squeezeSpaces(String(value));
}

/** Maps one row's header cells onto the fields of `kind`. */
function matchRow(
  kind: RegisterKind,
  headers: string[],
  values: CellValue[],
  overrides: Map<string, string>,
  ctx: DateContext,
): RowMatch {
  const fields: readonly string[] = REGISTER_FIELDS[kind];
  const columns: Record<string, number> = {};
  const strength: Record<string, number> = {};
  const overridden: string[] = [];
  const ignored: { col: number; header: string }[] = [];
  const leftover: number[] = [];
  // Corrections first, so detection cannot take their fields.
  headers.forEach((header, col) => {
    const field = header === '' ? undefined : overrides.get(normalizeHeader(header));
    if (field === '') ignored.push({ col, header });
    else if (field !== undefined && fields.includes(field) && !overridden.includes(field)) {
      columns[field] = col;
      overridden.push(field);
    }
  });
  const taken = new Set([...Object.values(columns), ...ignored.map((entry) => entry.col)]);
  headers.forEach((header, col) => {
    if (taken.has(col)) return;
    const match = matchHeader(kind, header);
    // An exact synonym beats a prefix; among equals the leftmost column keeps the field.
    const score = match ? (match.exact ? 1000 : match.strength) : 0;
    if (!match || overridden.includes(match.field) || (strength[match.field] ?? -1) >= score) {
      leftover.push(col);
      return;
    }
    const previous = columns[match.field];
    if (previous !== undefined) leftover.push(previous);
    columns[match.field] = col;
    strength[match.field] = score;
  });
  leftover.sort((a, b) => a - b);
  const weekColumns =
    kind === 'load'
      ? inferWeekColumns(
          leftover.map((col): HeaderCell => ({ col, value: values[col] ?? '', display: headers[col] })),
          ctx,
        )
      : [];
  const weekCols = new Set(weekColumns.map((week) => week.col));
  const unknown = leftover
    .filter((col) => headers[col] !== '' && !weekCols.has(col))
    .map((col) => ({ col, header: headers[col] }));
  const score = Object.keys(columns).length + (weekColumns.length > 0 ? 3 : 0);
  return { kind, columns, overridden, ignored, unknown, weekColumns, score };
}

/** Mapped fields whose header text is repeated in other columns of the same row. */
function duplicateHeaders(headers: string[], columns: Record<string, number>): RegisterMapping['duplicates'] {
  const duplicates: NonNullable<RegisterMapping['duplicates']> = [];
  for (const [field, used] of Object.entries(columns)) {
    const name = normalizeHeader(headers[used] ?? '');
    if (name === '') continue;
    const cols = headers.flatMap((header, col) => (normalizeHeader(header) === name ? [col] : []));
    if (cols.length > 1) duplicates.push({ field, header: headers[used], used, cols });
  }
  return duplicates.sort((a, b) => a.used - b.used);
}

function toMapping(sheet: string, headerRow: number, headers: string[], match: RowMatch): RegisterMapping {
  const expected: readonly string[] = EXPECTED_FIELDS[match.kind];
  const missing = expected.filter(
    (field) =>
      match.columns[field] === undefined &&
      // Payment terms in days stand in for a due date.
      !(field === 'dueDate' && match.columns.deferralDays !== undefined),
  );
  return {
    kind: match.kind,
    sheet,
    headerRow,
    columns: match.columns,
    headers,
    missing,
    unknown: match.unknown,
    overridden: match.overridden,
    weekColumns: match.weekColumns,
    ignored: match.ignored,
    duplicates: duplicateHeaders(headers, match.columns),
    // The one construction of a mapping: its columns were matched against REGISTER_FIELDS[kind]
    // only, which is what the type states; every reader narrows with isRegisterOf instead.
  } as RegisterMapping;
}

/** The register on one sheet, or null when no header row names enough fields. */
export function detectRegister(
  grid: Grid,
  overrides: readonly MappingOverride[],
  ctx: DateContext,
): RegisterMapping | null {
  const own = new Map<string, string>();
  for (const override of overrides) {
    if (override.sheet === grid.sheet) own.set(normalizeHeader(override.header), override.field);
  }
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let row = 0; row < rows; row++) {
    const values = grid.values[row] ?? [];
    const display = grid.display[row];
    const width = Math.max(values.length, display?.length ?? 0);
    const headers = Array.from({ length: width }, (_, col) => cellText(values, display, col));
    if (headers.every((header) => header === '')) continue;
    let best: RowMatch | null = null;
    for (const kind of KINDS) {
      const match = matchRow(kind, headers, values, own, ctx);
      if (!recognised(kind, match.columns, match.weekColumns.length)) continue;
      if (!best || match.score > best.score) best = match;
    }
    if (best) return toMapping(grid.sheet, row, headers, best);
  }
  return null;
}

/** Every register in the workbook, one per sheet at most; the add-on's output sheets are skipped. */
export function detectRegisters(
  grids: readonly Grid[],
  overrides: readonly MappingOverride[],
  ctx: DateContext,
): RegisterMapping[] {
  const found: RegisterMapping[] = [];
  for (const grid of grids) {
    if (OUTPUT_SHEET_NAMES.includes(grid.sheet)) continue;
    const mapping = detectRegister(grid, overrides, ctx);
    if (mapping) found.push(mapping);
  }
  return found;
}
