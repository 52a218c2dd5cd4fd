/**
 * What Sheets makes of a string written with `setValues`/`setValue`: Apps Script
 * parses it like text typed into the cell (the Sheets API calls it USER_ENTERED),
 * so numbers, percentages, booleans, dates and times in the spreadsheet's locale
 * become those values, `=…` becomes a formula, and only a leading apostrophe or a
 * plain-text `@` cell keeps the string as it was.
 *
 * Google documents the rule, not the grammar: "The values will be parsed as if the
 * user typed them into the UI. Numbers will stay as numbers, but strings may be
 * converted to numbers, dates, etc. following the same rules that are applied when
 * entering text into a cell via the Google Sheets UI."
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
 * The locale decides the order of day and month and the decimal separator:
 * https://support.google.com/docs/answer/58515
 * Where the grammar is not documented, this parses more, not less (the stricter
 * choice): code that writes a user's text without the `@` format breaks here too.
 */
import type { DayOrder, LocaleSymbols } from './locale';

export type EnteredValue =
  | { kind: 'text'; text: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean }
  /** A date or time as a wall clock (its UTC fields are the cell's fields), with the format Sheets gives it. */
  | { kind: 'date'; wall: number; format: string };

/** What the parser needs to know besides the text. */
export interface EntryContext {
  symbols: LocaleSymbols;
  /** The current year in the spreadsheet's time zone: a date typed without a year takes it. */
  year: number;
}

function escape(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A number as the locale writes it: `1 234,5` in ru (space or no-break space groups),
 * `1,234.5` in en, with a sign and an exponent. Long digit runs are numbers too, rounded
 * to a double, as Sheets does with a 20-digit account number typed into a cell.
 */
function parseLocaleNumber(text: string, symbols: LocaleSymbols): number | null {
  const decimal = escape(symbols.decimal);
  // Russian users type an ordinary space as often as the no-break space Sheets displays.
  const group = symbols.group === '\u00a0' ? '[ \u00a0]' : escape(symbols.group);
  const pattern = new RegExp(
    `^([-+]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)?(?:${decimal}(\\d+))?(?:[eE]([-+]?\\d+))?$`,
  );
  const match = pattern.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = '', exponent] = match;
  if (whole === '' && fraction === '') return null;
  const digits = whole.replace(/\D/g, '') || '0';
  const value = Number(`${sign === '-' ? '-' : ''}${digits}.${fraction || '0'}e${exponent ?? '0'}`);
  return Number.isFinite(value) ? value : null;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Two-digit years as Sheets reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/** Month names Sheets understands typed in Russian or English, by their first letters. */
const MONTH_STEMS: [RegExp, number][] = [
  [/^(янв|jan)/, 1],
  [/^(фев|feb)/, 2],
  [/^(мар|mar)/, 3],
  [/^(апр|apr)/, 4],
  [/^(ма[йя]|may)/, 5],
  [/^(июн|jun)/, 6],
  [/^(июл|jul)/, 7],
  [/^(авг|aug)/, 8],
  [/^(сен|sep)/, 9],
  [/^(окт|oct)/, 10],
  [/^(ноя|nov)/, 11],
  [/^(дек|dec)/, 12],
];

function monthByName(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  for (const [stem, month] of MONTH_STEMS) if (stem.test(lower)) return month;
  return null;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** A day typed with digits (`07.12.2026`, `7/12/26`, `2026-12-07`, `07.12`, `12.2026`) or month names. */
function parseDay(text: string, order: DayOrder, currentYear: number): Day | null {
  const iso = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?$/.exec(text);
  if (iso) {
    const day = { year: Number(iso[1]), month: Number(iso[3]), day: iso[4] ? Number(iso[4]) : 1 };
    return validDay(day.year, day.month, day.day) ? day : null;
  }
  const numeric = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    const year = numeric[4] ? fullYear(numeric[4]) : currentYear;
    const [month, day] = order === 'mdy' ? [a, b] : [b, a];
    return validDay(year, month, day) ? { year, month, day } : null;
  }
  const monthYear = /^(\d{1,2})([-/.])(\d{4})$/.exec(text);
  if (monthYear) {
    const month = Number(monthYear[1]);
    return validDay(Number(monthYear[3]), month, 1) ? { year: Number(monthYear[3]), month, day: 1 } : null;
  }
  const dayName = /^(\d{1,2})\s+([\p{L}]+\.?),?(?:\s+(\d{4}))?$/u.exec(text);
  if (dayName) {
    const month = monthByName(dayName[2]);
    const year = dayName[3] ? Number(dayName[3]) : currentYear;
    const day = Number(dayName[1]);
    return month && validDay(year, month, day) ? { year, month, day } : null;
  }
  const nameDay = /^([\p{L}]+\.?)\s+(\d{1,2})(?:,?\s+(\d{4}))?$/u.exec(text);
  if (nameDay) {
    const month = monthByName(nameDay[1]);
    const year = nameDay[3] ? Number(nameDay[3]) : currentYear;
    const day = Number(nameDay[2]);
    return month && validDay(year, month, day) ? { year, month, day } : null;
  }
  const nameYear = /^([\p{L}]+\.?)\s+(\d{4})$/u.exec(text);
  if (nameYear) {
    const month = monthByName(nameYear[1]);
    return month ? { year: Number(nameYear[2]), month, day: 1 } : null;
  }
  return null;
}

/** A time of day as milliseconds (`9:30`, `09:30:15`, `9:30 PM`), or null. */
function parseTime(text: string): { ms: number; seconds: boolean } | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?(?:\s*([AaPp])\.?[Mm]\.?)?$/.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] ? Number(match[3]) : 0;
  if (match[5]) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (match[5].toLowerCase() === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number((match[4] ?? '').padEnd(3, '0') || 0);
  return { ms, seconds: match[3] !== undefined };
}

