/**
 * The store of developer metadata (key/value pairs a script attaches to a whole sheet, row or column)
 * over an xlsx workbook, as Apps Script documents it:
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata,
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder,
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location.
 *
 * Where: metadata may be associated with the spreadsheet, a sheet, or one entire row or
 * column, never an arbitrary range, and a row or column location "must represent a single
 * row or column" (https://developers.google.com/sheets/api/guides/metadata,
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata);
 * `Range.addDeveloperMetadata` on anything else throws, as in Sheets. Metadata stays with
 * its row or column when others are inserted or deleted, and goes when its row or column is
 * deleted.
 *
 * Persisted in the xlsx as one defined name per entry, whose reference is the first cell of
 * its row or column (or A1 for a sheet): spreadsheet applications shift such a reference when
 * columns or rows are inserted before it, and drop it with its column, which is exactly how
 * the metadata moves. The name carries id, location type, key and value (hex-encoded, names
 * allow letters, digits, `_` and `.` only, 255 characters at most): key and value together
 * must stay under about 110 bytes here, a stricter limit than Google's.
 */
import type { Workbook } from 'exceljs';

export type MetadataLocationType = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  type: Exclude<MetadataLocationType, 'SPREADSHEET'>;
  sheet: string;
  /** 1-based row (ROW) or column (COLUMN); 0 for a sheet. */
  index: number;
}

const PREFIX = '_AccountDesk_md_';
const TYPE_CODE = { SHEET: 'S', ROW: 'R', COLUMN: 'C' } as const;
const CODE_TYPE: Record<string, MetadataEntry['type']> = { S: 'SHEET', R: 'ROW', C: 'COLUMN' };
const MAX_NAME = 255;
/** Excel's grid: the reference of a column location is its cell in row 1. */
const NAME_PATTERN = /^_AccountDesk_md_(\d+)_([SRC])_([0-9a-f]*)_(?:n|v([0-9a-f]*))$/;
const REFERENCE = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/;

function hex(text: string): string {
  return Buffer.from(text, 'utf8').toString('hex');
}

function unhex(text: string): string {
  return Buffer.from(text, 'hex').toString('utf8');
}

function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function nameOf(entry: MetadataEntry): string {
  const value = entry.value === null ? 'n' : `v${hex(entry.value)}`;
  return `${PREFIX}${entry.id}_${TYPE_CODE[entry.type]}_${hex(entry.key)}_${value}`;
}

function referenceOf(entry: MetadataEntry): string {
  const sheet = `'${entry.sheet.replace(/'/g, "''")}'`;
  if (entry.type === 'COLUMN') return `${sheet}!$${columnLetters(entry.index)}$1`;
  if (entry.type === 'ROW') return `${sheet}!$A$${entry.index}`;
  return `${sheet}!$A$1`;
}

/** The metadata of one workbook, read from and written to its defined names. */
export class DeveloperMetadataStore {
  constructor(private readonly workbook: Workbook) {}

  entries(): MetadataEntry[] {
    const entries: MetadataEntry[] = [];
    for (const { name, ranges } of this.workbook.definedNames.model) {
      const match = NAME_PATTERN.exec(name);
      const reference = REFERENCE.exec(ranges[0] ?? '');
      if (!match || !reference) continue;
      const type = CODE_TYPE[match[2]];
      const sheet = reference[1] !== undefined ? reference[1].replace(/''/g, "'") : reference[2];
      if (!this.workbook.getWorksheet(sheet)) continue;
      const index =
        type === 'COLUMN' ? columnNumber(reference[3]) : type === 'ROW' ? Number(reference[4]) : 0;
      entries.push({
        id: Number(match[1]),
        key: unhex(match[3]),
        value: match[4] === undefined ? null : unhex(match[4]),
        type,
        sheet,
        index,
      });
    }
    return entries.sort((a, b) => a.id - b.id);
  }

  add(entry: Omit<MetadataEntry, 'id'>): MetadataEntry {
    const id = Math.max(0, ...this.entries().map((existing) => existing.id)) + 1;
    const full = { ...entry, id };
    const name = nameOf(full);
    if (name.length > MAX_NAME) {
      throw new Error(
        'Developer metadata key and value are too long for the local runtime to keep in the xlsx.',
      );
    }
    this.workbook.definedNames.add(referenceOf(full), name);
    return full;
  }

  remove(entry: MetadataEntry): void {
    const current = this.entries().find((existing) => existing.id === entry.id);
    if (current) this.workbook.definedNames.remove(referenceOf(current), nameOf(current));
  }
}
