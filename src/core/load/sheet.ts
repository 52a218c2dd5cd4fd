/**
 * The owned sheet `Сводка загрузки` as plain blocks (values plus one array per
 * formatting layer), so the adapter writes each block with one call per layer.
 *
 * Percentages are written as numbers (0.85 with a `0%` format) so the sheet
 * stays sortable and usable in formulas; the tentative marker lives in the
 * number format (`0%" (+20)"`), in a blue font and in a note, since neither
 * Sheets nor xlsx can hatch a cell.
 */
import { addDays, formatDay, formatDayShort, MONTHS_EN, partsOf } from '../calendar';
import { t, type MessageKey } from '../i18n';
import type { CellBlock, OwnedSheetContent } from '../sheetContent';
import type { CalendarDay, CellValue, Lang } from '../types';
import type { LoadThresholds } from './compute';
import { problemAddress, problemText } from './problems';
import { LOAD_FLAGS, type LoadFlag, type LoadSummary, type PersonLoad, type PersonWeek } from './types';
import { thisAndNextMondays } from './weeks';

export const HEAT = {
  green: '#b7e1cd',
  amber: '#fce8b2',
  red: '#f4c7c3',
  absent: '#e8eaed',
} as const;
const HEADER_FILL = '#f1f3f4';
const TENTATIVE_FONT = '#1155cc';
/** More flagged weeks than this are shortened to `…`: the sheet is read in a meeting, not audited. */
const MAX_FLAG_WEEKS = 4;

export interface SummarySheetOptions {
  today: CalendarDay;
  lang: Lang;
  limits: LoadThresholds;
  /** Whether the workbook has an actuals register (`Факт`). */
  hasActuals: boolean;
}

/** `85`, `20,5` (ru) / `20.5` (en). */
export function formatPct(points: number, lang: Lang): string {
  const rounded = Math.round(points * 10) / 10;
  const text = String(rounded);
  return lang === 'ru' ? text.replace('.', ',') : text;
}

/** `07.12–11.12`: a range Sheets will not turn into a date when written. */
export function weekHeader(week: CalendarDay, lang: Lang): string {
  return `${formatDayShort(week, lang)}–${formatDayShort(addDays(week, 4), lang)}`;
}

const MONTHS_RU = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** `2026-12` → `декабрь 2026`. */
export function monthLabel(month: string, lang: Lang): string {
  const { year, month: m } = partsOf(`${month}-01`);
  return `${(lang === 'ru' ? MONTHS_RU : MONTHS_EN)[m - 1]} ${year}`;
}

/** The heat-map fill of a person-week; flags and fills use the same thresholds. */
export function heatColor(week: PersonWeek, limits: LoadThresholds): string {
  if (week.total > limits.overloadPct) return HEAT.red;
  if (week.absence >= 100) return HEAT.absent;
  if (week.total > limits.reservePct) return HEAT.amber;
  return HEAT.green;
}

/** A number format showing the total and, when some load is tentative, `(+20)`. */
export function weekNumberFormat(week: PersonWeek, lang: Lang): string {
  return week.tentative > 0 ? `0%" (+${formatPct(week.tentative, lang)})"` : '0%';
}

/** Words for the flags column: `перегруз 110 % (неделя 21.12); ждёт подтверждения +20 % (неделя 07.12)`. */
export function flagWords(person: PersonLoad, weeks: readonly CalendarDay[], lang: Lang): string {
  const parts: string[] = [];
  for (const flag of LOAD_FLAGS) {
    const items: string[] = [];
    for (const week of weeks) {
      const pw = person.byWeek[week];
      if (!pw?.flags.includes(flag)) continue;
      // An overloaded week obviously has no reserve; saying both is noise.
      if (flag === 'noReserve' && pw.flags.includes('overload')) continue;
      items.push(flagItem(flag, pw, lang));
    }
    if (items.length === 0) continue;
    const shown = items.length > MAX_FLAG_WEEKS ? [...items.slice(0, MAX_FLAG_WEEKS), '…'] : items;
    parts.push(`${t(lang, `load.flag.${flag}` as MessageKey)} ${shown.join(', ')}`);
  }
  return parts.join('; ');
}

