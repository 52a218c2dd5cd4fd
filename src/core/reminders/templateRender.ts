/**
 * A template and its values into an email's subject, plain part and HTML part. The HTML part is
 * generated from the plain text — paragraphs at blank lines, line breaks, `{items}` as a list —
 * so both parts always say the same; every value and every typed character is escaped in it.
 */
import { escapeHtml } from './escapeHtml';
import type { ItemsBlock } from './sections';
import { PLACEHOLDERS, type EmailTemplate } from './templates';

export interface Rendered {
  subject: string;
  body: string;
  htmlBody: string;
  /** Placeholders the template uses that the add-on does not know, e.g. `{clinet}`. */
  unknown: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;
const ITEMS = '{items}';

function unknownPlaceholders(...texts: string[]): string[] {
  const known: readonly string[] = PLACEHOLDERS;
  const found = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(PLACEHOLDER)) if (!known.includes(match[1])) found.add(`{${match[1]}}`);
  return [...found];
}

/** One pass, so a value that itself looks like `{days}` is never substituted again. */
function fill(template: string, lookup: (name: string) => string | undefined): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => lookup(name) ?? whole);
}

/** A value inside HTML: escaped, its own line breaks (a signature's) kept as breaks. */
const htmlValue = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');

/** The HTML part of a plain body: `<p>` per paragraph, `<br>` per line, the items as `<ul>`. */
function htmlFromText(body: string, values: Record<string, string>, itemsHtml: string): string {
  const html: string[] = [];
  for (const paragraph of body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let lines: string[] = [];
    const flush = () => {
      const text = lines.filter((line) => line.trim() !== '').join('<br>');
      if (text) html.push(`<p>${text}</p>`);
      lines = [];
    };
    for (const line of paragraph.split('\n')) {
      const pieces = line.split(ITEMS);
      pieces.forEach((piece, index) => {
        if (index > 0) {
          flush();
          html.push(itemsHtml);
        }
        lines.push(
          fill(escapeHtml(piece), (name) =>
            values[name] === undefined ? undefined : htmlValue(values[name]),
          ),
        );
      });
    }
    flush();
  }
  return html.join('');
}

/** One line of `{items}`: its text, and the document's link when it has one. */
export interface ItemLine {
  text: string;
  /** An http(s) address (checked when the row was read). */
  link?: string | null;
  /** What the HTML link reads as; the address itself when not given. */
  linkText?: string;
}

function itemHtml({ text, link, linkText }: ItemLine): string {
  const linked = link ? ` — <a href="${escapeHtml(link)}">${escapeHtml(linkText ?? link)}</a>` : '';
  return `<li>${escapeHtml(text)}${linked}</li>`;
}

export function renderTemplate(
  template: EmailTemplate,
  values: Record<string, string>,
  items: readonly (string | ItemLine)[] | ItemsBlock,
): Rendered {
  // A digest in sections brings its `{items}` rendered; a flat list becomes `•` lines and a `<ul>`.
  const block = 'plain' in items ? items : null;
  const list = block
    ? []
    : (items as readonly (string | ItemLine)[]).map((item) =>
        typeof item === 'string' ? { text: item } : item,
      );
  // The plain part carries a link's address itself, on its own line, so any mail client can open it.
  const plainItems = block
    ? block.plain
    : list.map(({ text, link }) => (link ? `• ${text}\n  ${link}` : `• ${text}`)).join('\n');
  const plain = (name: string) => (name === 'items' ? plainItems : values[name]);
  const itemsHtml = block ? block.html : `<ul>${list.map(itemHtml).join('')}</ul>`;
  const htmlBody = template.html.trim()
    ? fill(template.html, (name) =>
        name === 'items' ? itemsHtml : values[name] === undefined ? undefined : htmlValue(values[name]),
      )
    : htmlFromText(template.body, values, itemsHtml);
  return {
    subject: fill(template.subject, plain),
    body: fill(template.body, plain),
    htmlBody,
    unknown: unknownPlaceholders(template.subject, template.body, template.html),
  };
}
