/** Small text helpers shared by the cell parsers and register detection. */

/**
 * Every space-like character Sheets users type or paste as a separator:
 * space, no-break space, narrow no-break space, thin space, figure space.
 */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

/** Trims and collapses every kind of space to one ordinary space. */
export function squeezeSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Removes every kind of space. */
export function stripSpaces(text: string): string {
  return text.replace(SPACES, '');
}

/** Lower case with `ё` as `е`: the form every vocabulary comparison uses. */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

/**
 * A header as detection compares it: lower case, `ё→е`, without spaces or
 * punctuation. `№`, `#` and `%` stay: they carry meaning (`№` is a number column).
 */
export function normalizeHeader(text: string): string {
  return foldCase(text).replace(/[^\p{L}\p{N}№#%]/gu, '');
}

/** 0-based row and column → `F11`. */
export function a1(row0: number, col0: number): string {
  let letters = '';
  let n = col0 + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row0 + 1}`;
}
