/**
 * The Recalculate use case (menu, forms, and part of the daily run): reads
 * the workbook once, recalculates every feature from that one snapshot and
 * tells the user what was done in one toast line.
 */
import { t } from '../core/i18n';
import type { RunContext } from './context';
import { RUN_WAIT_MS, withDocumentLock } from './lock';
import type { AppEnv } from './ports';
import { readWorkbook, type WorkbookSnapshot } from './readWorkbook';
import { recalculateDocuments, type DocumentsRecalculation } from './recalculateDocuments';
import { recalculateLoad, type LoadRecalculation } from './recalculateLoad';

export interface RecalculateReport {
  lines: string[];
  problems: number;
  /** What was computed, so the daily run plans its reminders without reading the workbook again. */
  snapshot: WorkbookSnapshot;
  load: LoadRecalculation;
  documents: DocumentsRecalculation;
}

/** Recalculates from a fresh read of the workbook; the caller holds the document lock. */
export function recalculate(env: AppEnv, ctx: RunContext): RecalculateReport {
  const snapshot = readWorkbook(env, ctx, { styles: true });
  const lines: string[] = [];
  let problems = 0;

  const load = recalculateLoad(env, snapshot, ctx);
  lines.push(load.line);
  problems += load.problems;

  const documents = recalculateDocuments(env, snapshot, ctx);
  lines.push(documents.line);
  problems += documents.problems;

  // A trigger run has nobody to show it to.
  if (ctx.mode !== 'trigger') env.workbook.toast(lines.join('\n'), t(ctx.lang, 'app.name'));
  return { lines, problems, snapshot, load, documents };
}

/** The menu's Recalculate: says it started, then waits for any trigger run rewriting the same sheets. */
export function recalculateNow(env: AppEnv, ctx: RunContext): RecalculateReport {
  env.workbook.toast(t(ctx.lang, 'recalculate.progress'), t(ctx.lang, 'app.name'));
  return withDocumentLock(env, { waitMs: RUN_WAIT_MS }, () => recalculate(env, ctx));
}
