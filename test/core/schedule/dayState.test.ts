import { executionFor, parseDayState, stateAfter, todayStatus } from '../../../src/core/schedule/dayState';

const TODAY = '2026-12-07';

describe('the hourly execution decides from the day state alone', () => {
  it.each([
    ['before the hour', null, 8, { work: false, why: 'beforeHour' }],
    ['the first execution at the hour', null, 9, { work: true, firstOfDay: true }],
    [
      'a day left from yesterday, at the hour',
      { day: '2026-12-06', done: false, waiting: 40 },
      9,
      { work: true, firstOfDay: true },
    ],
    [
      'today, with emails waiting',
      { day: TODAY, done: false, waiting: 40 },
      10,
      { work: true, firstOfDay: false },
    ],
    ['today, done', { day: TODAY, done: true, waiting: 0 }, 15, { work: false, why: 'done' }],
    [
      'today done, before the hour (the menu ran it early)',
      { day: TODAY, done: true, waiting: 0 },
      7,
      { work: false, why: 'beforeHour' },
    ],
  ])('%s', (_name, state, hour, expected) => {
    expect(executionFor(state, TODAY, hour, 9)).toEqual(expected);
  });

  it('reads a stored state it wrote, and none from anything else', () => {
    expect(parseDayState(JSON.stringify(stateAfter(TODAY, 12)))).toEqual({
      day: TODAY,
      done: false,
      waiting: 12,
    });
    expect(parseDayState(JSON.stringify(stateAfter(TODAY, 0)))).toEqual({
      day: TODAY,
      done: true,
      waiting: 0,
    });
    for (const raw of [null, '', '{', '[]', '{"day":"07.12.2026"}', 'null'])
      expect(parseDayState(raw)).toBeNull();
    expect(parseDayState('{"day":"2026-12-07","done":"yes","waiting":-3}')).toEqual({
      day: TODAY,
      done: false,
      waiting: 0,
    });
  });
});

describe("today's status on the dashboard", () => {
  it('is done, waiting with the next hour, or not started with the configured hour', () => {
    expect(todayStatus({ day: TODAY, done: true, waiting: 0 }, TODAY, 12, 9)).toEqual({ kind: 'done' });
    expect(todayStatus({ day: TODAY, done: false, waiting: 30 }, TODAY, 12, 9)).toEqual({
      kind: 'waiting',
      waiting: 30,
      nextHour: 13,
    });
    expect(todayStatus({ day: TODAY, done: false, waiting: 30 }, TODAY, 23, 9)).toMatchObject({
      nextHour: 0,
    });
    expect(todayStatus(null, TODAY, 6, 9)).toEqual({ kind: 'notStarted', nextHour: 9 });
    expect(todayStatus({ day: '2026-12-06', done: true, waiting: 0 }, TODAY, 10, 9)).toEqual({
      kind: 'notStarted',
      nextHour: 11,
    });
  });
});
