import { validateAddDocument, type AddDocumentInput } from '../../../src/core/forms/documentForm';
import { validateBooking } from '../../../src/core/forms/loadForm';
import { validatePayment } from '../../../src/core/forms/paymentForm';
import { t } from '../../../src/core/i18n';

const ctx = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };
const invoice: AddDocumentInput = {
  type: 'invoice',
  number: 'СЧ-101',
  counterparty: 'Ромашка',
  direction: 'incoming',
  contract: 'Д-7',
  date: '2026-12-07',
  amount: '10 000,50',
  dueDate: '17.12.2026',
  clientEmail: 'Buh@Romashka.ru; ceo@romashka.ru',
  manager: 'Иванова',
};

describe('add document form', () => {
  it('turns typed text into a document: exact kopecks, calendar days, lower-cased emails', () => {
    expect(validateAddDocument(invoice, ctx)).toEqual({
      ok: true,
      value: {
        type: 'invoice',
        number: 'СЧ-101',
        counterparty: 'Ромашка',
        direction: 'incoming',
        contract: 'Д-7',
        date: '2026-12-07',
        amount: 1_000_050,
        currency: null,
        dueDate: '2026-12-17',
        clientEmails: ['buh@romashka.ru', 'ceo@romashka.ru'],
        manager: 'Иванова',
      },
    });
  });

  it.each([
    ['number', { number: '  ' }, 'forms.error.required'],
    ['amount', { amount: 'десять тысяч' }, 'forms.error.money'],
    ['amount', { amount: '-5' }, 'forms.error.positive'],
    ['amount', { amount: '' }, 'forms.error.required'],
    ['date', { date: '31.02.2026' }, 'forms.error.day'],
    ['dueDate', { dueDate: '01.12.2026' }, 'forms.error.dueBeforeDate'],
    ['clientEmail', { clientEmail: 'buh@romashka' }, 'forms.error.emails'],
    ['type', { type: 'письмо' }, 'forms.error.choice'],
    ['counterparty', { counterparty: 'A\nB' }, 'forms.error.lineBreak'],
    ['number', { number: 42 }, 'forms.error.malformed'],
  ])('puts a message next to %s for %p', (field, change, key) => {
    const result = validateAddDocument({ ...invoice, ...change }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]?.key).toBe(key);
  });

  it('lets a contract go without an amount', () => {
    expect(validateAddDocument({ ...invoice, type: 'contract', amount: '' }, ctx).ok).toBe(true);
  });
});

describe('register payment form', () => {
  const payment = { row: 5, number: 'СЧ-101', paidDate: '10.12.2026', amount: '4 000' };
  const owes = { minor: 1_000_050, text: '10 000,50 ₽' };

  it('accepts a partial payment', () => {
    expect(validatePayment(payment, ctx, owes)).toEqual({
      ok: true,
      value: { row: 5, number: 'СЧ-101', paidDate: '2026-12-10', amount: 400_000 },
    });
  });

  it('refuses paying more than the invoice still owes, naming what it owes', () => {
    const result = validatePayment({ ...payment, amount: '10 000,51' }, ctx, owes);
    expect(!result.ok && result.errors.amount).toEqual({
      key: 'forms.error.overpaid',
      params: { outstanding: '10 000,50 ₽' },
    });
  });

  it.each([[0], [-1], [1.5], ['5']])('refuses a row that no list offered (%p)', (row) => {
    const result = validatePayment({ ...payment, row }, ctx, owes);
    expect(!result.ok && result.errors.row?.key).toBe('forms.error.choice');
  });
});

describe('book load form', () => {
  const booking = { person: 'Иванова', client: 'Ромашка', week: '2026-12-07', value: '20%', tentative: true };
  /** Nobody in the team register: every hour is one of the default 40-hour week. */
  const noTeam = { team: [], defaultWeeklyHours: 40 };
  /** Петров works half time (rate 0.5 → 20 h); Иванова full time. */
  const team = {
    team: [
      { name: 'Иванова Анна', weeklyHours: 40 },
      { name: 'Петров Пётр', weeklyHours: 20 },
    ],
    defaultWeeklyHours: 40,
  };

  it.each([
    ['20%', { kind: 'percent', points: 20 }],
    ['20,5 %', { kind: 'percent', points: 20.5 }],
    ['30', { kind: 'percent', points: 30 }],
    ['8ч', { kind: 'hours', text: '8ч', points: 20 }],
    ['8 h', { kind: 'hours', text: '8 h', points: 20 }],
  ])('reads %p as %p', (value, amount) => {
    const result = validateBooking({ ...booking, value }, noTeam);
    expect(result.ok && result.value.amount).toEqual(amount);
  });

  it.each([
    ['value', { value: 'много' }, 'forms.error.loadValue'],
    ['value', { value: '150%' }, 'forms.error.range'],
    ['value', { value: '60 ч' }, 'forms.error.overWeek'],
    ['week', { week: '2026-12-08' }, 'forms.error.choice'],
    ['person', { person: '' }, 'forms.error.required'],
    ['tentative', { tentative: 'yes' }, 'forms.error.malformed'],
  ])('puts a message next to %s for %p', (field, change, key) => {
    const result = validateBooking({ ...booking, ...change }, noTeam);
    expect(!result.ok && result.errors[field]?.key).toBe(key);
  });

  it.each([
    ['Петров (дизайнер)', '10ч', 50],
    ['Петров Пётр', '20 ч', 100],
    ['петров', '5h', 25],
    ['Иванова (копирайтер)', '24ч', 60],
    ['Сидоров, not in the team', '24ч', 60],
    ['Петров (дизайнер)', '60%', 60],
  ])('counts hours of %s: %s is %p %% of their week', (person, value, points) => {
    const result = validateBooking({ ...booking, person, value }, team);
    expect(result.ok && result.value.amount.points).toBe(points);
  });

  it.each([
    ['24ч', 120],
    ['21 h', 105],
  ])('refuses %s for a half-time person as %p %% of their 20-hour week', (value, points) => {
    const result = validateBooking({ ...booking, person: 'Петров (дизайнер)', value }, team);
    expect(!result.ok && result.errors.value).toEqual({
      key: 'forms.error.overWeek',
      params: { points, hours: 20 },
    });
    expect(t('ru', 'forms.error.overWeek', { points, hours: 20 })).toContain(`${points} %`);
  });
});
