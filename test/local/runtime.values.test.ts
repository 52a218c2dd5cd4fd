/**
 * The real bundle's text on the local SpreadsheetApp: a name from the user's table that
 * starts with `=` reaches the add-on's own sheets as that text, not a formula and not
 * with the apostrophe the add-on guards it with.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { OWNED_SHEETS } from '../../src/core/ownedSheets';
import { runWorkbook } from '../../src/local/runner/cli';
import { ROOT } from '../support/bundle';

const dir = mkdtempSync(join(tmpdir(), 'account-desk-values-'));

it('shows a client named =Ромашка in the load summary as =Ромашка', async () => {
  const input = new ExcelJS.Workbook();
  await input.xlsx.readFile(join(ROOT, 'examples', 'two-spreadsheets', 'agency-load.xlsx'));
  const load = input.getWorksheet('Загрузка')!;
  for (let r = 1; r <= load.rowCount; r += 1)
    if (load.getCell(r, 2).value === 'Ромашка') load.getCell(r, 2).value = '=Ромашка';
  const file = join(dir, 'agency-load.xlsx');
  await input.xlsx.writeFile(file);

  const result = await runWorkbook({ file, outDir: join(dir, 'out'), today: '2026-12-07' });
  expect(result.error).toBeUndefined();
  const output = new ExcelJS.Workbook();
  await output.xlsx.readFile(result.documentPath);
  const cells: { value: unknown; formula?: string }[] = [];
  output.getWorksheet(OWNED_SHEETS.loadSummary)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (String(cell.value).includes('Ромашка')) cells.push({ value: cell.value, formula: cell.formula });
    }),
  );
  // The Факт sheet still says Ромашка; the load register's rows say =Ромашка.
  expect(cells).toContainEqual({ value: '=Ромашка', formula: undefined });
  for (const cell of cells) {
    expect(cell.formula).toBeUndefined();
    expect(String(cell.value).startsWith("'")).toBe(false);
  }
}, 60_000);
