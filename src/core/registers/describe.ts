/**
 * A mapping as plain rows the settings sidebar shows and edits: one row per
 * non-empty header cell, saying which field it feeds and why.
 */
import { formatDayShort } from '../calendar';
import { t } from '../i18n';
import type { Lang } from '../types';
import type { FieldOf, RegisterKind, RegisterMapping } from './types';
import { fieldLabel } from './headerSynonyms';

/** Field name of a week column in `describeMapping` rows. */
export const WEEK_FIELD = 'week';

export interface MappingRow {
  /** 0-based column index. */
  col: number;
  header: string;
  /** A field of the register, `'week'`, or `''` (unknown or ignored). */
  field: string;
  label: string;
  source: 'detected' | 'override' | 'unknown';
}

export function describeMapping(mapping: RegisterMapping, lang: Lang): MappingRow[] {
  const rows: MappingRow[] = [];
  const byColumn = new Map<number, string>();
  for (const [field, col] of Object.entries(mapping.columns) as [string, number | undefined][]) {
    if (col !== undefined) byColumn.set(col, field);
  }
  const weeks = new Map(mapping.weekColumns.map((week) => [week.col, week.week]));
  const ignored = new Set((mapping.ignored ?? []).map((entry) => entry.col));
  const overridden = new Set<string>(mapping.overridden as string[]);
  mapping.headers.forEach((header, col) => {
    const field = byColumn.get(col);
    const week = weeks.get(col);
    if (field !== undefined) {
      rows.push({
        col,
        header,
        field,
        label: fieldLabel(mapping.kind, field as FieldOf<RegisterKind>, lang),
        source: overridden.has(field) ? 'override' : 'detected',
      });
    } else if (ignored.has(col)) {
      rows.push({ col, header, field: '', label: t(lang, 'registers.ignored'), source: 'override' });
    } else if (week !== undefined) {
      const label = t(lang, 'registers.week', { day: formatDayShort(week, lang) });
      rows.push({ col, header, field: WEEK_FIELD, label, source: 'detected' });
    } else if (header !== '') {
      rows.push({ col, header, field: '', label: t(lang, 'registers.unknown'), source: 'unknown' });
    }
  });
  return rows;
}
