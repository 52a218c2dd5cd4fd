import { directoryEntry, readClientDirectory } from '../../../src/core/documents/directory';
import { detectRegister } from '../../../src/core/registers';
import type { RegisterMapping } from '../../../src/core/registers/types';
import { describeSheetProblem } from '../../../src/core/sheetProblems';
import type { CellValue, Grid } from '../../../src/core/types';

const dates = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };

function read(rows: CellValue[][]) {
  const grid: Grid = {
    sheet: 'Клиенты',
    values: rows,
    display: rows.map((row) => row.map(String)),
    backgrounds: [],
    formats: [],
  };
  const mapping = detectRegister(grid, [], dates);
  expect(mapping?.kind).toBe('clients');
  return readClientDirectory(grid, mapping as RegisterMapping<'clients'>, dates);
}

const HEADER = [
  'Клиент',
  'Email клиента',
  'Контакт для эскалации',
  'Язык',
  'Отсрочка',
  'Аккаунт',
  'Не напоминать',
  'Примечание',
];

describe('the Клиенты directory', () => {
  it('reads each client’s defaults and finds them by the client key', () => {
    const directory = read([
      HEADER,
      [
        'ООО «Ромашка»',
        'buh@romashka.ru',
        'ceo@romashka.ru',
        'ru',
        '5 банковских дней',
        'Смирнова',
        '',
        'годовой договор',
      ],
      ['Globex LLC', 'ap@globex.com, cfo@globex.com', '', 'en', '30', '', 'до 15.01.2027', ''],
    ]);
    expect(directory.problems).toEqual([]);
    expect(directoryEntry(directory, 'Ромашка')).toEqual({
      key: 'ромашка',
      name: 'ООО «Ромашка»',
      emails: ['buh@romashka.ru'],
      escalationEmails: ['ceo@romashka.ru'],
      lang: 'ru',
      term: { days: 5, unit: 'bank' },
      manager: 'Смирнова',
      pause: { open: false, until: null },
      note: 'годовой договор',
    });
    const globex = directoryEntry(directory, '"Globex", LLC');
    expect(globex?.emails).toEqual(['ap@globex.com', 'cfo@globex.com']);
    expect(globex?.pause).toEqual({ open: false, until: '2027-01-15' });
    expect(globex?.term).toEqual({ days: 30, unit: 'calendar' });
    expect(directoryEntry(directory, 'Альфа')).toBeNull();
  });

  it('reports an invalid email, language, term or pause with its cell and keeps the rest of the row', () => {
    const directory = read([
      HEADER,
      ['Ромашка', 'buh@romashka', 'ceo@romashka.ru', 'de', 'пять дней', '', 'до пятницы', ''],
      ['ромашка', 'other@romashka.ru', '', '', '', '', '', ''],
    ]);
    expect(directory.problems.map((problem) => describeSheetProblem(problem, 'ru'))).toEqual([
      'Клиенты!D2: «de» — не язык писем: напишите «ru» или «en»',
      'Клиенты!E2: «пять дней» — не отсрочка: напишите число дней, «5 раб. дн.» или «5 банковских дней»',
      'Клиенты!G2: «до пятницы» — не дата',
      'Клиенты!B2: «buh@romashka» — не адрес электронной почты',
      'Клиенты!A3: клиент «ромашка» уже есть в строке 2: эта строка не учтена',
    ]);
    const entry = directoryEntry(directory, 'Ромашка');
    expect(entry?.emails).toEqual([]);
    expect(entry?.escalationEmails).toEqual(['ceo@romashka.ru']);
  });
});
