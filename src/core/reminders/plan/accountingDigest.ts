/**
 * The accountant's weekly digest (SPEC §4): what clients should pay this week
 * and next, what they are late with, what to pay contractors, and the missing
 * originals, each section with its count and sum per currency.
 */
import { daysBetween, isoWeekday, mondayOf } from '../../calendar';
import { counted, t } from '../../i18n';
import { bySeverity, headingWithTotals, type DigestSection, type Money } from '../sections';
import type { ReminderDocument } from '../types';
import { day, docParams } from './phrases';
import type { MessageOutline, PlanInput } from './types';

type AccountingSection = 'thisWeek' | 'nextWeek' | 'overdue' | 'outgoing' | 'originals';
const ORDER: readonly AccountingSection[] = ['thisWeek', 'nextWeek', 'overdue', 'outgoing', 'originals'];
const TITLES = {
  thisWeek: 'digests.acc.thisWeek',
  nextWeek: 'digests.acc.nextWeek',
  overdue: 'digests.acc.overdue',
  outgoing: 'digests.acc.outgoing',
  originals: 'digests.originals',
} as const;

interface Line {
  section: AccountingSection;
  text: string;
  severity: number[];
  money?: Money;
}

function linesOf(doc: ReminderDocument, input: PlanInput): Line[] {
  const { today, lang } = input;
  const params = docParams(doc, lang);
  const lines: Line[] = [];
  if (doc.originalsMissing)
    lines.push({
      section: 'originals',
      text: t(lang, doc.isIncoming ? 'digests.originalsLine' : 'digests.acc.contractorOriginalsLine', params),
      severity: [],
    });
  if (doc.closed || doc.outstanding <= 0 || !doc.dueDate) return lines;
  const monday = mondayOf(today);
  const overdueDays = daysBetween(doc.dueDate, today);
  const fromMonday = daysBetween(monday, doc.dueDate);
  const money = { amount: doc.outstanding, currency: doc.currency };
  const days = counted(lang, 'days', Math.abs(overdueDays));
  // Soonest due first, then the larger sum; the longest overdue first.
  const byDue = [-fromMonday, doc.outstanding];
  if (!doc.isIncoming) {
    if (overdueDays > 0)
      lines.push({
        section: 'outgoing',
        text: t(lang, 'digests.acc.outgoingLateLine', { ...params, days }),
        severity: byDue,
        money,
      });
    else if (fromMonday < 14)
      lines.push({
        section: 'outgoing',
        text: t(lang, 'digests.acc.outgoingLine', params),
        severity: byDue,
        money,
      });
  } else if (overdueDays > 0)
    lines.push({
      section: 'overdue',
      text: t(lang, 'digests.acc.overdueLine', { ...params, days }),
      severity: [overdueDays, doc.outstanding],
      money,
    });
  else if (fromMonday >= 0 && fromMonday < 14)
    lines.push({
      section: fromMonday < 7 ? 'thisWeek' : 'nextWeek',
      text: t(lang, 'digests.dueLine', params),
      severity: byDue,
      money,
    });
  return lines;
}

export function accountingSections(input: PlanInput): DigestSection[] {
  const lines = input.documents.flatMap((doc) => linesOf(doc, input));
  const sections: DigestSection[] = [];
  for (const section of ORDER) {
    const own = bySeverity(lines.filter((line) => line.section === section));
    if (own.length === 0) continue;
    const money = own.map((line) => line.money).filter((m): m is Money => m !== undefined);
    const noun = section === 'originals' ? 'documents' : 'invoices';
    sections.push({
      level: 2,
      heading: headingWithTotals(input.lang, t(input.lang, TITLES[section]), noun, own.length, money),
      items: own.map((line) => ({ key: null, text: line.text })),
    });
  }
  return sections;
}

export function accountingDigest(input: PlanInput): MessageOutline[] {
  const { settings, today, lang } = input;
  const accountant = settings.accountantEmail.trim();
  if (!accountant || isoWeekday(today) < settings.reminders.accountingWeekday) return [];
  const sections = accountingSections(input);
  if (sections.length === 0) return [];
  return [
    {
      kind: 'digest.accounting',
      to: [accountant],
      cc: [],
      replyTo: null,
      template: 'digest.accounting',
      values: { due_date: day(mondayOf(today), lang), manager: settings.senderName },
      items: [],
      sections,
      owners: [],
    },
  ];
}
