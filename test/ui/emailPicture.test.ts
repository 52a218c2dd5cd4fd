/**
 * A client's letter as a mail client shows it: the example agency's run of `npm start` (07.12.2026),
 * the outbox read back with a real mail parser, the HTML part rendered in Chromium. The picture goes
 * to docs/screenshots/ with `npm run screenshots` (a temporary folder otherwise).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { entryPointsFor } from '../../src/local/runner/cli';
import { PROJECT_ROOT } from '../../src/local/runner/project';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { readOutbox, type Mail } from '../e2e/reminders.fixture';
import { launchChromium, SCREENSHOTS } from './harness';

let browser: Browser;
let mails: Mail[];

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'account-desk-email-picture-'));
  const runtime = await createLocalRuntime({
    file: join(PROJECT_ROOT, 'examples', 'agency.xlsx'),
    outDir,
    today: '2026-12-07',
    mode: 'send',
    language: 'ru',
    distDir: DIST,
  });
  for (const fn of entryPointsFor(runtime)) runtime.call(fn);
  await runtime.save();
  mails = await readOutbox(outDir);
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

it('renders a payment reminder: the invoices as a list, the total, the AM’s signature', async () => {
  const letter = mails.find((mail) => mail.subject === 'Оплата по счетам — Орбита');
  expect(letter).toBeDefined();
  const page = await browser.newPage({ viewport: { width: 640, height: 480 } });
  const envelope = `<div style="font:13px Arial,sans-serif;color:#5f6368;border-bottom:1px solid #dadce0;padding-bottom:8px;margin-bottom:12px"><b style="font-size:16px;color:#202124"></b><br><span></span></div>`;
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="font:14px Arial,sans-serif;margin:16px">${envelope}<main></main></body>`,
  );
  // Subject and recipients as text nodes; the letter's own HTML as it came out of the parser.
  await page.evaluate(
    ({ subject, to, html }) => {
      document.querySelector('b')!.textContent = subject;
      document.querySelector('span')!.textContent = `Кому: ${to}`;
      document.querySelector('main')!.innerHTML = html;
    },
    { subject: letter!.subject, to: letter!.to.join(', '), html: letter!.html },
  );
  const shown = (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');
  await expect(page.locator('main li').count()).resolves.toBeGreaterThan(0);
  expect(shown).toMatch(/Итого к оплате: [\d ]+,\d\d ₽/);
  expect(shown).toMatch(/С уважением,\n.+\n.+, Агентство «Пример»\n.+@agency\.example\.com/);
  await page.screenshot({ path: join(SCREENSHOTS, 'email-client.png'), fullPage: true });
  await page.close();
});
