import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DashboardView } from '../../src/app/dashboard';
import type { ReminderPreview } from '../../src/app/reminders/useCases';
import { closeComposer } from '../../src/local/services/mail/mime';
import { startSession, XSS_IMG, XSS_SCRIPT, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await closeComposer();
});

function dialogsOf(page: Page): string[] {
  return (page as Page & { dialogs?: string[] }).dialogs ?? [];
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

function savedSettings(): Record<string, unknown> {
  const properties = JSON.parse(
    readFileSync(join(session.outDir, 'agency.properties.json'), 'utf8'),
  ) as Record<string, unknown>;
  const document = (properties.document ?? properties) as Record<string, string>;
  return JSON.parse(document['accountDesk.settings'] ?? '{}') as Record<string, unknown>;
}

describe('Dashboard sidebar', () => {
  it('shows the counts, next actions and heat map the engines computed', async () => {
    const expected = session.preview.runtime.call('getDashboard') as DashboardView;
    const page = await session.open('dashboard');
    await page.locator('#heatmap').waitFor();

    for (const [key, count] of Object.entries(expected.counts))
      await expect(page.locator(`[data-count="${key}"] dd`).textContent()).resolves.toBe(String(count));
    expect(expected.counts).toMatchObject({ overdue: 3, dueSoon: 1, stop: 1 });

    const rows = await page
      .locator('#heatmap tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent)));
    expect(rows).toEqual(expected.people.map((p) => [p.name, ...p.cells.map((c) => c?.text ?? '—')]));
    const petrov = page.locator('#heatmap tbody tr', { hasText: 'Петров' }).locator('td').nth(1);
    await expect(petrov.getAttribute('class')).resolves.toContain('tentative');
    await expect(petrov.evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      'rgb(252, 232, 178)',
    );

    const actions = await page.locator('#next-actions li').allTextContents();
    expect(actions).toHaveLength(expected.nextActions.length);
    expect(actions[0]).toContain('СЧ-3');
    await page.close();
  });

  it('shows client names with markup as literal text and runs none of it', async () => {
    const page = await session.open('dashboard');
    await page.locator('#next-actions').waitFor();
    const text = (await page.locator('#next-actions').textContent()) ?? '';
    expect(text).toContain(XSS_IMG);
    expect(text).toContain(XSS_SCRIPT);
    await expect(page.locator('#next-actions img, #next-actions script').count()).resolves.toBe(0);
    expect(await pwned(page)).toBeUndefined();
    expect(dialogsOf(page)).toEqual([]);
    await page.close();
  });

  it('shows the same names literally in the invoice list of the payment form', async () => {
    const page = await session.open('registerPayment');
    await page.locator('#f-row').waitFor();
    const options = await page.locator('#f-row label').allTextContents();
    expect(options.some((o) => o.includes(XSS_IMG))).toBe(true);
    expect(options.some((o) => o.includes(XSS_SCRIPT))).toBe(true);
    await page.fill('#f-search', 'script');
    expect(await pwned(page)).toBeUndefined();
    expect(dialogsOf(page)).toEqual([]);
    await page.close();
  });
});

/** Opens every closed section of the Settings page, as a user clicks its title. */
async function openSections(page: Page): Promise<void> {
  await page.locator('form').waitFor();
  const sections = page.locator('details.section');
  for (let i = 0; i < (await sections.count()); i += 1)
    if ((await sections.nth(i).getAttribute('open')) === null)
      await sections.nth(i).locator('summary').click();
}

describe('Settings sidebar', () => {
  it('refuses a wrong email and an hour of 25 with a message per field, saving nothing', async () => {
    const page = await session.open('settings');
    await openSections(page);
    await page.fill('[name="headEmail"]', 'boss@');
    await page.fill('[name="reminders.dailyHour"]', '25');
    await page.click('button[type="submit"]');
    await expect(page.locator('#f-headEmail-error').textContent()).resolves.toBe('Неверный адрес почты.');
    await expect(page.locator('[data-error-for="reminders.dailyHour"]').textContent()).resolves.toBe(
      'Число от 0 до 23.',
    );
    expect(savedSettings().headEmail).toBeUndefined();
    await page.close();
  });

  it('explains why draft mode is unavailable and does not offer it', async () => {
    const page = await session.open('settings');
    await expect(page.locator('#draft-hint').textContent()).resolves.toContain('доступ к Gmail');
    await expect(page.locator('select[name="mode"] option[value="draft"]').isDisabled()).resolves.toBe(true);
    await page.close();
  });

  it('saves thresholds, emails and a corrected column in the document properties', async () => {
    const page = await session.open('settings');
    await openSections(page);
    await page.fill('[name="headEmail"]', 'head@agency.example.ru');
    await page.fill('[name="load.overloadPct"]', '110');
    const documents = page.locator('section.mapping[data-sheet="Документы"]');
    await documents.getByLabel('Статус', { exact: true }).selectOption('');
    await page.click('button[type="submit"]');
    await page.locator('#status.ok').waitFor();
    await expect(page.locator('#status').textContent()).resolves.toBe('Настройки сохранены.');
    const saved = savedSettings();
    expect(saved.headEmail).toBe('head@agency.example.ru');
    expect((saved.load as { overloadPct: number }).overloadPct).toBe(110);
    expect(saved.mapping).toEqual([{ sheet: 'Документы', header: 'Статус', field: '' }]);
    await page.close();
  });
});

describe('Reminder preview sidebar', () => {
  it('lists what today\u2019s run would send, by recipient, and keeps the send button off in preview mode', async () => {
    const expected = session.preview.runtime.call('getReminderPreview') as ReminderPreview;
    const page = await session.open('reminders');
    await page.locator('#send').waitFor();
    await expect(page.locator('article.message').count()).resolves.toBe(expected.messages.length);
    const recipients = new Set(expected.messages.map((m) => m.to.join(', ')));
    await expect(page.locator('section.recipient').count()).resolves.toBe(recipients.size);
    await expect(page.locator('#send').isDisabled()).resolves.toBe(true);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  });

  it('shows each email the way the recipient will see it: its HTML part, in a frame that runs nothing', async () => {
    const expected = session.preview.runtime.call('getReminderPreview') as ReminderPreview;
    const page = await session.open('reminders');
    await page.locator('#send').waitFor();
    const first = page.locator('article.message').first();
    await first.locator('details.html summary').click();
    const frame = first.locator('details.html iframe');
    await expect(frame.getAttribute('sandbox')).resolves.toBe('');
    const shown = await frame.contentFrame().locator('body').innerText();
    const [message] = expected.messages;
    expect(shown).toContain(message.items[0].text);
    expect(shown.replace(/\s+/g, ' ')).toContain(message.body.split('\n')[0].trim());
    await page.close();
  });
});

describe('the sidebar server API', () => {
  async function rpc(
    fn: string,
    args: unknown[],
  ): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${session.preview.url}rpc`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fn, args }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it.each([
    ['addDocument', [null]],
    ['addDocument', ['СЧ-1']],
    ['registerPayment', [{ row: 'all', number: [], paidDate: 7, amount: {} }]],
    [
      'bookLoad',
      [{ person: { toString: 'x' }, client: 'a', week: '2026-12-07', value: '1', tentative: 'yes' }],
    ],
    ['saveSettings', [[1, 2, 3]]],
  ])(
    'answers a malformed %s call with a sentence, never a stack trace, and writes nothing',
    async (fn, args) => {
      const before = JSON.stringify(
        (await session.saved()).worksheets.map((sheet) => sheet.getSheetValues()),
      );
      const { json } = await rpc(fn, args);
      const text = JSON.stringify(json);
      expect(text).not.toMatch(/\bat \w+ \(|\.ts:\d+|TypeError|Cannot read/);
      const result = json.result as { ok: boolean; errors: Record<string, string> } | undefined;
      expect(result?.ok).toBe(false);
      expect(Object.values(result?.errors ?? {}).join(' ')).toMatch(/[А-Яа-я]/);
      expect(JSON.stringify((await session.saved()).worksheets.map((sheet) => sheet.getSheetValues()))).toBe(
        before,
      );
    },
  );
});

describe('English', () => {
  it('switches every sidebar to English once Settings say so', async () => {
    const settings = await session.open('settings');
    await settings.selectOption('[name="language"]', 'en');
    await settings.click('button[type="submit"]');
    await settings.locator('#status.ok').waitFor();
    await expect(settings.locator('#status').textContent()).resolves.toBe('Settings saved.');
    await settings.close();
    const dashboard = await session.open('dashboard');
    await dashboard.locator('#counts').waitFor();
    await expect(dashboard.locator('h1').textContent()).resolves.toBe('Dashboard');
    await expect(dashboard.locator('[data-count="overdue"] dt').textContent()).resolves.toBe('Overdue');
    await dashboard.close();
  });
});
