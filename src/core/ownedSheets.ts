/**
 * Sheets the add-on owns and rewrites. Their names are fixed (not translated)
 * so a spreadsheet keeps working when a user switches the language; register
 * detection never reads them as the user's tables.
 */
export const OWNED_SHEETS = {
  loadSummary: 'Сводка загрузки',
  receivables: 'Дебиторка',
  log: 'Журнал',
  /** Log rows past the working set, moved here once a month; no run reads it. */
  logArchive: 'Журнал — архив',
  templates: 'Шаблоны писем',
  team: 'Команда',
} as const;

/** The team register is the user's once created; only the output sheets are skipped by detection. */
export const OUTPUT_SHEET_NAMES: readonly string[] = [
  OWNED_SHEETS.loadSummary,
  OWNED_SHEETS.receivables,
  OWNED_SHEETS.log,
  OWNED_SHEETS.logArchive,
  OWNED_SHEETS.templates,
];
