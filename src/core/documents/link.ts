/**
 * The `Ссылка`/`Link` cell of a document: a Drive or any web address that goes
 * with the item in the client's email. Only http(s) addresses are links; any
 * other text (a file path, `javascript:`, a name) is a data problem, so nothing
 * a client could not open, or should not, ever reaches an email.
 */
import { squeezeSpaces } from '../cells/text';

export type LinkCell = { ok: true; url: string | null } | { ok: false; raw: string };

const HTTP_URL = /^https?:\/\/[^\s/?#<>"'`\\]+(?:[/?#][^\s<>"'`\\]*)?$/i;

export function parseLink(text: string): LinkCell {
  const trimmed = squeezeSpaces(text);
  if (trimmed === '') return { ok: true, url: null };
  return HTTP_URL.test(trimmed) ? { ok: true, url: trimmed } : { ok: false, raw: trimmed };
}
