/**
 * Recalculates the team load from an already-read workbook and rewrites the
 * owned sheet `Сводка загрузки` with one `replaceSheet` call. The user's load
 * sheet is only read, never written.
 */
import { counted, t } from '../core/i18n';
import { computeLoad } from '../core/load/compute';
import { readLoadInput } from '../core/load/read';
import { buildSummarySheet } from '../core/load/sheet';
import type { LoadSummary } from '../core/load/types';
import { OWNED_SHEETS } from '../core/ownedSheets';
import type { RunContext } from './context';
import type { AppEnv } from './ports';
import type { WorkbookSnapshot } from './readWorkbook';
import { replaceOwnedSheet } from './ownedSheets';

export interface LoadRecalculation {
  summary: LoadSummary;
  /** False when the workbook has no load register: the summary sheet is then left alone. */
  written: boolean;
  /** One line for the toast: `Пересчитано: 12 сотрудников × 8 недель, 1 проблема в данных`. */
  line: string;
  problems: number;
}

/** The summary of the workbook's load without writing anything (for the dashboard and digests). */
export function loadSummaryOf(
  snapshot: WorkbookSnapshot,
  ctx: Pick<RunContext, 'settings'>,
): LoadSummary & { hasActuals: boolean; hasLoadRegister: boolean } {
  const limits = ctx.settings.load;
  const input = readLoadInput(snapshot, limits);
  return {
    ...computeLoad(input, limits),
    hasActuals: input.hasActuals,
    hasLoadRegister: input.hasLoadRegister,
  };
}

export function recalculateLoad(
  env: Pick<AppEnv, 'workbook'>,
  snapshot: WorkbookSnapshot,
  ctx: RunContext,
): LoadRecalculation {
  const { lang, settings } = ctx;
  const { hasActuals, hasLoadRegister, ...summary } = loadSummaryOf(snapshot, ctx);
  if (!hasLoadRegister) {
    return { summary, written: false, line: t(lang, 'load.summary.noRegister'), problems: 0 };
  }
  const sheet = buildSummarySheet(summary, {
    today: ctx.today,
    lang,
    limits: settings.load,
    hasActuals,
  });
  const sheetWarning = replaceOwnedSheet(
    env,
    snapshot,
    OWNED_SHEETS.loadSummary,
    sheet,
    'load.sheet.title',
    lang,
  );
  const problems = summary.problems.length;
  const line = t(lang, 'load.summary', {
    people: counted(lang, 'people', summary.people.length),
    weeks: counted(lang, 'weeks', summary.weeks.length),
    problems: counted(lang, 'dataProblems', problems),
  });
  return {
    summary,
    written: sheetWarning === null,
    line: sheetWarning ? `${line}\n${sheetWarning}` : line,
    problems,
  };
}
