/**
 * The owned sheet `Дебиторка` as plain blocks: the 30-day ratio with its
 * definition, then per client, per AM, per contract and the outgoing
 * payments. Amounts are written as numbers in major units with a money
 * format, so the sheet stays sortable and summable; exactness is kept
 * because every figure comes from integer kopecks.
 */
import { formatDay } from '../calendar';
import { t, type MessageKey } from '../i18n';
import { dayCell, type BlockValue, type OwnedSheetContent } from '../sheetContent';
import type { Lang, MinorUnits } from '../types';
import type { Receivables, ReceivablesLine } from './types';

const MONEY_FORMAT = '#,##0.00';
const HEADER_FILL = '#f1f3f4';
const FLAG_FILL = '#f4c7c3';
const OK_FILL = '#b7e1cd';

interface Row {
  cells: BlockValue[];
  money?: number[];
  bold?: boolean;
  fill?: string | null;
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

function lineRow(line: ReceivablesLine): Row {
  const { aging } = line;
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
    money: [2, 3, 4, 5, 6, 7, 8, 9, 10],
  };
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
          ratio.pct ?? '',
          ratio.targetPct,
          ratio.pct === null && ratio.outstanding > 0
            ? t(lang, 'receivables.ratio.noRevenue')
            : ratio.healthy
              ? t(lang, 'receivables.ratio.healthy')
              : t(lang, 'receivables.ratio.high', { target: ratio.targetPct }),
        ],
        money: [1, 2],
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
      receivables.byClient.map(lineRow),
    ),
    ...section(
      lang,
      'receivables.byManager',
      header(lang, ['receivables.col.manager', ...LINE_HEADERS]),
      receivables.byManager.map(lineRow),
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
          money: [3, 4, 5, 6, 7],
          fill: flags.length > 0 ? FLAG_FILL : null,
        };
      }),
    ),
    ...section(
      lang,
      'receivables.outgoing',
      header(lang, [
        'receivables.col.number',
        'receivables.col.client',
        'receivables.col.contract',
        'receivables.col.dueDate',
        'receivables.col.currency',
        'receivables.col.outstanding',
        'receivables.col.when',
      ]),
      receivables.outgoing.map((payment) => ({
        cells: [
          payment.number,
          payment.counterparty,
          payment.contract,
          payment.dueDate ? dayCell(payment.dueDate, lang) : '',
          payment.currency,
          major(payment.outstanding),
          t(lang, `receivables.when.${payment.when}`),
        ],
        money: [5],
        fill: payment.when === 'overdue' ? FLAG_FILL : null,
      })),
    ),
  );
  return rows;
}

/** The whole sheet as one rectangular block (one call per layer). */
export function buildReceivablesSheet(receivables: Receivables, lang: Lang): OwnedSheetContent {
  const rows = rowsOf(receivables, lang);
  const width = Math.max(...rows.map((row) => row.cells.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, col) => row.cells[col] ?? ''));
  const numberFormats = rows.map((row) =>
    Array.from({ length: width }, (_, col) => (row.money?.includes(col) ? MONEY_FORMAT : 'General')),
  );
  const fontWeights = rows.map((row) =>
    Array.from({ length: width }, (): 'bold' | 'normal' => (row.bold ? 'bold' : 'normal')),
  );
  const backgrounds = rows.map((row) =>
    Array.from({ length: width }, (_, col) => (col < row.cells.length ? (row.fill ?? null) : null)),
  );
  return {
    blocks: [{ row: 1, col: 1, block: { values, numberFormats, fontWeights, backgrounds } }],
    frozenRows: 1,
  };
}
