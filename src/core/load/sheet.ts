/**
 * The owned sheet `Сводка загрузки` as plain blocks (values plus one array per
 * formatting layer), so the adapter writes each block with one call per layer.
 *
 * Percentages are written as numbers (0.85 with a `0%` format) so the sheet
 * stays sortable and usable in formulas; the tentative marker lives in the
 * number format (`0%" (+20)"`), in a blue font and in a note, since neither
 * Sheets nor xlsx can hatch a cell.
 */
import { formatDay, formatDayShort } from '../calendar';
import { t, type MessageKey } from '../i18n';
import type { OwnedSheetContent } from '../sheetContent';
import type { CalendarDay, Lang } from '../types';
import { BlockBuilder, header, hours, text } from './blockBuilder';
import type { LoadThresholds } from './compute';
import { problemAddress, problemText } from './problems';
import type { LoadSummary, PersonWeek } from './types';
import {
  flagWords,
  formatPct,
  HEAT,
  heatColor,
  monthLabel,
  weekHeader,
  weekNumberFormat,
  weeksText,
} from './weekCells';
import { capacitySuffix } from './capacityText';
import { rolesBlock, utilisationBlock } from './rulesBlocks';
import { thisAndNextMondays } from './weeks';

const TENTATIVE_FONT = '#1155cc';

export interface SummarySheetOptions {
  today: CalendarDay;
  lang: Lang;
  limits: LoadThresholds;
  /** Whether the workbook has an actuals register (`Факт`). */
  hasActuals: boolean;
}

function peopleBlock(summary: LoadSummary, options: SummarySheetOptions): BlockBuilder {
  const { lang, limits } = options;
  const { thisWeek, nextWeek } = thisAndNextMondays(options.today);
  const flagWeeks = summary.weeks.filter((week) => week >= thisWeek);
  const block = new BlockBuilder();
  block.row([
    header(t(lang, 'load.col.person')),
    header(t(lang, 'load.col.role')),
    header(t(lang, 'load.col.weeklyHours')),
    ...summary.weeks.map((week) =>
      header(weekHeader(week, lang) + capacitySuffix(summary.capacity?.[week], lang)),
    ),
    header(t(lang, 'load.col.freeThisWeek', { week: formatDayShort(thisWeek, lang) })),
    header(t(lang, 'load.col.freeNextWeek', { week: formatDayShort(nextWeek, lang) })),
    header(t(lang, 'load.col.flags')),
  ]);
  const absent = t(lang, 'load.note.absent');
  const free = (week: PersonWeek | undefined) =>
    week ? { value: week.free / 100, format: '0%' } : { value: '—', format: '@' };
  for (const person of summary.people) {
    block.row([
      text(person.name, true),
      text(person.role),
      { value: person.weeklyHours, format: 'General' },
      ...summary.weeks.map((day) => {
        const week = person.byWeek[day];
        const notes: string[] = [];
        if (week.tentative > 0)
          notes.push(t(lang, 'load.note.tentative', { pct: formatPct(week.tentative, lang) }));
        if (week.absence >= 100) notes.push(absent);
        return {
          value: week.total / 100,
          format: weekNumberFormat(week, lang),
          background: heatColor(week, limits),
          fontColor: week.tentative > 0 ? TENTATIVE_FONT : null,
          note: notes.join('\n'),
        };
      }),
      free(person.byWeek[thisWeek]),
      free(person.byWeek[nextWeek]),
      text(flagWords(person, flagWeeks, lang)),
    ]);
  }
  return block;
}

function accountManagersBlock(summary: LoadSummary, options: SummarySheetOptions): BlockBuilder {
  const { lang, limits } = options;
  const { thisWeek } = thisAndNextMondays(options.today);
  const block = new BlockBuilder();
  block.row([text(t(lang, 'load.section.accountManagers', { max: limits.maxClientsPerAm }), true)]);
  block.row([
    header(t(lang, 'load.col.accountManager')),
    ...summary.weeks.map((week) =>
      header(weekHeader(week, lang) + capacitySuffix(summary.capacity?.[week], lang)),
    ),
    header(t(lang, 'load.col.flags')),
  ]);
  for (const am of summary.accountManagers) {
    // From the current week on, one line per count: the same excess is said once.
    const over = new Map<number, CalendarDay[]>();
    for (const week of summary.weeks.filter((day) => day >= thisWeek && am.byWeek[day].overLimit)) {
      const { count } = am.byWeek[week];
      over.set(count, [...(over.get(count) ?? []), week]);
    }
    const words = [...over].map(([count, weeks]) =>
      t(lang, 'sheets.load.amOverLimit', {
        count,
        max: limits.maxClientsPerAm,
        weeks: weeksText(weeks, lang),
      }),
    );
    block.row([
      text(am.name, true),
      ...summary.weeks.map((week) => ({
        value: am.byWeek[week].count,
        format: '0',
        background: am.byWeek[week].overLimit ? HEAT.red : null,
        note: am.byWeek[week].clients.join(', '),
      })),
      text(words.join('\n')),
    ]);
  }
  return block;
}

