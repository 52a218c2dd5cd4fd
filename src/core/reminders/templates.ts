/**
 * Email templates: the rows of the sheet `Шаблоны писем` (письмо, язык, тема, текст), their polite
 * defaults, and reading what the agency wrote there. One text per message is the source of truth:
 * the HTML part is generated from it (`templateRender.ts`), so editing the text changes what every
 * mail client shows.
 */
import { t, type MessageKey } from '../i18n';
import type { CellValue, Lang } from '../types';

export const TEMPLATE_KEYS = [
  'client.predue',
  'client.overdue',
  'client.escalation',
  'client.workPaused',
  'stop',
  'renewal',
  'digest.am',
  'digest.load',
  'digest.accounting',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const PLACEHOLDERS = [
  'client',
  'number',
  'amount',
  'due_date',
  'days',
  'manager',
  'signature',
  'total',
  'items',
] as const;

export interface EmailTemplate {
  key: string;
  lang: Lang;
  subject: string;
  body: string;
  /**
   * A hand-written HTML part kept from a sheet of the older layout (with its `html` column), when
   * that is where the agency's edit was; empty: the HTML part is generated from `body`.
   */
  html: string;
}

/** The header the add-on writes; Russian like the sheet's name (SPEC §4). */
export const TEMPLATE_HEADER = ['Письмо', 'Язык', 'Тема', 'Текст'];

/** Header words of each column, the older English layout included; compared case-insensitively. */
const COLUMN_HEADERS = {
  key: ['письмо', 'ключ', 'key'],
  lang: ['язык', 'language', 'lang'],
  subject: ['тема', 'subject'],
  body: ['текст', 'текст письма', 'body'],
  html: ['html'],
} as const;
type Column = keyof typeof COLUMN_HEADERS;

function defaultTemplate(key: TemplateKey, lang: Lang): EmailTemplate {
  const text = (part: 'subject' | 'body') => t(lang, `template.${key}.${part}` as MessageKey);
  return { key, lang, subject: text('subject'), body: text('body'), html: '' };
}

export function defaultTemplates(): EmailTemplate[] {
  const langs: Lang[] = ['ru', 'en'];
  return langs.flatMap((lang) => TEMPLATE_KEYS.map((key) => defaultTemplate(key, lang)));
}

/** The rows written when the templates sheet is created. */
export function templateSheetRows(): CellValue[][] {
  return [TEMPLATE_HEADER, ...defaultTemplates().map((tpl) => [tpl.key, tpl.lang, tpl.subject, tpl.body])];
}

/** Where each column is: by its header, else the positions the add-on has always written. */
function columnsOf(header: readonly CellValue[] | undefined): Record<Column, number | undefined> {
  const words = (header ?? []).map((cell) =>
    String(cell ?? '')
      .trim()
      .toLowerCase(),
  );
  const find = (column: Column) => {
    const index = words.findIndex((word) => (COLUMN_HEADERS[column] as readonly string[]).includes(word));
    return index < 0 ? undefined : index;
  };
  const found = {
    key: find('key'),
    lang: find('lang'),
    subject: find('subject'),
    body: find('body'),
    html: find('html'),
  };
  if (found.key !== undefined && found.subject !== undefined && found.body !== undefined) return found;
  return { key: 0, lang: 1, subject: 2, body: 3, html: words.length > 4 ? 4 : undefined };
}

/** The words of an HTML part, paragraphs as blank lines, placeholders kept. */
export function htmlToText(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\s*\{items\}\s*/g, '</p>{items}<p>')
    .split(/<\/?(?:p|div|ul|ol|h\d)(?:\s[^>]*)?>/i)
    .map((part) =>
      part
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '')
    .join('\n\n');
}

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The one source of a template read from a sheet. A sheet of the older layout had a plain body
 * and an HTML part side by side, and mail clients showed the HTML one: where they say the same,
 * the body is the source; where the body is still the default, the agency's edit is in the HTML,
 * which is kept (the plain part is then written from it); otherwise the edited body wins.
 */
function oneSource(template: EmailTemplate, defaultBody: string | undefined): EmailTemplate {
  const { html, body } = template;
  if (!html.trim() || sameWords(htmlToText(html), body)) return { ...template, html: '' };
  if (defaultBody !== undefined && sameWords(body, defaultBody))
    return { ...template, body: htmlToText(html) };
  return { ...template, html: '' };
}

/**
 * Templates from the sheet's values (header row first). A template the user
 * deleted falls back to its default, so a run never lacks one.
 */
export function readTemplates(values: readonly CellValue[][] | null): Map<string, EmailTemplate> {
  const result = new Map<string, EmailTemplate>();
  for (const tpl of defaultTemplates()) result.set(`${tpl.key}/${tpl.lang}`, tpl);
  const columns = columnsOf(values?.[0]);
  const cell = (row: readonly CellValue[], column: Column) => {
    const index = columns[column];
    return index === undefined ? '' : String(row[index] ?? '');
  };
  for (const row of (values ?? []).slice(1)) {
    const key = cell(row, 'key').trim();
    const lang = cell(row, 'lang').trim().toLowerCase();
    if (!key || (lang !== 'ru' && lang !== 'en')) continue;
    const subject = cell(row, 'subject');
    const body = cell(row, 'body');
    if (!subject.trim() && !body.trim()) continue;
    const read = { key, lang, subject, body, html: cell(row, 'html') } as const;
    result.set(`${key}/${lang}`, oneSource(read, result.get(`${key}/${lang}`)?.body));
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
