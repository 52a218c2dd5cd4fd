/** Load problems as sentences, each led by the cell it is about. */
import { describeProblem } from '../cells';
import { t } from '../i18n';
import type { Lang } from '../types';
import type { LoadProblem } from './types';

/** Where the problem is (`Загрузка!F11`), or `''` when it concerns the whole workbook. */
export function problemAddress(problem: LoadProblem): string {
  return problem.kind === 'noLoadRegister' ? '' : problem.address;
}

/** What is wrong, without the address: `«двадцать» — не число`. */
export function problemText(problem: LoadProblem, lang: Lang): string {
  switch (problem.kind) {
    case 'cell':
      return describeProblem(problem.problem, lang);
    case 'unknownPerson':
      return t(lang, 'load.problem.unknownPerson', { person: problem.person, hours: problem.weeklyHours });
    case 'noPerson':
      return t(lang, 'load.problem.noPerson');
    case 'unknownRole':
      return problem.role === ''
        ? t(lang, 'load.problem.placeholderNoRole')
        : t(lang, 'load.problem.unknownRole', { role: problem.role });
    case 'duplicateWeek':
      return t(lang, 'load.problem.duplicateWeek', {
        header: problem.header,
        first: problem.first,
        firstCell: problem.firstAddress,
      });
    case 'noLoadRegister':
      return t(lang, 'load.problem.noLoadRegister');
    case 'sheet':
      return t(lang, problem.key, problem.params);
  }
}

/** `Загрузка!F11: «двадцать» — не число`. */
export function describeLoadProblem(problem: LoadProblem, lang: Lang): string {
  const address = problemAddress(problem);
  const text = problemText(problem, lang);
  return address ? `${address}: ${text}` : text;
}
