/**
 * The add-on's columns in the user's documents sheet: where they are (by their
 * marker, see core/documents/ownedColumns), writing them, and what could not
 * be placed, as sentences for the dashboard and the run's summary. The plan
 * reads the sheet's notes and formulas once, and only while a column is not
 * marked yet; the markers come with the workbook read; writing is one block
 * per run of adjacent columns.
 */
import { a1 } from '../core/cells';
import {
  distinctHeader,
  locateOwnedColumns,
  MAX_SHEET_COLUMNS,
  OWNED_COLUMN_KEY,
  OWNED_COLUMNS,
  ownedBlocks,
  ownedHeader,
  type OwnedCell,
  type OwnedColumn,
  type OwnedColumnsLayout,
} from '../core/documents/ownedColumns';
import { t } from '../core/i18n';
import type { RegisterMapping } from '../core/registers/types';
import type { Grid, Lang } from '../core/types';
import type { Workbook } from './ports';
import type { WorkbookSnapshot } from './readWorkbook';

/** Columns right of the data range whose notes are read: room for every owned column, and some. */
const ANNOTATED_MARGIN = 8;

export interface OwnedColumnsPlan {
  layout: OwnedColumnsLayout;
  /** What the user should know, in their language (the dashboard lists these). */
  warnings: string[];
  /** The part of `warnings` that says something was not written (the run's summary says it too). */
  notWritten: string[];
}

export function planOwnedColumns(
  workbook: Pick<Workbook, 'readAnnotations'>,
  snapshot: Pick<WorkbookSnapshot, 'ownedColumns'>,
  mapping: RegisterMapping<'documents'>,
  grid: Grid,
  lang: Lang,
): OwnedColumnsPlan {
  const markers = snapshot.ownedColumns.get(mapping.sheet) ?? new Map<number, string>();
  const header = grid.display[mapping.headerRow] ?? mapping.headers;
  const width = Math.max(
    header.length,
    ...grid.values.map((row) => row.length),
    ...[...markers.keys()].map((c) => c + 1),
  );
  const annotated = width + ANNOTATED_MARGIN;
  // Notes and formulas tell only where a missing column may go, or whether old columns may be
  // adopted (never with markers): with every column marked, nothing is placed and they are not read.
  const marked = new Set(markers.values());
  const placed = OWNED_COLUMNS.every((column) => marked.has(column));
  const annotations = (placed ? null : workbook.readAnnotations(mapping.sheet, annotated)) ?? {
    notes: [],
    formulas: [],
  };
  // A grid narrower than asked for ends there: columns beyond it exist only once we grow it.
  const readWidth = annotations.notes[0]?.length ?? 0;
  const annotatedColumns = placed || readWidth < annotated ? MAX_SHEET_COLUMNS : annotated;
  const layout = locateOwnedColumns({
    headerRow: mapping.headerRow,
    values: grid.values,
    header,
    notes: annotations.notes,
    formulas: annotations.formulas,
    markers,
    fieldColumns: new Set(Object.values(mapping.columns) as number[]),
    // Columns whose notes were not read may hold some: never placed there.
    maxColumns: annotatedColumns,
  });
  const warnings = layout.userColumns.map(({ col, header: text }) =>
    t(lang, 'owned.warning.userColumn', {
      sheet: mapping.sheet,
      cell: a1(mapping.headerRow, col),
      header: text,
    }),
  );
  const notWritten =
    layout.unplaced.length === 0
      ? []
      : [
          t(lang, 'owned.warning.noRoom', {
            sheet: mapping.sheet,
            columns: layout.unplaced.map((column) => ownedHeader(column, lang)).join(', '),
          }),
        ];
  return { layout, warnings: [...warnings, ...notWritten], notWritten };
}

/**
 * Headers of the columns it creates (bold), the values, then the marker on every column it
 * creates or adopts: nothing else of the sheet is written.
 */
export function writeOwnedColumns(
  workbook: Pick<Workbook, 'writeBlock' | 'markColumn'>,
  mapping: RegisterMapping<'documents'>,
  grid: Grid,
  plan: OwnedColumnsPlan,
  cellsByRow: ReadonlyMap<number, Record<OwnedColumn, OwnedCell>>,
  lang: Lang,
): void {
  const { layout } = plan;
  const { created } = layout;
  const headers = created.map(({ column, distinct }) =>
    distinct ? distinctHeader(column, lang) : ownedHeader(column, lang),
  );
  const blocks = ownedBlocks(layout, cellsByRow, mapping.headerRow + 1, grid.values.length - 1);
  // New columns that are exactly one block's columns: their header row goes on top of that block.
  const below = blocks.find(
    (block) =>
      created.length > 0 && block.col === created[0].col && block.values[0]?.length === created.length,
  );
  if (created.length > 0 && !below) {
    workbook.writeBlock(mapping.sheet, mapping.headerRow + 1, created[0].col + 1, {
      values: [headers],
      fontWeights: [created.map(() => 'bold' as const)],
    });
  }
  for (const block of blocks) {
    if (block === below) {
      workbook.writeBlock(mapping.sheet, block.row, block.col + 1, {
        values: [headers, ...block.values],
        backgrounds: [headers.map(() => null), ...block.backgrounds],
        fontWeights: [
          headers.map(() => 'bold' as const),
          ...block.values.map((row) => row.map(() => 'normal' as const)),
        ],
      });
    } else
      workbook.writeBlock(mapping.sheet, block.row + 1, block.col + 1, {
        values: block.values,
        backgrounds: block.backgrounds,
      });
  }
  // Marked once the column exists: a new column past the grid is made by the write above.
  for (const { column, col } of [...created, ...layout.adopted])
    workbook.markColumn(mapping.sheet, col + 1, OWNED_COLUMN_KEY, column);
}
