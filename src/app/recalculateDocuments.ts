/**
 * Recalculates the documents register from an already-read workbook: fills
 * the add-on's four columns at the right of the user's table (one
 * `writeBlock` per run of adjacent owned columns, plus one for the headers
 * of columns it creates) and rewrites `Дебиторка` with one `replaceSheet`.
 * No other cell of the user's sheet is written.
 */
import { t } from '../core/i18n';
import { pluralRu } from '../core/i18n/plural';
import { managerDirectory, teamMembersOf } from '../core/documents/managers';
import { nextReminderDay, type ReminderRules } from '../core/documents/nextReminder';
import { ownedCells, type OwnedCell, type OwnedColumn } from '../core/documents/ownedColumns';
import { readDocuments } from '../core/documents/read';
import { computeReceivables } from '../core/documents/receivables';
import { buildReceivablesSheet } from '../core/documents/receivablesSheet';
import { documentRules, evaluateDocuments } from '../core/documents/state';
import { summarizeDocuments } from '../core/documents/summary';
import type { DocumentState, DocumentSummary, Receivables } from '../core/documents/types';
import { OWNED_SHEETS } from '../core/ownedSheets';
import type { RegisterMapping } from '../core/registers/types';
import type { Settings } from '../core/settings';
import type { Grid, Lang } from '../core/types';
import { planOwnedColumns, writeOwnedColumns } from './ownedColumns';
import { replaceOwnedSheet } from './ownedSheets';
import type { AppEnv } from './ports';
import type { WorkbookSnapshot } from './readWorkbook';

export interface DocumentsView {
  mapping: RegisterMapping<'documents'>;
  grid: Grid;
  states: DocumentState[];
}

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

export function reminderRulesOf(settings: Settings): ReminderRules {
  return { ...documentRules(settings), sendOnWeekends: settings.reminders.sendOnWeekends };
}

/** The documents register's states without writing anything (dashboard, reminders, forms). */
export function documentStatesOf(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  lang: Lang,
): DocumentsView | null {
  const mapping = snapshot.registers.find((register) => register.kind === 'documents') as
    RegisterMapping<'documents'> | undefined;
  const grid = mapping && snapshot.grids.get(mapping.sheet);
  if (!mapping || !grid) return null;
  const managers = managerDirectory(teamMembersOf(snapshot.grids, snapshot.registers));
  const records = readDocuments(grid, mapping, {
    timeZone: snapshot.timeZone,
    today: snapshot.today,
    managers,
  });
  const states = evaluateDocuments(records, { today: snapshot.today, rules: documentRules(settings), lang });
  return { mapping, grid, states };
}

function writeDocumentColumns(
  env: Pick<AppEnv, 'workbook'>,
  snapshot: WorkbookSnapshot,
  view: DocumentsView,
  settings: Settings,
  lang: Lang,
): string[] {
  const { mapping, grid, states } = view;
  const plan = planOwnedColumns(env.workbook, snapshot, mapping, grid, lang);
  const rules = reminderRulesOf(settings);
  const cellsByRow = new Map<number, Record<OwnedColumn, OwnedCell>>();
  for (const state of states) {
    cellsByRow.set(state.row, ownedCells(state, nextReminderDay(state, snapshot.today, rules), rules, lang));
  }
  writeOwnedColumns(env.workbook, mapping, grid, plan, cellsByRow, lang);
  return plan.notWritten;
}

function summaryLine(lang: Lang, documents: number, problems: number): string {
  if (lang === 'ru') {
    return t(lang, 'documents.recalculated', {
      documents,
      documentsWord: pluralRu(documents, 'документ', 'документа', 'документов'),
      problems,
      problemsWord: pluralRu(problems, 'проблема', 'проблемы', 'проблем'),
    });
  }
  return t(lang, 'documents.recalculated', {
    documents,
    documentsWord: documents === 1 ? 'document' : 'documents',
    problems,
    problemsWord: problems === 1 ? 'problem' : 'problems',
  });
}

export function recalculateDocuments(
  env: Pick<AppEnv, 'workbook'>,
  snapshot: WorkbookSnapshot,
  settings: Settings,
  lang: Lang,
): DocumentsRecalculation {
  const rules = documentRules(settings);
  const view = documentStatesOf(snapshot, settings, lang);
  const states = view?.states ?? [];
  const summary = summarizeDocuments(states, { today: snapshot.today, rules, lang });
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
  const warnings = writeDocumentColumns(env, snapshot, view, settings, lang);
  const receivables = computeReceivables(
    states,
    { today: snapshot.today, targetPct: settings.documents.receivablesTargetPct },
    t(lang, 'receivables.noManager'),
  );
  const sheetWarning = replaceOwnedSheet(
    env,
    OWNED_SHEETS.receivables,
    buildReceivablesSheet(receivables, lang),
    'receivables.title',
    lang,
  );
  if (sheetWarning) warnings.push(sheetWarning);
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
