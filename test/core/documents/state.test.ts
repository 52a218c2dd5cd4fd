import { evaluateDocument } from '../../../src/core/documents/state';
import type { DocumentRecord, DocumentStateKind } from '../../../src/core/documents/types';
import type { CalendarDay } from '../../../src/core/types';
import { contract, invoice, RULES } from './records';

const TODAY = '2026-12-07';

function state(record: DocumentRecord, today: CalendarDay = TODAY, lang: 'ru' | 'en' = 'ru') {
  return evaluateDocument(record, { today, rules: RULES, lang });
}

describe('invoice payment states', () => {
  const cases: {
    name: string;
    record: DocumentRecord;
    today?: CalendarDay;
    kind: DocumentStateKind;
    label: string;
    overdueDays: number;
    outstanding: number;
  }[] = [
    {
      name: 'due today',
      record: invoice({ dueDate: '2026-12-07' }),
      kind: 'dueToday',
      label: 'срок сегодня',
      overdueDays: 0,
      outstanding: 1_000_000,
    },
    {
      name: 'due tomorrow',
      record: invoice({ dueDate: '2026-12-08' }),
      kind: 'dueIn',
      label: 'срок через 1 день',
      overdueDays: 0,
      outstanding: 1_000_000,
    },
    {
      name: 'due in three days',
      record: invoice({ dueDate: '2026-12-10' }),
      kind: 'dueIn',
      label: 'срок через 3 дня',
      overdueDays: 0,
      outstanding: 1_000_000,
    },
    {
      name: 'one day overdue',
      record: invoice({ dueDate: '2026-12-06' }),
      kind: 'overdue',
      label: 'просрочен 1 день',
      overdueDays: 1,
      outstanding: 1_000_000,
    },
    {
      name: '12 days overdue',
      record: invoice({ dueDate: '2026-11-25' }),
      kind: 'overdue',
      label: 'просрочен 12 дней',
      overdueDays: 12,
      outstanding: 1_000_000,
    },
    {
      name: '29 days overdue is not yet STOP',
      record: invoice({ dueDate: '2026-11-08' }),
      kind: 'overdue',
      label: 'просрочен 29 дней',
      overdueDays: 29,
      outstanding: 1_000_000,
    },
    {
      name: '30 days overdue is STOP',
      record: invoice({ dueDate: '2026-11-07' }),
      kind: 'stop',
      label: 'СТОП: 30+ дн. без оплаты',
      overdueDays: 30,
      outstanding: 1_000_000,
    },
    {
      name: 'paid the day after due, seen a week later',
      record: invoice({ dueDate: '2026-11-29', paidDate: '2026-11-30' }),
      kind: 'paid',
      label: 'оплачен',
      overdueDays: 0,
      outstanding: 0,
    },
    {
      name: 'paid by status only',
      record: invoice({ dueDate: '2026-11-29', status: 'paid' }),
      kind: 'paid',
      label: 'оплачен',
      overdueDays: 0,
      outstanding: 0,
    },
    {
      name: 'partial payment leaves the rest overdue',
      record: invoice({ dueDate: '2026-12-02', paidDate: '2026-12-01', paidAmount: 400_050 }),
      kind: 'overdue',
      label: 'просрочен 5 дней',
      overdueDays: 5,
      outstanding: 599_950,
    },
    {
      name: 'partial payments that add up to the amount make it paid',
      record: invoice({ dueDate: '2026-12-02', paidAmount: 1_000_000 }),
      kind: 'paid',
      label: 'оплачен',
      overdueDays: 0,
      outstanding: 0,
    },
    {
      name: 'overpaid is paid',
      record: invoice({ dueDate: '2026-12-02', paidDate: '2026-12-01', paidAmount: 1_200_000 }),
      kind: 'paid',
      label: 'оплачен',
      overdueDays: 0,
      outstanding: 0,
    },
    {
      name: 'cancelled after due',
      record: invoice({ dueDate: '2026-11-01', status: 'cancelled' }),
      kind: 'cancelled',
      label: 'отменён',
      overdueDays: 0,
      outstanding: 0,
    },
    {
      name: 'a draft is not issued',
      record: invoice({ dueDate: '2026-11-01', status: 'draft' }),
      kind: 'notIssued',
      label: 'не выставлен',
      overdueDays: 0,
      outstanding: 0,
    },
    {
      name: 'outgoing invoice overdue stays overdue past 30 days, never STOP',
      record: invoice({ direction: 'outgoing', dueDate: '2026-10-28' }),
      kind: 'overdue',
      label: 'просрочен 40 дней',
      overdueDays: 40,
      outstanding: 1_000_000,
    },
    {
      name: 'February in a leap year: due 28.02, today 01.03 is 2 days late',
      record: invoice({ dueDate: '2028-02-28' }),
      today: '2028-03-01',
      kind: 'overdue',
      label: 'просрочен 2 дня',
      overdueDays: 2,
      outstanding: 1_000_000,
    },
    {
      name: 'February in a common year: due 28.02, today 01.03 is 1 day late',
      record: invoice({ dueDate: '2027-02-28' }),
      today: '2027-03-01',
      kind: 'overdue',
      label: 'просрочен 1 день',
      overdueDays: 1,
      outstanding: 1_000_000,
    },
    {
      name: 'leap day due date, seen on 29.02',
      record: invoice({ dueDate: '2028-02-29' }),
      today: '2028-02-29',
      kind: 'dueToday',
      label: 'срок сегодня',
      overdueDays: 0,
      outstanding: 1_000_000,
    },
    {
      name: 'STOP counted across the year end',
      record: invoice({ dueDate: '2026-12-15' }),
      today: '2027-01-14',
      kind: 'stop',
      label: 'СТОП: 30+ дн. без оплаты',
      overdueDays: 30,
      outstanding: 1_000_000,
    },
  ];

  it.each(cases)('$name', ({ record, today, kind, label, overdueDays, outstanding }) => {
    const result = state(record, today);
    expect(result).toMatchObject({ kind, label, overdueDays, outstanding });
  });

  it('reports a payment beyond the invoice amount as a data problem', () => {
    const result = state(invoice({ paidDate: '2026-12-01', paidAmount: 1_200_000 }));
    expect(result.problems.map((problem) => problem.code)).toEqual(['overpaid']);
    expect(result.reminderEligible).toBe(false);
  });

  it('says in English how late an invoice is', () => {
    expect(state(invoice({ dueDate: '2026-11-25' }), TODAY, 'en').label).toBe('overdue 12 days');
    expect(state(invoice({ dueDate: '2026-12-08' }), TODAY, 'en').label).toBe('due in 1 day');
  });

  it('honours a changed STOP threshold', () => {
    const result = evaluateDocument(invoice({ dueDate: '2026-11-22' }), {
      today: TODAY,
      rules: { ...RULES, stopDays: 15 },
      lang: 'ru',
    });
    expect(result.label).toBe('СТОП: 15+ дн. без оплаты');
  });
});

