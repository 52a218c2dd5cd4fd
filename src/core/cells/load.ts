/** A load cell in percentage points (SPEC §2.2): 20 means 20 % of the person's week. */
import type { CellValue } from '../types';
import { decimalToNumber, parseDecimalText } from './decimal';
import { fail, isBlank, ok, rawText, type Parsed } from './problems';
import { foldCase, squeezeSpaces } from './text';

const HOURS_UNIT = /^(?:ч|час|часа|часов|h|hr|hrs|hour|hours)\.?$/;

/** Floating noise from `0.07 * 100` must not show up as 7.000000000000001 %. */
function tidy(points: number): number {
  return Math.round(points * 1e9) / 1e9;
}

/**
 * A percent-formatted number is a fraction (0.2 → 20); a plain number is
 * points (20 → 20); text `20%`, `20 %`, `20,5%` is percent; `8ч`, `8 ч`,
 * `8h`, `8 часов`, `8,5 ч` are hours of `weeklyHours`. Null when empty.
 */
export function parseLoadCell(
  value: CellValue,
  numberFormat: string,
  weeklyHours: number,
): Parsed<number | null> {
  if (isBlank(value)) return ok(null);
  const raw = rawText(value);
  let points: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('notPercent', raw);
    points = numberFormat.includes('%') ? tidy(value * 100) : value;
  } else if (typeof value === 'string') {
    const text = foldCase(squeezeSpaces(value));
    const match = /^([-\u2212+]?[\d\s.,]*\d[\d\s.,]*)\s*(%|[\p{L}.]+)?$/u.exec(text);
    const decimal = match ? parseDecimalText(match[1], false) : null;
    if (!match || !decimal) return fail('notPercent', raw);
    const amount = decimalToNumber(decimal);
    const unit = match[2];
    if (unit === undefined || unit === '%') {
      points = amount;
    } else if (HOURS_UNIT.test(unit)) {
      if (!(weeklyHours > 0)) return fail('noWeeklyHours', raw);
      points = tidy((amount / weeklyHours) * 100);
    } else {
      return fail('notPercent', raw);
    }
  } else {
    return fail('notPercent', raw);
  }
  if (points < 0) return fail('negativeLoad', raw);
  return ok(points);
}

/**
 * `parseLoadCell` for one read of a sheet: a load sheet repeats a few texts (`20%`, `8 ч`) in
 * thousands of cells, each parsed once per weekly hours (a text's number format does not matter).
 * Its answers are shared, never changed.
 */
export function loadCellParser(): typeof parseLoadCell {
  const parsedTexts = new Map<string, Parsed<number | null>>();
  return (value, numberFormat, weeklyHours) => {
    if (typeof value !== 'string') return parseLoadCell(value, numberFormat, weeklyHours);
    const key = `${weeklyHours}\u0000${value}`;
    let parsed = parsedTexts.get(key);
    if (!parsed) {
      parsed = parseLoadCell(value, numberFormat, weeklyHours);
      if (parsedTexts.size < 8192) parsedTexts.set(key, parsed);
    }
    return parsed;
  };
}
