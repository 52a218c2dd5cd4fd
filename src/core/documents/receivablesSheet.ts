/**
 * The owned sheet `Дебиторка` as plain blocks: the 30-day ratio with its
 * definition, then per client, per AM (each with a totals row per currency),
 * per contract and the outgoing payments. Amounts are written as numbers in
 * major units with a money format, so the sheet stays sortable and summable;
 * exactness is kept because every figure comes from integer kopecks. A zero
 * shows as a dash through the format's zero section, so the few sums that
 * matter stand out and the cells stay numbers.
 */
import { formatDay } from '../calendar';
import { t, type MessageKey } from '../i18n';
import { dayCell, type BlockValue, type OwnedSheetContent } from '../sheetContent';
import type { Lang, MinorUnits } from '../types';
import { totalsByCurrency } from './receivables';
import type { Aging, Receivables, ReceivablesLine } from './types';

// Positive; negative; zero (https://developers.google.com/sheets/api/guides/formats#meta_instructions).
const MONEY_FORMAT = '#,##0.00;-#,##0.00;"—"';
const RATIO_FORMAT = '0.0%';
const TARGET_FORMAT = '0%';
const HEADER_FILL = '#f1f3f4';
const TOTAL_FILL = '#f8f9fa';
const FLAG_FILL = '#f4c7c3';
const LATE_FILL = '#fce8b2';
const OK_FILL = '#b7e1cd';

/** Widths in pixels: names in A and B, sums after. */
const COLUMN_WIDTHS = [
  { col: 1, count: 1, width: 220 },
  { col: 2, count: 1, width: 140 },
  { col: 3, count: 9, width: 115 },
];

interface Row {
  cells: BlockValue[];
  /** Number formats by column; the others `General` (strings are text whatever it says). */
  formats?: Record<number, string>;
  bold?: boolean;
  /** The whole row's fill, unless `fills` names the cell. */
  fill?: string | null;
  fills?: Record<number, string>;
}

function moneyFormats(columns: number[]): Record<number, string> {
  return Object.fromEntries(columns.map((col) => [col, MONEY_FORMAT]));
}

function major(minor: MinorUnits): number {
  // Division by 100 of an integer prints back exactly (two decimals at most).
  return minor / 100;
}

function header(lang: Lang, keys: MessageKey[]): Row {
  return { cells: keys.map((key) => t(lang, key)), bold: true, fill: HEADER_FILL };
}

const LINE_HEADERS: MessageKey[] = [
  'receivables.col.currency',
  'receivables.col.invoiced',
  'receivables.col.paid',
  'receivables.col.outstanding',
  'receivables.col.overdue',
  'receivables.col.notDue',
  'receivables.col.days1to7',
  'receivables.col.days8to30',
  'receivables.col.days31to60',
  'receivables.col.over60',
];

/** How late money in each aging column is coloured: amber within a month, red after. */
const AGING_FILLS: [keyof Aging, number, string][] = [
  ['days1to7', 7, LATE_FILL],
  ['days8to30', 8, LATE_FILL],
  ['days31to60', 9, FLAG_FILL],
  ['over60', 10, FLAG_FILL],
];

function lineRow(line: ReceivablesLine, total = false): Row {
  const { aging } = line;
  const fills: Record<number, string> = {};
  if (line.overdue > 0) fills[5] = FLAG_FILL;
  for (const [bucket, col, fill] of AGING_FILLS) if (aging[bucket] > 0) fills[col] = fill;
  return {
    cells: [
      line.key,
      line.currency,
      ...[
        line.invoiced,
        line.paid,
        line.outstanding,
        line.overdue,
        aging.notDue,
        aging.days1to7,
        aging.days8to30,
        aging.days31to60,
        aging.over60,
      ].map(major),
    ],
    formats: moneyFormats([2, 3, 4, 5, 6, 7, 8, 9, 10]),
    fills,
    bold: total,
    fill: total ? TOTAL_FILL : null,
  };
}

/** The lines of a table, then its totals row per currency. */
function linesWithTotals(lines: readonly ReceivablesLine[], lang: Lang): Row[] {
  if (lines.length === 0) return [];
  const totals = totalsByCurrency(lines, t(lang, 'sheets.receivables.total'));
  return [...lines.map((line) => lineRow(line)), ...totals.map((line) => lineRow(line, true))];
}

function section(lang: Lang, title: MessageKey, head: Row, body: Row[]): Row[] {
  return [
    { cells: [t(lang, title)], bold: true },
    head,
    ...(body.length > 0 ? body : [{ cells: [t(lang, 'receivables.none')] }]),
    { cells: [] },
  ];
}

