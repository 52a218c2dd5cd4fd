/**
 * What the reminder planner reads and what it decides. The planner works on
 * these plain records; `toReminderDocument` turns the documents engine's
 * `DocumentState` into one.
 */
import type { ReplyPause } from '../mail/pause';
import type { CalendarDay, Lang, MinorUnits } from '../types';

/** One row of the documents register, as the reminders need it. */
export interface ReminderDocument {
  /** Stable id: document number + counterparty, normalised (see `documentId` in core/identity). */
  id: string;
  /** 1-based sheet row, to point the AM at it. */
  row: number;
  kind: 'invoice' | 'act' | 'contract' | 'other';
  number: string;
  counterparty: string;
  isIncoming: boolean;
  /** Paid in full or cancelled: nothing to chase. */
  closed: boolean;
  dueDate: CalendarDay | null;
  outstanding: MinorUnits;
  currency: string;
  /** Valid client addresses from the row (several in one cell → one email to all). */
  clientEmails: string[];
  /** The client cell was filled but could not be read as addresses. */
  clientEmailInvalid: boolean;
  /** Responsible AM's address, or null when unknown. */
  managerEmail: string | null;
  managerName: string;
  paused: boolean;
  /** The day a dated pause of the row (or its client) ends; absent when there is none. */
  pausedUntil?: CalendarDay | null;
  /**
   * The documents engine's answer to "may this client be reminded?"
   * (`DocumentState.reminderEligible`): the planner asks nothing else.
   */
  reminderEligible: boolean;
  /** The document is in dispute: the AM digest lists it with its age, every day it lasts. */
  disputed?: boolean;
  /** The client's email language from the `Клиенты` directory; the run's language when absent. */
  clientLang?: Lang | null;
  /** The `Ссылка` cell: an http(s) address that goes with the item in the client's email. */
  link?: string | null;
  /** The client's escalation contacts from the `Клиенты` directory, copied from the escalation day on. */
  escalationEmails?: readonly string[];
  /** Data problems of the row, already described for people. */
  problems: string[];
  /** Signed but the paper original is still missing past the wait. */
  originalsMissing: boolean;
  /** Day by which a contract must be renewed (valid until, or 31 Dec), when it needs renewal. */
  renewBy: CalendarDay | null;
}

export type MessageKind =
  | 'client'
  /** A letter to the client the AM sends by hand (the "work paused" letter at STOP): never planned to go by itself. */
  | 'letter'
  | 'stop'
  | 'renewal'
  | 'digest.am'
  | 'digest.load'
  | 'digest.accounting';

/** One line a message lists under `{items}`, and the key that makes it exactly-once. */
export interface MessageItem {
  /** e.g. `overdue:12|ооо ромашка:stage3`; digest lines have no key of their own. */
  key: string | null;
  /** Ready-to-read line in the message language. */
  text: string;
  /** The document's `Ссылка`: a link in the HTML part, the address in the plain part. */
  link?: string | null;
  /** The words the HTML link reads as (`открыть документ`), in the message language. */
  linkText?: string;
}

/** A message today's run would send. */
export interface PlannedMessage {
  kind: MessageKind;
  /** kind + recipient set + date: one such message per day at most. */
  key: string;
  to: string[];
  cc: string[];
  replyTo: string | null;
  /** Template key in `Шаблоны писем`. */
  template: string;
  /** Values for the template placeholders (unescaped). */
  values: Record<string, string>;
  items: MessageItem[];
  /** Why it cannot go out (line break in a header, unknown placeholder…); null when fine. */
  problem: string | null;
  /**
   * `ready` to go, `quota` when it does not fit today's quota, `rejected` when `problem` is set,
   * `held` when the client replied and their reminders are paused (the Gmail build).
   */
  status: 'ready' | 'quota' | 'rejected' | 'held';
  /** The reply that holds it, when `held`. */
  held?: ReplyPause;
  /** Rendered subject and bodies. */
  subject: string;
  body: string;
  htmlBody: string;
}

/** Recipients a message costs against the daily quota. */
export function recipientCount(message: Pick<PlannedMessage, 'to' | 'cc'>): number {
  return message.to.length + message.cc.length;
}
