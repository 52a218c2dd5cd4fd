/**
 * One cached answer over several CacheService entries. Google keeps at most 100 KB per value and
 * 250 characters per key (https://developers.google.com/apps-script/reference/cache/cache), and a
 * form's options at a large agency are several times that. The value is cut into pieces that fit,
 * written with one `putAll` and read back with one `getAll` under `<key>#0`, `<key>#1`, …
 * Every piece starts with the same tag of the whole value — how many pieces, its length and a
 * fingerprint — so a set that is partial (a piece evicted or expired first), mixed from two
 * writes, or altered reads as a miss, never as a wrong answer.
 * Google names no limit on a `putAll`'s item count or on a cache's total size, only a cap of
 * 1,000 items; an answer is kept in `MAX_PIECES` at most (2.4 MB), else not at all.
 */
import { fingerprint } from '../core/fingerprint';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const MAX_PIECES = 24;

const TAG_END = '|';

/** The key of every piece an answer under `key` may have: one `getAll` asks for all of them. */
export function pieceKeys(key: string): string[] {
  return Array.from({ length: MAX_PIECES }, (_, i) => `${key}#${i}`);
}

function tagOf(count: number, value: string): string {
  return `${count}.${value.length}.${fingerprint(value)}${TAG_END}`;
}

/** Cuts at code points (never inside a surrogate pair), each piece at most `budget` bytes of UTF-8. */
function cut(value: string, budget: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < value.length;) {
    const code = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const width = pair ? 2 : 1;
    // As utf8Bytes counts: a lone surrogate is 3 bytes, as U+FFFD would be.
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > budget) {
      pieces.push(value.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += width;
  }
  pieces.push(value.slice(start));
  return pieces;
}

/** The entries to `putAll` for `value` under `key`, or null when it cannot be kept (too long a key, too many pieces). */
export function piecesOf(key: string, value: string): Record<string, string> | null {
  const keys = pieceKeys(key);
  if (keys[keys.length - 1].length > CACHE_KEY_LIMIT) return null;
  // The tag is ASCII and at most this long: `24.<length>.<fingerprint>|`.
  const budget = CACHE_VALUE_LIMIT_BYTES - tagOf(MAX_PIECES, value).length;
  const pieces = cut(value, budget);
  if (pieces.length > MAX_PIECES) return null;
  const tag = tagOf(pieces.length, value);
  return Object.fromEntries(pieces.map((piece, i) => [keys[i], tag + piece]));
}

/** The value the pieces found by `getAll` hold together, or null when they are not one whole set. */
export function valueOf(key: string, found: Readonly<Record<string, unknown>>): string | null {
  const keys = pieceKeys(key);
  const first = found[keys[0]];
  if (typeof first !== 'string') return null;
  const tagLength = first.indexOf(TAG_END) + 1;
  const tag = first.slice(0, tagLength);
  const count = Number(tag.split('.')[0]);
  if (tagLength === 0 || !Number.isInteger(count) || count < 1 || count > MAX_PIECES) return null;
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const piece = found[keys[i]];
    if (typeof piece !== 'string' || !piece.startsWith(tag)) return null;
    parts.push(piece.slice(tagLength));
  }
  const value = parts.join('');
  return tagOf(count, value) === tag ? value : null;
}
