/**
 * What a day's plan reads and returns, and the outline of a message before
 * its template is rendered.
 */
import type { WorkCalendar } from '../../calendar/workdays';
import type { TeamMember } from '../../documents/managers';
import type { LoadSummary } from '../../load/types';
import type { Settings } from '../../settings';
import type { CalendarDay, Lang } from '../../types';
import type { ReplyPause } from '../../mail/pause';
import type { LogEntry } from '../log';
import type { Staffing } from '../staffing';
import type { DigestSection, Money } from '../sections';
import type { EmailTemplate } from '../templates';
import type { MessageItem, PlannedMessage, ReminderDocument } from '../types';

export interface PlanInput {
  today: CalendarDay;
  /** The language of the people using the add-on: digests, alerts, what the run says. */
  lang: Lang;
  /** Client emails when the Клиенты directory names no language: the spreadsheet locale's. */
  clientLang: Lang;
  settings: Settings;
  documents: readonly ReminderDocument[];
  load: LoadSummary | null;
  /** The team sheet's people, for the signature of client letters. */
  team?: readonly TeamMember[];
  /** Who works for which client this week, for "overload on their clients" in AM digests. */
  staffing?: readonly Staffing[];
  /** Keys (message and item) the log already holds as sent, drafted, pending or skipped. */
  done: ReadonlySet<string>;
  /**
   * Log rows the AM must hear about: left pending by a killed run or marked "status unknown",
   * and refused by the mail service. Each is reported once, in the next digest that goes.
   */
  interrupted: readonly LogEntry[];
  templates: Map<string, EmailTemplate>;
  /** Recipients that may still be sent to today. */
  quota: number;
  /** The daily run plans documents and AM digests; the weekly run the Monday load digest. */
  daily: boolean;
  weekly: boolean;
  /** The run's working calendar; Russia's production calendar when not given. */
  calendar?: WorkCalendar;
  /** Gmail build: clients whose reply pauses their reminders, by recipient set (`recipientSetKey`). */
  replyPauses?: ReadonlyMap<string, ReplyPause>;
}

export interface DayPlan {
  /** A non-working day (a weekend, a holiday) with weekend sending off: nothing planned. */
  weekend: boolean;
  /** On such a day, the working day the emails wait for. */
  resumesOn?: CalendarDay;
  messages: PlannedMessage[];
  /**
   * Letters the AM may send by hand from the reminders sidebar (the "work paused" letter at STOP),
   * each `ready`, `quota` (more recipients than today's quota) or `rejected`; none on a non-working day.
   */
  letters?: PlannedMessage[];
}

/** What a message will say, before its template is rendered and its key given. */
export interface MessageOutline extends Pick<
  PlannedMessage,
  'kind' | 'to' | 'cc' | 'replyTo' | 'template' | 'values' | 'items'
> {
  /** The language it is written in, when not the run's (a client's from the directory). */
  lang?: Lang;
  /** The AMs to tell in their digest when it cannot go out. */
  owners: string[];
  /** Makes a second message of the kind on one day distinct (`#2`: a follow-up digest). */
  keySuffix?: string;
  /** Quota rank among client reminders: 1 first reminder to this client, 2 a new debt, 3 a repeat. */
  rank?: number;
  /** Oldest due date of the message's items, for "the oldest overdue first". */
  oldestDue?: CalendarDay;
  /** A digest's sections; `items` is then empty and the sent items are the sections' lines. */
  sections?: DigestSection[];
  /** The client's reply that holds this reminder (the Gmail build). */
  held?: ReplyPause;
}

/** A rendered message and the AMs who hear about it when it does not go out. */
export interface OwnedMessage {
  message: PlannedMessage;
  owners: readonly string[];
}

/** The sections of an AM digest, in the order the digest shows them: the most urgent first. */
export const AM_SECTIONS = [
  'mail',
  'stop',
  'overdue',
  'dueSoon',
  'paused',
  'data',
  'originals',
  'renewals',
  'overload',
] as const;
export type AmSection = (typeof AM_SECTIONS)[number];

/** One line of an AM digest, for the AM (or the head) named by `owner`. */
export interface DigestLine {
  owner: string | null;
  text: string;
  section: AmSection;
  /** Sort keys within the section, larger first (days overdue, then the sum…). */
  severity: readonly number[];
  /** The sum the line speaks of, for its section's totals. */
  money?: Money;
  /** An address the line links to (the client's reply in Gmail), with the words it reads as. */
  link?: string | null;
  linkText?: string;
}

/** Digest lines per AM, keyed by lower-case address, in the order the AMs first appear. */
export type LinesByOwner = ReadonlyMap<string, readonly DigestLine[]>;
/** News about earlier messages per AM, each item keyed so it is told once. */
export type NoticesByOwner = ReadonlyMap<string, readonly MessageItem[]>;
