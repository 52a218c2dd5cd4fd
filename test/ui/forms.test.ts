import type { Page } from 'playwright-core';
import { closeComposer } from '../../src/local/services/mail/mime';
import { rowValues, startSession, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await closeComposer();
});

async function statusOf(page: Page): Promise<string> {
  await page.locator('#status:not([hidden])').waitFor();
  return (await page.locator('#status').textContent()) ?? '';
}

describe('Add document sidebar', () => {
  it('writes the new invoice as one row at the mapped columns and says so', async () => {
    const page = await session.open('addDocument');
    await page.fill('[name="number"]', 'СЧ-101');
    await page.fill('[name="counterparty"]', 'Ромашка');
    await page.fill('[name="date"]', '2026-12-07');
    await page.fill('[name="amount"]', '12 345,67');
    await page.fill('[name="dueDate"]', '2026-12-17');
    await page.fill('[name="clientEmail"]', 'Buh@Romashka.example.ru');
    await page.click('button[type="submit"]');
    expect(await statusOf(page)).toContain('СЧ-101');
    const row = rowValues(await session.saved(), 'Документы', 8);
    expect(row.slice(0, 3)).toEqual(['счёт', 'СЧ-101', 'Ромашка']);
    expect(row[4]).toBe(12345.67);
    expect(row[9]).toBe('buh@romashka.example.ru');
    await page.close();
  });

  it('shows messages next to the wrong fields and writes nothing', async () => {
    const before = (await session.saved()).getWorksheet('Документы')!.rowCount;
    const page = await session.open('addDocument');
    await page.fill('[name="number"]', '');
    await page.fill('[name="counterparty"]', 'Ромашка');
    await page.fill('[name="amount"]', 'десять тысяч');
    await page.fill('[name="clientEmail"]', 'buh@romashka');
    await page.click('button[type="submit"]');
    await expect(page.locator('#f-number-error').textContent()).resolves.toBe('Заполните это поле.');
    await expect(page.locator('#f-amount-error').textContent()).resolves.toBe('Сумма в виде 10 000,50.');
    await expect(page.locator('#f-clientEmail-error').textContent()).resolves.toContain('buh@romashka');
    expect((await session.saved()).getWorksheet('Документы')!.rowCount).toBe(before);
    await page.close();
  });
});

describe('Register payment sidebar', () => {
  it('finds the invoice by search and adds a partial payment to its paid cells', async () => {
    const page = await session.open('registerPayment');
    await page.fill('#f-search', 'лютик');
    await expect(page.locator('#f-row label').count()).resolves.toBe(1);
    await page.locator('#f-row label').first().click();
    await page.fill('[name="amount"]', '10 000');
    await page.fill('[name="paidDate"]', '2026-12-07');
    await page.click('button[type="submit"]');
    expect(await statusOf(page)).toContain('СЧ-2');
    const row = rowValues(await session.saved(), 'Документы', 3);
    expect(row[7]).toBe(10000);
    expect(row[6]).toBeInstanceOf(Date);
    expect(row.slice(0, 6)).toEqual(['счёт', 'СЧ-2', 'Лютик', expect.any(Date), 25000.5, expect.any(Date)]);
    await page.close();
  });

  it('refuses paying more than is owed, next to the amount, writing nothing', async () => {
    const before = rowValues(await session.saved(), 'Документы', 2);
    const page = await session.open('registerPayment');
    await page.fill('#f-search', 'СЧ-1');
    await page.locator('#f-row label').first().click();
    await page.fill('[name="amount"]', '10 000,01');
    await page.click('button[type="submit"]');
    await expect(page.locator('#f-amount-error').textContent()).resolves.toContain('10\u00a0000,00');
    expect(rowValues(await session.saved(), 'Документы', 2)).toEqual(before);
    await page.close();
  });
});

