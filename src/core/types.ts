/**
 * Plain data shared by the whole core. The core never sees Apps Script objects:
 * adapters turn them into these shapes once, at the edge.
 */

/** A calendar day as `YYYY-MM-DD`, already resolved in the spreadsheet's time zone. */
export type CalendarDay = string;

/** What `Range.getValues()` returns for one cell. Empty cells are `''`. */
export type CellValue = string | number | boolean | Date;

/** Money held exactly as an integer number of minor units (kopecks, cents). */
export type MinorUnits = number;

/** User-interface language. Russian is the default. */
export type Lang = 'ru' | 'en';

/**
 * A sheet's data range as the adapters read it (one batched call per layer).
 * Layers that were not read are `[]`.
 */
export interface Grid {
  readonly sheet: string;
  /** `Range.getValues()`: Date for dates, numbers (20 % → 0.2), booleans, `''` when empty. */
  readonly values: CellValue[][];
  /** `Range.getDisplayValues()`. */
  readonly display: string[][];
  /** `Range.getBackgrounds()` as `#rrggbb`. */
  readonly backgrounds: string[][];
  /** `Range.getNumberFormats()`, e.g. `0%`, `0.00`, `dd.MM.yyyy`, `General`. */
  readonly formats: string[][];
}

/**
 * True for a Date from any JS realm: the bundle runs inside a vm context
 * locally, where `instanceof Date` fails for Dates made outside it.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
