import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runtime';
import { DIST } from '../support/bundle';

/** A load table the seed way: the role in brackets after the name, a merged person block. */
async function loadOnlyWorkbook(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-setup-'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Загрузка');
  sheet.addRow(['Сотрудник', 'Клиент / задача', '07.12', '14.12']);
  sheet.addRow(['Иванова (копирайтер)', 'Ромашка', 20, 40]);
  sheet.addRow(['', 'Внутренние задачи', 10, 10]);
  sheet.addRow(['Волков Денис (разработчик, 0,5)', 'Вектор', 50, 50]);
  sheet.addRow(['Петров', 'Гранит', 30, '']);
  sheet.mergeCells('A2:A3');
  const file = join(dir, 'load.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

function sheetRows(runtime: LocalRuntime, name: string): unknown[][] {
  const sheet = runtime.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.getDataRange().getValues();
}

describe('Create missing sheets', () => {
  let runtime: LocalRuntime;
  let answer: string;
  beforeAll(async () => {
    const file = await loadOnlyWorkbook();
    runtime = await createLocalRuntime({
      file,
      outDir: join(file, '..', 'out'),
      today: '2026-12-07',
      distDir: DIST,
    });
    runtime.call('createMissingSheets');
    answer = runtime.ui.alerts[0].prompt;
  });

  it('creates a team register from the people of the load table, roles taken from the brackets', () => {
    expect(sheetRows(runtime, 'Команда')).toEqual([
      ['Сотрудник', 'Email', 'Роль', 'Часов в неделю', 'Ставка'],
      ['Иванова', '', 'копирайтер', '', ''],
      ['Волков Денис', '', 'разработчик', '', ''],
      ['Петров', '', '', '', ''],
    ]);
    expect(answer).toContain('Команда: 3 сотрудника из таблицы загрузки');
  });

  it('creates the templates and the log, and says which sheets it made', () => {
    expect(runtime.spreadsheet.getSheetByName('Шаблоны писем')).not.toBeNull();
    expect(runtime.spreadsheet.getSheetByName('Журнал')).not.toBeNull();
    expect(answer).toMatch(/^Созданы листы: Шаблоны писем, Журнал, Команда/);
  });

  it('leaves the load table untouched, and the new team sheet is recognised as the team register', () => {
    expect(sheetRows(runtime, 'Загрузка')[1]).toEqual(['Иванова (копирайтер)', 'Ромашка', 20, 40]);
    runtime.call('createMissingSheets');
    expect(runtime.ui.alerts[1].prompt).toBe('Все листы уже на месте.');
  });
});