function rowsOf(receivables: Receivables, lang: Lang): Row[] {
  const rows: Row[] = [
    { cells: [t(lang, 'receivables.title', { date: formatDay(receivables.today, lang) })], bold: true },
    { cells: [t(lang, 'receivables.generated')] },
    { cells: [] },
  ];
  rows.push(
    ...section(
      lang,
      'receivables.ratio.title',
      header(lang, [
        'receivables.col.currency',
        'receivables.col.outstanding',
        'receivables.col.revenue',
        'receivables.col.pct',
        'receivables.col.target',
        'receivables.col.verdict',
      ]),
      receivables.ratio.map((ratio) => ({
        cells: [
          ratio.currency,
          major(ratio.outstanding),
          major(ratio.revenue),
          // Fractions in a percent format: 537.7 points read `537,7%`, the target `20%`.
          ratio.pct === null ? '' : ratio.pct / 100,
          ratio.targetPct / 100,
          ratio.pct === null && ratio.outstanding > 0
            ? t(lang, 'receivables.ratio.noRevenue')
            : ratio.healthy
              ? t(lang, 'receivables.ratio.healthy')
              : t(lang, 'receivables.ratio.high', { target: ratio.targetPct }),
        ],
        formats: { ...moneyFormats([1, 2]), 3: RATIO_FORMAT, 4: TARGET_FORMAT },
        fill: ratio.healthy ? OK_FILL : FLAG_FILL,
      })),
    ).slice(0, -1),
    {
      cells: [
        t(lang, 'receivables.ratio.definition', {
          from: formatDay(receivables.revenueFrom, lang),
          to: formatDay(receivables.revenueTo, lang),
        }),
      ],
    },
    { cells: [] },
  );
  rows.push(
    ...section(
      lang,
      'receivables.byClient',
      header(lang, ['receivables.col.client', ...LINE_HEADERS]),
      linesWithTotals(receivables.byClient, lang),
    ),
    ...section(
      lang,
      'receivables.byManager',
      header(lang, ['receivables.col.manager', ...LINE_HEADERS]),
      linesWithTotals(receivables.byManager, lang),
    ),
    ...section(
      lang,
      'receivables.contracts',
      header(lang, [
        'receivables.col.contract',
        'receivables.col.client',
        'receivables.col.currency',
        'receivables.col.contractSum',
        'receivables.col.invoiced',
        'receivables.col.acts',
        'receivables.col.paid',
        'receivables.col.remaining',
        'receivables.col.flags',
      ]),
      receivables.contracts.map((balance) => {
        const flags = [
          balance.actsExceedPayments ? t(lang, 'receivables.flag.actsExceedPayments') : '',
          balance.invoicesExceedContract ? t(lang, 'receivables.flag.invoicesExceedContract') : '',
        ].filter((flag) => flag !== '');
        return {
          cells: [
            balance.contract,
            balance.counterparty,
            balance.currency,
            balance.contractSum === null ? '' : major(balance.contractSum),
            major(balance.invoiced),
            major(balance.actsClosed),
            major(balance.paid),
            balance.remaining === null ? '' : major(balance.remaining),
            flags.join('; '),
          ],
          formats: moneyFormats([3, 4, 5, 6, 7]),
          fill: flags.length > 0 ? FLAG_FILL : null,
        };
      }),
    ),
    ...section(
      lang,
      'receivables.outgoing',
      header(lang, [
        'receivables.col.number',
        'sheets.receivables.contractor',
        'receivables.col.contract',
        'receivables.col.dueDate',
        'receivables.col.currency',
        'receivables.col.outstanding',
        'receivables.col.when',
      ]),
      [
        ...receivables.outgoing.map((payment) => ({
          cells: [
            payment.number,
            payment.counterparty,
            payment.contract,
            payment.dueDate ? dayCell(payment.dueDate, lang) : '',
            payment.currency,
            major(payment.outstanding),
            t(lang, `receivables.when.${payment.when}`),
          ],
          formats: moneyFormats([5]),
          fill: payment.when === 'overdue' ? FLAG_FILL : null,
        })),
        ...totalsOfOutgoing(receivables).map((total) => ({
          cells: [t(lang, 'sheets.receivables.total'), '', '', '', total.currency, major(total.outstanding)],
          formats: moneyFormats([5]),
          bold: true,
          fill: TOTAL_FILL,
        })),
      ],
    ),
  );
  return rows;
}

/** What the agency owes its contractors, per currency. */
function totalsOfOutgoing(receivables: Receivables): { currency: string; outstanding: MinorUnits }[] {
  const totals = new Map<string, MinorUnits>();
  for (const payment of receivables.outgoing)
    totals.set(payment.currency, (totals.get(payment.currency) ?? 0) + payment.outstanding);
  return [...totals.entries()].map(([currency, outstanding]) => ({ currency, outstanding }));
}

/** The whole sheet as one rectangular block (one call per layer). */
export function buildReceivablesSheet(receivables: Receivables, lang: Lang): OwnedSheetContent {
  const rows = rowsOf(receivables, lang);
  const width = Math.max(...rows.map((row) => row.cells.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, col) => row.cells[col] ?? ''));
  const numberFormats = rows.map((row) =>
    Array.from({ length: width }, (_, col) => row.formats?.[col] ?? 'General'),
  );
  const fontWeights = rows.map((row) =>
    Array.from({ length: width }, (): 'bold' | 'normal' => (row.bold ? 'bold' : 'normal')),
  );
  const backgrounds = rows.map((row) =>
    Array.from({ length: width }, (_, col) =>
      col < row.cells.length ? (row.fills?.[col] ?? row.fill ?? null) : null,
    ),
  );
  return {
    blocks: [{ row: 1, col: 1, block: { values, numberFormats, fontWeights, backgrounds } }],
    frozenRows: 1,
    columnWidths: COLUMN_WIDTHS,
  };
}
