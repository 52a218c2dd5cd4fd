/**
 * The Diagnostics sidebar in Chromium over the local preview server: the
 * self-test runs when it opens, each check is one line with its verdict, the
 * temporary sheet is gone from the saved workbook, and "Copy JSON" copies the
 * very report `account-desk diagnose --json` prints.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DiagnosticsView } from '../../src/core/diagnostics/view';
import { compareReports, isReport } from '../../src/core/diagnostics/compare';
import { SCREENSHOTS, startSession, type Session } from './harness';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  page = await session.open('diagnostics');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('#summary').waitFor();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('Diagnostics sidebar', () => {
  it('shows one line per check with its verdict, and the environment', async () => {
    const expected = session.preview.runtime.call('getDiagnostics') as DiagnosticsView;
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostics.png'), fullPage: true });
    await expect(page.locator('h1').textContent()).resolves.toBe('Диагностика');
    await expect(page.locator('#summary').textContent()).resolves.toBe(expected.summary);
    const lines = await page
      .locator('li.check')
      .evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-status'), item.querySelector('.label')?.textContent]),
      );
    expect(lines).toEqual(
      expected.groups.flatMap((group) => group.lines.map((line) => [line.status, line.label])),
    );
    expect(lines).toHaveLength(expected.report.compared.checks.length);
    await expect(page.locator('li.check.ok', { hasText: 'Временный лист удалён' }).count()).resolves.toBe(1);
    await expect(page.locator('#environment dt').allTextContents()).resolves.toContain(
      'Часовой пояс таблицы',
    );
  });

  it('leaves no temporary sheet in the saved workbook', async () => {
    const saved = await session.saved();
    const names = saved.worksheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.includes('диагностика'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Команда', 'Загрузка', 'Документы']));
  });

  it('copies the report as JSON, equal in its compared part to a fresh local run', async () => {
    const json = await page.locator('#json').inputValue();
    const shown: unknown = JSON.parse(json);
    expect(isReport(shown)).toBe(true);
    const local = (session.preview.runtime.call('getDiagnostics') as DiagnosticsView).report;
    expect(compareReports(local, shown as typeof local)).toEqual([]);

    await page.click('#copy-json');
    await expect(page.locator('#status').textContent()).resolves.toBe('JSON скопирован.');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(json);
  });

  it('runs the self-test again on request', async () => {
    const calls = () => session.preview.runtime.counters.snapshot()['Spreadsheet.insertSheet'] ?? 0;
    const before = calls();
    await page.locator('#summary').evaluate((summary) => summary.setAttribute('data-old', ''));
    await page.click('#rerun');
    await page.locator('#summary:not([data-old])').waitFor();
    expect(calls()).toBe(before + 1);
    await expect(page.locator('li.check.failed').count()).resolves.toBe(
      (session.preview.runtime.call('getDiagnostics') as DiagnosticsView).report.compared.checks.filter(
        (check) => check.status === 'failed',
      ).length,
    );
  });
});
