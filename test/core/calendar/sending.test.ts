import { workCalendar } from '../../../src/core/calendar/workdays';
import { currentStage, nextReminderDay, sendingDay } from '../../../src/core/documents/nextReminder';

const RULES = { preDueDays: 3, overdueRepeatDays: 7, stopDays: 30, sendOnWeekends: false };
const eligible = (dueDate: string) => ({ dueDate, reminderEligible: true });

describe('client reminders go on working days only', () => {
  it.each([
    ['2027-01-04', '2027-01-11'], // the January holidays of 2027
    ['2026-12-31', '2027-01-11'],
    ['2026-12-12', '2026-12-14'], // a Saturday: Monday, as before
    ['2026-12-08', '2026-12-08'],
  ])('a reminder planned for %p goes on %p', (day, expected) => {
    expect(sendingDay(day, false)).toBe(expected);
  });

  it('the polite note for an invoice due 07.01.2027 falls on 04.01.2027 and goes on 11.01.2027', () => {
    expect(nextReminderDay(eligible('2027-01-07'), '2026-12-30', RULES)).toBe('2027-01-11');
    expect(currentStage('2027-01-07', '2027-01-04', RULES)).toBeNull();
    expect(currentStage('2027-01-07', '2027-01-08', RULES)).toBeNull();
    // On the first working day the latest stage due goes: the first overdue note (day 1 was 08.01).
    expect(currentStage('2027-01-07', '2027-01-11', RULES)).toMatchObject({ stage: 'overdue', index: 1 });
  });

  it('the Календарь sheet’s company day off moves a reminder to the next day', () => {
    const calendar = workCalendar([{ day: '2026-12-14', kind: 'off', note: 'день компании' }]);
    expect(nextReminderDay(eligible('2026-12-17'), '2026-12-10', { ...RULES, calendar })).toBe('2026-12-15');
  });

  it('sending on weekends sends on holidays too', () => {
    expect(sendingDay('2027-01-04', true)).toBe('2027-01-04');
  });
});
