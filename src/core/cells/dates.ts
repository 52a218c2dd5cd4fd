/**
 * Calendar days from cells: Date values (read in the spreadsheet's time
 * zone), `DD.MM.YYYY`, `DD.MM.YY`, `DD.MM`, `YYYY-MM-DD`, `1 дек 2026`,
 * `1 декабря`, `1 Dec 2026`, `Dec 1, 2026` and Excel serial numbers.
 */
import { addDays, dayInTimeZone, daysBetween, partsOf, toDay } from '../calendar';
import { monthNames } from '../i18n/months';
import type { CalendarDay, CellValue } from '../types';
import { isDate } from '../types';
import { fail, isBlank, ok, rawText, type Parsed } from './problems';
import { foldCase, squeezeSpaces } from './text';

export interface DateContext {
  /** IANA zone that turns Date cells into calendar days. */
  timeZone: string;
  /** Today: picks the year of a year-less `DD.MM` (the nearest such date). */
  referenceDay: CalendarDay;
}

/** Serial numbers a workbook plausibly holds for dates (1954…2119). */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;
const SERIAL_EPOCH = '1899-12-30';

/**
 * Month-name stems (folded), January first: the first three letters of each month's long and
 * short names in both languages (`дек`, `dec`; `мая` and `май`). A word matches when it starts
 * with a stem.
 */
const MONTH_STEMS: readonly (readonly string[])[] = monthNames('ru', 'long').map((_, index) => [
  ...new Set(
    (['ru', 'en'] as const).flatMap((lang) =>
      (['long', 'short'] as const).map((style) => foldCase(monthNames(lang, style)[index]).slice(0, 3)),
    ),
  ),
]);

/** Month 1–12 for a month word (`дек`, `декабря`, `Dec`, `December`), else null. */
export function monthFromWord(word: string): number | null {
  const folded = foldCase(word).replace(/\.$/, '');
  if (folded.length < 3) return null;
  const index = MONTH_STEMS.findIndex((stems) => stems.some((stem) => folded.startsWith(stem)));
  return index < 0 ? null : index + 1;
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** The date with this day and month nearest to the reference day (at most about six months away). */
export function nearestYear(day: number, month: number, referenceDay: CalendarDay): CalendarDay | null {
  const year = partsOf(referenceDay).year;
  let best: CalendarDay | null = null;
  for (const candidateYear of [year - 1, year, year + 1]) {
    const candidate = toDay(candidateYear, month, day);
    if (!candidate) continue;
    if (!best || Math.abs(daysBetween(referenceDay, candidate)) < Math.abs(daysBetween(referenceDay, best))) {
      best = candidate;
    }
  }
  return best;
}

/** Parts of a day written as text, before the year is known; null when it is not a date. */
export interface DayParts {
  day: number;
  month: number;
  /** Null for a year-less `07.12` / `7 дек`. */
  year: number | null;
}

const TIME_SUFFIX = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads the parts of a written date; null when the text has no date shape. */
export function dayPartsOf(input: string): DayParts | null {
  const text = squeezeSpaces(input)
    .replace(TIME_SUFFIX, '')
    .replace(/\s*(?:г\.?|года?)$/i, '')
    .trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?\.?$/.exec(text);
  if (match) {
    return { day: Number(match[1]), month: Number(match[2]), year: match[3] ? fullYear(match[3]) : null };
  }
  match = /^(\d{1,2})[\s-]+([\p{L}]+\.?)(?:[\s-]+(\d{4}|\d{2}))?$/u.exec(text);
  if (match) {
    const month = monthFromWord(match[2]);
    if (month) return { day: Number(match[1]), month, year: match[3] ? fullYear(match[3]) : null };
  }
  match = /^([\p{L}]+\.?)\s+(\d{1,2}),?(?:\s+(\d{4}))?$/u.exec(text);
  if (match) {
    const month = monthFromWord(match[1]);
    if (month) return { day: Number(match[2]), month, year: match[3] ? Number(match[3]) : null };
  }
  return null;
}

/** A day from an Excel/Sheets serial number (days since 1899-12-30). */
export function dayFromSerial(serial: number): CalendarDay | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return addDays(SERIAL_EPOCH, Math.floor(serial));
}

/** A calendar day, or null when the cell is empty. */
export function parseDay(value: CellValue, ctx: DateContext): Parsed<CalendarDay | null> {
  if (isBlank(value)) return ok(null);
  const raw = rawText(value);
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return fail('notDate', raw);
    return ok(dayInTimeZone(value, ctx.timeZone));
  }
  if (typeof value === 'number') {
    const day = dayFromSerial(value);
    return day ? ok(day) : fail('notDate', raw);
  }
  if (typeof value !== 'string') return fail('notDate', raw);
  const parts = dayPartsOf(value);
  if (!parts) return fail('notDate', raw);
  const day =
    parts.year === null
      ? nearestYear(parts.day, parts.month, ctx.referenceDay)
      : toDay(parts.year, parts.month, parts.day);
  return day ? ok(day) : fail('impossibleDate', raw);
}
