/**
 * The AM's daily digest and the Monday load digest of the example agency (`npm start`), as a
 * mail client shows their HTML part, drawn in Chromium. With `UPDATE_SCREENSHOTS=1` they are
 * written into docs/img/ (`PICTURE_STAGE` names them, `after` by default, `before` for the code
 * before a change); an ordinary run keeps them in a temporary folder.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { entryPointsFor } from '../../src/local/runner/cli';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST, ROOT } from '../support/bundle';
import { readOutbox, type Mail } from '../e2e/reminders.fixture';
import { copyExampleAgency, launchChromium, TODAY } from './harness';

const PICTURES = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, 'docs', 'img')
  : mkdtempSync(join(tmpdir(), 'account-desk-digests-'));
const STAGE = process.env.PICTURE_STAGE ?? 'after';

let browser: Browser;
let mails: Mail[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-digest-pictures-'));
  const input = join(dir, 'agency.xlsx');
  await copyExampleAgency(input);
  const runtime = await createLocalRuntime({
    file: input,
    outDir: join(dir, 'out'),
    today: TODAY,
    mode: 'send',
    distDir: DIST,
  });
  for (const fn of entryPointsFor(runtime)) runtime.call(fn);
  await runtime.save();
  mails = await readOutbox(join(dir, 'out'));
  browser = await launchChromium();
  mkdirSync(PICTURES, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Draws a message's HTML part the width of a mail client's reading pane; returns its headings. */
async function picture(
  mail: Mail,
  file: string,
): Promise<{ headings: string[]; headingPx: number; linePx: number }> {
  const page = await browser.newPage({ viewport: { width: 720, height: 400 } });
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="font-family:Arial,sans-serif;font-size:14px;margin:16px">` +
      `<p style="color:#5f6368">${mail.subject.replace(/</g, '&lt;')}</p>${mail.html}</body>`,
  );
  await page.screenshot({ path: join(PICTURES, `${file}.${STAGE}.png`), fullPage: true });
  const headings = await page.locator('h2, h3').allTextContents();
  const size = async (selector: string) =>
    (await page.locator(selector).count()) === 0
      ? 0
      : parseFloat(
          await page
            .locator(selector)
            .first()
            .evaluate((el) => getComputedStyle(el).fontSize),
        );
  const result = { headings, headingPx: await size('h3'), linePx: await size('li') };
  await page.close();
  return result;
}

const find = (subject: string, to?: string) =>
  mails.find((mail) => mail.subject.startsWith(subject) && (!to || mail.to.includes(to)))!;

it('draws an AM digest with its sections as headings above their lists', async () => {
  const drawn = await picture(find('Пульт аккаунта', 'm.sidorova@agency.example.com'), 'digest-am');
  expect(drawn.headings).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^Просрочено — /),
      expect.stringMatching(/^Данные с ошибками/),
    ]),
  );
  expect(drawn.headingPx).toBeGreaterThanOrEqual(drawn.linePx);
});

it('draws the Monday digest with the week as a heading and its sections under it', async () => {
  const drawn = await picture(find('Загрузка команды'), 'digest-load');
  expect(drawn.headings[0]).toBe('Эта неделя, с 07.12.2026');
  expect(drawn.headings).toContain('Перегрузка после подтверждения броней — 3 сотрудника');
});
