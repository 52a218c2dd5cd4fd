/**
 * The workbook on disk: loading and saving xlsx, the spreadsheet's time zone
 * and locale (kept in the file's core `keywords` property, which exceljs can
 * round-trip), and snapshots of the add-on's own sheets, which carry its state
 * (log, templates) from one run, or one process, to the next.
 */
import { closeSync, openSync, readFileSync, readSync, renameSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { isDate } from '../../core/types';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../services/time';
import { restoreWhatExceljsDropped } from './recover';

export const DEFAULT_LOCALE = 'ru_RU';

/** True when the file starts with a zip signature (every xlsx is a zip). */
export function hasZipSignature(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const read = readSync(fd, head, 0, 4, 0);
    return read === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    closeSync(fd);
  }
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer = readFileSync(path);
  // exceljs types its argument as its own Buffer interface; a Node Buffer is what it reads.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  await restoreWhatExceljsDropped(workbook, buffer);
  return workbook;
}

/** Writes through a temporary file and a rename, so a reader never sees half a workbook. */
export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp.xlsx`;
  await workbook.xlsx.writeFile(temporary);
  renameSync(temporary, path);
}

const META = /accountDesk:timeZone=([^;\s]+);locale=([^;\s]+)/;

export function readDocumentMeta(workbook: ExcelJS.Workbook): { timeZone: string; locale: string } {
  const match = META.exec(workbook.keywords ?? '');
  const timeZone = match && isValidTimeZone(match[1]) ? match[1] : DEFAULT_TIME_ZONE;
  return { timeZone, locale: match?.[2] ?? DEFAULT_LOCALE };
}

export function writeDocumentMeta(
  workbook: ExcelJS.Workbook,
  meta: { timeZone: string; locale: string },
): void {
  const rest = (workbook.keywords ?? '').replace(META, '').trim();
  workbook.keywords = [rest, `accountDesk:timeZone=${meta.timeZone};locale=${meta.locale}`]
    .filter(Boolean)
    .join(' ');
}

/** A sheet as plain JSON (dates tagged), enough to rebuild it in another workbook. */
export interface SheetSnapshot {
  name: string;
  views: unknown[];
  columns: { col: number; width?: number; hidden?: boolean }[];
  merges: string[];
  cells: { r: number; c: number; value: unknown; style: unknown; note?: unknown }[];
}

function encode(value: unknown): unknown {
  if (isDate(value)) return { $date: value.getTime() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$date === 'number' && Object.keys(record).length === 1) return new Date(record.$date);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: SheetSnapshot['cells'] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells.push({ r, c, value: encode(cell.value), style: encode(cell.style), note: encode(cell.note) });
    });
  });
  const columns: SheetSnapshot['columns'] = [];
  // All defined columns, not just up to columnCount: a width may be set beyond the last cell.
  (ws.columns ?? []).forEach((column, i) => {
    if (column.width !== undefined || column.hidden)
      columns.push({ col: i + 1, width: column.width, hidden: column.hidden });
  });
  // exceljs keeps merges in a private map keyed by the top-left address.
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map(
    (m) => m.range,
  );
  return { name: ws.name, views: encode(ws.views) as unknown[], columns, merges, cells };
}

/**
 * Replaces the content of the sheet of the snapshot's name, or adds it at the
 * end. An existing sheet is refilled in place, so objects that point at it stay valid.
 */
export function applySnapshot(workbook: ExcelJS.Workbook, snapshot: SheetSnapshot): void {
  let ws = workbook.getWorksheet(snapshot.name);
  if (ws) {
    const merges = (ws as unknown as { _merges: Record<string, { range: string }> })._merges;
    for (const merge of Object.values(merges)) ws.unMergeCells(merge.range);
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.value = null;
        cell.style = {};
        if (cell.note) cell.note = undefined as unknown as string;
      });
    });
  } else {
    ws = workbook.addWorksheet(snapshot.name);
  }
  ws.views = decode(snapshot.views) as ExcelJS.WorksheetView[];
  for (const { col, width, hidden } of snapshot.columns) {
    const column = ws.getColumn(col);
    if (width !== undefined) column.width = width;
    if (hidden) column.hidden = hidden;
  }
  for (const { r, c, value, style, note } of snapshot.cells) {
    const cell = ws.getCell(r, c);
    cell.value = decode(value) as ExcelJS.CellValue;
    cell.style = decode(style) as Partial<ExcelJS.Style>;
    if (note) cell.note = decode(note) as ExcelJS.Comment;
  }
  for (const range of snapshot.merges) ws.mergeCells(range);
}

/** Snapshots of the named sheets that exist in the workbook. */
export function snapshotSheets(workbook: ExcelJS.Workbook, names: readonly string[]): SheetSnapshot[] {
  return names
    .map((name) => workbook.getWorksheet(name))
    .filter((ws): ws is ExcelJS.Worksheet => ws !== undefined)
    .map(snapshotSheet);
}
