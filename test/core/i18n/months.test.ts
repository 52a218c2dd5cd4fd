import { monthFromWord } from '../../../src/core/cells/dates';
import { formatDayShort } from '../../../src/core/calendar';
import { monthLabel } from '../../../src/core/load/weekCells';
import { monthNames } from '../../../src/core/i18n/months';

describe('month names from the calendar catalog', () => {
  it('names months in both languages, January first', () => {
    expect(monthNames('ru', 'long')).toHaveLength(12);
    expect(monthLabel('2026-12', 'ru')).toBe('декабрь 2026');
    expect(monthLabel('2027-01', 'en')).toBe('January 2027');
    expect(formatDayShort('2026-09-07', 'en')).toBe('Sep 7');
    expect(formatDayShort('2026-09-07', 'ru')).toBe('07.09');
  });

  it.each([
    ['янв', 1],
    ['февраля', 2],
    ['Feb', 2],
    ['март', 3],
    ['apr.', 4],
    ['мая', 5],
    ['май', 5],
    ['May', 5],
    ['июня', 6],
    ['июль', 7],
    ['августа', 8],
    ['сент.', 9],
    ['September', 9],
    ['окт', 10],
    ['нояб.', 11],
    ['Dec', 12],
    ['ДЕКАБРЯ', 12],
  ])('reads %s as month %s', (word, month) => {
    expect(monthFromWord(word)).toBe(month);
  });

  it.each(['ма', 'маг', 'ию', 'xyz'])('reads %s as no month: no stem starts it', (word) => {
    expect(monthFromWord(word)).toBeNull();
  });
});
