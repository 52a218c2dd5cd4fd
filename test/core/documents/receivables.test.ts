import { agingBucket, computeReceivables } from '../../../src/core/documents/receivables';
import { evaluateDocuments } from '../../../src/core/documents/state';
import type { DocumentRecord } from '../../../src/core/documents/types';
import { contract, invoice, RULES } from './records';

const TODAY = '2026-12-07';

function receivables(records: DocumentRecord[]) {
  const states = evaluateDocuments(records, { today: TODAY, rules: RULES, lang: 'ru' });
  return computeReceivables(states, { today: TODAY, targetPct: 20 }, '(не указан)');
}

describe('aging buckets', () => {
  it.each([
    [-5, 'notDue'],
    [0, 'notDue'],
    [1, 'days1to7'],
    [7, 'days1to7'],
    [8, 'days8to30'],
    [30, 'days8to30'],
    [31, 'days31to60'],
    [60, 'days31to60'],
    [61, 'over60'],
  ] as const)('%i days overdue → %s', (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
  });
});

describe('receivables per client and per AM', () => {
  it('sums invoiced, paid, outstanding and overdue exactly, aged by days overdue', () => {
    const result = receivables([
      invoice({ row: 3, amount: 10_01, dueDate: '2026-12-10' }),
      invoice({ row: 4, amount: 20_02, dueDate: '2026-12-01' }),
      invoice({ row: 5, amount: 30_03, dueDate: '2026-11-01', paidAmount: 10_00 }),
      invoice({ row: 6, amount: 40_04, dueDate: '2026-11-01', paidDate: '2026-11-20' }),
      invoice({ row: 7, amount: 99_99, status: 'cancelled' }),
      invoice({ row: 8, amount: 55_55, status: 'draft' }),
    ]);
    expect(result.byClient).toEqual([
      {
        key: 'ООО Ромашка',
        currency: 'RUB',
        invoiced: 100_10,
        paid: 50_04,
        outstanding: 50_06,
        overdue: 40_05,
        aging: { notDue: 10_01, days1to7: 20_02, days8to30: 0, days31to60: 20_03, over60: 0 },
      },
    ]);
  });

  it('never adds roubles to dollars', () => {
    const result = receivables([
      invoice({ amount: 1_000_00, currency: 'RUB' }),
      invoice({ amount: 50_00, currency: 'USD' }),
    ]);
    expect(result.byClient.map((line) => [line.currency, line.outstanding])).toEqual([
      ['RUB', 1_000_00],
      ['USD', 50_00],
    ]);
  });

  it('groups by manager email, named as the table names the manager, with a line for invoices without one', () => {
    const result = receivables([
      invoice({ amount: 100, managerEmail: 'anna@agency.example' }),
      invoice({
        amount: 200,
        counterparty: 'ИП Лютик',
        manager: 'anna@agency.example',
        managerEmail: 'anna@agency.example',
      }),
      invoice({ amount: 300, manager: '', managerEmail: null }),
    ]);
    expect(result.byManager.map((line) => [line.key, line.outstanding])).toEqual([
      ['Анна', 300],
      ['(не указан)', 300],
    ]);
  });

  it('keeps outgoing invoices out of receivables and lists them by week for the accountant', () => {
    const result = receivables([
      invoice({ row: 3, direction: 'outgoing', number: 'П-1', dueDate: '2026-12-16' }),
      invoice({ row: 4, direction: 'outgoing', number: 'П-2', dueDate: '2026-12-13' }),
      invoice({ row: 5, direction: 'outgoing', number: 'П-3', dueDate: '2026-12-01' }),
      invoice({ row: 6, direction: 'outgoing', number: 'П-4', dueDate: '2027-01-20' }),
      invoice({ row: 7, direction: 'outgoing', number: 'П-5', paidDate: '2026-12-01' }),
    ]);
    expect(result.byClient).toEqual([]);
    expect(result.outgoing.map((payment) => [payment.number, payment.when])).toEqual([
      ['П-3', 'overdue'],
      ['П-2', 'thisWeek'],
      ['П-1', 'nextWeek'],
      ['П-4', 'later'],
    ]);
  });
});

describe('receivables against the last 30 days of revenue', () => {
  it('counts payments dated within the 30 days ending today', () => {
    const result = receivables([
      invoice({ amount: 100_000_00, dueDate: '2026-11-01', paidDate: '2026-11-08' }), // day 1 of the window
      invoice({ amount: 50_000_00, dueDate: '2026-11-01', paidDate: '2026-11-07' }), // a day before it
      invoice({ amount: 15_000_00, dueDate: '2026-12-20' }),
    ]);
    expect(result.revenueFrom).toBe('2026-11-08');
    expect(result.ratio).toEqual([
      { currency: 'RUB', outstanding: 15_000_00, revenue: 100_000_00, pct: 15, targetPct: 20, healthy: true },
    ]);
  });

  it('calls receivables above the target unhealthy', () => {
    const [ratio] = receivables([
      invoice({ amount: 30_000_00, dueDate: '2026-11-01', paidDate: '2026-12-01' }),
      invoice({ amount: 10_000_00, dueDate: '2026-12-20' }),
    ]).ratio;
    expect(ratio).toMatchObject({ pct: 33.3, healthy: false });
  });

  it('has no ratio when nothing was received', () => {
    const [ratio] = receivables([invoice({ amount: 10_000_00 })]).ratio;
    expect(ratio).toMatchObject({ pct: null, healthy: false });
  });
});

describe('contract balance', () => {
  it('flags acts beyond payments and invoices beyond the contract sum', () => {
    const result = receivables([
      contract({ contract: 'Д-1', amount: 100_000_00 }),
      contract({ type: 'appendix', contract: 'Д-1', amount: 20_000_00 }),
      invoice({ contract: 'Д-1', amount: 70_000_00, paidDate: '2026-11-01' }),
      invoice({ contract: 'Д-1', amount: 60_000_00 }),
      contract({ type: 'act', contract: 'Д-1', amount: 90_000_00 }),
      contract({ number: 'Д-2', contract: '', amount: 50_000_00 }),
      invoice({ contract: 'Д-2', amount: 20_000_00, paidDate: '2026-11-01' }),
      contract({ type: 'act', contract: 'Д-2', amount: 20_000_00 }),
    ]);
    expect(result.contracts).toEqual([
      {
        contract: 'Д-1',
        counterparty: 'ООО Ромашка',
        currency: 'RUB',
        contractSum: 120_000_00,
        invoiced: 130_000_00,
        actsClosed: 90_000_00,
        paid: 70_000_00,
        remaining: -10_000_00,
        actsExceedPayments: true,
        invoicesExceedContract: true,
      },
      {
        contract: 'Д-2',
        counterparty: 'ООО Ромашка',
        currency: 'RUB',
        contractSum: 50_000_00,
        invoiced: 20_000_00,
        actsClosed: 20_000_00,
        paid: 20_000_00,
        remaining: 30_000_00,
        actsExceedPayments: false,
        invoicesExceedContract: false,
      },
    ]);
  });
});
