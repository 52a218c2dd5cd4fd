/**
 * A problem in a cell of an optional register (`Календарь`, `Клиенты`): where
 * it is and what to say, as plain data, so the summary sheets, the toast and
 * the command line all tell it the same way. The row is left out; the rest of
 * the run is unaffected.
 */
import type { CellProblem } from './cells';
import { t, type MessageKey, type MessageParams } from './i18n';
import type { Lang } from './types';

export interface SheetProblem {
  /** `Клиенты!C4`. */
  address: string;
  key: MessageKey;
  params: MessageParams;
}

export function cellSheetProblem(address: string, problem: CellProblem): SheetProblem {
  return { address, key: `cells.${problem.code}`, params: { raw: problem.raw } };
}

/** `Клиенты!C4: «ivanov@» — не адрес электронной почты`. */
export function describeSheetProblem(problem: SheetProblem, lang: Lang): string {
  return `${problem.address}: ${t(lang, problem.key, problem.params)}`;
}
