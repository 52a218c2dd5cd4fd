/** The wording every part of a day's plan shares: a document's placeholders and its one-line state. */
import { formatDay } from '../../calendar';
import { formatMoney } from '../../cells';
import { counted, t, type MessageParams } from '../../i18n';
import type { CalendarDay, Lang } from '../../types';
import type { ReminderDocument } from '../types';

/** Addresses without repeats (case-insensitive), each as first written. */
export function unique(values: readonly (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const trimmed = (value ?? '').trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()];
}

/** An address as digests are keyed by it. */
export function ownerKey(address: string): string {
  return address.trim().toLowerCase();
}

export function day(value: CalendarDay, lang: Lang): string {
  return formatDay(value, lang);
}

/** The placeholders every document template may use (a type, not an interface: it is also params). */
export type DocParams = {
  readonly client: string;
  readonly document: string;
  readonly amount: string;
  readonly due_date: string;
  readonly row: number;
};

export function docParams(doc: ReminderDocument, lang: Lang): DocParams {
  return {
    client: doc.counterparty,
    document: t(lang, `doc.${doc.kind}`, { number: doc.number }),
    amount: formatMoney(doc.outstanding, doc.currency, lang),
    due_date: doc.dueDate ? day(doc.dueDate, lang) : '',
    row: doc.row,
  };
}

export function stringParams(params: MessageParams): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
}

/** The document's link as an item of a client's email carries it (nothing when the row has none). */
export function linkOf(doc: ReminderDocument, lang: Lang): { link?: string; linkText?: string } {
  return doc.link ? { link: doc.link, linkText: t(lang, 'item.link') } : {};
}

/** A document as one item of a message: overdue, due today or due in N days. */
export function itemLine(
  doc: ReminderDocument,
  overdueDays: number,
  lang: Lang,
  known: DocParams = docParams(doc, lang),
): string {
  const params = { ...known, days: counted(lang, 'days', Math.abs(overdueDays)) };
  if (overdueDays > 0) return t(lang, 'item.overdue', params);
  if (overdueDays === 0) return t(lang, 'item.dueToday', params);
  return t(lang, 'item.dueIn', params);
}
