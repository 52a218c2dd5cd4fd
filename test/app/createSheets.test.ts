/**
 * Create missing sheets, the use case on an in-memory spreadsheet: the team register drafted from
 * the load table, the add-on's own sheets, and nothing of the user's touched. The menu click through
 * the bundle on the local services is covered by the end-to-end tests.
 */
import { runContext } from '../../src/app/context';
import { createMissingSheets } from '../../src/app/createSheets';
import { memoryEnv, type MemoryEnv } from '../support/memoryEnv';

/** A load table the seed way: the role in brackets after the name, a merged person block (A2:A3). */
const LOAD = [
  ['Сотрудник', 'Клиент / задача', '07.12', '14.12'],
  ['Иванова (копирайтер)', 'Ромашка', 20, 40],
  ['', 'Внутренние задачи', 10, 10],
  ['Волков Денис (разработчик, 0,5)', 'Вектор', 50, 50],
  ['Петров', 'Гранит', 30, ''],
];

const create = (env: MemoryEnv): string => createMissingSheets(env, runContext(env, 'menu'));

describe('Create missing sheets', () => {
  let env: MemoryEnv;
  let answer: string;
  beforeAll(() => {
    env = memoryEnv({ sheets: { Загрузка: LOAD } });
    answer = create(env);
  });

  it('creates a team register from the people of the load table, roles taken from the brackets', () => {
    expect(env.workbook.sheet('Команда').values()).toEqual([
      ['Сотрудник', 'Email', 'Роль', 'Часов в неделю', 'Ставка'],
      ['Иванова', '', 'копирайтер', '', ''],
      ['Волков Денис', '', 'разработчик', '', ''],
      ['Петров', '', '', '', ''],
    ]);
    expect(answer).toContain('Команда: 3 сотрудника из таблицы загрузки');
  });

  it('creates the templates and the log, and says which sheets it made', () => {
    expect(env.workbook.sheetNames()).toEqual(expect.arrayContaining(['Шаблоны писем', 'Журнал']));
    expect(answer).toMatch(/^Созданы листы: Шаблоны писем, Журнал, Команда/);
  });

  it('leaves the load table untouched, and the new team sheet is recognised as the team register', () => {
    expect(env.workbook.sheet('Загрузка').values()).toEqual(LOAD);
    expect(create(env)).toBe('Все листы уже на месте.');
  });
});
