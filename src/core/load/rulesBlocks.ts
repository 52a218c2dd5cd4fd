/**
 * The summary sheet's rows for roles without a person yet and for utilisation, and what the
 * Monday load digest says of them: each produced from `roleDemand` and `utilisationOf` alone.
 */
import { t } from '../i18n';
import type { CalendarDay, Lang } from '../types';
import { BlockBuilder, header, text } from './blockBuilder';
import { capacitySuffix } from './capacityText';
import { headingWithTotals, type DigestSection } from '../reminders/sections';
import type { LoadSummary } from './types';
import { utilisationOf, type UtilisationWeek } from './utilisation';
import { formatPct, HEAT, weekHeader } from './weekCells';

const roleName = (role: string, lang: Lang) => role || t(lang, 'load.role.unnamed');
const hoursText = (hours: number, lang: Lang) => formatPct(hours, lang);

function weekHeaders(summary: LoadSummary, lang: Lang) {
  return summary.weeks.map((week) =>
    header(weekHeader(week, lang) + capacitySuffix(summary.capacity?.[week], lang)),
  );
}

/** Per role and week `нужно / свободно` hours, red where the role's people cannot cover it. */
export function rolesBlock(summary: LoadSummary, lang: Lang): BlockBuilder | null {
  const roles = summary.roles ?? [];
  if (roles.length === 0) return null;
  const block = new BlockBuilder();
  block.row([text(t(lang, 'load.section.roles'), true)]);
  block.row([
    header(t(lang, 'load.col.role')),
    header(t(lang, 'load.col.rolePeople')),
    ...weekHeaders(summary, lang),
  ]);
  for (const role of roles) {
    block.row([
      text(roleName(role.role, lang), true),
      text(role.people.join(', ')),
      ...summary.weeks.map((week) => {
        const rw = role.byWeek[week];
        if (!rw || rw.demandHours === 0) return { value: '', format: '@' };
        return {
          value: `${hoursText(rw.demandHours, lang)} / ${hoursText(rw.freeHours, lang)}`,
          format: '@',
          background: rw.short ? HEAT.red : HEAT.green,
        };
      }),
    ]);
  }
  return block;
}

function utilisationCell(week: UtilisationWeek | undefined, bold = false) {
  if (!week || week.pct === null) return { value: '—', format: '@', background: HEAT.absent, bold };
  return {
    value: week.pct / 100,
    format: '0%',
    background: week.belowTarget ? HEAT.amber : HEAT.green,
    bold,
  };
}

/** The billable share per person and for the agency per week; below the target highlighted. */
export function utilisationBlock(summary: LoadSummary, targetPct: number, lang: Lang): BlockBuilder | null {
  if (summary.people.length === 0) return null;
  const utilisation = utilisationOf(summary, targetPct);
  const block = new BlockBuilder();
  block.row([text(t(lang, 'load.section.utilisation', { target: targetPct }), true)]);
  block.row([header(t(lang, 'load.col.person')), ...weekHeaders(summary, lang)]);
  block.row([
    text(t(lang, 'load.utilisation.agency'), true),
    ...summary.weeks.map((week) => utilisationCell(utilisation.agency[week], true)),
  ]);
  for (const person of utilisation.people)
    block.row([text(person.name), ...summary.weeks.map((week) => utilisationCell(person.byWeek[week]))]);
  return block;
}

/**
 * Sections of one week of the Monday digest: the roles short of people, and who is below the
 * utilisation target (the heading gives the agency's share); none when there is nothing to say.
 */
export function loadRuleSections(
  summary: LoadSummary,
  week: CalendarDay,
  targetPct: number,
  lang: Lang,
): DigestSection[] {
  const sections: DigestSection[] = [];
  const short = (summary.roles ?? []).filter((role) => {
    const rw = role.byWeek[week];
    return rw?.short && rw.demandHours > 0;
  });
  if (short.length > 0)
    sections.push({
      level: 2,
      heading: headingWithTotals(lang, t(lang, 'load.digest.rulesHeading'), 'roles', short.length),
      items: short.map((role) => ({
        key: null,
        text: t(lang, 'load.digest.roleShort', {
          role: roleName(role.role, lang),
          demand: hoursText(role.byWeek[week].demandHours, lang),
          free: hoursText(role.byWeek[week].freeHours, lang),
        }),
      })),
    });
  const utilisation = utilisationOf(summary, targetPct);
  const agency = utilisation.agency[week];
  const below = utilisation.people.filter((person) => person.byWeek[week]?.belowTarget);
  if (agency?.pct != null && below.length > 0) {
    const title = t(lang, 'load.digest.utilisation', { pct: Math.round(agency.pct), target: targetPct });
    sections.push({
      level: 2,
      heading: headingWithTotals(lang, title, 'people', below.length),
      items: below.map((person) => ({
        key: null,
        text: t(lang, 'load.digest.belowTargetLine', {
          person: person.name,
          pct: Math.round(person.byWeek[week].pct ?? 0),
        }),
      })),
    });
  }
  return sections;
}
