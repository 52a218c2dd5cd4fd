/**
 * «Возобновить» in the reminder preview of the Gmail build, in Chromium over the local preview
 * server: a client who replied has their reminder held; the card quotes the reply, links the thread
 * in Gmail, and its button resumes the client — the log's reply row says so and the reminder is
 * ready to go again.
 */
import { startPreviewServer, type PreviewServer } from '../../src/local/runner/preview/server';
import type { ReminderPreview } from '../../src/app/reminders/useCases';
import { agency, AM, CLIENT, sheetRows } from '../e2e/gmail.fixture';
import { GMAIL_DIST } from '../support/gmailBundle';
import { clientReply, dropIntoInbox } from '../support/inboxMail';
import { launchChromium } from './harness';
import type { Browser } from 'playwright-core';

let browser: Browser;
let preview: PreviewServer;
let outDir: string;

beforeAll(async () => {
  const a = await agency();
  outDir = a.outDir;
  await a.run('2026-12-02');
  const [first] = await a.toClient();
  dropIntoInbox(a.outDir, 'reply.eml', clientReply({ inReplyTo: first.messageId, from: CLIENT, to: AM }));
  await a.run('2026-12-09');
  browser = await launchChromium();
  preview = await startPreviewServer({
    file: a.file,
    outDir,
    port: 0,
    today: '2026-12-09',
    distDir: GMAIL_DIST,
  });
}, 120_000);

afterAll(async () => {
  await preview?.close();
  await browser?.close();
});

const heldMessages = () =>
  (preview.runtime.call('getReminderPreview') as ReminderPreview).messages.filter((m) => m.status === 'held');

it('shows the reply on the held reminder and resumes the client with one click', async () => {
  expect(heldMessages()).toHaveLength(1);
  const page = await browser.newPage({ viewport: { width: 300, height: 800 }, locale: 'ru-RU' });
  await page.goto(`${preview.url}reminders`);
  const held = page.locator('.held');
  await held.waitFor();
  expect(await held.locator('p').textContent()).toBe(
    'Клиент ответил 08.12.2026: «Оплатим в пятницу.» — пауза до 22.12.2026',
  );
  expect(await held.locator('a').getAttribute('href')).toMatch(/^https:\/\/mail\.google\.com\//);
  await held.locator('button.resume').click();
  await page.locator('#status').filter({ hasText: 'Напоминания возобновлены' }).waitFor();
  expect(await held.locator('button.resume').isDisabled()).toBe(true);
  await page.close();
  expect(heldMessages()).toHaveLength(0);
  const log = await sheetRows(outDir, 'Журнал');
  expect(log.find((row) => row[1] === 'reply')?.[5]).toBe('возобновлено');
}, 60_000);
