/**
 * Diagnostics: the service paths the add-on depends on, run against the real
 * spreadsheet on a temporary sheet that is always removed (SPEC §5). The same
 * code runs in Google (menu) and on the local runtime (`account-desk
 * diagnose`); the two reports must agree. Sends nothing, and leaves no trace
 * but a released lock: the scratch sheet and the property key are removed.
 */
import { dayInTimeZone } from '../../core/calendar';
import { readBack, REPORT_FORMAT, type DiagnosticsReport, type Json } from '../../core/diagnostics/report';
import { dayCell } from '../../core/sheetContent';
import { isDate } from '../../core/types';
import type { AppEnv, ScratchSheet } from '../ports';
import { attempt, Checks, errorMessage, verdict } from './checks';

/** Sheets gives a new sheet this grid (and refuses a range outside it). */
export const NEW_SHEET_GRID = { rows: 1000, columns: 26 };
/** "Cells may contain up to 50,000 characters" (Sheets' limits). */
export const CELL_LIMIT = 50_000;
// No `:` and the like: an xlsx sheet name cannot hold them, and the local runtime saves xlsx.
const SCRATCH_NAME = 'Пульт аккаунта — диагностика';
export const PROPERTY_KEY = 'accountDesk.diagnostics';
/** Text with the characters property stores mangle most easily: Cyrillic, quotes, a line break, an emoji. */
const PROPERTY_VALUE = 'Проверка «ключа»\n"quotes" \'apostrophes\' ✓ 🧾';
const LOCK_TIMEOUT_MS = 10_000;

/**
 * Strings of the kinds the add-on writes from users' and clients' cells: numbers with leading
 * zeros, formulas, dates in both notations, percentages, locale numbers, booleans, an
 * apostrophe. None of the formulas fetches anything, so writing them plainly is harmless.
 * No year-less date (`12.07`): Sheets gives it the current year, which would differ between runs.
 */
export const TYPED_STRINGS: readonly string[] = [
  '0012',
  '=1+1',
  '07.12.2026',
  '20%',
  '1 234,5',
  '1,234.5',
  '1/2/2026',
  '2026-12-07',
  'TRUE',
  'ИСТИНА',
  "'0012",
  '+7 999 123-45-67',
  '1e3',
  ' 42 ',
  'СЧ-0012',
];

/** Days whose midnight is near a DST change in the zones the add-on meets, and a new year. */
export const ROUND_TRIP_DAYS: readonly string[] = [
  '2026-03-08',
  '2026-03-29',
  '2026-10-25',
  '2026-11-01',
  '2026-12-31',
];

function freeName(env: AppEnv): string {
  const taken = new Set(env.workbook.sheetNames());
  let name = SCRATCH_NAME;
  for (let n = 2; taken.has(name); n += 1) name = `${SCRATCH_NAME} ${n}`;
  return name;
}

