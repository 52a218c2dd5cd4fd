/**
 * Steady state: the daily run on day N of daily runs, with the log a year of runs leaves.
 *
 * How the log is made (and the report says so): day 1 is the real daily run on the fresh
 * workbook; day 2 is the real daily run of the next day, and the rows it appended are the
 * template of a weekday. The log of day N is then seeded: the template repeated for each of the
 * N − 2 earlier days, moved to that day (time and message-key dates) and re-keyed so that each
 * day's items belong to documents of their own (long paid and gone, as in a real year), then the
 * real day-1 rows. Every later day opens the document as day 1 saved it. Day N is measured on the calendar day of the real day 2, so it has exactly the
 * work of that day; only the log before it is longer. Day N + 1 follows it (a run that moves old
 * rows to an archive on its first run would show that on day N and its steady cost on day N + 1).
 */
import { join } from 'node:path';
import { addDays } from '../../src/core/calendar';
import { OWNED_SHEETS } from '../../src/core/ownedSheets';
import type { LocalRuntime } from '../../src/local/runner/runtime';
import { cellTotal } from './cost';
import { counted, openRuntime, type RuntimeSpec } from './sides';
import type { SteadyMeasurement, SteadyResult } from './types';
import type { BenchSize } from './workbooks';

const LOG = OWNED_SHEETS.log;
const WIDTH = 7;
const DATE = /\d{4}-\d{2}-\d{2}/g;

type Row = unknown[];

function logRows(runtime: LocalRuntime): Row[] {
  const sheet = runtime.spreadsheet.getSheetByName(LOG);
  if (!sheet || sheet.getLastRow() === 0) return [];
  return sheet.getRange(1, 1, sheet.getLastRow(), WIDTH).getValues();
}

/** A template row moved to `day`: its time and key dates moved, its item keys made that day's own. */
function movedRow(row: Row, from: string, day: string): Row {
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  const time = text(row[0]).replace(from, day);
  const key = text(row[2]).replace(DATE, day);
  // Item keys name a document as `number|client`; the day's documents are others, long paid.
  const items = text(row[6])
    .split('\n')
    .map((item) => item.replace(/^([a-z]+:)([^|]*)\|/, `$1$2·${day}|`))
    .join('\n');
  return [time, row[1], key, row[3], row[4], row[5], items];
}

function seedLog(runtime: LocalRuntime, template: Row[], templateDay: string, days: string[]): number {
  const sheet = runtime.spreadsheet.getSheetByName(LOG);
  if (!sheet) throw new Error('no log sheet after the first run');
  const existing = logRows(runtime);
  const seeded = days.flatMap((day) => template.map((row) => movedRow(row, templateDay, day)));
  const rows = [existing[0], ...seeded, ...existing.slice(1)].map((row) =>
    Array.from({ length: WIDTH }, (_, c) => row[c] ?? ''),
  );
  if (rows.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, WIDTH).setValues(rows);
  return rows.length - 1;
}

function measureRun(runtime: LocalRuntime, size: BenchSize, day: number): SteadyMeasurement {
  const logRowsBefore = Math.max(0, logRows(runtime).length - 1);
  const sentBefore = runtime.sent().length;
  runtime.counters.reset();
  runtime.call('dailyRun');
  const measured = counted(runtime);
  return {
    size,
    day,
    logRowsBefore,
    emails: runtime.sent().length - sentBefore,
    logCellsRead: cellTotal(measured.cells, 'read', LOG),
    ...measured,
  };
}

export async function measureSteadyState(
  size: BenchSize,
  spec: RuntimeSpec,
  days: readonly number[],
): Promise<SteadyResult> {
  const firstDay = spec.today;
  const secondDay = addDays(firstDay, 1);
  const dayOne = await openRuntime({ ...spec, outDir: join(spec.outDir, 'day1') });
  dayOne.call('dailyRun');
  const firstDayRows = Math.max(0, logRows(dayOne).length - 1);
  // The document as day 1 left it (owned columns, own sheets, log, properties) is the input of every later day.
  await dayOne.save();
  const after = { ...spec, file: dayOne.documentPath, today: secondDay };

  const real = await openRuntime({ ...after, outDir: join(spec.outDir, 'day2') });
  const runs: SteadyMeasurement[] = [measureRun(real, size, 2)];
  const template = logRows(real).slice(firstDayRows + 1);
  const rowsPerDay = template.length;

  for (const n of days) {
    const runtime = await openRuntime({ ...after, outDir: join(spec.outDir, `day${n}`) });
    const earlier = Array.from({ length: n - 2 }, (_, i) => addDays(firstDay, i - (n - 2)));
    seedLog(runtime, template, secondDay, earlier);
    runs.push(measureRun(runtime, size, n));
    runtime.advanceClock(86_400_000);
    runs.push(measureRun(runtime, size, n + 1));
  }
  return { runs, rowsPerDay, firstDayRows };
}
