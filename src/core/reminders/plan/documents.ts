/**
 * What today's documents call for: STOP alerts, renewal notices, the client
 * reminders due, and the lines each document adds to its AM's digest.
 */
import { daysBetween } from '../../calendar';
import { currentStage, type ReminderRules } from '../../documents/nextReminder';
import { counted, t, type MessageParams } from '../../i18n';
import { pauseDateWins, type ReplyPause } from '../../mail/pause';
import { itemKeys, recipientSetKey } from '../keys';
import type { MessageKind, ReminderDocument } from '../types';
import { clientOutlines, type ClientGroup } from './clients';
import { mayOfferLetter, type StoppedDocument, workPausedLetters } from './letters';
import { day, type DocParams, docParams, itemLine, stringParams, unique } from './phrases';
import type { DigestLine, MessageOutline, PlanInput } from './types';

export interface DocumentsPlan {
  /** STOP alerts, client reminders (in quota order), renewal notices. */
  outlines: MessageOutline[];
  lines: DigestLine[];
  /** "Work paused" letters the AM may send by hand; never sent by the run. */
  letters: MessageOutline[];
}

/** One alert per recipient set, listing every client it speaks of. */
interface AlertGroup {
  outline: MessageOutline;
  clients: Set<string>;
}

function reminderRules(input: PlanInput): ReminderRules {
  const { reminders, documents } = input.settings;
  return {
    preDueDays: reminders.preDueDays,
    overdueRepeatDays: reminders.overdueRepeatDays,
    stopDays: documents.stopDays,
    escalationDays: documents.escalationDays,
    sendOnWeekends: reminders.sendOnWeekends,
    calendar: input.calendar,
  };
}

function addToAlert(
  groups: Map<string, AlertGroup>,
  alert: { kind: MessageKind; to: string[]; doc: ReminderDocument; params: MessageParams },
  input: PlanInput,
): MessageOutline {
  const { kind, to, doc, params } = alert;
  const setKey = recipientSetKey(to);
  let group = groups.get(setKey);
  if (!group) {
    const outline: MessageOutline = {
      kind,
      to,
      cc: [],
      replyTo: null,
      template: kind,
      values: { ...stringParams(params), manager: doc.managerName || input.settings.senderName },
      items: [],
      owners: unique([doc.managerEmail ?? input.settings.headEmail]),
    };
    group = { outline, clients: new Set() };
    groups.set(setKey, group);
  }
  group.clients.add(doc.counterparty);
  return group.outline;
}

/** The digest line of a document that is due but may not be reminded, or null when nothing stops it. */
function notEligibleLine(
  doc: ReminderDocument,
  params: DocParams,
  state: string,
  input: PlanInput,
): Omit<DigestLine, 'owner'> | null {
  const { lang } = input;
  const money = { amount: doc.outstanding, currency: doc.currency };
  if (doc.paused)
    return {
      section: 'paused',
      text: t(lang, 'digests.am.pausedLine', { client: params.client, state }),
      severity: [daysBetween(doc.dueDate ?? input.today, input.today), doc.outstanding],
      money,
    };
  if (doc.clientEmails.length === 0 || doc.clientEmailInvalid)
    return { section: 'data', text: t(lang, 'digests.am.badEmailLine', params), severity: [-doc.row] };
  return null;
}

/** The client's reply that pauses this document's reminders, unless the row's own pause date decides. */
function replyPauseOf(doc: ReminderDocument, input: PlanInput): ReplyPause | undefined {
  const pause = input.replyPauses?.get(recipientSetKey(doc.clientEmails));
  return pause && !pauseDateWins(pause, doc.pausedUntil) ? pause : undefined;
}

/** «Гранит: клиент ответил 08.12: «Оплатим в пятницу» — пауза до 22.12», linked to the thread. */
function replyLine(doc: ReminderDocument, pause: ReplyPause, input: PlanInput): Omit<DigestLine, 'owner'> {
  const { lang } = input;
  return {
    section: 'paused',
    text: t(lang, 'mail.digest.replied', {
      client: doc.counterparty,
      day: day(pause.repliedOn, lang),
      line: pause.firstLine,
      until: day(pause.until, lang),
    }),
    severity: [daysBetween(doc.dueDate ?? input.today, input.today), doc.outstanding],
    money: { amount: doc.outstanding, currency: doc.currency },
    link: pause.link,
    linkText: t(lang, 'mail.digest.openThread'),
  };
}

/** A document whose row the documents engine could not read: the AM fixes it, or it is never reminded. */
function problemLine(doc: ReminderDocument, params: DocParams, lang: PlanInput['lang']) {
  return {
    section: 'data' as const,
    text: t(lang, 'digests.am.problemLine', { ...params, problem: doc.problems.join('; ') }),
    severity: [-doc.row],
  };
}

