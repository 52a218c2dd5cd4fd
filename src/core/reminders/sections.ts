/**
 * A digest in sections: each a heading that carries its totals, an optional
 * summary line, and its lines, most severe first. Rendered once as readable
 * plain text (a heading, then `•` lines; a part of the digest underlined) and
 * once as HTML headings and lists, every value escaped.
 */
import { formatMoney } from '../cells';
import { counted, t, type CountedNoun } from '../i18n';
import type { Lang, MinorUnits } from '../types';
import { escapeHtml } from './escapeHtml';
import type { MessageItem } from './types';

export interface DigestSection {
  /** 1: a part of the digest (a week) that the sections after it belong to; 2: a list. */
  level: 1 | 2;
  heading: string;
  /** A line under the heading, e.g. the team's load of the week. */
  summary?: string;
  items: MessageItem[];
}

/** What `{items}` becomes when a message has sections instead of a flat list. */
export interface ItemsBlock {
  plain: string;
  html: string;
}

const H2 = 'font-size:16px;margin:20px 0 4px';
const H3 = 'font-size:14px;margin:14px 0 4px';
const UL = 'margin:0 0 8px;padding-left:20px';

/** A line, with its link (the client's reply in Gmail) when it has one. */
function itemHtml(item: MessageItem): string {
  if (!item.link) return escapeHtml(item.text);
  const words = escapeHtml(item.linkText ?? item.link);
  return `${escapeHtml(item.text)} — <a href="${escapeHtml(item.link)}">${words}</a>`;
}

export function sectionsBlock(sections: readonly DigestSection[]): ItemsBlock {
  const plain: string[] = [];
  const html: string[] = [];
  for (const section of sections) {
    const lines = section.items.map((item) =>
      item.link ? `• ${item.text}\n  ${item.link}` : `• ${item.text}`,
    );
    const underline = section.level === 1 ? ['='.repeat(section.heading.length)] : [];
    const summary = section.summary ? [section.summary] : [];
    plain.push([section.heading, ...underline, ...summary, ...lines].join('\n'));
    const tag = section.level === 1 ? 'h2' : 'h3';
    html.push(
      `<${tag} style="${section.level === 1 ? H2 : H3}">${escapeHtml(section.heading)}</${tag}>`,
      section.summary ? `<p style="margin:0 0 8px">${escapeHtml(section.summary)}</p>` : '',
      section.items.length > 0
        ? `<ul style="${UL}">${section.items.map((item) => `<li>${itemHtml(item)}</li>`).join('')}</ul>`
        : '',
    );
  }
  return { plain: `\n${plain.join('\n\n')}`, html: html.join('') };
}

/** Money of one line, for its section's total. */
export interface Money {
  amount: MinorUnits;
  currency: string;
}

/** `430 000,00 ₽ + 1 000,00 $`: one sum per currency, in the order the currencies first appear. */
export function sumsText(money: readonly Money[], lang: Lang): string {
  const sums = new Map<string, number>();
  for (const { amount, currency } of money) sums.set(currency, (sums.get(currency) ?? 0) + amount);
  return [...sums]
    .map(([currency, amount]) => formatMoney(amount, currency, lang))
    .join(t(lang, 'digests.sum.join'));
}

/** A heading with the section's count, and its sums when its lines speak of money. */
export function headingWithTotals(
  lang: Lang,
  title: string,
  noun: CountedNoun,
  count: number,
  money: readonly Money[] = [],
): string {
  const countText = counted(lang, noun, count);
  if (money.length === 0) return t(lang, 'digests.heading.count', { title, count: countText });
  return t(lang, 'digests.heading.money', { title, count: countText, sum: sumsText(money, lang) });
}

/** Sorts by the keys, larger first, key by key; a stable sort keeps the register's order for ties. */
export function bySeverity<T extends { severity: readonly number[] }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => {
    for (let i = 0; i < Math.max(a.severity.length, b.severity.length); i++) {
      const diff = (b.severity[i] ?? 0) - (a.severity[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  });
}
