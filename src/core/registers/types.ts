/**
 * The shape of what register detection finds. Detection itself lives beside
 * this file; every feature reads its rows through a RegisterMapping.
 */
import type { CalendarDay } from '../types';

export type RegisterKind = 'team' | 'load' | 'documents' | 'actuals' | 'calendar' | 'clients';

/** The fields each register may have (SPEC §2). Column headers map onto these by synonyms. */
export const REGISTER_FIELDS = {
  team: ['person', 'email', 'role', 'weeklyHours', 'rate', 'phone'],
  load: ['person', 'task', 'status', 'estimate'],
  documents: [
    'type',
    'number',
    'counterparty',
    'direction',
    'contract',
    'date',
    'amount',
    'currency',
    'dueDate',
    'deferralDays',
    'paidDate',
    'paidAmount',
    'status',
    'originals',
    'validUntil',
    'manager',
    'clientEmail',
    'pause',
    'link',
  ],
  actuals: ['date', 'person', 'client', 'hours'],
  calendar: ['date', 'dayKind', 'note'],
  clients: ['client', 'email', 'escalationEmail', 'language', 'terms', 'manager', 'pause', 'note'],
} as const;

export type FieldOf<K extends RegisterKind> = (typeof REGISTER_FIELDS)[K][number];

/** A load column whose header is a date: the ISO week (its Monday) it plans. */
export interface WeekColumn {
  /** 0-based column index in the grid. */
  col: number;
  /** Monday of the ISO week the header date falls in. */
  week: CalendarDay;
  /** Header text as displayed. */
  header: string;
}

/** One recognised register on one sheet. */
export interface RegisterMapping<K extends RegisterKind = RegisterKind> {
  kind: K;
  sheet: string;
  /** 0-based index of the header row in the grid; data rows follow it. */
  headerRow: number;
  /** Field → 0-based column index. */
  columns: Partial<Record<FieldOf<K>, number>>;
  /** Display text of every header cell, by column. */
  headers: string[];
  /** Fields the register needs but no column supplies. */
  missing: FieldOf<K>[];
  /** Non-empty header cells that match no field (and are not week columns). */
  unknown: { col: number; header: string }[];
  /** Fields whose column came from a saved user correction rather than detection. */
  overridden: FieldOf<K>[];
  /** Week columns of a load register, in sheet order; `[]` for other kinds. */
  weekColumns: WeekColumn[];
  /** Columns a saved correction says to ignore (neither a field nor a week). */
  ignored?: { col: number; header: string }[];
  /**
   * Fields named by more than one column with the same header text: `used` is the
   * column read, `cols` every column of that name (in sheet order). Reported, never silent.
   */
  duplicates?: { field: string; header: string; used: number; cols: number[] }[];
}

/** Kinds of rows in a load register, from the task cell (SPEC §2.2). Learning counts as internal. */
export type LoadRowKind = 'client' | 'internal' | 'holiday' | 'vacation' | 'sick';

export type DocumentType = 'contract' | 'appendix' | 'supplement' | 'invoice' | 'act';
export type DocumentStatus = 'draft' | 'sent' | 'signed' | 'paid' | 'cancelled' | 'disputed';
export type OriginalsState = 'received' | 'scan' | 'none';
export type Direction = 'incoming' | 'outgoing';

/** The one place where a mapping's `kind` vouches for the fields its `columns` may name. */
export function isRegisterOf<K extends RegisterKind>(
  mapping: RegisterMapping,
  kind: K,
): mapping is RegisterMapping<K> {
  return mapping.kind === kind;
}
