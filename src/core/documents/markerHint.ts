/**
 * Where the add-on's column markers were when it last wrote, checked against the header rows a
 * sidebar has just read, so a sidebar can do without asking Sheets for the markers (a finder
 * call and four calls for each marker). The hint holds only when the sheets show exactly that:
 * every column whose header rows carry one of our column headers (plain or distinct, either
 * language) is a hinted column of the kind its header names, and every hinted column carries
 * one. A column inserted or deleted before ours, ours moved, renamed, copied or removed, a new
 * user column headed like ours, a renamed sheet — each breaks it, and the markers are read again.
 * Runs never use a hint: what they write depends on the markers themselves.
 */
import { normalizeHeader, rawText } from '../cells';
import { HEADER_SEARCH_ROWS } from '../registers/detect';
import type { Grid } from '../types';
import { distinctHeader, isOwnedColumn, OWNED_COLUMNS, ownedHeader, type OwnedColumn } from './ownedColumns';

/** One column marker as the workbook lists it: `column` is 1-based. */
export interface ColumnMarker {
  sheet: string;
  column: number;
  value: string;
}

/** Normalized header text → the owned column it names. */
let headers: Map<string, OwnedColumn> | null = null;

function ownedColumnNamed(text: string): OwnedColumn | undefined {
  if (!headers) {
    headers = new Map();
    for (const column of OWNED_COLUMNS)
      for (const lang of ['ru', 'en'] as const)
        for (const header of [ownedHeader(column, lang), distinctHeader(column, lang)])
          headers.set(normalizeHeader(header), column);
  }
  return headers.get(normalizeHeader(text));
}

/** Per `sheet\tcolumn` (1-based), the owned columns its header rows name. */
function headedLikeOurs(grids: ReadonlyMap<string, Grid>): Map<string, Set<OwnedColumn>> {
  const found = new Map<string, Set<OwnedColumn>>();
  for (const grid of grids.values()) {
    const rows = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
    for (let r = 0; r < rows; r += 1) {
      const width = Math.max(grid.values[r]?.length ?? 0, grid.display[r]?.length ?? 0);
      for (let c = 0; c < width; c += 1) {
        for (const text of [grid.display[r]?.[c] ?? '', rawText(grid.values[r]?.[c] ?? '')]) {
          const column = ownedColumnNamed(text);
          if (!column) continue;
          const key = `${grid.sheet}\t${c + 1}`;
          const kinds = found.get(key) ?? new Set<OwnedColumn>();
          kinds.add(column);
          found.set(key, kinds);
        }
      }
    }
  }
  return found;
}

/** Whether the sheets read still show the markers where `hint` puts them (see the file comment). */
export function hintHolds(hint: readonly ColumnMarker[], grids: ReadonlyMap<string, Grid>): boolean {
  const headed = headedLikeOurs(grids);
  const hinted = new Set<string>();
  for (const marker of hint) {
    const key = `${marker.sheet}\t${marker.column}`;
    const kinds = headed.get(key);
    if (!isOwnedColumn(marker.value) || !kinds?.has(marker.value)) return false;
    hinted.add(key);
  }
  return [...headed.keys()].every((key) => hinted.has(key));
}

/** The hint as one short text (it rides in the change stamp's property); null when it would not be short. */
export function hintText(markers: readonly ColumnMarker[]): string | null {
  const text = JSON.stringify(markers.map(({ sheet, column, value }) => [sheet, column, value]));
  return text.length <= 4000 ? text : null;
}

/** The hint a `hintText` wrote, or null for anything else. */
export function parseHint(text: string): ColumnMarker[] | null {
  try {
    const rows = JSON.parse(text) as unknown;
    if (!Array.isArray(rows)) return null;
    const markers: ColumnMarker[] = [];
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 3) return null;
      const [sheet, column, value] = row as unknown[];
      if (typeof sheet !== 'string' || typeof value !== 'string') return null;
      if (typeof column !== 'number' || !Number.isInteger(column) || column < 1) return null;
      markers.push({ sheet, column, value });
    }
    return markers;
  } catch {
    return null;
  }
}
