/**
 * The Monday load digest to the head and the AMs (SPEC §4): this week and the
 * next, each a part headed by the week and the team's totals, with a section
 * per judgement of the load core (its flags, never a second computation here),
 * the most severe first. A new section is one more entry in `WEEK_SECTIONS`.
 */
import { addDays, mondayOf } from '../../calendar';
import { counted, t } from '../../i18n';
import type { LoadFlag, LoadSummary, PersonLoad, PersonWeek } from '../../load/types';
import { loadRuleSections } from '../../load/rulesBlocks';
import { formatPct } from '../../load/weekCells';
import type { CalendarDay, Lang } from '../../types';
import { RECIPIENTS_PER_MESSAGE } from '../limits';
import { headingWithTotals, type DigestSection } from '../sections';
import { day, unique } from './phrases';
import type { MessageOutline, PlanInput } from './types';

/** One person in the week a section speaks of. */
export interface PersonInWeek {
  person: PersonLoad;
  week: PersonWeek;
}

/** What a week's section builder reads. */
export interface WeekContext {
  lang: Lang;
  week: CalendarDay;
  people: readonly PersonInWeek[];
  load: LoadSummary;
}

const has = (flag: LoadFlag) => (entry: PersonInWeek) => entry.week.flags.includes(flag);
/** Hours a share of a person's week is: `pct` points of their weekly hours. */
const hoursOf = (entry: PersonInWeek, pct: number) => (pct * entry.person.weeklyHours) / 100;
/** The load once the tentative bookings are confirmed, the figure the load core judges `wouldOverload` by. */
const afterConfirmation = (week: PersonWeek) => week.total + week.tentative;
const hoursText = (hours: number, lang: Lang) => formatPct(Math.round(hours * 10) / 10, lang);

/** Free: the person has room, and confirming their bookings would not overload them. */
const isFree = (entry: PersonInWeek) =>
  entry.week.free > 0 &&
  !['overload', 'noReserve', 'wouldOverload', 'bookedInAbsence'].some((flag) => has(flag as LoadFlag)(entry));

function peopleSection(
  ctx: WeekContext,
  title: string,
  chosen: PersonInWeek[],
  severity: (entry: PersonInWeek) => number,
  line: (entry: PersonInWeek) => string,
): DigestSection | null {
  if (chosen.length === 0) return null;
  const sorted = [...chosen].sort((a, b) => severity(b) - severity(a));
  return {
    level: 2,
    heading: headingWithTotals(ctx.lang, title, 'people', chosen.length),
    items: sorted.map((entry) => ({ key: null, text: line(entry) })),
  };
}

const pctLine = (ctx: WeekContext) => (entry: PersonInWeek) =>
  t(ctx.lang, 'digests.personPct', {
    person: entry.person.name,
    pct: formatPct(entry.week.total, ctx.lang),
  });

/** The sections of one week, in this order; each returns null when it has nobody. */
export const WEEK_SECTIONS: readonly ((ctx: WeekContext) => DigestSection | null)[] = [
  (ctx) =>
    peopleSection(
      ctx,
      t(ctx.lang, 'digests.load.bookedInAbsence'),
      ctx.people.filter(has('bookedInAbsence')),
      (e) => e.week.total,
      pctLine(ctx),
    ),
  (ctx) =>
    peopleSection(
      ctx,
      t(ctx.lang, 'digests.load.overload'),
      // Work booked over a leave is the conflict said above, not an overload to rebalance.
      ctx.people.filter((e) => has('overload')(e) && !has('bookedInAbsence')(e)),
      (e) => e.week.total,
      pctLine(ctx),
    ),
  (ctx) =>
    peopleSection(
      ctx,
      t(ctx.lang, 'digests.load.wouldOverload'),
      ctx.people.filter(has('wouldOverload')),
      (e) => afterConfirmation(e.week),
      (e) =>
        t(ctx.lang, 'digests.load.wouldOverloadLine', {
          person: e.person.name,
          after: formatPct(afterConfirmation(e.week), ctx.lang),
          pct: formatPct(e.week.total, ctx.lang),
          tentative: formatPct(e.week.tentative, ctx.lang),
        }),
    ),
  (ctx) =>
    peopleSection(
      ctx,
      t(ctx.lang, 'digests.load.noReserve'),
      // Who would overload once bookings are confirmed is said above.
      ctx.people.filter(
        (e) =>
          has('noReserve')(e) &&
          !has('overload')(e) &&
          !has('wouldOverload')(e) &&
          !has('bookedInAbsence')(e),
      ),
      (e) => e.week.total,
      pctLine(ctx),
    ),
  (ctx) => {
    const free = ctx.people.filter(isFree);
    const section = peopleSection(
      ctx,
      t(ctx.lang, 'digests.load.free'),
      free,
      (e) => hoursOf(e, e.week.free) * 1000 + e.week.free,
      (e) =>
        t(ctx.lang, 'digests.load.freeLine', {
          person: e.person.name,
          pct: formatPct(e.week.free, ctx.lang),
          hours: hoursText(hoursOf(e, e.week.free), ctx.lang),
        }),
    );
    if (!section) return null;
    const hours = hoursText(freeHours(ctx.people), ctx.lang);
    const title = t(ctx.lang, 'digests.load.free');
    const count = counted(ctx.lang, 'people', free.length);
    return { ...section, heading: t(ctx.lang, 'digests.heading.hours', { title, count, hours }) };
  },
  (ctx) =>
    peopleSection(
      ctx,
      t(ctx.lang, 'digests.load.tentative'),
      // Who would overload is said above, with the same figures.
      ctx.people.filter((e) => has('tentativePending')(e) && !has('wouldOverload')(e)),
      (e) => e.week.tentative,
      (e) =>
        t(ctx.lang, 'digests.load.tentativeLine', {
          person: e.person.name,
          tentative: formatPct(e.week.tentative, ctx.lang),
          after: formatPct(afterConfirmation(e.week), ctx.lang),
        }),
    ),
];

