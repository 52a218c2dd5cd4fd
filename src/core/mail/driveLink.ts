/**
 * The Drive file an invoice link points to, so the Gmail build can attach it as a PDF. Only
 * Google's own addresses count (drive.google.com, docs.google.com): any other link stays a link.
 */

/** Drive ids are URL-safe base64-ish: letters, digits, `-` and `_`, and never short. */
const ID = '([A-Za-z0-9_-]{10,})';

const PATTERNS = [
  new RegExp(`^/file/d/${ID}(?:[/?#]|$)`),
  new RegExp(`^/(?:document|spreadsheets|presentation|drawings)/d/${ID}(?:[/?#]|$)`),
  new RegExp(`^/(?:document|spreadsheets|presentation)/u/\\d+/d/${ID}(?:[/?#]|$)`),
];

const HOSTS = new Set(['drive.google.com', 'docs.google.com']);

/** The file id of a Drive or Docs link, or null for any other text. */
export function driveFileId(link: string | null | undefined): string | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!HOSTS.has(url.hostname.toLowerCase())) return null;
  for (const pattern of PATTERNS) {
    const match = pattern.exec(url.pathname);
    if (match) return match[1];
  }
  // drive.google.com/open?id=ID and …/uc?id=ID&export=download
  const id = url.searchParams.get('id');
  if (id && new RegExp(`^${ID}$`).test(id) && /^\/(?:open|uc|file\/view)?\/?$/.test(url.pathname)) return id;
  return null;
}
