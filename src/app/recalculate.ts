/**
 * The Recalculate use case (menu, and part of the daily run): reads the
 * workbook once, recalculates every feature from that one snapshot and
 * tells the user what was done in one toast line.
 */
import { t } from '../core/i18n';
import type { Settings } from '../core/settings';
import type { Lang } from '../core/types';
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

export function recalculate(env: AppEnv, settings: Settings, lang: Lang): RecalculateReport {
  const snapshot = readWorkbook(env, settings);
  const lines: string[] = [];
  let problems = 0;

  const load = recalculateLoad(env, snapshot, settings, lang);
  lines.push(load.line);
  problems += load.problems;

  const documents = recalculateDocuments(env, snapshot, settings, lang);
  lines.push(documents.line);
  problems += documents.problems;

  env.workbook.toast(lines.join('\n'), t(lang, 'app.name'));
  return { lines, problems, snapshot, load, documents };
}
