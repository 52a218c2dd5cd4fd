/**
 * End to end: the flags and notes of `Сводка загрузки` as the Monday meeting reads them. A load
 * workbook built in code, the real bundle's `recalculate` on the local services, the saved xlsx
 * read back (cell values and the comments part of the file).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';

// Monday: the week of 30.11 is past, 07.12 is the current week (weeks without public holidays).
const TODAY = '2026-12-07';
const WEEKS = ['30.11', '07.12', '14.12', '21.12'];
const CLIENTS = ['Альфа', 'Бета', 'Гамма', 'Дельта', 'Эпсилон', 'Дзета', 'Эта', 'Тета'];

async function recalculated() {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-load-flags-'));
  const input = join(dir, 'agency.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  workbook.addWorksheet('Команда').addRows([
    ['Сотрудник', 'Email', 'Роль', 'Часов в неделю'],
    ['Иванова Анна', 'ivanova@agency.test', 'копирайтер', 40],
    ['Орлова Вера', 'orlova@agency.test', 'аккаунт-менеджер', 40],
  ]);
  workbook.addWorksheet('Загрузка').addRows([
    ['Сотрудник', 'Клиент / задача', ...WEEKS],
    // A client booked on top of a whole week of vacation (14.12), underloaded in the past week.
    ['Иванова Анна', 'Альфа', 30, 90, 30, 90],
    ['Иванова Анна', 'Отпуск', null, null, 100, null],
    // Eight clients every week: over the norm of 7, in the past week too.
    ...CLIENTS.map((client) => ['Орлова Вера', client, 10, 10, 10, 10]),
  ]);
  await workbook.xlsx.writeFile(input);
  const runtime = await createLocalRuntime({
    file: input,
    outDir: join(dir, 'out'),
    today: TODAY,
    distDir: DIST,
  });
  runtime.call('recalculate');
  await runtime.save();
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(runtime.documentPath);
  return { sheet: after.getWorksheet('Сводка загрузки')!, file: runtime.documentPath };
}

function rowOf(sheet: ExcelJS.Worksheet, first: string, after = 0): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row, number) => {
    if (!found && number > after && row.getCell(1).value === first) found = row;
  });
  if (!found) throw new Error(`no row starting with ${first}`);
  return found;
}

function flagsOf(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, headerRow: ExcelJS.Row): string {
  const values = headerRow.values as ExcelJS.CellValue[];
  return String(row.getCell(values.indexOf('Флаги (с текущей недели)')).value ?? '');
}

describe('Сводка загрузки: flags and notes', () => {
  let sheet: ExcelJS.Worksheet;
  let file: string;
  beforeAll(async () => {
    ({ sheet, file } = await recalculated());
  });

  it('flags a booking in a vacation week as that conflict, not as an overload', () => {
    const header = rowOf(sheet, 'Сотрудник');
    const flags = flagsOf(sheet, rowOf(sheet, 'Иванова Анна'), header);
    expect(flags).toContain('бронь в отпуске 30 % — неделя 14.12');
    expect(flags).not.toContain('перегруз 130');
  });

  it('says each flag once, on a line of its own, from the current week on', () => {
    const header = rowOf(sheet, 'Сотрудник');
    const lines = flagsOf(sheet, rowOf(sheet, 'Иванова Анна'), header).split('\n');
    // 30.11 (30 %, underloaded) is past: not flagged; 90 % twice is said once.
    expect(lines).toEqual(['бронь в отпуске 30 % — неделя 14.12', 'нет резерва 90 % — недели 07.12, 21.12']);
  });

  it('says an account manager over the norm once, for the current and future weeks', () => {
    const amHeader = rowOf(sheet, 'Аккаунт-менеджер');
    const orlova = rowOf(sheet, 'Орлова Вера', Number(amHeader.number));
    const flags = flagsOf(sheet, orlova, amHeader);
    expect(flags).toBe('клиентов 8 при норме 7 — недели 07.12, 14.12, 21.12');
  });

  it('writes no empty notes into the file', async () => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const comments = Object.keys(zip.files).filter((name) => /comments\d*\.xml$/.test(name));
    const all: string[] = [];
    for (const name of comments) {
      const xml = await zip.file(name)!.async('string');
      for (const match of xml.matchAll(/<comment [^>]*>([\s\S]*?)<\/comment>|<comment [^>]*\/>/g))
        all.push((match[1] ?? '').replace(/<[^>]+>/g, ''));
    }
    expect(all.filter((text) => text.trim() === '')).toEqual([]);
    // The notes that say something stay: the clients behind each count.
    expect(all.some((text) => text.includes('Альфа'))).toBe(true);
  });
});
