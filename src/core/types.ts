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