function flagItem(flag: LoadFlag, week: PersonWeek, lang: Lang): string {
  const day = formatDayShort(week.week, lang);
  if (flag === 'tentativePending')
    return t(lang, 'load.flag.tentativeItem', { pct: formatPct(week.tentative, lang), week: day });
  const pct = flag === 'wouldOverload' ? week.total + week.tentative : week.total;
  return t(lang, 'load.flag.item', { pct: formatPct(pct, lang), week: day });
}

/** Rows of one block padded to the same width, as `setValues` needs. */
function pad<T>(rows: T[][], width: number, filler: T): T[][] {
  return rows.map((row) =>
    row.length >= width ? row : [...row, ...Array<T>(width - row.length).fill(filler)],
  );
}

/** Builds a block row by row with every layer, then pads it to a rectangle. */
class BlockBuilder {
  private readonly values: CellValue[][] = [];
  private readonly backgrounds: (string | null)[][] = [];
  private readonly fontColors: (string | null)[][] = [];
  private readonly formats: string[][] = [];
  private readonly weights: ('bold' | 'normal')[][] = [];
  private readonly notes: string[][] = [];

  row(
    cells: {
      value: CellValue;
      background?: string | null;
      fontColor?: string | null;
      format?: string;
      bold?: boolean;
      note?: string;
    }[],
  ): void {
    this.values.push(cells.map((c) => c.value));
    this.backgrounds.push(cells.map((c) => c.background ?? null));
    this.fontColors.push(cells.map((c) => c.fontColor ?? null));
    this.formats.push(cells.map((c) => c.format ?? '@'));
    this.weights.push(cells.map((c) => (c.bold ? 'bold' : 'normal')));
    this.notes.push(cells.map((c) => c.note ?? ''));
  }

  get height(): number {
    return this.values.length;
  }

  build(): CellBlock {
    const width = this.values.reduce((max, row) => Math.max(max, row.length), 1);
    return {
      values: pad(this.values, width, ''),
      backgrounds: pad(this.backgrounds, width, null),
      fontColors: pad(this.fontColors, width, null),
      numberFormats: pad(this.formats, width, '@'),
      fontWeights: pad(this.weights, width, 'normal'),
      notes: pad(this.notes, width, ''),
    };
  }
}

/** Names come from the user's cells: one starting with `=` must stay text, not become a formula. */
// No apostrophe guard: the workbook adapter writes every string into a plain-text cell.
const text = (value: string, bold = false) => ({ value, bold, format: '@' });
const header = (value: string) => ({ value, bold: true, background: HEADER_FILL, format: '@' });
const hours = (value: number | null) =>
  value === null ? { value: '' } : { value: Math.round(value * 10) / 10, format: '0.0' };

function peopleBlock(summary: LoadSummary, options: SummarySheetOptions): BlockBuilder {
  const { lang, limits } = options;
  const { thisWeek, nextWeek } = thisAndNextMondays(options.today);
  const flagWeeks = summary.weeks.filter((week) => week >= thisWeek);
  const block = new BlockBuilder();
  block.row([
    header(t(lang, 'load.col.person')),
    header(t(lang, 'load.col.role')),
    header(t(lang, 'load.col.weeklyHours')),
    ...summary.weeks.map((week) => header(weekHeader(week, lang))),
    header(t(lang, 'load.col.freeThisWeek', { week: formatDayShort(thisWeek, lang) })),
    header(t(lang, 'load.col.freeNextWeek', { week: formatDayShort(nextWeek, lang) })),
    header(t(lang, 'load.col.flags')),
  ]);
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
        if (week.absence >= 100) notes.push(t(lang, 'load.note.absent'));
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
  const block = new BlockBuilder();
  block.row([text(t(lang, 'load.section.accountManagers', { max: limits.maxClientsPerAm }), true)]);
  block.row([
    header(t(lang, 'load.col.accountManager')),
    ...summary.weeks.map((week) => header(weekHeader(week, lang))),
    header(t(lang, 'load.col.flags')),
  ]);
  for (const am of summary.accountManagers) {
    const over = summary.weeks.filter((week) => am.byWeek[week].overLimit);
    const words = over.map((week) =>
      t(lang, 'load.am.overLimit', {
        count: am.byWeek[week].count,
        max: limits.maxClientsPerAm,
        week: formatDayShort(week, lang),
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
      text(words.join('; ')),
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
