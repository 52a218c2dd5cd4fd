/** A1 notation: `B3`, `A1:C10`, `Sheet!A1:B2`, whole columns `A:C` and rows `2:5`. */

export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetter(col: number): string {
  let letters = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Of(rect: GridRect): string {
  const start = `${columnLetter(rect.col)}${rect.row}`;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnLetter(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
}

/** Splits `'Sheet name'!A1:B2` into the sheet name (or null) and the range part. */
export function splitSheet(notation: string): { sheet: string | null; range: string } {
  const bang = notation.lastIndexOf('!');
  if (bang < 0) return { sheet: null, range: notation };
  let sheet = notation.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: notation.slice(bang + 1) };
}

/**
 * The rectangle of an A1 range; open-ended columns and rows extend to the
 * sheet's maximum (`maxRows` × `maxCols`).
 */
export function parseA1(range: string, maxRows: number, maxCols: number): GridRect {
  const part = /^\$?([A-Za-z]*)\$?(\d*)$/;
  const [from, to = from] = range.trim().split(':');
  const a = part.exec(from);
  const b = part.exec(to);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) throw new Error(`Range not found`);
  const col1 = a[1] ? columnNumber(a[1]) : 1;
  const col2 = b[1] ? columnNumber(b[1]) : maxCols;
  const row1 = a[2] ? Number(a[2]) : 1;
  const row2 = b[2] ? Number(b[2]) : maxRows;
  if (row1 < 1 || row2 < 1 || col1 < 1 || col2 < 1) throw new Error(`Range not found`);
  return {
    row: Math.min(row1, row2),
    col: Math.min(col1, col2),
    numRows: Math.abs(row2 - row1) + 1,
    numCols: Math.abs(col2 - col1) + 1,
  };
}
