import { evaluateDocuments } from '../../../src/core/documents/state';
import { summarizeDocuments } from '../../../src/core/documents/summary';
import { contract, invoice, RULES } from './records';

const TODAY = '2026-12-07';

describe('documents summary for the dashboard', () => {
  const records = [
    invoice({ row: 3, number: '1', dueDate: '2026-12-09' }),
    invoice({ row: 4, number: '2', dueDate: '2026-12-01' }),
    invoice({ row: 5, number: '3', dueDate: '2026-11-01', counterparty: 'ИП Лютик' }),
    invoice({ row: 6, number: '4', dueDate: '2026-12-20' }),
    invoice({ row: 7, number: '5', dueDate: '2026-11-01', direction: 'outgoing' }),
    contract({ row: 8, number: 'Д-9', validUntil: '2026-12-31', originals: 'scan', date: '2026-11-01' }),
  ];
  const ctx = { today: TODAY, rules: RULES, lang: 'ru' as const };
  const summary = summarizeDocuments(evaluateDocuments(records, ctx), ctx);

  it('counts overdue, due soon, STOP, missing originals and renewals of client documents', () => {
    expect(summary).toMatchObject({ overdue: 1, dueSoon: 1, stop: 1, originalsMissing: 1, renewals: 1 });
  });

  it('puts STOP first, then overdue, due soon, renewals and originals', () => {
    expect(summary.nextActions.map((action) => [action.number, action.counterparty, action.action])).toEqual([
      ['3', 'ИП Лютик', 'остановить работы и позвонить клиенту: 36 дней без оплаты'],
      ['2', 'ООО Ромашка', 'добиться оплаты: просрочен 6 дней'],
      ['1', 'ООО Ромашка', 'проверить оплату к 09.12.2026'],
      ['Д-9', 'ООО Ромашка', 'продлить договор до 31.12.2026'],
      ['Д-9', 'ООО Ромашка', 'запросить подписанный оригинал'],
    ]);
  });
});
