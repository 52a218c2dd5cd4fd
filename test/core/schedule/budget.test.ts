import { HARD_STOP_MS, mayStartBatch, sendBudget } from '../../../src/core/schedule/budget';

const START = Date.UTC(2026, 11, 7, 6, 0);

describe('the send budget of one execution', () => {
  it('starts batches until the budget is spent, and no more', () => {
    const budget = sendBudget(START, 270);
    expect(mayStartBatch(budget, START + 269_999, 5)).toBe(true);
    expect(mayStartBatch(budget, START + 270_000, 5)).toBe(false);
  });

  it('lets the first batch go on a spent budget, so each execution moves the day on', () => {
    expect(mayStartBatch(sendBudget(START, 0), START + 10_000, 0)).toBe(true);
    expect(mayStartBatch(sendBudget(START, 0), START, 1)).toBe(false);
  });

  it('never starts a batch past the hard stop, first or not', () => {
    expect(mayStartBatch(sendBudget(START, 300), START + HARD_STOP_MS, 0)).toBe(false);
  });
});