function gridChecks(checks: Checks, env: AppEnv, scratch: ScratchSheet): void {
  const name = scratch.name();
  const outside = (id: string, cell: (grid: { rows: number; columns: number }) => [number, number]) =>
    checks.run(id, 'grid', undefined, () => {
      const [row, col] = cell(scratch.gridSize());
      const result = attempt(() => scratch.setValues(row, col, [['x']]));
      if (result.message) checks.errors[id] = result.message;
      return verdict({ threw: true }, { threw: result.threw });
    });

  checks.run('grid.newSheet', 'grid', undefined, () => verdict(NEW_SHEET_GRID, scratch.gridSize()));
  outside('grid.pastLastRow', (grid) => [grid.rows + 1, 1]);
  outside('grid.pastLastColumn', (grid) => [1, grid.columns + 1]);

  checks.run('grid.insertRowsAfter', 'grid', undefined, () => {
    const before = scratch.gridSize().rows;
    scratch.insertRowsAfter(before, 5);
    const rows = scratch.gridSize().rows;
    scratch.setValues(before + 3, 1, [['grown']]);
    const read = readBack(scratch.readCell(before + 3, 1).value, env.workbook.timeZone());
    return verdict(
      { rowsAdded: 5, written: { type: 'string', value: 'grown' } },
      { rowsAdded: rows - before, written: read },
    );
  });
  checks.run('grid.insertColumnsAfter', 'grid', undefined, () => {
    const before = scratch.gridSize().columns;
    scratch.insertColumnsAfter(before, 2);
    const columns = scratch.gridSize().columns;
    scratch.setValues(1, before + 2, [['grown']]);
    const read = readBack(scratch.readCell(1, before + 2).value, env.workbook.timeZone());
    return verdict(
      { columnsAdded: 2, written: { type: 'string', value: 'grown' } },
      { columnsAdded: columns - before, written: read },
    );
  });

  // The add-on's own writers must grow the grid themselves (issue: the log and wide summaries).
  checks.run('grid.addonWritePastGrid', 'grid', undefined, () => {
    const size = scratch.gridSize();
    const row = attempt(() => env.workbook.writeBlock(name, size.rows + 2, 1, { values: [['row']] }));
    const col = attempt(() => env.workbook.writeBlock(name, 1, size.columns + 2, { values: [['column']] }));
    return verdict({ rowThrew: false, columnThrew: false }, { rowThrew: row.threw, columnThrew: col.threw });
  });
  checks.run('grid.addonAppendPastGrid', 'grid', undefined, () => {
    const size = scratch.gridSize();
    scratch.setValues(size.rows, 1, [['last']]);
    const appended = attempt(() => env.workbook.appendRows(name, [['a'], ['b']]));
    const read = appended.threw
      ? null
      : readBack(scratch.readCell(size.rows + 2, 1).value, env.workbook.timeZone());
    return verdict(
      { threw: false, secondRow: { type: 'string', value: 'b' } },
      { threw: appended.threw, secondRow: read },
    );
  });

  checks.run('grid.cellLimit', 'grid', undefined, () => {
    const atLimit = attempt(() => scratch.setValues(2, 2, [['я'.repeat(CELL_LIMIT)]]));
    const overLimit = attempt(() => scratch.setValues(2, 3, [['я'.repeat(CELL_LIMIT + 1)]]));
    if (overLimit.message) checks.errors['grid.cellLimit'] = overLimit.message;
    return verdict(
      { atLimitThrew: false, overLimitThrew: true },
      { atLimitThrew: atLimit.threw, overLimitThrew: overLimit.threw },
    );
  });
}

/** Rows 10.. of the scratch sheet: column 1 written as the add-on writes text, column 2 plainly. */
function textChecks(checks: Checks, env: AppEnv, scratch: ScratchSheet): void {
  const timeZone = env.workbook.timeZone();
  TYPED_STRINGS.forEach((text, index) => {
    const row = 10 + index;
    checks.run('text.asText', 'text', text, () => {
      env.workbook.writeBlock(scratch.name(), row, 1, { values: [[text]], numberFormats: [['@']] });
      const cell = scratch.readCell(row, 1);
      const read = readBack(cell.value, timeZone);
      return verdict(
        { type: 'string', value: text, display: text, format: '@', formula: '' },
        { ...read, display: cell.display, format: cell.format, formula: cell.formula },
      );
    });
    checks.run('text.plainWrite', 'text', text, () => {
      scratch.setValues(row, 2, [[text]]);
      const cell = scratch.readCell(row, 2);
      // A formula's result needs a calculation engine; what the check compares is that it became one.
      const actual: Json =
        cell.formula !== ''
          ? { formula: cell.formula }
          : { ...readBack(cell.value, timeZone), display: cell.display, format: cell.format };
      return { status: 'observed', actual };
    });
  });
}

