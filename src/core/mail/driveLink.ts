/**
 * The Drive file an invoice link points to, so the Gmail build can attach it as a PDF. Only
 * Google's own addresses count (drive.google.com, docs.google.com): any other link stays a link.
 * Parsed by hand: Apps Script's runtime has no `URL` class.
 */

/** Drive ids are URL-safe base64-ish: letters, digits, `-` and `_`, and never short. */
const ID = '([A-Za-z0-9_-]{10,})';

/** scheme, host, path, query — the parts of an http(s) address this needs. */
const ADDRESS = /^https?:\/\/([^/?#:@]+)(?::\d+)?(\/[^?#]*)?(?:\?([^#]*))?(?:#.*)?$/i;

const PATHS = [
  new RegExp(`^/file/d/${ID}(?:/|$)`),
  new RegExp(`^/(?:document|spreadsheets|presentation|drawings)/d/${ID}(?:/|$)`),
  new RegExp(`^/(?:document|spreadsheets|presentation)/u/\\d+/d/${ID}(?:/|$)`),
];

const HOSTS = new Set(['drive.google.com', 'docs.google.com']);

/** The file id of a Drive or Docs link, or null for any other text. */
export function driveFileId(link: string | null | undefined): string | null {
  const match = ADDRESS.exec((link ?? '').trim());
  if (!match) return null;
  const [, host, path = '/', query = ''] = match;
  if (!HOSTS.has(host.toLowerCase())) return null;
  for (const pattern of PATHS) {
    const found = pattern.exec(path);
    if (found) return found[1];
  }
  // drive.google.com/open?id=ID and …/uc?id=ID&export=download
  if (!/^\/(?:open|uc)?\/?$/.test(path)) return null;
  const id = /(?:^|&)id=([A-Za-z0-9_-]{10,})(?:&|$)/.exec(query);
  return id ? id[1] : null;
}
