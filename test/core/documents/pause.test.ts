import { isPausedOn, parsePause } from '../../../src/core/documents/pause';

const dates = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };

describe('the pause cell', () => {
  it.each([
    [true, { open: true, until: null }],
    [false, { open: false, until: null }],
    ['да', { open: true, until: null }],
    ['', { open: false, until: null }],
    ['до 15.01.2027', { open: false, until: '2027-01-15' }],
    ['Не напоминать до 15.01.2027', { open: false, until: '2027-01-15' }],
    ['until 2027-01-15', { open: false, until: '2027-01-15' }],
    ['15.01.2027', { open: false, until: '2027-01-15' }],
    [new Date('2027-01-14T21:00:00Z'), { open: false, until: '2027-01-15' }],
  ])('%p pauses as %p', (cell, expected) => {
    expect(parsePause(cell, dates)).toEqual({ ok: true, value: expected });
  });

  it.each(['до понедельника', 'до 32.01.2027', 'может быть', 'Не напоминать до 15.13.2027'])(
    '%p is a data problem',
    (cell) => {
      expect(parsePause(cell, dates).ok).toBe(false);
    },
  );

  it.each([
    ['2027-01-14', true],
    ['2027-01-15', false], // resumes on its date
    ['2027-01-20', false],
  ])('a pause until 15.01.2027 holds on %p: %p', (today, paused) => {
    expect(isPausedOn({ open: false, until: '2027-01-15' }, today)).toBe(paused);
  });
});
