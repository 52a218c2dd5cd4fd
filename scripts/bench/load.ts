/**
 * The load model on 200 people × 52 weeks × 10 rows each (2,000 rows): the
 * core time of one recalculation from grids to the summary sheet's blocks.
 * The Apps Script call count of a recalculation is proven constant by the
 * end-to-end test (10 vs 1,000 rows), not timed here.
 */
import { addDays } from '../../src/core/calendar';
import { computeLoad } from '../../src/core/load/compute';
import { readLoadInput } from '../../src/core/load/read';
import { buildSummarySheet } from '../../src/core/load/sheet';
import { detectRegisters } from '../../src/core/registers';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, Grid } from '../../src/core/types';
import type { BenchCase } from './measure';

const PEOPLE = 200;
const WEEKS = 52;
const ROWS_PER_PERSON = 10;
const FIRST_WEEK = '2026-01-05';
const TODAY = '2026-06-01';
const TASKS = ['Внутренние задачи', 'Отпуск', 'Обучение'];

function grid(sheet: string, values: CellValue[][], backgrounds?: string[][], formats?: string[][]): Grid {
  const display = values.map((row) => row.map((value) => String(value)));
  return { sheet, values, display, backgrounds: backgrounds ?? [], formats: formats ?? [] };
}

function loadGrids(): Grid[] {
  const weeks = Array.from({ length: WEEKS }, (_, i) => addDays(FIRST_WEEK, 7 * i));
  const header: CellValue[] = [
    'Сотрудник',
    'Клиент / задача',
    'Статус',
    ...weeks.map((w) => `${w.slice(8)}.${w.slice(5, 7)}.${w.slice(0, 4)}`),
  ];
  const values: CellValue[][] = [header];
  const backgrounds: string[][] = [header.map(() => '#ffffff')];
  const formats: string[][] = [header.map(() => 'General')];
  const team: CellValue[][] = [['Сотрудник', 'Email', 'Роль', 'Часов в неделю']];
  for (let p = 0; p < PEOPLE; p++) {
    const name = `Сотрудник ${p}`;
    team.push([
      name,
      `person${p}@agency.test`,
      p % 10 === 0 ? 'аккаунт-менеджер' : 'дизайнер',
      p % 4 === 0 ? 20 : 40,
    ]);
    for (let r = 0; r < ROWS_PER_PERSON; r++) {
      const task = r < TASKS.length ? TASKS[r] : `Клиент ${(p * 7 + r) % 120}`;
      const cells = weeks.map((_, w): CellValue => {
        const k = (p + r + w) % 9;
        if (k === 0) return '';
        if (k === 1) return '4 ч';
        if (k === 2) return 0.1;
        return k * 2;
      });
      values.push([r === 0 ? name : '', task, r === 5 ? 'предв.' : '', ...cells]);
      backgrounds.push(
        values[values.length - 1].map((_, c) => (c > 3 && (c + r) % 11 === 0 ? '#c9daf8' : '#ffffff')),
      );
      formats.push(values[values.length - 1].map((v) => (v === 0.1 ? '0%' : 'General')));
    }
  }
  return [grid('Команда', team), grid('Загрузка', values, backgrounds, formats)];
}

export function loadCases(): BenchCase[] {
  const grids = loadGrids();
  const ctx = { timeZone: 'Europe/Moscow', referenceDay: TODAY };
  const limits = DEFAULT_SETTINGS.load;
  const readInput = () => {
    const registers = detectRegisters(grids, [], ctx);
    const sources = {
      grids: new Map(grids.map((g) => [g.sheet, g])),
      registers,
      timeZone: ctx.timeZone,
      today: TODAY,
    };
    return readLoadInput(sources, limits);
  };
  return [
    {
      name: `load: ${PEOPLE} people × ${WEEKS} weeks × ${ROWS_PER_PERSON} rows, detect + read + compute + sheet`,
      run() {
        const input = readInput();
        const summary = computeLoad(input, limits);
        return buildSummarySheet(summary, { today: TODAY, lang: 'ru', limits, hasActuals: false });
      },
    },
    {
      name: `load: compute only (${PEOPLE * ROWS_PER_PERSON} rows)`,
      run: (() => {
        const input = readInput();
        return () => computeLoad(input, limits);
      })(),
    },
  ];
}
