/**
 * Client reminders: one email per client recipient set listing every invoice
 * due, ranked for the quota (SPEC §4) — first reminders to clients never
 * reminded, then new debts, then repeats; the oldest overdue first within a rank.
 */
import { daysBetween } from '../../calendar';
import { counted } from '../../i18n';
import { recipientSetKey } from '../keys';
import type { ReplyPause } from '../../mail/pause';
import type { ReminderDocument } from '../types';
import type { CalendarDay } from '../../types';
import { type DocParams, docParams, itemLine, linkOf, stringParams, unique } from './phrases';
import { signatureOf, totalOf } from './signature';
import type { MessageOutline, PlanInput } from './types';

/** The documents due today for one client recipient set, with their item keys and placeholders. */
export interface ClientGroup {
  docs: { doc: ReminderDocument; key: string; params: DocParams }[];
  overdue: boolean;
  /** A document of the group is on the escalation ladder: firmer template, escalation contact in copy. */
  escalated: boolean;
  /** The client replied and their reminders are paused (the Gmail build): the reminder is held, not sent. */
  held?: ReplyPause;
}

interface Reminded {
  /** Recipient set → the day of its latest client email in the log. */
  clients: Map<string, CalendarDay>;
  documents: Set<string>;
}

/** Client recipient sets (with their latest email day) and documents some earlier client reminder reached. */
function remindedBefore(done: ReadonlySet<string>): Reminded {
  const clients = new Map<string, CalendarDay>();
  const documents = new Set<string>();
  for (const key of done) {
    const message = /^client:(.*):(\d{4}-\d{2}-\d{2})$/.exec(key);
    if (message && !(message[2] <= (clients.get(message[1]) ?? ''))) clients.set(message[1], message[2]);
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
  // The client's language from the Клиенты directory, else the spreadsheet's: never the interface's.
  const lang = first.clientLang ?? input.clientLang;
  // Amounts, dates and document names written the client's way, not the run's.
  const params = (doc: ReminderDocument) => docParams(doc, lang);
  const managers = unique(order.map(({ doc }) => doc.managerEmail));
  const to = unique(first.clientEmails);
  const escalation = group.escalated ? order.flatMap(({ doc }) => doc.escalationEmails ?? []) : [];
  const inTo = (address: string) => to.some((known) => known.toLowerCase() === address.toLowerCase());
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
    cc: unique([...escalation, ...managers]).filter((address) => !inTo(address)),
    replyTo: managers[0] ?? null,
    template: group.escalated ? 'client.escalation' : group.overdue ? 'client.overdue' : 'client.predue',
    values: {
      ...stringParams(params(first)),
      client: unique(order.map(({ doc }) => doc.counterparty)).join(', '),
      days: counted(lang, 'days', Math.abs(overdueDays)),
      ...signatureOf(first, input),
      total: totalOf(
        order.map(({ doc }) => doc),
        lang,
      ),
    },
    items: order.map(({ doc, key }) => ({
      key,
      text: itemLine(doc, daysBetween(doc.dueDate ?? today, today), lang, params(doc)),
      ...linkOf(doc, lang),
    })),
    owners: managers.length > 0 ? managers : unique([settings.headEmail]),
    ...(group.held ? { held: group.held } : {}),
  };
}

/**
 * Whether the client heard from us too recently: at most one email per recipient set in the
 * cadence window, so a stage falling due inside it waits and joins the next email (its item key
 * stays unsent, so the stage is caught up, once, when the window has passed).
 */
function insideCadenceWindow(group: ClientGroup, reminded: Reminded, input: PlanInput): boolean {
  const window = input.settings.reminders.cadenceWindowDays;
  const last = reminded.clients.get(recipientSetKey(group.docs[0].doc.clientEmails));
  // A last email dated after today (a clock put back) holds too: the stricter reading.
  return window > 0 && last !== undefined && daysBetween(last, input.today) < window;
}

/** One outline per group whose client may be written to today, in quota order. */
export function clientOutlines(groups: readonly ClientGroup[], input: PlanInput): MessageOutline[] {
  if (groups.length === 0) return [];
  const reminded = remindedBefore(input.done);
  const outlines = groups
    .filter((group) => !insideCadenceWindow(group, reminded, input))
    .map((group) => clientOutline(group, reminded, input));
  // Stable sort: equal rank and due date keep the register's order.
  return outlines.sort(
    (a, b) => (a.rank ?? 3) - (b.rank ?? 3) || (a.oldestDue ?? '').localeCompare(b.oldestDue ?? ''),
  );
}