/** A calendar day written as the add-on writes dates reads back as the same day in the spreadsheet's zone. */
function dateChecks(checks: Checks, env: AppEnv, scratch: ScratchSheet): void {
  const timeZone = env.workbook.timeZone();
  ROUND_TRIP_DAYS.forEach((day, index) => {
    const row = 40 + index;
    checks.run('date.roundTrip', 'date', day, () => {
      // As the add-on writes a day: a DayCell the adapter turns into midnight in the zone. Its format is
      // the Russian one whatever the user's language, so that the compared part does not depend on it.
      env.workbook.writeBlock(scratch.name(), row, 1, { values: [[dayCell(day, 'ru')]] });
      const cell = scratch.readCell(row, 1);
      const read = isDate(cell.value) ? dayInTimeZone(cell.value, timeZone) : readBack(cell.value, timeZone);
      return {
        ...verdict({ day }, { day: read }),
        actual: { day: read, display: cell.display, format: cell.format },
      };
    });
  });
}

function propertyCheck(checks: Checks, env: AppEnv): void {
  checks.run('properties.roundTrip', 'properties', undefined, () => {
    const store = env.documentProperties;
    const before = store.get(PROPERTY_KEY);
    store.set(PROPERTY_KEY, PROPERTY_VALUE);
    let read: string | null;
    let listed: boolean;
    try {
      read = store.get(PROPERTY_KEY);
      listed = store.getAll()[PROPERTY_KEY] === PROPERTY_VALUE;
    } finally {
      store.delete(PROPERTY_KEY);
    }
    const afterDelete = store.get(PROPERTY_KEY);
    return verdict(
      { before: null, readBack: true, listed: true, afterDelete: null },
      { before, readBack: read === PROPERTY_VALUE, listed, afterDelete },
    );
  });
}

/** The self-test. Every check runs, whatever an earlier one did; the scratch sheet goes in any case. */
export function runSelfTest(env: AppEnv): DiagnosticsReport {
  const checks = new Checks();
  const timeZone = env.workbook.timeZone();
  const locale = env.workbook.locale();
  let locked = false;
  checks.run('lock.document', 'lock', undefined, () => {
    locked = env.lock.tryAcquire(LOCK_TIMEOUT_MS);
    return verdict({ acquired: true }, { acquired: locked });
  });
  let scratchName = '';
  try {
    let scratch: ScratchSheet | null = null;
    checks.run('cleanup.scratchSheet', 'cleanup', undefined, () => {
      scratchName = freeName(env);
      scratch = env.selfTest.insertScratchSheet(scratchName);
      try {
        gridChecks(checks, env, scratch);
        textChecks(checks, env, scratch);
        dateChecks(checks, env, scratch);
      } finally {
        scratch.remove();
      }
      return verdict({ removed: true }, { removed: !env.workbook.sheetNames().includes(scratchName) });
    });
    propertyCheck(checks, env);
  } finally {
    if (locked) env.lock.release();
  }
  // The cleanup check is pushed when the scratch work is over; show it after the checks it wraps.
  const cleanup = checks.list.filter((check) => check.group === 'cleanup');
  const ordered = [...checks.list.filter((check) => check.group !== 'cleanup'), ...cleanup];

  const environment = (read: () => Json, fallback: Json, key: string): Json => {
    try {
      return read();
    } catch (error) {
      checks.errors[key] = errorMessage(error);
      return fallback;
    }
  };
  return {
    format: REPORT_FORMAT,
    compared: { timeZone, locale, checks: ordered },
    notCompared: {
      ranAt: env.clock.now().toISOString(),
      scratchSheet: scratchName,
      scriptTimeZone: environment(() => env.selfTest.scriptTimeZone(), '', 'scriptTimeZone') as string,
      triggers: environment(
        () => env.triggers.list().map((trigger) => ({ handler: trigger.handler, type: trigger.source })),
        [],
        'triggers',
      ) as { handler: string; type: string }[],
      remainingMailQuota: environment(() => env.mailer.remainingDailyQuota(), null, 'remainingMailQuota') as
        number | null,
      errors: checks.errors,
    },
  };
}
