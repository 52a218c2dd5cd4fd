import { placeholderRole, roleMatches } from '../../../src/core/load/placeholder';

describe('role placeholders in the load table', () => {
  it.each([
    ['[дизайнер]', 'дизайнер'],
    ['[ Копирайтер ]', 'Копирайтер'],
    ['Дизайнер (нужен)', 'Дизайнер'],
    ['Разработчица (нужна)', 'Разработчица'],
    ['Designer (needed)', 'Designer'],
    ['TBD', ''],
    ['TBD дизайнер', 'дизайнер'],
    ['TBD (designer)', 'designer'],
    ['Вакансия: SMM', 'SMM'],
    ['Иванова', null],
    ['Иванова (копирайтер)', null],
    ['Tbilisi Studio', null],
  ])('%p is the role %p', (cell, role) => {
    expect(placeholderRole(cell)).toBe(role);
  });

  it.each([
    ['Дизайнер', 'дизайнер', true],
    ['Старший дизайнер', 'дизайнер', true],
    ['Копирайтер', 'дизайнер', false],
    ['Дизайнер', '', false],
  ])('the team role %p is %p: %p', (teamRole, wanted, expected) => {
    expect(roleMatches(teamRole, wanted)).toBe(expected);
  });
});
