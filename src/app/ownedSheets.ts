/**
 * The add-on's output sheets (`Дебиторка`, `Сводка загрузки`) are rewritten only when
 * they are the add-on's: marked with developer metadata `accountDesk.ownedSheet` on the
 * sheet, or — the first time, for sheets written before markers (0.9, or restored from
 * the local runtime's snapshot) — empty or titled as the add-on titles them (digits and
 * punctuation aside, in either language). A sheet of that name that holds anything else
 * is the user's: it is not touched, and the run says so.
 */
import { t, type MessageKey } from '../core/i18n';
import type { Lang } from '../core/types';
import type { AppEnv, OwnedSheetContent } from './ports';
import type { WorkbookSnapshot } from './readWorkbook';

export const OWNED_SHEET_KEY = 'accountDesk.ownedSheet';

/** A title without what changes from run to run (dates, numbers) or between spellings. */
function titleShape(text: string): string {
  return text.replace(/[\d\s.,:/-]+/g, '').toLowerCase();
}

/**
 * Rewrites `name` with `content` when the sheet is missing or the add-on's; `titleKey` is
 * the message of the sheet's title cell (its placeholders are left empty to compare).
 * Returns the warning when the sheet is the user's (nothing written), else null.
 */
export function replaceOwnedSheet(
  env: Pick<AppEnv, 'workbook'>,
  snapshot: Pick<WorkbookSnapshot, 'sheetNames'>,
  name: string,
  content: OwnedSheetContent,
  titleKey: MessageKey,
  lang: Lang,
): string | null {
  const titles = (['ru', 'en'] as const).map((language) => t(language, titleKey, { day: '', date: '' }));
  const { workbook } = env;
  const exists = snapshot.sheetNames.has(name);
  const marked = exists && workbook.sheetMarker(name, OWNED_SHEET_KEY) !== null;
  if (exists && !marked) {
    const grid = workbook.readSheet(name, ['display']);
    const cells = (grid?.display ?? []).flat().filter((text) => text.trim() !== '');
    const shapes = titles.map(titleShape);
    if (cells.length > 0 && !shapes.includes(titleShape(cells[0]))) {
      return t(lang, 'owned.warning.userSheet', { sheet: name });
    }
  }
  workbook.replaceSheet(name, content);
  snapshot.sheetNames.add(name);
  if (!marked) workbook.markSheet(name, OWNED_SHEET_KEY, name);
  return null;
}
