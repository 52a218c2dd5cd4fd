/**
 * What every browser test shares: the one build of dist/ made before the run,
 * an agency workbook built in code, the Chromium that npm installs, and reading
 * the saved workbook back.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import packagedChromium from '@sparticuz/chromium';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPreviewServer, type PreviewServer } from '../../src/local/runner/preview/server';
import { DIST, ROOT } from '../support/bundle';

export const TODAY = '2026-12-07';
export const XSS_IMG = '<img src=x onerror="window.__pwned=1">';
export const XSS_SCRIPT = '<script>window.__pwned=2</script>';

/** What test/globalSetup.mjs prepared (scripts/chromium.mjs): the packaged Chromium, or CHROMIUM_PATH. */
interface PreparedChromium {
  executable: string;
  fontconfig?: string;
  packaged: boolean;
}

/** Flags for a browser that talks to nothing but the local preview server. */
const OFFLINE_ARGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * The packaged build's recommended flags (it runs as root here, so --no-sandbox is among them),
 * less two that would weaken what the browser tests prove (the pages keep the web's same-origin
 * rules) and --single-process, which serverless platforms need but which ends the whole browser
 * when a test closes its page.
 */
const UNWANTED_ARGS = new Set([
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--single-process',
]);

/** Fails (never skips) without a browser: a skipped browser test proves nothing. */
export async function launchChromium(): Promise<Browser> {
  const prepared = process.env.ACCOUNT_DESK_TEST_CHROMIUM;
  if (!prepared)
    throw new Error('The browser is prepared by test/globalSetup.mjs: run the browser tests through jest.');
  const browser = JSON.parse(prepared) as PreparedChromium;
  if (!browser.packaged) {
    return chromium.launch({
      executablePath: browser.executable,
      args: ['--headless', '--no-sandbox', '--disable-gpu', ...OFFLINE_ARGS],
    });
  }
  return chromium.launch({
    executablePath: browser.executable,
    headless: true,
    args: [...packagedChromium.args.filter((arg) => !UNWANTED_ARGS.has(arg)), ...OFFLINE_ARGS],
    // The headless build takes its locale from the environment: date fields as a Russian user sees them.
    env: { ...process.env, FONTCONFIG_FILE: browser.fontconfig, LANG: 'ru_RU.UTF-8', LANGUAGE: 'ru' },
  });
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * Team: Иванова full time, Петров half time (rate 0.5 → 20 h a week).
 * Load: Иванова with Ромашка and a client named like an attack, Петров
 * overloaded next week with a tentative (blue) cell. Documents: an overdue
 * invoice, one due in two days, one 40 days overdue (STOP), a paid one, and
 * overdue invoices of the two attack-named clients.
 */
export async function writeAgencyWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Команда').addRows([
    ['Сотрудник', 'Роль', 'Часов в неделю', 'Ставка'],
    ['Иванова Анна', 'копирайтер', 40, null],
    ['Петров Пётр', 'дизайнер', null, 0.5],
  ]);
  const load = workbook.addWorksheet('Загрузка');
  load.addRow(['Сотрудник', 'Клиент / задача', day('2026-11-30'), day('2026-12-07'), day('2026-12-14')]);
  load.addRow(['Иванова (копирайтер)', 'Ромашка', 0.5, 0.4, '']);
  load.addRow(['', XSS_IMG, 0.2, 0.2, '']);
  load.addRow(['', 'Внутренние задачи', 0.1, 0.1, 0.1]);
  load.addRow(['Петров (дизайнер)', 'Лютик', 0.9, 0.7, 0.9]);
  load.addRow(['', XSS_SCRIPT, '', 0.3, 0.2]);
  for (const col of [3, 4, 5]) {
    load.getRow(1).getCell(col).numFmt = 'dd.mm.yyyy';
    for (let row = 2; row <= 6; row++) load.getRow(row).getCell(col).numFmt = '0%';
  }
  load.getRow(6).getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFCFE2F3' } };

  const docs = workbook.addWorksheet('Документы');
  docs.addRow([
    'Тип',
    'Номер',
    'Клиент',
    'Дата',
    'Сумма',
    'Срок оплаты',
    'Дата оплаты',
    'Оплачено',
    'Статус',
    'Email клиента',
  ]);
  docs.addRow([
    'счёт',
    'СЧ-1',
    'Ромашка',
    day('2026-11-01'),
    10000,
    day('2026-11-27'),
    '',
    '',
    'отправлен',
    'buh@romashka.example.ru',
  ]);
  docs.addRow([
    'счёт',
    'СЧ-2',
    'Лютик',
    day('2026-11-20'),
    25000.5,
    day('2026-12-09'),
    '',
    '',
    'отправлен',
    'fin@lutik.example.ru',
  ]);
  docs.addRow([
    'счёт',
    'СЧ-3',
    'Василёк',
    day('2026-10-01'),
    5000,
    day('2026-10-20'),
    '',
    '',
    'отправлен',
    'v@vasilek.example.ru',
  ]);
  docs.addRow([
    'счёт',
    'СЧ-4',
    'Ромашка',
    day('2026-10-01'),
    3000,
    day('2026-10-10'),
    day('2026-10-09'),
    3000,
    'оплачен',
    '',
  ]);
  docs.addRow([
    'счёт',
    'СЧ-5',
    XSS_IMG,
    day('2026-11-25'),
    1000,
    day('2026-12-01'),
    '',
    '',
    'отправлен',
    'x@evil.example.ru',
  ]);
  docs.addRow([
    'счёт',
    'СЧ-6',
    XSS_SCRIPT,
    day('2026-11-25'),
    2000,
    day('2026-12-02'),
    '',
    '',
    'отправлен',
    'y@evil.example.ru',
  ]);
  for (let row = 2; row <= 7; row++) {
    for (const col of [4, 6, 7]) docs.getRow(row).getCell(col).numFmt = 'dd.mm.yyyy';
  }
  await workbook.xlsx.writeFile(file);
}

