/**
 * The summary sheet's rows for roles without a person yet and for utilisation, and what the
 * Monday load digest says of them: each produced from `roleDemand` and `utilisationOf` alone.
 */
import { t } from '../i18n';
import type { CalendarDay, Lang } from '../types';
import { BlockBuilder, header, text } from './blockBuilder';
import { capacitySuffix } from './capacityText';
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

/** Lines of the Monday digest: roles short of people, the agency's billable share, who is below target. */
export function loadRuleLines(
  summary: LoadSummary,
  weeks: readonly CalendarDay[],
  targetPct: number,
  lang: Lang,
): string[] {
  const lines: string[] = [];
  const utilisation = utilisationOf(summary, targetPct);
  for (const week of weeks) {
    for (const role of summary.roles ?? []) {
      const rw = role.byWeek[week];
      if (!rw?.short || rw.demandHours === 0) continue;
      lines.push(
        t(lang, 'load.digest.roleShort', {
          role: roleName(role.role, lang),
          demand: hoursText(rw.demandHours, lang),
          free: hoursText(rw.freeHours, lang),
        }),
      );
    }
    const agency = utilisation.agency[week];
    if (agency?.pct == null) continue;
    lines.push(t(lang, 'load.digest.utilisation', { pct: Math.round(agency.pct), target: targetPct }));
    const below = utilisation.people
      .filter((person) => person.byWeek[week]?.belowTarget)
      .map((person) => `${person.name} ${Math.round(person.byWeek[week].pct ?? 0)}%`);
    if (below.length > 0)
      lines.push(
        t(lang, 'load.digest.belowTarget', {
          target: targetPct,
          people: below.join(', '),
        }),
      );
  }
  return lines;
}
