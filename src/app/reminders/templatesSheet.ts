import { OWNED_SHEETS } from '../../core/ownedSheets';
import { readTemplates, templateSheetRows, type EmailTemplate } from '../../core/reminders/templates';
import type { AppEnv } from '../ports';

/** Writes the default templates when the run's list of sheets lacks them; true when it created them. */
export function ensureTemplatesSheet(env: Pick<AppEnv, 'workbook'>, sheetNames: Set<string>): boolean {
  if (sheetNames.has(OWNED_SHEETS.templates)) return false;
  const rows = templateSheetRows();
  env.workbook.replaceSheet(OWNED_SHEETS.templates, {
    blocks: [
      {
        row: 1,
        col: 1,
        block: {
          values: rows,
          fontWeights: rows.map((_, i) => rows[0].map(() => (i === 0 ? 'bold' : 'normal'))),
        },
      },
    ],
    frozenRows: 1,
    columnWidths: [
      { col: 1, count: 2, width: 120 },
      { col: 3, count: 3, width: 360 },
    ],
  });
  sheetNames.add(OWNED_SHEETS.templates);
  return true;
}

/** The templates as the user left them, in one read; defaults fill any gap. */
export function loadTemplates(env: Pick<AppEnv, 'workbook'>): Map<string, EmailTemplate> {
  return readTemplates(env.workbook.readSheet(OWNED_SHEETS.templates, ['values'])?.values ?? null);
}
