/**
 * Today's emails, decided from plain data: document rows, the load summary,
 * settings, the day, and the keys already in the log. Pure, so every stage,
 * catch-up and weekend rule is a table test.
 *
 * Priority under the daily quota (SPEC §4): STOP alerts, then first reminders
 * to clients never reminded, then the oldest overdue, then repeats, then
 * renewal notices and digests — money first, nobody left waiting behind a
 * client who has heard from us already, and a digest that does not fit is the
 * cheapest thing to wait a day.
 *
 * Internal messages (STOP alerts, renewals, digests) are shortened to fit
 * MailApp's 200 KB body limit ("и ещё N"); a digest to more than 50 people is
 * split, since MailApp takes at most 50 recipients per message
 * (https://developers.google.com/apps-script/guides/services/quotas).
 */
import { addDays, daysBetween, formatDay, isoWeekday, mondayOf } from '../calendar';
import { formatMoney } from '../cells';
import { currentStage, type ReminderRules } from '../documents/nextReminder';
import { countDays, t, type MessageKey, type MessageParams } from '../i18n';
import { clientKey } from '../identity';
import type { LoadSummary, PersonLoad } from '../load/types';
import type { Settings } from '../settings';
import type { CalendarDay, Lang } from '../types';
import { itemKeys, messageKey, recipientSetKey } from './keys';
import { failedAttempts, MAX_ATTEMPTS, noticeKey, type LogEntry } from './log';
import { fitToMailLimits, mailFailureReason, RECIPIENTS_PER_MESSAGE } from './limits';
import type { Staffing } from './staffing';
import { findTemplate, renderTemplate, type EmailTemplate } from './templates';
import {
  recipientCount,
  type MessageItem,
  type MessageKind,
  type PlannedMessage,
  type ReminderDocument,
} from './types';

export interface PlanInput {
  today: CalendarDay;
  lang: Lang;
  settings: Settings;
  documents: readonly ReminderDocument[];
  load: LoadSummary | null;
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
}

export interface DayPlan {
  /** Saturday or Sunday with weekend sending off: nothing planned. */
  weekend: boolean;
  messages: PlannedMessage[];
}

interface Draft {
  kind: MessageKind;
  to: string[];
  cc: string[];
  replyTo: string | null;
  template: string;
  values: Record<string, string>;
  items: MessageItem[];
  /** The AMs to tell in their digest when it cannot go out. */
  owners: string[];
  /** Makes a second message of the kind on one day distinct (`#2`: a follow-up digest). */
  keySuffix?: string;
  /** Quota rank among client reminders: 1 first reminder to this client, 2 a new debt, 3 a repeat. */
  rank?: number;
  /** Oldest due date of the message's items, for "the oldest overdue first". */
  oldestDue?: CalendarDay;
}

const HEADER_BREAK = /[\r\n]/;

function unique(values: readonly (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const trimmed = (value ?? '').trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()];
}

class Planner {
  private readonly lang: Lang;
  private readonly digestLines = new Map<string, string[]>();
  /** News about earlier messages (unknown status, refused), each with the key that marks it told. */
  private readonly noticeLines = new Map<string, MessageItem[]>();
  private readonly groupClients = new Map<Draft, string[]>();
  private readonly rules: ReminderRules;

  constructor(private readonly input: PlanInput) {
    this.lang = input.lang;
    const { reminders, documents } = input.settings;
    this.rules = {
      preDueDays: reminders.preDueDays,
      overdueRepeatDays: reminders.overdueRepeatDays,
      stopDays: documents.stopDays,
      sendOnWeekends: reminders.sendOnWeekends,
    };
  }

  private text(key: MessageKey, params: MessageParams = {}): string {
    return t(this.lang, key, params);
  }

  private day(day: CalendarDay): string {
    return formatDay(day, this.lang);
  }

  private docParams(doc: ReminderDocument): MessageParams {
    return {
      client: doc.counterparty,
      document: this.text(`doc.${doc.kind}`, { number: doc.number }),
      amount: formatMoney(doc.outstanding, doc.currency, this.lang),
      due_date: doc.dueDate ? this.day(doc.dueDate) : '',
      row: doc.row,
    };
  }

  /** The AM digest that hears about a document: its manager, else the head. */
  private ownerOf(doc: ReminderDocument): string | null {
    return doc.managerEmail?.trim() || this.input.settings.headEmail.trim() || null;
  }