describe('data problems', () => {
  it('says in Состояние that an invoice with bad data gets no reminders, instead of leaving it empty', () => {
    const amount = invoice({
      amount: null,
      problems: [{ code: 'badAmount', field: 'amount', cell: 'G4', raw: 'по договорённости' }],
    });
    const due = invoice({
      dueDate: null,
      problems: [{ code: 'badDate', field: 'dueDate', cell: 'H5', raw: '12.13.2026' }],
    });
    for (const record of [amount, due]) {
      const result = state(record);
      expect(result.reminderEligible).toBe(false);
      expect(result.label).toBe('ошибка в данных — не напоминаем');
    }
    expect(state(invoice({ status: 'cancelled', amount: null, problems: amount.problems })).label).toBe(
      'отменён',
    );
  });

  it('flags an issued invoice without a due date and keeps it away from reminders', () => {
    const result = state(invoice({ dueDate: null }));
    expect(result.problems.map((problem) => problem.code)).toEqual(['noDueDate']);
    expect(result.problems[0].text).toBe('у счёта нет срока оплаты');
    expect(result.kind).toBe('none');
    expect(result.reminderEligible).toBe(false);
  });

  it('does not ask a draft invoice for a due date', () => {
    expect(state(invoice({ dueDate: null, status: 'draft' })).problems).toEqual([]);
  });

  it('does not repeat an unreadable due date as a missing one', () => {
    const record = invoice({
      dueDate: null,
      problems: [{ code: 'badDate', field: 'dueDate', cell: 'H5', raw: '31.02.2026' }],
    });
    expect(state(record).problems.map((problem) => problem.text)).toEqual(['H5: «31.02.2026» — не дата']);
  });

  it('flags an issued invoice without an amount', () => {
    expect(state(invoice({ amount: null })).problems.map((problem) => problem.code)).toEqual(['noAmount']);
  });
});

describe('reminder eligibility', () => {
  const cases: { name: string; record: DocumentRecord; eligible: boolean }[] = [
    { name: 'an issued incoming invoice with an email', record: invoice(), eligible: true },
    { name: 'an overdue one', record: invoice({ dueDate: '2026-11-30' }), eligible: true },
    { name: 'a paused one', record: invoice({ paused: true }), eligible: false },
    { name: 'a paid one', record: invoice({ paidDate: '2026-12-01' }), eligible: false },
    { name: 'a cancelled one', record: invoice({ status: 'cancelled' }), eligible: false },
    { name: 'a draft', record: invoice({ status: 'draft' }), eligible: false },
    { name: 'an outgoing one', record: invoice({ direction: 'outgoing' }), eligible: false },
    { name: 'one without a client email', record: invoice({ clientEmails: [] }), eligible: false },
    {
      name: 'one with an invalid client email',
      record: invoice({ problems: [{ code: 'badEmail', field: 'clientEmail', cell: 'P4', raw: 'buh@' }] }),
      eligible: false,
    },
    { name: 'an act', record: invoice({ type: 'act' }), eligible: false },
  ];
  it.each(cases)('$name: $eligible', ({ record, eligible }) => {
    expect(state(record).reminderEligible).toBe(eligible);
  });
});

