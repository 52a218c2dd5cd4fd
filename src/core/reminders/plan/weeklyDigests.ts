/**
 * The weekly digests: the Monday load digest to the head and the AMs, and the
 * accountant's digest of what to collect and pay this week and next.
 */
import { addDays, daysBetween, formatDay, isoWeekday, mondayOf } from '../../calendar';
import { t } from '../../i18n';
import type { CalendarDay } from '../../types';
import { RECIPIENTS_PER_MESSAGE } from '../limits';
import { day, docParams, unique } from './phrases';
import type { MessageOutline, PlanInput } from './types';

function loadLines(input: PlanInput): string[] {
  const { load, lang } = input;
  if (!load) return [];
  const monday = mondayOf(input.today);
  const lines: string[] = [];
  for (const week of [monday, addDays(monday, 7)]) {
    const weekText = t(lang, 'load.week', { day: formatDay(week, lang) });
    for (const person of load.people) {
      const pw = person.byWeek[week];
      if (!pw) continue;
      const params = { week: weekText, person: person.name, pct: Math.round(pw.total) };
      if (pw.flags.includes('overload')) lines.push(t(lang, 'load.overload', params));
      else if (pw.flags.includes('noReserve')) lines.push(t(lang, 'load.noReserve', params));
      else if (pw.free > 0) lines.push(t(lang, 'load.free', { ...params, pct: Math.round(pw.free) }));
      if (pw.tentative > 0)
        lines.push(t(lang, 'load.tentative', { ...params, pct: Math.round(pw.tentative) }));
    }
  }
  return lines;
}

/** The Monday load digest, split by MailApp's 50 recipients per message. */
export function loadDigest(input: PlanInput): MessageOutline[] {
  const { load, settings } = input;
  if (!load) return [];
  const lines = loadLines(input);
  const to = unique([
    settings.headEmail,
    ...load.people.filter((person) => person.isAccountManager).map((person) => person.email),
  ]);
  if (lines.length === 0 || to.length === 0) return [];
  const outlines: MessageOutline[] = [];
  for (let start = 0; start < to.length; start += RECIPIENTS_PER_MESSAGE)
    outlines.push({
      kind: 'digest.load',
      to: to.slice(start, start + RECIPIENTS_PER_MESSAGE),
      cc: [],
      replyTo: null,
      template: 'digest.load',
      values: { due_date: day(mondayOf(input.today), input.lang), manager: settings.senderName },
      items: lines.map((text) => ({ key: null, text })),
      owners: [],
    });
  return outlines;
}

export function accountingDigest(input: PlanInput): MessageOutline[] {
  const { settings, today, documents, lang } = input;
  const accountant = settings.accountantEmail.trim();
  if (!accountant || isoWeekday(today) < settings.reminders.accountingWeekday) return [];
  const monday = mondayOf(today);
  const nextMonday = addDays(monday, 7);
  const [thisWeek, nextWeek] = [t(lang, 'receivables.when.thisWeek'), t(lang, 'receivables.when.nextWeek')];
  const weekName = (due: CalendarDay) => (daysBetween(nextMonday, due) < 0 ? thisWeek : nextWeek);
  const lines: string[] = [];
  for (const doc of documents) {
    const params = docParams(doc, lang);
    if (doc.originalsMissing) lines.push(t(lang, 'digest.originals', params));
    if (doc.closed || doc.outstanding <= 0 || !doc.dueDate) continue;
    const inWindow =
      daysBetween(monday, doc.dueDate) >= 0 && daysBetween(addDays(nextMonday, 7), doc.dueDate) < 0;
    if (!doc.isIncoming && (inWindow || daysBetween(doc.dueDate, today) > 0))
      lines.push(t(lang, 'acc.outgoing', { ...params, week: weekName(doc.dueDate) }));
    else if (doc.isIncoming && daysBetween(doc.dueDate, today) > 0)
      lines.push(t(lang, 'acc.overdue', params));
    else if (doc.isIncoming && inWindow)
      lines.push(t(lang, 'acc.incoming', { ...params, week: weekName(doc.dueDate) }));
  }
  if (lines.length === 0) return [];
  return [
    {
      kind: 'digest.accounting',
      to: [accountant],
      cc: [],
      replyTo: null,
      template: 'digest.accounting',
      values: { due_date: day(monday, lang), manager: settings.senderName },
      items: lines.map((text) => ({ key: null, text })),
      owners: [],
    },
  ];
}