describe('Book load sidebar', () => {
  it('updates the week cell of an existing person and client, painting it blue when tentative', async () => {
    const page = await session.open('bookLoad');
    await page.fill('[name="person"]', 'Иванова (копирайтер)');
    await page.fill('[name="client"]', 'Ромашка');
    await page.selectOption('[name="week"]', '2026-12-14');
    await page.fill('[name="value"]', '30%');
    await page.check('[name="tentative"]');
    await page.click('button[type="submit"]');
    expect(await statusOf(page)).toContain('Ромашка');
    const cell = (await session.saved()).getWorksheet('Загрузка')!.getRow(2).getCell(5);
    expect(cell.value).toBe(0.3);
    expect(JSON.stringify(cell.fill)).toMatch(/CFE2F3/i);
    await page.close();
  });

  it('appends a row with person, client and hours for a new pair', async () => {
    const page = await session.open('bookLoad');
    await page.fill('[name="person"]', 'Петров (дизайнер)');
    await page.fill('[name="client"]', 'Василёк');
    await page.selectOption('[name="week"]', '2026-12-07');
    await page.fill('[name="value"]', '8ч');
    await page.click('button[type="submit"]');
    expect(await statusOf(page)).toContain('Василёк');
    expect(rowValues(await session.saved(), 'Загрузка', 7)).toEqual([
      'Петров (дизайнер)',
      'Василёк',
      undefined,
      '8ч',
    ]);
    await page.close();
  });

  it("checks hours against a half-time person's 20-hour week: 24ч is refused as 120 %, 10ч is booked", async () => {
    const before = rowValues(await session.saved(), 'Загрузка', 5);
    const page = await session.open('bookLoad');
    await page.fill('[name="person"]', 'Петров (дизайнер)');
    await page.fill('[name="client"]', 'Лютик');
    await page.selectOption('[name="week"]', '2026-12-14');
    await page.fill('[name="value"]', '24ч');
    await page.click('button[type="submit"]');
    await expect(page.locator('#f-value-error').textContent()).resolves.toBe(
      'Это 120 % недели сотрудника (20 ч в неделю): больше целой недели.',
    );
    expect(rowValues(await session.saved(), 'Загрузка', 5)).toEqual(before);

    await page.fill('[name="value"]', '10ч');
    await page.click('button[type="submit"]');
    expect(await statusOf(page)).toContain('Лютик');
    expect(rowValues(await session.saved(), 'Загрузка', 5)[4]).toBe('10ч');
    await page.close();
  });

  it('refuses 24ч for the half-time person on the server too, when the page is bypassed', async () => {
    const before = rowValues(await session.saved(), 'Загрузка', 5);
    const booking = {
      person: 'Петров Пётр',
      client: 'Лютик',
      week: '2026-12-14',
      value: '24 ч',
      tentative: false,
    };
    const response = await fetch(`${session.preview.url}rpc`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fn: 'bookLoad', args: [booking] }),
    });
    const { result } = (await response.json()) as { result: { ok: boolean; errors: Record<string, string> } };
    expect(result).toEqual({
      ok: false,
      errors: { value: 'Это 120 % недели сотрудника (20 ч в неделю): больше целой недели.' },
    });
    expect(rowValues(await session.saved(), 'Загрузка', 5)).toEqual(before);
  });

  it('refuses a value that is neither percent nor hours, writing nothing', async () => {
    const before = (await session.saved()).getWorksheet('Загрузка')!.rowCount;
    const page = await session.open('bookLoad');
    await page.fill('[name="person"]', 'Петров (дизайнер)');
    await page.fill('[name="client"]', 'Лютик');
    await page.fill('[name="value"]', 'много');
    await page.click('button[type="submit"]');
    await expect(page.locator('#f-value-error').textContent()).resolves.toBe(
      'Проценты (20 или 20%) или часы (8ч).',
    );
    expect((await session.saved()).getWorksheet('Загрузка')!.rowCount).toBe(before);
    await page.close();
  });
});