describe('originals', () => {
  const cases: { name: string; record: DocumentRecord; awaiting: boolean }[] = [
    {
      name: 'a scan 13 days after signing is still within the wait',
      record: contract({ date: '2026-11-24', originals: 'scan' }),
      awaiting: false,
    },
    {
      name: 'a scan 15 days after signing is awaited',
      record: contract({ date: '2026-11-22', originals: 'scan' }),
      awaiting: true,
    },
    {
      name: 'nothing 14 days after signing an act is awaited',
      record: contract({ type: 'act', date: '2026-11-23', originals: 'none' }),
      awaiting: true,
    },
    {
      name: 'a received original is fine',
      record: contract({ date: '2026-10-01', originals: 'received' }),
      awaiting: false,
    },
    {
      name: 'a document only sent for signature is not awaited yet',
      record: contract({ date: '2026-10-01', originals: 'none', status: 'sent' }),
      awaiting: false,
    },
    {
      name: 'a register without an originals column says nothing',
      record: contract({ date: '2026-10-01', originals: null }),
      awaiting: false,
    },
    {
      name: 'invoices need no original',
      record: invoice({ date: '2026-10-01', originals: 'none' }),
      awaiting: false,
    },
  ];
  it.each(cases)('$name', ({ record, awaiting }) => {
    const result = state(record);
    expect(result.originalsMissing).toBe(awaiting);
    expect(result.kinds.includes('awaitingOriginal')).toBe(awaiting);
    if (awaiting) expect(result.label).toContain('ждём оригинал');
  });
});

describe('contract renewal', () => {
  const cases: {
    name: string;
    record: DocumentRecord;
    today: CalendarDay;
    kind: DocumentStateKind;
    label: string;
    renewBy: CalendarDay | null;
  }[] = [
    {
      name: 'valid until 31 Dec, seen on 07.12',
      record: contract({ validUntil: '2026-12-31' }),
      today: '2026-12-07',
      kind: 'contractExpiring',
      label: 'договор истекает 31.12',
      renewBy: '2026-12-31',
    },
    {
      name: 'valid until 31 Dec, seen 31 days before',
      record: contract({ validUntil: '2026-12-31' }),
      today: '2026-11-30',
      kind: 'ok',
      label: 'в порядке',
      renewBy: null,
    },
    {
      name: 'valid until 31 Dec, seen exactly 30 days before',
      record: contract({ validUntil: '2026-12-31' }),
      today: '2026-12-01',
      kind: 'contractExpiring',
      label: 'договор истекает 31.12',
      renewBy: '2026-12-31',
    },
    {
      name: 'no end date: renewed for the new year',
      record: contract({ validUntil: null }),
      today: '2026-12-07',
      kind: 'contractExpiring',
      label: 'договор истекает 31.12',
      renewBy: '2026-12-31',
    },
    {
      name: 'valid until next June',
      record: contract({ validUntil: '2027-06-30' }),
      today: '2026-12-07',
      kind: 'ok',
      label: 'в порядке',
      renewBy: null,
    },
    {
      name: 'expired last week',
      record: contract({ validUntil: '2026-11-30' }),
      today: '2026-12-07',
      kind: 'contractExpired',
      label: 'договор истёк 30.11',
      renewBy: '2026-11-30',
    },
    {
      name: 'valid until the leap day',
      record: contract({ validUntil: '2028-02-29' }),
      today: '2028-02-01',
      kind: 'contractExpiring',
      label: 'договор истекает 29.02',
      renewBy: '2028-02-29',
    },
    {
      name: 'cancelled contract',
      record: contract({ validUntil: '2026-12-31', status: 'cancelled' }),
      today: '2026-12-07',
      kind: 'cancelled',
      label: 'отменён',
      renewBy: null,
    },
  ];
  it.each(cases)('$name', ({ record, today, kind, label, renewBy }) => {
    expect(state(record, today)).toMatchObject({ kind, label, renewBy });
  });

  it('does not renew contracts without an end date when yearly renewal is off', () => {
    const result = evaluateDocument(contract({ validUntil: null }), {
      today: '2026-12-07',
      rules: { ...RULES, renewForNewYear: false },
      lang: 'ru',
    });
    expect(result.kind).toBe('ok');
  });

  it('lists both renewal and the missing original', () => {
    const result = state(contract({ validUntil: '2026-12-31', originals: 'scan', date: '2026-01-10' }));
    expect(result.kinds).toEqual(['contractExpiring', 'awaitingOriginal']);
    expect(result.label).toBe('договор истекает 31.12; ждём оригинал');
  });
});
