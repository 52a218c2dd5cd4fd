/**
 * Google Sheets' size limits, which every write of the add-on stays within:
 * "Up to 10 million cells or 18,278 columns (column ZZZ)" per spreadsheet and
 * "up to 50,000 characters" per cell — https://support.google.com/drive/answer/37603
 */
export const MAX_SPREADSHEET_CELLS = 10_000_000;
export const MAX_SHEET_COLUMNS = 18_278;
export const MAX_CELL_CHARACTERS = 50_000;
/** A sheet made by insertSheet has 1000 rows × 26 columns. */
export const NEW_SHEET_CELLS = 1000 * 26;

/** An owned cell's text is cut here, so with the ellipsis it stays under the cell limit. */
export const SAFE_CELL_CHARACTERS = 49_000;

/**
 * Text that fits one cell: longer text is cut with an ellipsis, never in the middle
 * of a surrogate pair (half an emoji would be an invalid string).
 */
export function fitCellText(text: string): string {
  if (text.length <= SAFE_CELL_CHARACTERS) return text;
  let end = SAFE_CELL_CHARACTERS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
