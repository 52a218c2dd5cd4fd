/**
 * The dashboard as an account manager uses it, at 300 px in Chromium on the example agency:
 * money, every action (none cut silently), the rows with bad data and a way to them, and the
 * choice of whose clients to show — the signed-in manager's, or one chosen and remembered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DashboardView } from '../../src/app/dashboard';
import { closeComposer } from '../../src/local/services/mail/mime';
import { copyExampleAgency, startSession, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  delete process.env.ACCOUNT_DESK_USER;
  session = await startSession(copyExampleAgency);
}, 120_000);

afterAll(async () => {
  delete process.env.ACCOUNT_DESK_USER;
  await session?.close();
  await closeComposer();
});

function userProperties(): Record<string, string> {
  const state = JSON.parse(readFileSync(join(session.outDir, 'agency.properties.json'), 'utf8')) as {
    user?: Record<string, string>;
  };
  return state.user ?? {};
}

const view = (): DashboardView => session.preview.runtime.call('getDashboard') as DashboardView;

/** The clients of the documents rows whose `Ответственный` names the manager (name or email). */
async function clientsOf(...manager: string[]): Promise<string[]> {
  const sheet = (await session.saved()).getWorksheet('Документы')!;
  const header = sheet.getRow(2).values as unknown[];
  const [client, owner] = [header.indexOf('Клиент'), header.indexOf('Ответственный')];
  const clients = new Set<string>();
  sheet.eachRow((row, number) => {
    if (number > 2 && manager.includes(String(row.getCell(owner).value)))
      clients.add(String(row.getCell(client).value));
  });
  return [...clients];
}

describe('Dashboard: money, every action, bad data, my clients', () => {
  it('shows the money overdue, at STOP and owed against the benchmark', async () => {
    const expected = view().money[0];
    const page = await session.open('dashboard');
    await page.locator('#money').waitFor();
    const money = (await page.locator('#money').textContent()) ?? '';
    expect(money).toContain('Просрочено');
    expect(money).toContain(expected.overdue);
    expect(money).toContain(expected.stop);
    expect(expected.stop).toMatch(/[1-9]/);
    expect(money).toContain(`${expected.pct} % (ориентир — не больше 20 %)`);
    await page.close();
  });

  it('lists every next action: the first ten, then "ещё N" shows the rest', async () => {
    const all = view().nextActions;
    expect(all.length).toBeGreaterThan(10);
    const page = await session.open('dashboard');
    await page.locator('#next-actions').waitFor();
    await expect(page.locator('#next-actions li:visible').count()).resolves.toBe(10);
    await expect(page.locator('#more-actions').textContent()).resolves.toBe(`ещё ${all.length - 10}`);
    await page.click('#more-actions');
    await expect(page.locator('#next-actions li:visible').count()).resolves.toBe(all.length);
    await page.close();
  });

  it('lists the invoices whose data cannot be read and takes the user to the cell', async () => {
    const page = await session.open('dashboard');
    await page.locator('#data-errors').waitFor();
    const items = await page.locator('#data-errors li').allTextContents();
    const amount = items.find((item) => item.includes('С-1125'));
    const dueDate = items.find((item) => item.includes('С-1126'));
    expect(amount).toContain('по договорённости');
    expect(dueDate).toContain('12.13.2026');
    await page.locator('#data-errors li', { hasText: 'С-1126' }).locator('button').click();
    await page.waitForTimeout(300);
    const saved = await session.saved();
    const sheet = saved.getWorksheet('Документы')!;
    // The due date cell of С-1126: the sheet's view selects it, the sheet is the active tab.
    expect(sheet.views[0]?.activeCell).toBe('I38');
    expect(saved.views[0]?.activeTab).toBe(saved.worksheets.indexOf(sheet));
    await page.close();
  });

  it('narrows to one account manager’s clients and remembers the choice for this user', async () => {
    const page = await session.open('dashboard');
    await page.locator('#manager').waitFor();
    const before = await page.locator('#next-actions li').count();
    await page.selectOption('#manager', { label: 'Егорова Дарья' });
    await page.locator('#manager:not([disabled])').waitFor();
    await page.waitForFunction(() => (document.querySelector('#manager') as HTMLSelectElement)?.value !== '');
    const mine = view();
    expect(mine.manager?.label).toBe('Егорова Дарья');
    expect(mine.nextActions.length).toBeLessThan(before);
    const theirs = await clientsOf('Егорова Дарья', 'd.egorova@agency.example.com');
    for (const action of mine.nextActions) expect(theirs).toContain(action.client);
    expect(userProperties()['accountDesk.dashboard.manager']).toBe('d.egorova@agency.example.com');
    await page.close();

    const again = await session.open('dashboard');
    await again.locator('#manager').waitFor();
    await expect(
      again.locator('#manager').evaluate((select) => (select as HTMLSelectElement).selectedOptions[0].text),
    ).resolves.toBe('Егорова Дарья');
    await again.selectOption('#manager', { value: '' });
    await again.waitForTimeout(300);
    expect(userProperties()['accountDesk.dashboard.manager']).toBe('');
    await again.close();
  });

  it('shows the signed-in account manager their own clients when Google gives the email', async () => {
    process.env.ACCOUNT_DESK_USER = 'p.kuznetsov@agency.example.com';
    try {
      // A stored choice wins over the session: clear it as a user who never chose would be.
      session.preview.runtime.state.user = {};
      const page = await session.open('dashboard');
      await page.locator('#signed-in').waitFor();
      await expect(page.locator('#signed-in').textContent()).resolves.toContain('Кузнецов Павел');
      const shown = view();
      expect(shown.manager).toMatchObject({ label: 'Кузнецов Павел', fromSession: true });
      const theirs = await clientsOf('Кузнецов Павел', 'p.kuznetsov@agency.example.com');
      for (const action of shown.nextActions) expect(theirs).toContain(action.client);
      await page.close();
    } finally {
      delete process.env.ACCOUNT_DESK_USER;
    }
  });
});
