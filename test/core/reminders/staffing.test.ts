import { detectRegisters } from '../../../src/core/registers';
import { staffingOf } from '../../../src/core/reminders/staffing';
import type { CellValue, Grid } from '../../../src/core/types';

const today = '2026-12-07';

function grid(sheet: string, values: CellValue[][]): Grid {
  const width = Math.max(...values.map((row) => row.length));
  const rows = values.map((row) => [...row, ...Array<CellValue>(width - row.length).fill('')]);
  return {
    sheet,
    values: rows,
    display: rows.map((row) => row.map((v) => String(v))),
    backgrounds: rows.map((row) => row.map(() => '#ffffff')),
    formats: rows.map((row) => row.map(() => 'General')),
  };
}

describe('who works for which client in a week', () => {
  const load = grid('Загрузка', [
    ['Сотрудник', 'Клиент / задача', '30.11', '07.12', '14.12'],
    ['Иванова (копирайтер)', 'ООО «Ромашка»', 20, '', 40],
    ['', 'Лютик', '', '10 ч', ''],
    ['', 'Внутренние задачи', 10, 10, 10],
    ['Петров', 'Ромашка', '', 0, 30],
    ['', 'Василёк', '', 'двадцать', 30],
  ]);
  const grids = new Map([[load.sheet, load]]);
  const registers = detectRegisters([load], [], { timeZone: 'Europe/Moscow', referenceDay: today });

  it('lists the client rows with load in the wanted week only, never internal work', () => {
    expect(staffingOf({ grids, registers }, ['2026-12-07'])).toEqual([
      { person: 'Иванова (копирайтер)', client: 'Лютик', week: '2026-12-07' },
    ]);
  });

  it('reads several weeks, each cell under its own week', () => {
    expect(staffingOf({ grids, registers }, ['2026-11-30', '2026-12-14'])).toEqual([
      { person: 'Иванова (копирайтер)', client: 'ООО «Ромашка»', week: '2026-11-30' },
      { person: 'Иванова (копирайтер)', client: 'ООО «Ромашка»', week: '2026-12-14' },
      { person: 'Петров', client: 'Ромашка', week: '2026-12-14' },
      { person: 'Петров', client: 'Василёк', week: '2026-12-14' },
    ]);
  });
});