  private addDigestLine(owner: string | null, line: string): void {
    if (!owner) return;
    const key = owner.toLowerCase();
    const lines = this.digestLines.get(key) ?? [];
    lines.push(line);
    this.digestLines.set(key, lines);
  }

  plan(): DayPlan {
    const { today, settings } = this.input;
    const weekendDay = isoWeekday(today) >= 6;
    if (weekendDay && !settings.reminders.sendOnWeekends) return { weekend: true, messages: [] };
    const urgent: Draft[] = [];
    const digests: Draft[] = [];
    if (this.input.daily) {
      urgent.push(...this.documentDrafts());
      for (const entry of this.input.interrupted) this.reportInterrupted(entry);
    }
    const messages = this.finish(urgent);
    // Each AM digest due today keeps one recipient of the quota, so what waits is said today.
    const reserve = this.input.daily && !weekendDay ? this.digestReserve(messages) : 0;
    const budget = { left: Math.max(0, this.input.quota - reserve) };
    this.allocate(messages, budget);
    budget.left += Math.min(reserve, this.input.quota);
    for (const message of messages) this.reportUnsent(message);
    if (this.input.weekly) digests.push(...this.loadDigest());
    if (this.input.daily && !weekendDay) digests.push(...this.amDigests());
    if (this.input.daily || this.input.weekly) digests.push(...this.accountingDigest());
    const digestMessages = this.finish(digests);
    this.allocate(digestMessages, budget);
    return { weekend: false, messages: [...messages, ...digestMessages] };
  }

  private documentDrafts(): Draft[] {
    const { today, settings, done } = this.input;
    const clientGroups = new Map<string, { docs: ReminderDocument[]; keys: string[]; overdue: boolean }>();
    const stops = new Map<string, Draft>();
    const renewals = new Map<string, Draft>();
    const stopRecipients = (doc: ReminderDocument) => unique([doc.managerEmail, settings.headEmail]);

    for (const doc of this.input.documents) {
      const owner = this.ownerOf(doc);
      const params = this.docParams(doc);
      if (doc.isIncoming && doc.originalsMissing)
        this.addDigestLine(owner, this.text('digest.originals', params));
      if (doc.renewBy) {
        this.addDigestLine(
          owner,
          this.text('digest.renewal', { ...params, due_date: this.day(doc.renewBy) }),
        );
        const key = itemKeys.renewal(doc.id, doc.renewBy);
        const to = unique([doc.managerEmail ?? settings.headEmail]);
        if (!done.has(key) && to.length > 0) {
          const group = this.group(renewals, 'renewal', to, [], 'renewal', doc, {
            ...params,
            due_date: this.day(doc.renewBy),
          });
          group.items.push({
            key,
            text: this.text('item.renewal', { ...params, due_date: this.day(doc.renewBy) }),
          });
        }
      }
      if (!doc.isIncoming || doc.closed || doc.outstanding <= 0 || !doc.dueDate) continue;
      const overdueDays = daysBetween(doc.dueDate, today);
      const daysText = countDays(this.lang, Math.abs(overdueDays));
      if (overdueDays >= settings.documents.stopDays) {
        this.addDigestLine(owner, this.text('digest.stop', { ...params, days: daysText }));
        const key = itemKeys.stop(doc.id);
        const to = stopRecipients(doc);
        if (!done.has(key) && to.length > 0) {
          // One alert lists every stopped client of these recipients: `{days}` is the regulation's threshold.
          const group = this.group(stops, 'stop', to, [], 'stop', doc, {
            ...params,
            number: doc.number,
            days: countDays(this.lang, settings.documents.stopDays),
          });
          group.items.push({ key, text: `${doc.counterparty}: ${this.itemLine(doc, overdueDays)}` });
        }
        continue;
      }
      const stage = currentStage(doc.dueDate, today, this.rules);
      const eligible = doc.reminderEligible;
      const state = this.itemLine(doc, overdueDays);
      if (!eligible && stage && doc.problems.length > 0) {
        this.addDigestLine(
          owner,
          this.text('digest.rowProblem', { ...params, problem: doc.problems.join('; ') }),
        );
      } else if (!eligible && stage && doc.paused) {
        this.addDigestLine(owner, this.text('digest.paused', { ...params, state }));
      } else if (!eligible && stage && (doc.clientEmails.length === 0 || doc.clientEmailInvalid)) {
        this.addDigestLine(owner, this.text('digest.badEmail', { ...params, state }));
      } else if (overdueDays > 0) {
        this.addDigestLine(owner, this.text('digest.overdue', { ...params, days: daysText }));
      } else if (overdueDays >= -settings.reminders.preDueDays) {
        this.addDigestLine(owner, this.text('digest.dueSoon', params));
      }
      if (!eligible || !stage) continue;
      const key = stage.stage === 'preDue' ? itemKeys.preDue(doc.id) : itemKeys.overdue(doc.id, stage.index);
      if (done.has(key)) continue;
      const setKey = recipientSetKey(doc.clientEmails);
      const group = clientGroups.get(setKey) ?? { docs: [], keys: [], overdue: false };
      group.docs.push(doc);
      group.keys.push(key);
      group.overdue ||= overdueDays > 0;
      clientGroups.set(setKey, group);
    }

    const clients: Draft[] = [];
    for (const group of clientGroups.values()) {
      // The most overdue first, so `{number}` and `{days}` speak of the oldest debt.
      const order = group.docs
        .map((doc, index) => ({ doc, key: group.keys[index] }))
        .sort((a, b) => (a.doc.dueDate ?? '').localeCompare(b.doc.dueDate ?? ''));
      const first = order[0].doc;
      const managers = unique(order.map(({ doc }) => doc.managerEmail));
      const to = unique(first.clientEmails);
      const overdueDays = daysBetween(first.dueDate ?? today, today);
      const reminded = this.remindedBefore();
      const rank = !reminded.clients.has(recipientSetKey(to))
        ? 1
        : order.some(({ doc }) => !reminded.documents.has(doc.id))
          ? 2
          : 3;
      clients.push({
        kind: 'client',
        rank,
        oldestDue: first.dueDate ?? today,
        to,
        cc: managers.filter((m) => !to.some((address) => address.toLowerCase() === m.toLowerCase())),
        replyTo: managers[0] ?? null,
        template: group.overdue ? 'client.overdue' : 'client.predue',
        values: {
          ...this.stringParams(this.docParams(first)),
          client: unique(order.map(({ doc }) => doc.counterparty)).join(', '),
          days: countDays(this.lang, Math.abs(overdueDays)),
          manager: first.managerName || settings.senderName,
        },
        items: order.map(({ doc, key }) => ({
          key,
          text: this.itemLine(doc, daysBetween(doc.dueDate ?? today, today)),
        })),
        owners: managers.length > 0 ? managers : unique([settings.headEmail]),
      });
    }
    // Stable sort: equal rank and due date keep the register's order.
    clients.sort(
      (a, b) => (a.rank ?? 3) - (b.rank ?? 3) || (a.oldestDue ?? '').localeCompare(b.oldestDue ?? ''),
    );
    return [...stops.values(), ...clients, ...renewals.values()];
  }

