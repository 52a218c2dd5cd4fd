import { workCalendar } from '../../../src/core/calendar/workdays';
import { documentId } from '../../../src/core/identity';
import type { PlanInput } from '../../../src/core/reminders/plan';
import type { ReminderDocument } from '../../../src/core/reminders/types';
import { invoice as fixtureInvoice, plan as planFor } from './planFixture';

// Due Monday 28.12.2026: day 1 is 29.12; 04.01.2027 (day 7 and a holiday) would start no stage yet.
const invoice = (overrides: Partial<ReminderDocument> = {}) =>
  fixtureInvoice({ number: '7', dueDate: '2026-12-28', ...overrides });

const plan = (today: string, extra: Partial<PlanInput> = {}) => planFor(today, [invoice()], extra);

const clientKeys = (p: ReturnType<typeof plan>) =>
  p.messages.filter((m) => m.kind === 'client').flatMap((m) => m.items.map((item) => item.key));

describe('no client email on a non-working day of the production calendar', () => {
  it.each([
    ['2026-12-31', '2027-01-11'], // a day off moved from 4 January 2026
    ['2027-01-01', '2027-01-11'],
    ['2027-01-04', '2027-01-11'], // a Monday of the January holidays
    ['2027-01-08', '2027-01-11'],
  ])('on %p nothing is planned; emails wait for %p', (today, resumesOn) => {
    expect(plan(today)).toEqual({ weekend: true, resumesOn, messages: [] });
  });

  it('the first working day, 11.01.2027, sends the latest stage due, once', () => {
    const id = documentId('7', 'ООО Ромашка');
    // 11.01.2027 is day 14 after the due date: the latest stage is the escalation (stage 3).
    expect(clientKeys(plan('2027-01-11'))).toEqual([`overdue:${id}:stage3`]);
  });

  it('a company day off of the Календарь sheet waits too, and a working Saturday sends', () => {
    const calendar = workCalendar([
      { day: '2026-12-30', kind: 'off', note: 'день компании' },
      { day: '2027-01-09', kind: 'working', note: 'рабочая суббота' },
    ]);
    expect(plan('2026-12-30', { calendar })).toEqual({
      weekend: true,
      resumesOn: '2027-01-09',
      messages: [],
    });
    expect(clientKeys(plan('2027-01-09', { calendar }))).toHaveLength(1);
  });
});

describe('a dispute in the AM digest', () => {
  it('stops the client’s cadence and is listed with its age in the digest, every day it lasts', () => {
    const disputed = invoice({ paused: true, disputed: true });
    for (const [today, age] of [
      ['2027-01-11', '14 дней'],
      ['2027-01-12', '15 дней'],
    ]) {
      const p = plan(today, { documents: [disputed] });
      expect(clientKeys(p)).toEqual([]);
      const digest = p.messages.find((m) => m.kind === 'digest.am');
      expect(digest?.to).toEqual(['anna@agency.ru']);
      expect(digest?.body).toContain('Споры и паузы: клиенту не напоминаем — 1 счёт на');
      expect(digest?.body).toContain('• ООО Ромашка — Счёт № 7 на');
      expect(digest?.body).toContain(`: спор, срок оплаты 28.12.2026, просрочка ${age}`);
    }
  });
});