/** The hours of the people the digest calls free (the same people its free section lists). */
function freeHours(people: readonly PersonInWeek[]): number {
  return people.filter(isFree).reduce((sum, e) => sum + hoursOf(e, e.week.free), 0);
}

/** The week's heading: its team load (weighted by each person's hours) and the free hours. */
function weekHeading(
  ctx: WeekContext,
  title: 'digests.load.thisWeek' | 'digests.load.nextWeek',
): DigestSection {
  const hours = ctx.people.reduce((sum, e) => sum + e.person.weeklyHours, 0);
  const busy = ctx.people.reduce((sum, e) => sum + hoursOf(e, e.week.total), 0);
  const summary =
    hours > 0
      ? t(ctx.lang, 'digests.load.summary', {
          pct: formatPct(Math.round((busy / hours) * 100), ctx.lang),
          free: hoursText(freeHours(ctx.people), ctx.lang),
          hours: hoursText(hours, ctx.lang),
        })
      : undefined;
  return { level: 1, heading: t(ctx.lang, title, { day: day(ctx.week, ctx.lang) }), summary, items: [] };
}

export function loadSections(
  load: LoadSummary,
  today: CalendarDay,
  lang: Lang,
  utilisationTargetPct = 75,
): DigestSection[] {
  const monday = mondayOf(today);
  const sections: DigestSection[] = [];
  const weeks = [
    [monday, 'digests.load.thisWeek'],
    [addDays(monday, 7), 'digests.load.nextWeek'],
  ] as const;
  for (const [week, title] of weeks) {
    const people = load.people.flatMap((person) =>
      person.byWeek[week] ? [{ person, week: person.byWeek[week] }] : [],
    );
    if (people.length === 0) continue;
    const ctx: WeekContext = { lang, week, people, load };
    const parts = WEEK_SECTIONS.map((build) => build(ctx)).filter((s): s is DigestSection => s !== null);
    parts.push(...loadRuleSections(load, week, utilisationTargetPct, lang));
    if (parts.length > 0) sections.push(weekHeading(ctx, title), ...parts);
  }
  return sections;
}

/** The Monday load digest, split by MailApp's 50 recipients per message. */
export function loadDigest(input: PlanInput): MessageOutline[] {
  const { load, settings } = input;
  if (!load) return [];
  const sections = loadSections(load, input.today, input.lang, settings.load.utilisationTargetPct);
  const to = unique([
    settings.headEmail,
    ...load.people.filter((person) => person.isAccountManager).map((person) => person.email),
  ]);
  if (sections.length === 0 || to.length === 0) return [];
  const outlines: MessageOutline[] = [];
  for (let start = 0; start < to.length; start += RECIPIENTS_PER_MESSAGE)
    outlines.push({
      kind: 'digest.load',
      to: to.slice(start, start + RECIPIENTS_PER_MESSAGE),
      cc: [],
      replyTo: null,
      template: 'digest.load',
      values: { due_date: day(mondayOf(input.today), input.lang), manager: settings.senderName },
      items: [],
      sections,
      owners: [],
    });
  return outlines;
}
