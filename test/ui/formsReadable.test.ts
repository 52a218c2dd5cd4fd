/**
 * The forms as a person uses them at 300 px in Chromium, on the example agency: the payment
 * form's invoice list with whole amounts, refreshed after each payment, a second look at a date
 * far from today; Settings in sections whose errors are seen, in the user's words, offering
 * only the user's columns, with one look for every control.
 */
import type { Page } from 'playwright-core';
import type { FormOptions } from '../../src/app/forms/types';
import { closeComposer } from '../../src/local/services/mail/mime';
import { copyExampleAgency, rowValues, startSession, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession(copyExampleAgency);
  // The owned columns exist once a recalculation made them, as in any workbook in use.
  session.preview.runtime.call('recalculate');
}, 120_000);

afterAll(async () => {
  await session?.close();
  await closeComposer();
});

async function statusOf(page: Page): Promise<string> {
  await page.locator('#status:not([hidden])').waitFor();
  return (await page.locator('#status').textContent()) ?? '';
}

/** The documents row (1-based) of an invoice number in the saved workbook. */
async function rowOfInvoice(number: string): Promise<unknown[]> {
  const saved = await session.saved();
  const sheet = saved.getWorksheet('Документы')!;
  let found = 0;
  sheet.eachRow((row, index) => {
    if (row.getCell(2).value === number) found = index;
  });
  return rowValues(saved, 'Документы', found);
}

describe('Register payment: whole amounts, fresh after each payment, a far date looked at twice', () => {
  it('shows every open invoice’s remaining amount whole, never cut', async () => {
    const options = session.preview.runtime.call('getFormOptions') as FormOptions;
    const page = await session.open('registerPayment');
    await page.locator('#f-row label').first().waitFor();
    const shown = await page.locator('#f-row .invoice-rest').evaluateAll((spans) =>
      spans.map((span) => ({
        text: span.textContent ?? '',
        whole: span.scrollWidth <= span.clientWidth && span.getBoundingClientRect().right <= 300,
      })),
    );
    expect(shown).toHaveLength(options.invoices.length);
    shown.forEach((item, i) => {
      expect(item.text).toBe(`остаток ${options.invoices[i].outstandingText}`);
      expect(item.whole).toBe(true);
    });
    await page.close();
  });

  it('shows the new remaining amount right after a payment, so nobody enters it twice', async () => {
    const page = await session.open('registerPayment');
    await page.fill('#f-search', 'С-1101');
    await page.locator('#f-row label').first().click();
    await page.fill('[name="amount"]', '20 000');
    await page.fill('[name="paidDate"]', '2026-12-07');
    await page.click('button[type="submit"]');
    expect(await statusOf(page)).toContain('С-1101');
    await page.waitForFunction(() =>
      document.querySelector('#f-row .invoice-rest')?.textContent?.includes('100\u00a0000,00'),
    );
    const rest = (await page.locator('#f-row .invoice-rest').first().textContent()) ?? '';
    expect(rest.replace(/\s/g, ' ')).toBe('остаток 100 000,00 ₽');
    await expect(page.locator('#f-row input:checked').count()).resolves.toBe(0);
    await expect(page.locator('[name="amount"]').inputValue()).resolves.toBe('');
    await page.close();
  });

  it('asks for a second look at a payment date months from today before writing it', async () => {
    const before = await rowOfInvoice('С-1138');
    const page = await session.open('registerPayment');
    await page.fill('#f-search', 'С-1138');
    await page.locator('#f-row label').first().click();
    await page.fill('[name="amount"]', '1 000');
    await page.fill('[name="paidDate"]', '2027-06-07');
    await page.click('button[type="submit"]');
    await page.locator('#status.warning').waitFor();
    expect(await statusOf(page)).toContain('07.06.2027');
    expect(await rowOfInvoice('С-1138')).toEqual(before);
    await page.click('button[type="submit"]');
    await page.locator('#status.ok').waitFor();
    expect((await rowOfInvoice('С-1138'))[9]).toBeInstanceOf(Date);
    await page.close();
  });
});

