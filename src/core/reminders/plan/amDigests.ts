/**
 * Each AM's daily digest: the lines their documents, today's unsent messages
 * and this week's overload gave them, after the news about earlier messages.
 */
import { messageKey } from '../keys';
import { day, unique } from './phrases';
import type { DigestLine, LinesByOwner, MessageOutline, NoticesByOwner, PlanInput } from './types';

/** Lines per AM (lower-case address), each AM in the order they first get a line. */
export function linesByOwner(lines: readonly DigestLine[]): LinesByOwner {
  const byOwner = new Map<string, string[]>();
  for (const { owner, text } of lines) {
    if (!owner) continue;
    const key = owner.toLowerCase();
    const list = byOwner.get(key) ?? [];
    list.push(text);
    byOwner.set(key, list);
  }
  return byOwner;
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
    const items = unique(lines.get(owner) ?? []).map((text) => ({ key: null, text }));
    const news = notices.get(owner) ?? [];
    if (items.length === 0 && news.length === 0) continue;
    const outline: MessageOutline = {
      kind: 'digest.am',
      to: [owner],
      cc: [],
      replyTo: null,
      template: 'digest.am',
      values: { manager: names.get(owner) ?? owner, due_date: day(input.today, input.lang) },
      items: [...news, ...items],
      owners: [],
    };
    const regular = messageKey('digest.am', [owner], input.today);
    if (!input.done.has(regular)) outlines.push(outline);
    else if (news.length > 0) {
      // Today's digest went already: news about a refused or unknown message follows at once.
      let n = 2;
      while (input.done.has(`${regular}#${n}`)) n += 1;
      outlines.push({ ...outline, items: [...news], keySuffix: `#${n}` });
    }
  }
  return outlines;
}