  private reminded: { clients: Set<string>; documents: Set<string> } | null = null;

  /** Client recipient sets and documents that some earlier client reminder already reached. */
  private remindedBefore(): { clients: Set<string>; documents: Set<string> } {
    if (this.reminded) return this.reminded;
    const clients = new Set<string>();
    const documents = new Set<string>();
    for (const key of this.input.done) {
      const message = /^client:(.*):\d{4}-\d{2}-\d{2}$/.exec(key);
      if (message) clients.add(message[1]);
      const item = /^(?:predue:(.*)|overdue:(.*):stage\d+)$/.exec(key);
      if (item) documents.add(item[1] ?? item[2]);
    }
    this.reminded = { clients, documents };
    return this.reminded;
  }

  private stringParams(params: MessageParams): Record<string, string> {
    return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  }

  private group(
    map: Map<string, Draft>,
    kind: MessageKind,
    to: string[],
    cc: string[],
    template: string,
    first: ReminderDocument,
    params: MessageParams,
  ): Draft {
    const setKey = recipientSetKey(to);
    let draft = map.get(setKey);
    if (!draft) {
      draft = {
        kind,
        to,
        cc,
        replyTo: null,
        template,
        values: {
          ...this.stringParams(params),
          manager: first.managerName || this.input.settings.senderName,
        },
        items: [],
        owners: unique([first.managerEmail ?? this.input.settings.headEmail]),
      };
      map.set(setKey, draft);
    }
    // A grouped alert names every client it lists.
    const clients = this.groupClients.get(draft) ?? [];
    if (!clients.includes(first.counterparty)) clients.push(first.counterparty);
    this.groupClients.set(draft, clients);
    draft.values.client = clients.join(', ');
    return draft;
  }