function clientsBlock(summary: LoadSummary, lang: Lang): BlockBuilder {
  const months = [...new Set(summary.clients.flatMap((client) => Object.keys(client.byMonth)))].sort();
  const block = new BlockBuilder();
  block.row([text(t(lang, 'load.section.clients'), true)]);
  block.row([
    header(t(lang, 'load.col.client')),
    ...months.map((month) => header(monthLabel(month, lang))),
    header(t(lang, 'load.col.estimatePerMonth')),
  ]);
  for (const client of summary.clients) {
    block.row([
      text(client.client, true),
      ...months.map((month) => hours(client.byMonth[month] ?? 0)),
      hours(client.estimatePerMonth),
    ]);
  }
  return block;
}

function planBlock(summary: LoadSummary, options: SummarySheetOptions): BlockBuilder {
  const { lang, limits } = options;
  const block = new BlockBuilder();
  block.row([text(t(lang, 'load.section.planVsActual', { pct: limits.planTolerancePct }), true)]);
  if (!options.hasActuals) block.row([text(t(lang, 'load.planVsActual.noActuals'))]);
  block.row([
    header(t(lang, 'load.col.client')),
    header(t(lang, 'load.col.month')),
    header(t(lang, 'load.col.planned')),
    header(t(lang, 'load.col.actual')),
    header(t(lang, 'load.col.estimate')),
    header(t(lang, 'load.col.deviation')),
  ]);
  for (const row of summary.planVsActual) {
    const words = row.flags.map((flag) => t(lang, `load.plan.${flag}` as MessageKey)).join('; ');
    block.row([
      text(row.client, true),
      text(monthLabel(row.month, lang)),
      hours(row.planned),
      hours(row.actual),
      hours(row.estimate),
      { value: words, format: '@', background: words ? HEAT.red : null },
    ]);
  }
  return block;
}

function problemsBlock(summary: LoadSummary, lang: Lang): BlockBuilder {
  const block = new BlockBuilder();
  block.row([text(`${t(lang, 'load.section.problems')}: ${summary.problems.length}`, true)]);
  if (summary.problems.length === 0) {
    block.row([text(t(lang, 'load.problems.none'))]);
    return block;
  }
  block.row([header(t(lang, 'load.col.address')), header(t(lang, 'load.col.problem'))]);
  for (const problem of summary.problems)
    block.row([text(problemAddress(problem)), text(problemText(problem, lang))]);
  return block;
}

/** The whole summary sheet: title, people × weeks, AM clients, client hours, plan vs actual, problems. */
export function buildSummarySheet(summary: LoadSummary, options: SummarySheetOptions): OwnedSheetContent {
  const { lang, limits } = options;
  const title = new BlockBuilder();
  title.row([text(t(lang, 'load.sheet.title', { day: formatDay(options.today, lang) }), true)]);
  title.row([
    text(t(lang, 'load.sheet.legend', { reserve: limits.reservePct, overload: limits.overloadPct })),
  ]);

  const sections: BlockBuilder[] = [title, peopleBlock(summary, options)];
  // Utilisation and roles without a person: rows of their own, right under the people.
  for (const block of [
    utilisationBlock(summary, limits.utilisationTargetPct, lang),
    rolesBlock(summary, lang),
  ])
    if (block) sections.push(block);
  if (summary.accountManagers.length > 0) sections.push(accountManagersBlock(summary, options));
  if (summary.clients.length > 0) sections.push(clientsBlock(summary, lang));
  if (summary.planVsActual.length > 0 || options.hasActuals) sections.push(planBlock(summary, options));
  sections.push(problemsBlock(summary, lang));

  const blocks: OwnedSheetContent['blocks'] = [];
  let row = 1;
  for (const section of sections) {
    blocks.push({ row, col: 1, block: section.build() });
    row += section.height + 1;
  }
  const peopleHeaderRow = blocks[1].row;
  return {
    blocks,
    frozenRows: peopleHeaderRow,
    frozenColumns: 1,
    columnWidths: [
      { col: 1, count: 1, width: 200 },
      { col: 4, count: summary.weeks.length, width: 90 },
    ],
  };
}
