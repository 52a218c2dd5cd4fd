/**
 * Pictures of the owned sheets `Дебиторка` and `Сводка загрузки` after a recalculation of the
 * example agency, drawn from the saved xlsx (values through their formats, fills, widths) in
 * Chromium. `npm run screenshots` writes them into docs/screenshots/; an ordinary run into a
 * temporary folder.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { sheetHtml } from '../support/sheetPicture';
import { copyExampleAgency, launchChromium, SCREENSHOTS, TODAY } from './harness';

let browser: Browser;
let saved: ExcelJS.Workbook;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-sheets-'));
  const input = join(dir, 'agency.xlsx');
  await copyExampleAgency(input);
  const runtime = await createLocalRuntime({
    file: input,
    outDir: join(dir, 'out'),
    today: TODAY,
    distDir: DIST,
  });
  runtime.call('recalculate');
  await runtime.save();
  saved = new ExcelJS.Workbook();
  await saved.xlsx.readFile(runtime.documentPath);
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function picture(sheet: string, file: string, rows: number, cols: number): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1500, height: 400 } });
  await page.setContent(sheetHtml(saved.getWorksheet(sheet)!, rows, cols));
  await page.screenshot({ path: join(SCREENSHOTS, `${file}.png`), fullPage: true });
  expect((await page.locator('table').textContent()) ?? '').toContain(
    sheet === 'Дебиторка' ? 'Долг' : 'Сотрудник',
  );
  await page.close();
}

describe('the owned sheets, as pictures', () => {
  it('Дебиторка', async () => {
    await picture('Дебиторка', 'sheet-receivables', 50, 11);
  });

  it('Сводка загрузки', async () => {
    await picture('Сводка загрузки', 'sheet-load', 24, 13);
  });
});