  private itemLine(doc: ReminderDocument, overdueDays: number): string {
    const params = { ...this.docParams(doc), days: countDays(this.lang, Math.abs(overdueDays)) };
    if (overdueDays > 0) return this.text('item.overdue', params);
    if (overdueDays === 0) return this.text('item.dueToday', params);
    return this.text('item.dueIn', params);
  }

  private reportUnsent(message: PlannedMessage): void {
    const owners = this.ownersOf.get(message) ?? [];
    const params = { subject: message.subject, to: message.to.join(', ') };
    for (const owner of owners) {
      if (message.status === 'quota') this.addDigestLine(owner, this.text('digest.quota', params));
      if (message.status === 'rejected')
        this.addDigestLine(
          owner,
          this.text('digest.rejected', { ...params, problem: message.problem ?? '' }),
        );
    }
  }

  /** Recipients of the AM digests today's run will send (not yet in the log). */
  private digestReserve(messages: readonly PlannedMessage[]): number {
    const owners = new Set([...this.digestLines.keys(), ...this.noticeLines.keys()]);
    for (const message of messages)
      for (const owner of this.ownersOf.get(message) ?? []) owners.add(owner.toLowerCase());
    for (const person of this.overloadedPeople())
      if (person.email && person.isAccountManager) owners.add(person.email.toLowerCase());
    let count = 0;
    for (const owner of owners)
      if (
        !this.input.done.has(messageKey('digest.am', [owner], this.input.today)) ||
        this.noticeLines.has(owner)
      )
        count += 1;
    return count;
  }

  /** Tells the AM (cc'd on it, else the head) once what became of an earlier message. */
  private reportInterrupted(entry: LogEntry): void {
    const key = noticeKey(entry);
    if (this.input.done.has(key)) return;
    const attempts = failedAttempts(entry.result);
    const params = { subject: entry.subject, to: entry.recipients, time: entry.time };
    let text: string;
    if (attempts === 0) text = this.text('digest.unknown', params);
    else {
      const raw = entry.result.replace(/^[^:]*:\s*/, '');
      const known = mailFailureReason(raw);
      const reason = known ? this.text(known) : raw;
      text =
        attempts >= MAX_ATTEMPTS
          ? this.text('digest.failedFinal', { ...params, reason, attempts })
          : this.text('digest.failed', { ...params, reason, attempt: attempts, max: MAX_ATTEMPTS });
    }
    const recipients = entry.recipients.split(',').map((address) => address.trim().toLowerCase());
    const managers = unique(this.input.documents.map((doc) => doc.managerEmail)).filter((am) =>
      recipients.includes(am.toLowerCase()),
    );
    const owners = managers.length > 0 ? managers : unique([this.input.settings.headEmail]);
    for (const owner of owners) {
      const lines = this.noticeLines.get(owner.toLowerCase()) ?? [];
      if (!lines.some((line) => line.key === key)) lines.push({ key, text });
      this.noticeLines.set(owner.toLowerCase(), lines);
    }
  }

  private amDigests(): Draft[] {
    const drafts: Draft[] = [];
    const names = new Map<string, string>();
    for (const doc of this.input.documents)
      if (doc.managerEmail && doc.managerName) names.set(doc.managerEmail.toLowerCase(), doc.managerName);
    for (const person of this.input.load?.people ?? [])
      if (person.email && !names.has(person.email.toLowerCase()))
        names.set(person.email.toLowerCase(), person.name);
    this.addOverloadLines();
    const owners = new Set([...this.digestLines.keys(), ...this.noticeLines.keys()]);
    for (const owner of owners) {
      const lines = unique(this.digestLines.get(owner) ?? []).map((text) => ({ key: null, text }));
      const notices = this.noticeLines.get(owner) ?? [];
      if (lines.length === 0 && notices.length === 0) continue;
      const draft: Draft = {
        kind: 'digest.am',
        to: [owner],
        cc: [],
        replyTo: null,
        template: 'digest.am',
        values: { manager: names.get(owner) ?? owner, due_date: this.day(this.input.today) },
        items: [...notices, ...lines],
        owners: [],
      };
      const regular = messageKey('digest.am', [owner], this.input.today);
      if (!this.input.done.has(regular)) drafts.push(draft);
      else if (notices.length > 0) {
        // Today's digest went already: news about a refused or unknown message follows at once.
        let n = 2;
        while (this.input.done.has(`${regular}#${n}`)) n += 1;
        drafts.push({ ...draft, items: notices, keySuffix: `#${n}` });
      }
    }
    return drafts;
  }

