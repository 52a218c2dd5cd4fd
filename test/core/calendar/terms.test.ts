import { dueDateOf, parsePaymentTerm } from '../../../src/core/calendar/terms';
import { RUSSIAN_CALENDAR } from '../../../src/core/calendar/workdays';

describe('payment terms', () => {
  it.each([
    [14, 'calendar', { days: 14, unit: 'calendar' }],
    [5, 'working', { days: 5, unit: 'working' }],
    ['14', 'calendar', { days: 14, unit: 'calendar' }],
    ['14 дн.', 'working', { days: 14, unit: 'calendar' }],
    ['14 календарных дней', 'calendar', { days: 14, unit: 'calendar' }],
    ['30 days', 'calendar', { days: 30, unit: 'calendar' }],
    ['5 раб. дн.', 'calendar', { days: 5, unit: 'working' }],
    ['5 рабочих дней', 'calendar', { days: 5, unit: 'working' }],
    ['5 р.д.', 'calendar', { days: 5, unit: 'working' }],
    ['10 working days', 'calendar', { days: 10, unit: 'working' }],
    ['5 банковских дней', 'calendar', { days: 5, unit: 'bank' }],
    ['5 Банк. дн.', 'calendar', { days: 5, unit: 'bank' }],
    ['3 banking days', 'calendar', { days: 3, unit: 'bank' }],
  ])('%p (plain numbers in %p days) is %p', (cell, plain, expected) => {
    expect(parsePaymentTerm(cell, plain as 'calendar' | 'working')).toEqual({ ok: true, value: expected });
  });

  it.each(['пять дней', '5 недель', '-3', '2.5', 'две недели', '5 раб. недель'])(
    '%p is a data problem, not a guess',
    (cell) => {
      expect(parsePaymentTerm(cell).ok).toBe(false);
    },
  );

  it.each([2.5, -1])('the number %p is a data problem', (cell) => {
    expect(parsePaymentTerm(cell).ok).toBe(false);
  });

  it('an empty cell is no term', () => {
    expect(parsePaymentTerm('  ')).toEqual({ ok: true, value: null });
  });

  it.each([
    // invoice date, term, due date
    ['2026-12-25', '5 банковских дней', '2027-01-12'], // across the New Year holidays
    ['2026-12-25', '5', '2026-12-30'],
    ['2026-12-25', '14 дн.', '2027-01-08'],
    ['2026-04-29', '3 раб. дн.', '2026-05-05'], // across 1 May
  ])('an invoice of %p on %p terms is due on %p', (date, cell, due) => {
    const term = parsePaymentTerm(cell);
    if (!term.ok || !term.value) throw new Error('unreadable term');
    expect(dueDateOf(date, term.value, RUSSIAN_CALENDAR)).toBe(due);
  });
});
