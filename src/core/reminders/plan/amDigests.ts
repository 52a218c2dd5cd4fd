/**
 * Each AM's daily digest: the lines their documents, today's unsent messages
 * and this week's overload gave them, after the news about earlier messages,
 * in sections (SPEC §4), each sorted by severity and headed by its totals.
 */
import { mondayOf } from '../../calendar';
import { t, type CountedNoun, type MessageKey } from '../../i18n';
import type { Lang } from '../../types';
import { messageKey } from '../keys';
import { bySeverity, headingWithTotals, type DigestSection, type Money } from '../sections';
import type { MessageItem } from '../types';
import { day } from './phrases';
import {
  AM_SECTIONS,
  type AmSection,
  type DigestLine,
  type LinesByOwner,
  type MessageOutline,
  type NoticesByOwner,
  type PlanInput,
} from './types';

/** Lines per AM (lower-case address), each AM in the order they first get a line; a repeated line once. */
export function linesByOwner(lines: readonly DigestLine[]): LinesByOwner {
  const byOwner = new Map<string, DigestLine[]>();
  const seen = new Map<string, Set<string>>();
  for (const line of lines) {
    if (!line.owner) continue;
    const key = line.owner.toLowerCase();
    let texts = seen.get(key);
    if (!texts) {
      texts = new Set();
      seen.set(key, texts);
      byOwner.set(key, []);
    }
    if (texts.has(line.text)) continue;
    texts.add(line.text);
    byOwner.get(key)?.push(line);
  }
  return byOwner;
}

const TITLES: Record<Exclude<AmSection, 'overload'>, MessageKey> = {
  mail: 'digests.am.mail',
  stop: 'digests.am.stop',
  overdue: 'digests.am.overdue',
  dueSoon: 'digests.am.dueSoon',
  paused: 'digests.am.paused',
  data: 'digests.am.data',
  originals: 'digests.originals',
  renewals: 'digests.am.renewals',
};

const NOUNS: Record<AmSection, CountedNoun> = {
  mail: 'emails',
  stop: 'invoices',
  overdue: 'invoices',
  dueSoon: 'invoices',
  paused: 'invoices',
  data: 'documents',
  originals: 'documents',
  renewals: 'contracts',
  overload: 'people',
};

/** An AM's sections in the digest's order, the news about earlier messages first among the mail. */
function amSections(
  lines: readonly DigestLine[],
  news: readonly MessageItem[],
  input: PlanInput,
): DigestSection[] {
  const lang: Lang = input.lang;
  const sections: DigestSection[] = [];
  for (const section of AM_SECTIONS) {
    const own = bySeverity(lines.filter((line) => line.section === section));
    const items = [
      ...(section === 'mail' ? news : []),
      ...own.map((line) =>
        line.link
          ? { key: null, text: line.text, link: line.link, linkText: line.linkText }
          : { key: null, text: line.text },
      ),
    ];
    if (items.length === 0) continue;
    const money = own.map((line) => line.money).filter((m): m is Money => m !== undefined);
    const title =
      section === 'overload'
        ? t(lang, 'digests.am.overload', { week: day(mondayOf(input.today), lang) })
        : t(lang, TITLES[section]);
    sections.push({
      level: 2,
      heading: headingWithTotals(lang, title, NOUNS[section], items.length, money),
      items,
    });
  }
  return sections;
}

/** How each AM is greeted: the name their documents give, else their name in the load sheet. */
function namesOf(input: PlanInput): Map<string, string> {
  const names = new Map<string, string>();
  for (const doc of input.documents)
    if (doc.managerEmail && doc.managerName) names.set(doc.managerEmail.toLowerCase(), doc.managerName);
  for (const person of input.load?.people ?? [])
    if (person.email && !names.has(person.email.toLowerCase()))
      names.set(person.email.toLowerCase(), person.name);
  return names;
}

export function amDigests(input: PlanInput, lines: LinesByOwner, notices: NoticesByOwner): MessageOutline[] {
  const outlines: MessageOutline[] = [];
  const names = namesOf(input);
  const owners = new Set([...lines.keys(), ...notices.keys()]);
  for (const owner of owners) {
    const own = lines.get(owner) ?? [];
    const news = notices.get(owner) ?? [];
    if (own.length === 0 && news.length === 0) continue;
    const outline: MessageOutline = {
      kind: 'digest.am',
      to: [owner],
      cc: [],
      replyTo: null,
      template: 'digest.am',
      values: { manager: names.get(owner) ?? owner, due_date: day(input.today, input.lang) },
      items: [],
      sections: amSections(own, news, input),
      owners: [],
    };
    const regular = messageKey('digest.am', [owner], input.today);
    if (!input.done.has(regular)) outlines.push(outline);
    else if (news.length > 0) {
      // Today's digest went already: news about a refused or unknown message follows at once.
      let n = 2;
      while (input.done.has(`${regular}#${n}`)) n += 1;
      outlines.push({ ...outline, sections: amSections([], news, input), keySuffix: `#${n}` });
    }
  }
  return outlines;
}