  private overloadedPeople(): PersonLoad[] {
    const week = mondayOf(this.input.today);
    return (this.input.load?.people ?? []).filter((person) =>
      person.byWeek[week]?.flags.includes('overload'),
    );
  }

  /**
   * Overload this week reaches the AMs whose clients the overloaded people work
   * for (their documents' clients and the clients in their own load rows), and
   * the overloaded AM themselves.
   */
  private addOverloadLines(): void {
    const load = this.input.load;
    const overloaded = this.overloadedPeople();
    if (!load || overloaded.length === 0) return;
    const week = mondayOf(this.input.today);
    const clientsOf = new Map<string, Map<string, string>>();
    const addClient = (email: string, client: string) => {
      const key = email.trim().toLowerCase();
      if (!key || !client.trim()) return;
      const clients = clientsOf.get(key) ?? new Map<string, string>();
      if (!clients.has(clientKey(client))) clients.set(clientKey(client), client.trim());
      clientsOf.set(key, clients);
    };
    for (const doc of this.input.documents)
      if (doc.managerEmail && doc.isIncoming && !doc.closed) addClient(doc.managerEmail, doc.counterparty);
    const emailOf = new Map(load.people.map((person) => [person.name.toLowerCase(), person.email]));
    for (const am of load.accountManagers) {
      const email = emailOf.get(am.name.toLowerCase());
      for (const client of am.byWeek[week]?.clients ?? []) if (email) addClient(email, client);
    }
    const clientsOfPerson = new Map<string, Set<string>>();
    for (const row of this.input.staffing ?? []) {
      if (row.week !== week) continue;
      const person = row.person.toLowerCase();
      const clients = clientsOfPerson.get(person) ?? new Set<string>();
      clients.add(clientKey(row.client));
      clientsOfPerson.set(person, clients);
    }
    const amEmails = new Set([
      ...clientsOf.keys(),
      ...overloaded
        .filter((person) => person.isAccountManager)
        .map((person) => person.email.trim().toLowerCase())
        .filter(Boolean),
    ]);
    for (const am of amEmails) {
      for (const person of overloaded) {
        const pw = person.byWeek[week];
        const works = clientsOfPerson.get(person.name.toLowerCase()) ?? new Set<string>();
        const shared = [...(clientsOf.get(am) ?? new Map<string, string>())]
          .filter(([key]) => works.has(key))
          .map(([, name]) => name);
        const params = { person: person.name, week: this.day(week), pct: Math.round(pw.total) };
        if (shared.length > 0)
          this.addDigestLine(
            am,
            this.text('digest.overloadClients', { ...params, clients: shared.join(', ') }),
          );
        else if (person.email.trim().toLowerCase() === am)
          this.addDigestLine(am, this.text('digest.overload', params));
      }
    }
  }

  private loadDigest(): Draft[] {
    const load = this.input.load;
    const { settings, today } = this.input;
    if (!load) return [];
    const monday = mondayOf(today);
    const lines: string[] = [];
    for (const week of [monday, addDays(monday, 7)]) {
      const weekText = this.text('load.week', { day: formatDay(week, this.lang) });
      for (const person of load.people) {
        const pw = person.byWeek[week];
        if (!pw) continue;
        const params = { week: weekText, person: person.name, pct: Math.round(pw.total) };
        if (pw.flags.includes('overload')) lines.push(this.text('load.overload', params));
        else if (pw.flags.includes('noReserve')) lines.push(this.text('load.noReserve', params));
        else if (pw.free > 0) lines.push(this.text('load.free', { ...params, pct: Math.round(pw.free) }));
        if (pw.tentative > 0)
          lines.push(this.text('load.tentative', { ...params, pct: Math.round(pw.tentative) }));
      }
    }
    const to = unique([
      settings.headEmail,
      ...load.people.filter((person) => person.isAccountManager).map((person) => person.email),
    ]);
    if (lines.length === 0 || to.length === 0) return [];
    const drafts: Draft[] = [];
    for (let start = 0; start < to.length; start += RECIPIENTS_PER_MESSAGE)
      drafts.push({
        kind: 'digest.load',
        to: to.slice(start, start + RECIPIENTS_PER_MESSAGE),
        cc: [],
        replyTo: null,
        template: 'digest.load',
        values: { due_date: this.day(monday), manager: settings.senderName },
        items: lines.map((text) => ({ key: null, text })),
        owners: [],
      });
    return drafts;
  }

