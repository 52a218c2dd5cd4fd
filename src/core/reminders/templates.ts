/**
 * Email templates: the rows of the owned sheet `Шаблоны писем` (key, language,
 * subject, body, html), their polite defaults, and rendering with escaping.
 */
import { t, type MessageKey } from '../i18n';
import type { CellValue, Lang } from '../types';
import { escapeHtml } from './escapeHtml';
import type { ItemsBlock } from './sections';

export const TEMPLATE_KEYS = [
  'client.predue',
  'client.overdue',
  'stop',
  'renewal',
  'digest.am',
  'digest.load',
  'digest.accounting',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const PLACEHOLDERS = ['client', 'number', 'amount', 'due_date', 'days', 'manager', 'items'] as const;

export interface EmailTemplate {
  key: string;
  lang: Lang;
  subject: string;
  body: string;
  /** Optional HTML body; when empty, the HTML is the escaped plain body. */
  html: string;
}

export const TEMPLATE_HEADER = ['key', 'language', 'subject', 'body', 'html'];

function defaultTemplate(key: TemplateKey, lang: Lang): EmailTemplate {
  const text = (part: 'subject' | 'body' | 'html') => t(lang, `template.${key}.${part}` as MessageKey);
  return { key, lang, subject: text('subject'), body: text('body'), html: text('html') };
}

export function defaultTemplates(): EmailTemplate[] {
  const langs: Lang[] = ['ru', 'en'];
  return langs.flatMap((lang) => TEMPLATE_KEYS.map((key) => defaultTemplate(key, lang)));
}

/** The rows written when the templates sheet is created. */
export function templateSheetRows(): CellValue[][] {
  return [
    TEMPLATE_HEADER,
    ...defaultTemplates().map((tpl) => [tpl.key, tpl.lang, tpl.subject, tpl.body, tpl.html]),
  ];
}

/**
 * Templates from the sheet's values (header row first). A template the user
 * deleted falls back to its default, so a run never lacks one.
 */
export function readTemplates(values: readonly CellValue[][] | null): Map<string, EmailTemplate> {
  const result = new Map<string, EmailTemplate>();
  for (const tpl of defaultTemplates()) result.set(`${tpl.key}/${tpl.lang}`, tpl);
  for (const row of (values ?? []).slice(1)) {
    const key = String(row[0] ?? '').trim();
    const lang = String(row[1] ?? '')
      .trim()
      .toLowerCase();
    if (!key || (lang !== 'ru' && lang !== 'en')) continue;
    const subject = String(row[2] ?? '');
    const body = String(row[3] ?? '');
    if (!subject.trim() && !body.trim()) continue;
    result.set(`${key}/${lang}`, { key, lang, subject, body, html: String(row[4] ?? '') });
  }
  return result;
}

export function findTemplate(
  templates: Map<string, EmailTemplate>,
  key: string,
  lang: Lang,
): EmailTemplate | undefined {
  return templates.get(`${key}/${lang}`) ?? templates.get(`${key}/ru`);
}

export interface Rendered {
  subject: string;
  body: string;
  htmlBody: string;
  /** Placeholders the template uses that the add-on does not know, e.g. `{clinet}`. */
  unknown: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

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

export function renderTemplate(
  template: EmailTemplate,
  values: Record<string, string>,
  items: readonly string[] | ItemsBlock,
): Rendered {
  // A digest in sections brings its `{items}` rendered; a flat list becomes `•` lines and a `<ul>`.
  const block = 'plain' in items ? items : null;
  const list = block ? [] : (items as readonly string[]);
  const plainItems = block ? block.plain : list.map((item) => `• ${item}`).join('\n');
  const plain = (name: string) => (name === 'items' ? plainItems : values[name]);
  const body = fill(template.body, plain);
  let htmlBody: string;
  if (template.html.trim()) {
    const htmlItems = block
      ? block.html
      : `<ul>${list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    htmlBody = fill(template.html, (name) =>
      name === 'items' ? htmlItems : values[name] === undefined ? undefined : escapeHtml(values[name]),
    );
  } else {
    htmlBody = escapeHtml(body).replace(/\r?\n/g, '<br>\n');
  }
  return {
    subject: fill(template.subject, plain),
    body,
    htmlBody,
    unknown: unknownPlaceholders(template.subject, template.body, template.html),
  };
}
