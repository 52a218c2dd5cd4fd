/**
 * Developer metadata (key/value pairs a script attaches to a whole sheet, row or column)
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
import type { CallCounter } from '../counters';

export type MetadataLocationType = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';

/** `SpreadsheetApp.DeveloperMetadataLocationType`; compared by identity in scripts, strings here. */
export const DeveloperMetadataLocationType = {
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
} as const;

export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;

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

  replace(entry: MetadataEntry, patch: Partial<Pick<MetadataEntry, 'key' | 'value'>>): MetadataEntry {
    this.remove(entry);
    const next = { ...entry, ...patch };
    this.workbook.definedNames.add(referenceOf(next), nameOf(next));
    return next;
  }
}

/** What the metadata objects need from the spreadsheet: its sheets and ranges, and the call counter. */
export interface MetadataHost<SheetT, RangeT> {
  store: DeveloperMetadataStore;
  counter: CallCounter;
  sheet(name: string): SheetT | null;
  /** The whole row or column `index` of a sheet as a Range. */
  line(sheet: SheetT, type: 'ROW' | 'COLUMN', index: number): RangeT;
}

export class LocalDeveloperMetadataLocation<SheetT, RangeT> {
  constructor(
    private readonly host: MetadataHost<SheetT, RangeT>,
    private readonly entry: MetadataEntry,
  ) {}

  private count(method: string): void {
    this.host.counter.count(`DeveloperMetadataLocation.${method}`);
  }

  getLocationType(): MetadataLocationType {
    this.count('getLocationType');
    return this.entry.type;
  }

  getSheet(): SheetT | null {
    this.count('getSheet');
    return this.entry.type === 'SHEET' ? this.host.sheet(this.entry.sheet) : null;
  }

  getColumn(): RangeT | null {
    this.count('getColumn');
    const sheet = this.host.sheet(this.entry.sheet);
    return this.entry.type === 'COLUMN' && sheet ? this.host.line(sheet, 'COLUMN', this.entry.index) : null;
  }

  getRow(): RangeT | null {
    this.count('getRow');
    const sheet = this.host.sheet(this.entry.sheet);
    return this.entry.type === 'ROW' && sheet ? this.host.line(sheet, 'ROW', this.entry.index) : null;
  }
}

export class LocalDeveloperMetadata<SheetT, RangeT> {
  constructor(
    private readonly host: MetadataHost<SheetT, RangeT>,
    private entry: MetadataEntry,
  ) {}

  private count(method: string): void {
    this.host.counter.count(`DeveloperMetadata.${method}`);
  }

  getId(): number {
    this.count('getId');
    return this.entry.id;
  }

  getKey(): string {
    this.count('getKey');
    return this.entry.key;
  }

  getValue(): string | null {
    this.count('getValue');
    return this.entry.value;
  }

  getVisibility(): string {
    this.count('getVisibility');
    return DeveloperMetadataVisibility.DOCUMENT;
  }

  getLocation(): LocalDeveloperMetadataLocation<SheetT, RangeT> {
    this.count('getLocation');
    return new LocalDeveloperMetadataLocation(this.host, this.entry);
  }

  setValue(value: string): this {
    this.count('setValue');
    this.entry = this.host.store.replace(this.entry, { value: String(value) });
    return this;
  }

  setKey(key: string): this {
    this.count('setKey');
    this.entry = this.host.store.replace(this.entry, { key: String(key) });
    return this;
  }

  remove(): void {
    this.count('remove');
    this.host.store.remove(this.entry);
  }
}

/** A query over the metadata in one scope (the spreadsheet, or one sheet with its rows and columns). */
export class LocalDeveloperMetadataFinder<SheetT, RangeT> {
  private readonly filters: ((entry: MetadataEntry) => boolean)[] = [];

  constructor(
    private readonly host: MetadataHost<SheetT, RangeT>,
    scope: (entry: MetadataEntry) => boolean,
  ) {
    this.filters.push(scope);
  }

  private add(method: string, filter: (entry: MetadataEntry) => boolean): this {
    this.host.counter.count(`DeveloperMetadataFinder.${method}`);
    this.filters.push(filter);
    return this;
  }

  withKey(key: string): this {
    return this.add('withKey', (entry) => entry.key === key);
  }

  withValue(value: string): this {
    return this.add('withValue', (entry) => entry.value === value);
  }

  withId(id: number): this {
    return this.add('withId', (entry) => entry.id === id);
  }

  withLocationType(type: MetadataLocationType): this {
    return this.add('withLocationType', (entry) => entry.type === String(type));
  }

  find(): LocalDeveloperMetadata<SheetT, RangeT>[] {
    this.host.counter.count('DeveloperMetadataFinder.find');
    return this.host.store
      .entries()
      .filter((entry) => this.filters.every((filter) => filter(entry)))
      .map((entry) => new LocalDeveloperMetadata(this.host, entry));
  }
}

/** Refusal of metadata on a range that is not one whole row or column (Sheets refuses those too). */
export const ARBITRARY_RANGE_ERROR =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';
