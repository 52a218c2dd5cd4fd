/**
 * Recalculates the documents register from an already-read workbook: fills
 * the add-on's four columns at the right of the user's table (one
 * `writeBlock` per run of adjacent owned columns, plus one for the headers
 * of columns it creates) and rewrites `Дебиторка` with one `replaceSheet`.
 * No other cell of the user's sheet is written.
 */
import { describeSheetProblem } from '../core/sheetProblems';
import { counted, t } from '../core/i18n';
import { nextReminderDay } from '../core/documents/nextReminder';
import { ownedCells, type OwnedCell, type OwnedColumn } from '../core/documents/ownedColumns';
import { computeReceivables } from '../core/documents/receivables';
import { buildReceivablesSheet } from '../core/documents/receivablesSheet';
import { documentRules } from '../core/documents/state';
import { summarizeDocuments } from '../core/documents/summary';
import type { DocumentState, DocumentSummary, Receivables } from '../core/documents/types';
import { OWNED_SHEETS } from '../core/ownedSheets';
import type { Lang } from '../core/types';
import type { RunContext } from './context';
import { documentStatesOf, reminderRulesOf, type DocumentsView } from './documentStates';
import { planOwnedColumns, writeOwnedColumns } from './ownedColumns';
import { replaceOwnedSheet } from './ownedSheets';
import type { AppEnv } from './ports';
import type { WorkbookSnapshot } from './readWorkbook';

export interface DocumentsRecalculation {
  /** Empty when the workbook has no documents register. */
  states: DocumentState[];
  receivables: Receivables | null;
  summary: DocumentSummary;
  /** False when there is no documents register: nothing was written. */
  written: boolean;
  /** One line for the toast. */
  line: string;
  problems: number;
}

function writeDocumentColumns(
  env: Pick<AppEnv, 'workbook'>,
  snapshot: WorkbookSnapshot,
  view: DocumentsView,
  ctx: RunContext,
): string[] {
  const { mapping, grid, states } = view;
  const { lang } = ctx;
  const plan = planOwnedColumns(env.workbook, snapshot, mapping, grid, lang);
  const rules = reminderRulesOf(ctx.settings, snapshot.calendar);
  const cellsByRow = new Map<number, Record<OwnedColumn, OwnedCell>>();
  for (const state of states) {
    cellsByRow.set(state.row, ownedCells(state, nextReminderDay(state, ctx.today, rules), rules, lang));
  }
  writeOwnedColumns(env.workbook, mapping, grid, plan, cellsByRow, lang);
  return plan.notWritten;
}

function summaryLine(lang: Lang, documents: number, problems: number): string {
  return t(lang, 'documents.recalculated', {
    documents: counted(lang, 'documents', documents),
    problems: counted(lang, 'problems', problems),
  });
}

export function recalculateDocuments(
  env: Pick<AppEnv, 'workbook'>,
  snapshot: WorkbookSnapshot,
  ctx: RunContext,
): DocumentsRecalculation {
  const { settings, lang, today } = ctx;
  const rules = documentRules(settings);
  const view = documentStatesOf(snapshot, ctx);
  const states = view?.states ?? [];
  const summary = summarizeDocuments(states, { today, rules, lang });
  if (!view) {
    return {
      states,
      receivables: null,
      summary,
      written: false,
      line: t(lang, 'documents.noRegister'),
      problems: 0,
    };
  }
  const warnings = writeDocumentColumns(env, snapshot, view, ctx);
  const receivables = computeReceivables(
    states,
    { today, targetPct: settings.documents.receivablesTargetPct },
    t(lang, 'receivables.noManager'),
  );
  const sheetWarning = replaceOwnedSheet(
    env,
    snapshot,
    OWNED_SHEETS.receivables,
    buildReceivablesSheet(receivables, lang),
    'receivables.title',
    lang,
  );
  if (sheetWarning) warnings.push(sheetWarning);
  // The directory's unreadable cells are said where the documents' are: the rest of the run uses it.
  warnings.push(...snapshot.directory.problems.map((problem) => describeSheetProblem(problem, lang)));
  const problems = states.reduce((sum, state) => sum + state.problems.length, 0);
  return {
    states,
    receivables,
    summary,
    written: true,
    line: [summaryLine(lang, states.length, problems), ...warnings].join('\n'),
    problems,
  };
}
