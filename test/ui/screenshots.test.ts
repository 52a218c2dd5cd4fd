/**
 * The README's pictures of each sidebar, taken on the example agency of `npm start` (realistic
 * names, amounts and load), never on the attack-named test workbook of the other browser tests.
 * `npm run screenshots` writes them into docs/screenshots/; an ordinary run into a temporary folder.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { closeComposer } from '../../src/local/services/mail/mime';
import { copyExampleAgency, SCREENSHOTS, startSession, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession(copyExampleAgency);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await closeComposer();
});

async function picture(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const text = (await page.locator('body').textContent()) ?? '';
  // Realistic data: the example agency's people and clients, no markup from a test payload.
  expect(text).not.toMatch(/<img|<script|onerror/);
  await page.close();
}

describe('the README pictures, on the example agency', () => {
  it('dashboard: the team load and the documents of the example agency', async () => {
    const page = await session.open('dashboard');
    await page.locator('#heatmap').waitFor();
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Сидорова Мария');
    expect(text).toContain('Ромашка');
    await picture(page, 'dashboard');
  });

  it('add document: a new invoice for a client of the agency', async () => {
    const page = await session.open('addDocument');
    await page.fill('[name="number"]', 'СЧ-2026-118');
    await page.fill('[name="counterparty"]', 'ООО «Ромашка»');
    await page.fill('[name="date"]', '2026-12-07');
    await page.fill('[name="amount"]', '48 000,00');
    await page.fill('[name="dueDate"]', '2026-12-21');
    await page.fill('[name="clientEmail"]', 'buh@romashka.example.ru');
    await picture(page, 'addDocument');
  });

  it('register payment: a partial payment of an open invoice', async () => {
    const page = await session.open('registerPayment');
    await page.fill('#f-search', 'Вектор');
    await page.locator('#f-row label').first().click();
    await page.fill('[name="paidDate"]', '2026-12-07');
    await page.fill('[name="amount"]', '20 000');
    await picture(page, 'registerPayment');
  });

  it('book load: a tentative booking for next week', async () => {
    const page = await session.open('bookLoad');
    await page.fill('[name="person"]', 'Фёдорова Ксения (дизайнер)');
    await page.fill('[name="client"]', 'Студия «Лето»');
    await page.selectOption('[name="week"]', '2026-12-14');
    await page.fill('[name="value"]', '30%');
    await page.check('[name="tentative"]');
    await picture(page, 'bookLoad');
  });

  it('settings: the saved settings and the columns found', async () => {
    const page = await session.open('settings');
    await page.locator('section.mapping').first().waitFor({ state: 'attached' });
    await picture(page, 'settings');
  });

  it('reminder preview: what the day would send', async () => {
    const page = await session.open('reminders');
    await page.locator('#send').waitFor();
    await expect(page.locator('article.message').count()).resolves.toBeGreaterThan(0);
    await picture(page, 'reminders');
  });
});