/** The day Sheets counts times of day from: a time alone is that day's wall clock. */
const TIME_EPOCH = Date.UTC(1899, 11, 30);

function parseDateTime(
  text: string,
  symbols: LocaleSymbols,
  order: DayOrder,
  year: number,
): EnteredValue | null {
  const datePattern = symbols.datePattern;
  const time = parseTime(text);
  if (time) return { kind: 'date', wall: TIME_EPOCH + time.ms, format: symbols.timePattern };
  // `2026-12-07T09:30:00.000Z`: the zone suffix is dropped, the digits are the cell's wall clock.
  const split =
    /^(.+?)(?:[T\s]+|,\s*)(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,3})?)?(?:\s*[AaPp]\.?[Mm]\.?)?)Z?$/.exec(text);
  if (split) {
    const day = parseDay(split[1], order, year);
    const clock = parseTime(split[2]);
    if (day && clock) {
      const wall = Date.UTC(day.year, day.month - 1, day.day) + clock.ms;
      return { kind: 'date', wall, format: `${datePattern} ${symbols.timePattern}` };
    }
  }
  const day = parseDay(text, order, year);
  if (!day) return null;
  return { kind: 'date', wall: Date.UTC(day.year, day.month - 1, day.day), format: datePattern };
}

/**
 * How a string lands in a cell whose number format is `format`:
 * a leading `'` forces text (and is not kept), plain-text `@` keeps the string
 * as typed, `=` starts a formula; then booleans, percentages, numbers, dates and
 * times of the locale are values; anything else is text.
 */
export function parseEntered(text: string, format: string | undefined, ctx: EntryContext): EnteredValue {
  if (text.startsWith("'")) return { kind: 'text', text: text.slice(1) };
  if (format === '@') return { kind: 'text', text };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text.slice(1) };
  const { symbols } = ctx;
  // Sheets trims what was typed before it reads a value from it.
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'text', text };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === symbols.trueText.toUpperCase()) return { kind: 'boolean', value: true };
  if (upper === 'FALSE' || upper === symbols.falseText.toUpperCase())
    return { kind: 'boolean', value: false };
  const percent = /^(.*?)\s?%$/.exec(trimmed);
  if (percent) {
    const points = parseLocaleNumber(percent[1], symbols);
    if (points === null) return { kind: 'text', text };
    const decimals = percent[1].includes(symbols.decimal);
    // Dividing by 100 in binary leaves noise (20.5 / 100 → 0.20500000000000002).
    return {
      kind: 'number',
      value: Number((points / 100).toPrecision(15)),
      format: decimals ? '0.00%' : '0%',
    };
  }
  const value = parseLocaleNumber(trimmed, symbols);
  if (value !== null) return { kind: 'number', value };
  const date = parseDateTime(trimmed, symbols, symbols.dayOrder, ctx.year);
  if (date) return date;
  return { kind: 'text', text };
}
