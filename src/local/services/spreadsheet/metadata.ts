/**
 * The developer metadata objects the add-on reads: a finder over the store, each entry's value
 * and location, and its column as a Range
 * (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder,
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata,
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location).
 * Where metadata may live and how it is kept in the xlsx: metadataStore.ts.
 */
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';
import type { DeveloperMetadataStore, MetadataEntry, MetadataLocationType } from './metadataStore';

/** `SpreadsheetApp.DeveloperMetadataLocationType`; compared by identity in scripts, strings here. */
export const DeveloperMetadataLocationType = {
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
} as const;

/** What the metadata objects need from the spreadsheet: its sheets and ranges, and the call counter. */
export interface MetadataHost<SheetT, RangeT> {
  store: DeveloperMetadataStore;
  counter: CallCounter;
  sheet(name: string): SheetT | null;
  /** The whole row or column `index` of a sheet as a Range. */
  line(sheet: SheetT, type: 'ROW' | 'COLUMN', index: number): RangeT;
}

export class LocalDeveloperMetadataLocation<
  SheetT,
  RangeT,
> implements Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation> {
  constructor(
    private readonly host: MetadataHost<SheetT, RangeT>,
    private readonly entry: MetadataEntry,
  ) {}

  private count(method: string): void {
    this.host.counter.count(`DeveloperMetadataLocation.${method}`);
  }

  getColumn(): RangeT | null {
    this.count('getColumn');
    const sheet = this.host.sheet(this.entry.sheet);
    return this.entry.type === 'COLUMN' && sheet ? this.host.line(sheet, 'COLUMN', this.entry.index) : null;
  }
}

export class LocalDeveloperMetadata<
  SheetT,
  RangeT,
> implements Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadata> {
  constructor(
    private readonly host: MetadataHost<SheetT, RangeT>,
    private readonly entry: MetadataEntry,
  ) {}

  private count(method: string): void {
    this.host.counter.count(`DeveloperMetadata.${method}`);
  }

  getKey(): string {
    this.count('getKey');
    return this.entry.key;
  }

  getValue(): string | null {
    this.count('getValue');
    return this.entry.value;
  }

  getLocation(): LocalDeveloperMetadataLocation<SheetT, RangeT> {
    this.count('getLocation');
    return new LocalDeveloperMetadataLocation(this.host, this.entry);
  }
}

/** A query over the metadata in one scope (the spreadsheet, or one sheet with its rows and columns). */
export class LocalDeveloperMetadataFinder<
  SheetT,
  RangeT,
> implements Emulates<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder> {
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