export interface Session {
  work: string;
  outDir: string;
  preview: PreviewServer;
  browser: Browser;
  /** The saved document, as the preview server keeps it after each call. */
  saved(): Promise<ExcelJS.Workbook>;
  open(page: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A 300 px wide sidebar page, with any dialog or page error recorded, on the workbook `write`
 * makes (default: the small agency above, whose client names are attacks).
 */
export async function startSession(
  write: (file: string) => Promise<void> = writeAgencyWorkbook,
): Promise<Session> {
  const work = mkdtempSync(join(tmpdir(), 'account-desk-ui-'));
  const outDir = join(work, 'out');
  const file = join(work, 'agency.xlsx');
  await write(file);
  const browser = await launchChromium();
  const preview = await startPreviewServer({ file, outDir, port: 0, today: TODAY, distDir: DIST });
  return {
    work,
    outDir,
    preview,
    browser,
    async saved() {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(outDir, 'agency.xlsx'));
      return workbook;
    },
    async open(name: string) {
      const page = await browser.newPage({ viewport: { width: 300, height: 800 }, locale: 'ru-RU' });
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      (page as Page & { dialogs?: string[] }).dialogs = dialogs;
      await page.goto(`${preview.url}${name}`);
      return page;
    },
    async close() {
      await preview.close();
      await browser.close();
    },
  };
}

export function rowValues(workbook: ExcelJS.Workbook, sheet: string, row: number): unknown[] {
  const values = workbook.getWorksheet(sheet)?.getRow(row).values;
  return Array.isArray(values) ? values.slice(1) : [];
}

/** The example agency of `npm start` (and its saved settings), for pictures with realistic data. */
export async function copyExampleAgency(file: string): Promise<void> {
  copyFileSync(join(ROOT, 'examples', 'agency.xlsx'), file);
  copyFileSync(join(ROOT, 'examples', 'agency.properties.json'), file.replace(/\.xlsx$/, '.properties.json'));
}

/**
 * Where the sidebar pictures go: the README's `docs/screenshots/` with `npm run screenshots`,
 * a temporary folder otherwise, so an ordinary test run leaves the tracked pictures alone.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, 'docs', 'screenshots')
  : mkdtempSync(join(tmpdir(), 'account-desk-screenshots-'));