export function planDocuments(input: PlanInput): DocumentsPlan {
  const { today, settings, done, lang } = input;
  const rules = reminderRules(input);
  const stopDaysText = counted(lang, 'days', settings.documents.stopDays);
  const lines: DigestLine[] = [];
  const clientGroups = new Map<string, ClientGroup>();
  const stops = new Map<string, AlertGroup>();
  const renewals = new Map<string, AlertGroup>();
  const stopped: StoppedDocument[] = [];

  for (const doc of input.documents) {
    // The AM digest that hears about a document: its manager, else the head.
    const owner = doc.managerEmail?.trim() || settings.headEmail.trim() || null;
    const say = (line: Omit<DigestLine, 'owner'>) => lines.push({ owner, ...line });
    const params = docParams(doc, lang);
    const money = { amount: doc.outstanding, currency: doc.currency };
    if (doc.isIncoming && doc.originalsMissing)
      say({ section: 'originals', text: t(lang, 'digests.originalsLine', params), severity: [] });
    if (doc.renewBy) {
      const renewal = { ...params, due_date: day(doc.renewBy, lang) };
      const renewLine = doc.isIncoming ? 'digests.am.renewClient' : 'digests.am.renewContractor';
      say({
        section: 'renewals',
        text: t(lang, renewLine, renewal),
        severity: [-daysBetween(today, doc.renewBy)],
      });
      const key = itemKeys.renewal(doc.id, doc.renewBy);
      const to = unique([doc.managerEmail ?? settings.headEmail]);
      if (!done.has(key) && to.length > 0)
        addToAlert(renewals, { kind: 'renewal', to, doc, params: renewal }, input).items.push({
          key,
          text: t(lang, doc.isIncoming ? 'digests.renewal.client' : 'digests.renewal.contractor', renewal),
        });
    }
    if (!doc.isIncoming || doc.closed) continue;
    // A row with bad data (an amount «по договорённости», a due date «12.13.2026») is never reminded.
    if (doc.problems.length > 0) say(problemLine(doc, params, lang));
    if (doc.outstanding <= 0 || !doc.dueDate) continue;
    const overdueDays = daysBetween(doc.dueDate, today);
    const daysText = counted(lang, 'days', Math.abs(overdueDays));
    const severity = [overdueDays, doc.outstanding];
    if (overdueDays >= settings.documents.stopDays) {
      say({
        section: 'stop',
        text: t(lang, 'digests.am.stopLine', { ...params, days: daysText }),
        severity,
        money,
      });
      const key = itemKeys.stop(doc.id);
      const to = unique([doc.managerEmail, settings.headEmail]);
      if (!done.has(key) && to.length > 0) {
        // One alert lists every stopped client of these recipients: `{days}` is the regulation's threshold.
        const stop = { ...params, number: doc.number, days: stopDaysText };
        addToAlert(stops, { kind: 'stop', to, doc, params: stop }, input).items.push({
          key,
          text: `${doc.counterparty}: ${itemLine(doc, overdueDays, lang, params)}`,
        });
      }
      if (mayOfferLetter(doc)) stopped.push({ doc, params, overdueDays });
      continue;
    }
    if (doc.disputed) {
      const text =
        overdueDays > 0
          ? t(lang, 'digests.am.disputedLateLine', { ...params, days: daysText })
          : t(lang, 'digests.am.disputedLine', params);
      say({ section: 'paused', text, severity, money });
      continue;
    }
    const stage = currentStage(doc.dueDate, today, rules);
    const refused =
      stage && !doc.reminderEligible && doc.problems.length === 0
        ? notEligibleLine(doc, params, itemLine(doc, overdueDays, lang, params), input)
        : null;
    const replied = doc.reminderEligible ? replyPauseOf(doc, input) : undefined;
    if (refused !== null) say(refused);
    else if (doc.problems.length > 0) continue;
    else if (replied) say(replyLine(doc, replied, input));
    else if (overdueDays > 0)
      say({
        section: 'overdue',
        text: t(lang, 'digests.am.overdueLine', { ...params, days: daysText }),
        severity,
        money,
      });
    else if (overdueDays >= -settings.reminders.preDueDays)
      // The nearest due date first, then the larger sum.
      say({
        section: 'dueSoon',
        text: t(lang, 'digests.dueLine', params),
        severity: [overdueDays, doc.outstanding],
        money,
      });
    if (!doc.reminderEligible || !stage) continue;
    const key = stage.stage === 'preDue' ? itemKeys.preDue(doc.id) : itemKeys.overdue(doc.id, stage.index);
    if (done.has(key)) continue;
    const setKey = recipientSetKey(doc.clientEmails);
    const group: ClientGroup = clientGroups.get(setKey) ?? { docs: [], overdue: false, escalated: false };
    group.docs.push({ doc, key, params });
    if (replied) group.held = replied;
    group.overdue ||= overdueDays > 0;
    group.escalated ||= stage.escalated;
    clientGroups.set(setKey, group);
  }

  // A grouped alert names every client it lists.
  const alerts = (groups: Map<string, AlertGroup>) =>
    [...groups.values()].map(({ outline, clients }) => ({
      ...outline,
      values: { ...outline.values, client: [...clients].join(', ') },
    }));
  return {
    outlines: [...alerts(stops), ...clientOutlines([...clientGroups.values()], input), ...alerts(renewals)],
    lines,
    letters: workPausedLetters(stopped, input),
  };
}
