import fc from 'fast-check';
import { addDays, daysBetween } from '../../../src/core/calendar';
import {
  currentStage,
  nextReminderDay,
  reminderStages,
  sendingDay,
  type ReminderRules,
} from '../../../src/core/documents/nextReminder';

const RULES = { preDueDays: 3, overdueRepeatDays: 7, stopDays: 30, sendOnWeekends: true };
const eligible = (dueDate: string) => ({ dueDate, reminderEligible: true });

describe('client reminder schedule', () => {
  it('reminds 3 days before due, on day 1 after it, then weekly until STOP', () => {
    expect(reminderStages('2026-12-10', RULES).map((stage) => [stage.stage, stage.day])).toEqual([
      ['preDue', '2026-12-07'],
      ['overdue', '2026-12-11'],
      ['overdue', '2026-12-18'],
      ['overdue', '2026-12-25'],
      ['overdue', '2027-01-01'],
      ['overdue', '2027-01-08'],
    ]);
  });

  it.each([
    { today: '2026-12-01', due: '2026-12-10', next: '2026-12-07' },
    { today: '2026-12-07', due: '2026-12-10', next: '2026-12-07' },
    { today: '2026-12-08', due: '2026-12-10', next: '2026-12-11' },
    { today: '2026-12-12', due: '2026-12-10', next: '2026-12-18' },
    { today: '2027-01-09', due: '2026-12-10', next: null },
    { today: '2027-01-09', due: '2026-12-10', next: null },
  ])('on $today, due $due: next reminder $next', ({ today, due, next }) => {
    expect(nextReminderDay(eligible(due), today, RULES)).toBe(next);
  });

  it('moves a weekend reminder to Monday when weekends are off', () => {
    // Due Tuesday 15.12.2026: the polite note falls on Saturday 12.12.
    expect(nextReminderDay(eligible('2026-12-15'), '2026-12-10', { ...RULES, sendOnWeekends: false })).toBe(
      '2026-12-14',
    );
  });

  it('has no next reminder for a document that is not eligible', () => {
    expect(
      nextReminderDay({ dueDate: '2026-12-10', reminderEligible: false }, '2026-12-01', RULES),
    ).toBeNull();
  });

  it('catches up a missed run with the latest stage only', () => {
    expect(currentStage('2026-12-10', '2026-12-20', RULES)).toMatchObject({ stage: 'overdue', index: 2 });
    expect(currentStage('2026-12-10', '2026-12-06', RULES)).toBeNull();
    expect(currentStage('2026-12-10', '2027-01-09', RULES)).toBeNull();
  });
});

describe('the stage due today', () => {
  /** The rule as written: the latest stage whose sending day is not after today. */
  function byDefinition(dueDate: string, today: string, rules: ReminderRules) {
    if (daysBetween(dueDate, today) >= rules.stopDays) return null;
    const due = reminderStages(dueDate, rules).filter(
      (stage) => daysBetween(sendingDay(stage.day, rules.sendOnWeekends), today) >= 0,
    );
    return due[due.length - 1] ?? null;
  }

  it('is the latest stage whose sending day has come, for any schedule and day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: -20, max: 80 }),
        fc.record({
          preDueDays: fc.integer({ min: -1, max: 10 }),
          overdueRepeatDays: fc.integer({ min: 0, max: 15 }),
          stopDays: fc.integer({ min: -1, max: 60 }),
          escalationDays: fc.integer({ min: -1, max: 70 }),
          sendOnWeekends: fc.boolean(),
        }),
        (dueOffset, todayOffset, rules) => {
          const dueDate = addDays('2026-11-01', dueOffset);
          const today = addDays(dueDate, todayOffset);
          expect(currentStage(dueDate, today, rules)).toEqual(byDefinition(dueDate, today, rules));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
