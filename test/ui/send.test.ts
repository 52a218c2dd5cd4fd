/**
 * The reminder sidebar's Send button in Chromium: the status line says what
 * the run really did (waiting for quota, sent), as the server answered, and
 * the outbox agrees.
 */
import { DEFAULT_DAILY_QUOTA } from '../../src/local/services/mail/mail';
import { LAST_RUN_PROPERTY } from '../../src/core/reminders/lastRun';
import type { SettingsView } from '../../src/app/settingsForm';
import { startSession, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession();
  const runtime = session.preview.runtime;
  const { settings } = runtime.call('getSettings') as SettingsView;
  runtime.call('saveSettings', { ...settings, mode: 'send' });
});

afterAll(async () => {
  await session?.close();
});

const lastOutcome = () =>
  (JSON.parse(session.preview.runtime.state.document[LAST_RUN_PROPERTY]) as { outcome: string }).outcome;

async function pressSend(): Promise<{ status: string | null; text: string | null }> {
  const page = await session.open('reminders');
  await page.locator('#send:not([disabled])').waitFor();
  await page.click('#send');
  const status = page.locator('#status[data-send-status]');
  await status.waitFor();
  const answer = { status: await status.getAttribute('data-send-status'), text: await status.textContent() };
  await page.close();
  return answer;
}

describe('the Send button of the reminder preview', () => {
  it('says that emails wait for the quota when only one recipient is left today', async () => {
    const runtime = session.preview.runtime;
    runtime.state.mailQuota = { day: runtime.today, used: DEFAULT_DAILY_QUOTA - 1 };
    const answer = await pressSend();
    expect(answer.status).toBe('quota');
    expect(answer.text).toBe(lastOutcome());
    expect(runtime.sent()).toHaveLength(1);
  });

  it('says "sent" once the quota is back, and sends each waiting email once', async () => {
    const runtime = session.preview.runtime;
    runtime.state.mailQuota = { day: runtime.today, used: 0 };
    const before = runtime.sent().length;
    const answer = await pressSend();
    expect(answer.status).toBe('sent');
    expect(answer.text).toBe(lastOutcome());
    const sentNow = runtime.sent().length - before;
    expect(sentNow).toBeGreaterThan(0);
    expect(answer.text).toContain(String(sentNow));
  });
});

describe('the "work paused" letter of the reminder preview', () => {
  it('goes only on the AM’s click, once, and leaves the preview', async () => {
    const runtime = session.preview.runtime;
    // СЧ-3 of Василёк is 48 days overdue: STOP. The runs above sent no letter by themselves.
    const toVasilek = () => runtime.sent().filter((mail) => mail.to.includes('v@vasilek.example.ru'));
    expect(toVasilek()).toEqual([]);
    const page = await session.open('reminders');
    const button = page.locator('section.letters article.letter button.send-letter');
    await page.locator('section.letters button.send-letter:not([disabled])').waitFor();
    await button.click();
    const status = page.locator('#status[data-send-status]');
    await status.waitFor();
    await expect(status.getAttribute('data-send-status')).resolves.toBe('sent');
    await expect(button.textContent()).resolves.toBe('Отправлено');
    await expect(button.isDisabled()).resolves.toBe(true);
    await page.close();
    expect(toVasilek().map((mail) => mail.subject)).toEqual(['Приостановка работ до оплаты — Василёк']);
    const again = await session.open('reminders');
    await again.locator('#send').waitFor();
    await expect(again.locator('section.letters').count()).resolves.toBe(0);
    await again.close();
  });
});

describe('the dashboard after Install triggers', () => {
  it('says when the one trigger fires, in the spreadsheet’s time zone', async () => {
    session.preview.runtime.call('installTriggers');
    const page = await session.open('dashboard');
    const status = page.locator('#run-status');
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain(
      'Автозапуск включён: каждый час с 9:00 (Europe/Moscow).',
    );
    await page.close();
  });
});