  private accountingDigest(): Draft[] {
    const { settings, today, documents } = this.input;
    const accountant = settings.accountantEmail.trim();
    if (!accountant || isoWeekday(today) < settings.reminders.accountingWeekday) return [];
    const monday = mondayOf(today);
    const nextMonday = addDays(monday, 7);
    const weekName = (due: CalendarDay) =>
      daysBetween(nextMonday, due) < 0 ? this.text('acc.thisWeek') : this.text('acc.nextWeek');
    const lines: string[] = [];
    for (const doc of documents) {
      const params = this.docParams(doc);
      if (doc.originalsMissing) lines.push(this.text('digest.originals', params));
      if (doc.closed || doc.outstanding <= 0 || !doc.dueDate) continue;
      const inWindow =
        daysBetween(monday, doc.dueDate) >= 0 && daysBetween(addDays(nextMonday, 7), doc.dueDate) < 0;
      if (!doc.isIncoming && (inWindow || daysBetween(doc.dueDate, today) > 0))
        lines.push(this.text('acc.outgoing', { ...params, week: weekName(doc.dueDate) }));
      else if (doc.isIncoming && daysBetween(doc.dueDate, today) > 0)
        lines.push(this.text('acc.overdue', params));
      else if (doc.isIncoming && inWindow)
        lines.push(this.text('acc.incoming', { ...params, week: weekName(doc.dueDate) }));
    }
    if (lines.length === 0) return [];
    return [
      {
        kind: 'digest.accounting',
        to: [accountant],
        cc: [],
        replyTo: null,
        template: 'digest.accounting',
        values: { due_date: this.day(monday), manager: settings.senderName },
        items: lines.map((text) => ({ key: null, text })),
        owners: [],
      },
    ];
  }

  private readonly ownersOf = new Map<PlannedMessage, string[]>();

  /** Renders each draft, gives it its message key, and rejects what must not be sent. */
  private finish(drafts: Draft[]): PlannedMessage[] {
    const { today, done, templates } = this.input;
    const messages: PlannedMessage[] = [];
    for (const draft of drafts) {
      // Digests are keyed by their period (the week for weekly ones), items by stage.
      const period =
        draft.kind === 'digest.load' || draft.kind === 'digest.accounting' ? mondayOf(today) : today;
      const key = messageKey(draft.kind, draft.to, period) + (draft.keySuffix ?? '');
      if (done.has(key)) continue;
      const template = findTemplate(templates, draft.template, this.lang);
      const render = (values: Record<string, string>, lines: readonly string[]) =>
        template
          ? renderTemplate(template, values, lines)
          : { subject: '', body: '', htmlBody: '', unknown: [] };
      // Internal messages are ours to shorten; a client's reminder goes as written or not at all.
      const fitted =
        draft.kind === 'client'
          ? { values: draft.values, items: draft.items }
          : fitToMailLimits(draft.values, draft.items, render, (count) =>
              this.text('digest.andMore', { count }),
            );
      draft.values = fitted.values;
      draft.items = fitted.items;
      const rendered = render(
        draft.values,
        draft.items.map((item) => item.text),
      );
      let problem: string | null = null;
      const headers = [rendered.subject, ...draft.to, ...draft.cc, draft.replyTo ?? ''];
      if (headers.some((value) => HEADER_BREAK.test(value))) problem = this.text('problem.lineBreak');
      else if (rendered.unknown.length > 0)
        problem = this.text('problem.unknownPlaceholder', {
          template: draft.template,
          names: rendered.unknown.join(', '),
        });
      const message: PlannedMessage = {
        kind: draft.kind,
        key,
        to: draft.to,
        cc: draft.cc,
        replyTo: draft.replyTo,
        template: draft.template,
        values: draft.values,
        items: draft.items,
        problem,
        status: problem ? 'rejected' : 'ready',
        // A subject that would be rejected is still shown, on one line, so the AM can find it.
        subject: rendered.subject.replace(/[\r\n]+/g, ' '),
        body: rendered.body,
        htmlBody: rendered.htmlBody,
      };
      this.ownersOf.set(message, draft.owners);
      messages.push(message);
    }
    return messages;
  }

  private allocate(messages: PlannedMessage[], budget: { left: number }): void {
    for (const message of messages) {
      if (message.status !== 'ready') continue;
      const cost = recipientCount(message);
      if (cost <= budget.left) budget.left -= cost;
      else message.status = 'quota';
    }
  }
}

/** Today's messages, in sending order, each `ready`, `quota` or `rejected`. */
export function planDay(input: PlanInput): DayPlan {
  return new Planner(input).plan();
}
