/**
 * The monthly move of old log rows (`Журнал` → `Журнал — архив`) killed at each of its steps
 * on the real CLI: the intent written, the archive batch appended, the kept rows copied to the
 * log's end, the old rows removed. Each time the re-runs finish the move and send the day: no
 * email twice, none lost, and every log row in exactly one of the two sheets — none lost, none
 * in both.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../../src/core/calendar';
import { documentId } from '../../src/core/identity';
import { history, workbookWithLog, type Row } from '../e2e/logWindow.fixture';
import { readOutbox, type Mail } from '../e2e/reminders.fixture';
import { runCli, runUntilDone, tallyOf, TODAY, twentyMessages } from './support';

const root = mkdtempSync(join(tmpdir(), 'account-desk-logmove-'));
let dirs = 0;
const freshDir = () => join(root, `t${(dirs += 1)}`);

// An old row whose message went out or not nobody knows: it must stay in the log, never re-sent.
const unknownKey = `overdue:${documentId('С-1', 'Клиент 1')}:stage1`;
function logRows(): Row[] {
  const old = addDays(TODAY, -40);
  const unknown: Row = [
    `${old}T06:00:00.000Z`,
    'client',
    `client:c1@client.example:${old}`,
    'c1@client.example',
    'Напоминание об оплате',
    'отправляется',
    unknownKey,
    'проверить',
  ];
  const rows = history(TODAY, 60, 4);
  return [...rows.slice(0, 40), unknown, ...rows.slice(40)];
}

async function agency(dir: string): Promise<string> {
  return workbookWithLog(dir, 'agency', logRows(), twentyMessages());
}

/** Column `col` (1-based) of every row but the header, from the saved output workbook. */
async function column(outDir: string, sheet: string, col: number): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(outDir, 'agency.xlsx'));
  const ws = workbook.getWorksheet(sheet);
  const values: string[] = [];
  ws?.eachRow((row, index) => {
    if (index > 1) values.push(String(row.getCell(col).value ?? ''));
  });
  return values;
}

/** What the killed run left on disk: the keys in each sheet of the own-sheets snapshot. */
function snapshotKeys(outDir: string): { log: number; archive: number } {
  const path = join(outDir, 'agency.sheets.json');
  if (!existsSync(path)) return { log: 0, archive: 0 };
  const sheets = JSON.parse(readFileSync(path, 'utf8')) as {
    name: string;
    cells: { r: number; c: number }[];
  }[];
  const rows = (name: string, col: number) =>
    sheets.find((sheet) => sheet.name === name)?.cells.filter((cell) => cell.c === col && cell.r > 1)
      .length ?? 0;
  return { log: rows('Журнал', 3), archive: rows('Журнал — архив', 4) };
}

let expected: Mail[] = [];
const seededKeys = logRows().map((row) => String(row[2]));

beforeAll(async () => {
  const dir = freshDir();
  const outDir = join(dir, 'out');
  const clean = await runCli(await agency(dir), outDir);
  expect(clean.code).toBe(0);
  expected = await readOutbox(outDir);
  const archived = await column(outDir, 'Журнал — архив', 4);
  expect(archived.length).toBeGreaterThan(100);
}, 120_000);

describe('a kill in the middle of the monthly log move', () => {
  it.each([1, 2, 3, 4])(
    'after flush %i of the move: no email twice, none lost, every log row once',
    async (flush) => {
      const dir = freshDir();
      const outDir = join(dir, 'out');
      const file = await agency(dir);
      const killed = await runCli(file, outDir, { faults: `kill-after-flush:${flush}` });
      expect(killed.signal).toBe('SIGKILL');
      const left = snapshotKeys(outDir);
      // The killed run sent nothing: the move comes before the first write-ahead.
      expect(await readOutbox(outDir)).toHaveLength(0);
      await runUntilDone(file, outDir);

      const counted = await tallyOf(expected, outDir);
      expect(counted.details).toEqual([]);
      expect(counted.duplicates).toBe(0);
      expect(counted.once).toBe(expected.length);
      const inLog = await column(outDir, 'Журнал', 3);
      const inArchive = await column(outDir, 'Журнал — архив', 4);
      const everywhere = [...inLog, ...inArchive].filter((key) => seededKeys.includes(key));
      expect(everywhere.sort()).toEqual([...seededKeys].sort());
      // The unknown row stays in the log, told and never re-sent.
      expect(inLog).toContain(`client:c1@client.example:${addDays(TODAY, -40)}`);
      expect(inArchive).not.toContain(`client:c1@client.example:${addDays(TODAY, -40)}`);
      // Where the kill hit: intent only; the batch in the archive (rows in both); the kept row
      // copied to the log's end too; the old rows removed.
      const seeded = seededKeys.length;
      const phase = [
        left.archive === 0 && left.log === seeded,
        left.archive > 0 && left.log === seeded,
        left.archive > 0 && left.log === seeded + 1,
        left.archive > 0 && left.log < seeded,
      ];
      expect(phase.indexOf(true) + 1).toBe(flush);
    },
    300_000,
  );
});
