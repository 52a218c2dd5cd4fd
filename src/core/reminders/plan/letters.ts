/**
 * The formal "work paused" letter (the escalation ladder's last step): at STOP the client hears
 * nothing automatically — the AM and the head get the internal alert — but the AM may send this
 * letter from the reminders sidebar with one click. One letter per client recipient set lists every
 * stopped invoice of it; each invoice's item key keeps the letter about it exactly-once.
 */
import { counted } from '../../i18n';
import { itemKeys, recipientSetKey } from '../keys';
import type { ReminderDocument } from '../types';
import { type DocParams, docParams, itemLine, linkOf, stringParams, unique } from './phrases';
import { signatureOf, totalOf } from './signature';
import type { MessageOutline, PlanInput } from './types';

/** A document at STOP that the client may be told about. */
export interface StoppedDocument {
  doc: ReminderDocument;
  params: DocParams;
  overdueDays: number;
}

/** May the letter speak of this STOP document: a client address to write to and nothing unread in the row. */
export function mayOfferLetter(doc: ReminderDocument): boolean {
  return doc.clientEmails.length > 0 && !doc.clientEmailInvalid && doc.problems.length === 0;
}

/** The letters the AM may send today: one per client recipient set, its STOP invoices not yet written about. */
export function workPausedLetters(stopped: readonly StoppedDocument[], input: PlanInput): MessageOutline[] {
  const groups = new Map<string, StoppedDocument[]>();
  for (const entry of stopped) {
    if (input.done.has(itemKeys.workPaused(entry.doc.id))) continue;
    const setKey = recipientSetKey(entry.doc.clientEmails);
    const group = groups.get(setKey);
    if (group) group.push(entry);
    else groups.set(setKey, [entry]);
  }
  return [...groups.values()].map((entries) => {
    const first = entries[0].doc;
    const lang = first.clientLang ?? input.clientLang;
    const to = unique(first.clientEmails);
    const managers = unique(entries.map(({ doc }) => doc.managerEmail));
    const escalation = entries.flatMap(({ doc }) => doc.escalationEmails ?? []);
    const inTo = (address: string) => to.some((known) => known.toLowerCase() === address.toLowerCase());
    return {
      kind: 'letter',
      lang,
      to,
      cc: unique([...escalation, ...managers]).filter((address) => !inTo(address)),
      replyTo: managers[0] ?? null,
      template: 'client.workPaused',
      values: {
        ...stringParams(docParams(first, lang)),
        client: unique(entries.map(({ doc }) => doc.counterparty)).join(', '),
        days: counted(lang, 'days', input.settings.documents.stopDays),
        ...signatureOf(first, input),
        total: totalOf(
          entries.map(({ doc }) => doc),
          lang,
        ),
      },
      items: entries.map(({ doc, overdueDays }) => ({
        key: itemKeys.workPaused(doc.id),
        text: itemLine(doc, overdueDays, lang, docParams(doc, lang)),
        ...linkOf(doc, lang),
      })),
      owners: managers.length > 0 ? managers : unique([input.settings.headEmail]),
    };
  });
}
