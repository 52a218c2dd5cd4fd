/**
 * What parsing a cell returns: a value, or a precise problem the user can see
 * and fix. Parsers never throw and never guess.
 */
import * as cellTexts from '../i18n/messages/cells';
import { translator } from '../i18n/translate';
import type { CellValue, Lang } from '../types';
import { isDate } from '../types';

export type CellProblemCode =
  | 'notNumber'
  | 'notDate'
  | 'impossibleDate'
  | 'notMoney'
  | 'moneyPrecision'
  | 'notPercent'
  | 'negativeLoad'
  | 'noWeeklyHours'
  | 'badEmail'
  | 'notBoolean';

export interface CellProblem {
  code: CellProblemCode;
  /** The offending text as the user wrote it (one address for `badEmail`). */
  raw: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T>(code: CellProblemCode, raw: string): Parsed<T> {
  return { ok: false, problem: { code, raw } };
}

/** A cell value as text for a problem report. */
export function rawText(value: CellValue): string {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return String(value).trim();
}

/** A cell is empty when it holds `''` or only whitespace. */
export function isBlank(value: CellValue): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/**
 * Only the cells catalog: the parsers also run in sidebars, which must not
 * carry every feature's text. Pure, so a page that never describes a problem
 * drops even this one.
 */
const t = /* @__PURE__ */ translator([cellTexts]);

/** ru `«двадцать» — не число`; en `"twenty" is not a number`. */
export function describeProblem(problem: CellProblem, lang: Lang): string {
  return t(lang, `cells.${problem.code}`, { raw: problem.raw });
}