describe('Add document: a far date looked at twice', () => {
  it('asks for a second look at a document dated months from today before writing it', async () => {
    const rowsOf = async () => (await session.saved()).getWorksheet('Документы')!.actualRowCount;
    const before = await rowsOf();
    const page = await session.open('addDocument');
    await page.fill('[name="number"]', 'СЧ-2026-901');
    await page.fill('[name="counterparty"]', 'ООО «Ромашка»');
    await page.fill('[name="date"]', '2027-12-07');
    await page.fill('[name="amount"]', '48 000,00');
    await page.fill('[name="dueDate"]', '2027-12-21');
    await page.fill('[name="clientEmail"]', 'buh@romashka.example.ru');
    await page.click('button[type="submit"]');
    await page.locator('#status.warning').waitFor();
    expect(await statusOf(page)).toContain('07.12.2027');
    expect(await rowsOf()).toBe(before);
    await page.click('button[type="submit"]');
    await page.locator('#status.ok').waitFor();
    expect(await rowsOf()).toBe(before + 1);
    await page.close();
  });
});

describe('Settings: sections, errors seen, the user’s words and columns, one look', () => {
  it('opens in short sections and speaks to the user, not to a developer', async () => {
    const page = await session.open('settings');
    await page.locator('form').waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(1200);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/--with-gmail|--with-drafts|сборк/);
    await page.close();
  });

  it('shows a wrong value in a closed section: opened, scrolled into view, summarised at the top', async () => {
    const page = await session.open('settings');
    await page.locator('form').waitFor();
    await page.evaluate(() => {
      const hour = document.querySelector<HTMLInputElement>('[name="reminders.dailyHour"]')!;
      hour.value = '25';
    });
    await page.click('button[type="submit"]');
    const field = page.locator('[name="reminders.dailyHour"]');
    await field.waitFor({ state: 'visible' });
    await page.waitForTimeout(200);
    const box = await field.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
    const summary = (await page.locator('#errors-summary').textContent()) ?? '';
    expect(summary).toContain('Число от 0 до 23.');
    const summaryTop = await page
      .locator('#errors-summary')
      .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const formTop = await page
      .locator('form')
      .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(summaryTop - formTop).toBeLessThan(80);
    await page.close();
  });

  it('offers no column of the add-on’s own as a mapping to correct', async () => {
    const page = await session.open('settings');
    const documents = page.locator('section.mapping[data-sheet="Документы"]');
    await documents.waitFor({ state: 'attached' });
    const labels = await documents.locator('label').allTextContents();
    expect(labels).toContain('Статус');
    for (const owned of ['Состояние', 'Просрочка, дн.', 'Следующее напоминание', 'Проверка'])
      expect(labels).not.toContain(owned);
    await page.close();
  });

  it('draws text fields, dropdowns and checkboxes alike, with blue actions', async () => {
    const page = await session.open('settings');
    await page.locator('form').waitFor();
    const looks = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const [input, select, check, button] = [
        style('[name="senderName"]'),
        style('[name="language"]'),
        style('input[type="checkbox"]'),
        style('button.primary'),
      ];
      return {
        heights: [input.height, select.height],
        borders: [input.borderTopColor, select.borderTopColor],
        radius: [input.borderTopLeftRadius, select.borderTopLeftRadius],
        fonts: [input.fontSize, select.fontSize],
        appearance: select.appearance,
        accent: check.accentColor,
        button: button.backgroundColor,
      };
    });
    expect(looks.heights[0]).toBe(looks.heights[1]);
    expect(looks.borders[0]).toBe(looks.borders[1]);
    expect(looks.radius[0]).toBe(looks.radius[1]);
    expect(looks.fonts[0]).toBe(looks.fonts[1]);
    expect(looks.appearance).toBe('none');
    expect(looks.accent).toBe('rgb(26, 115, 232)');
    expect(looks.button).toBe('rgb(26, 115, 232)');
    await page.close();
  });
});
