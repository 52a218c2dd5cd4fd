/**
 * Client reminders: one email per client recipient set listing every invoice
 * due, ranked for the quota (SPEC §4) — first reminders to clients never
 * reminded, then new debts, then repeats; the oldest overdue first within a rank.
 */
import { daysBetween } from '../../calendar';
import { counted } from '../../i18n';
import { recipientSetKey } from '../keys';
import type { ReminderDocument } from '../types';
import { type DocParams, itemLine, stringParams, unique } from './phrases';
import type { MessageOutline, PlanInput } from './types';

/** The documents due today for one client recipient set, with their item keys and placeholders. */
export interface ClientGroup {
  docs: { doc: ReminderDocument; key: string; params: DocParams }[];
  overdue: boolean;
}

interface Reminded {
  clients: Set<string>;
  documents: Set<string>;
}

/** Client recipient sets and documents that some earlier client reminder already reached. */
function remindedBefore(done: ReadonlySet<string>): Reminded {
  const clients = new Set<string>();
  const documents = new Set<string>();
  for (const key of done) {
    const message = /^client:(.*):\d{4}-\d{2}-\d{2}$/.exec(key);
    if (message) clients.add(message[1]);
    const item = /^(?:predue:(.*)|overdue:(.*):stage\d+)$/.exec(key);
    if (item) documents.add(item[1] ?? item[2]);
  }
  return { clients, documents };
}

function clientOutline(group: ClientGroup, reminded: Reminded, input: PlanInput): MessageOutline {
  const { today, settings } = input;
  // The most overdue first, so `{number}` and `{days}` speak of the oldest debt.
  const order = [...group.docs].sort((a, b) => (a.doc.dueDate ?? '').localeCompare(b.doc.dueDate ?? ''));
  const first = order[0].doc;
  // The client's language from the Клиенты directory, else the spreadsheet's.
  const lang = first.clientLang ?? input.lang;
  const managers = unique(order.map(({ doc }) => doc.managerEmail));
  const to = unique(first.clientEmails);
  const overdueDays = daysBetween(first.dueDate ?? today, today);
  const rank = !reminded.clients.has(recipientSetKey(to))
    ? 1
    : order.some(({ doc }) => !reminded.documents.has(doc.id))
      ? 2
      : 3;
  return {
    kind: 'client',
    lang,
    rank,
    oldestDue: first.dueDate ?? today,
    to,
    cc: managers.filter((m) => !to.some((address) => address.toLowerCase() === m.toLowerCase())),
    replyTo: managers[0] ?? null,
    template: group.overdue ? 'client.overdue' : 'client.predue',
    values: {
      ...stringParams(order[0].params),
      client: unique(order.map(({ doc }) => doc.counterparty)).join(', '),
      days: counted(lang, 'days', Math.abs(overdueDays)),
      manager: first.managerName || settings.senderName,
    },
    items: order.map(({ doc, key, params }) => ({
      key,
      text: itemLine(doc, daysBetween(doc.dueDate ?? today, today), lang, params),
    })),
    owners: managers.length > 0 ? managers : unique([settings.headEmail]),
  };
}

/** One outline per group, in quota order. */
export function clientOutlines(groups: readonly ClientGroup[], input: PlanInput): MessageOutline[] {
  if (groups.length === 0) return [];
  const reminded = remindedBefore(input.done);
  const outlines = groups.map((group) => clientOutline(group, reminded, input));
  // Stable sort: equal rank and due date keep the register's order.
  return outlines.sort(
    (a, b) => (a.rank ?? 3) - (b.rank ?? 3) || (a.oldestDue ?? '').localeCompare(b.oldestDue ?? ''),
  );
}
