/**
 * The reminder sidebar's Send button and the menu's "Send reminders now" say
 * what the run really did: sent, waiting for quota, failed, busy — from the
 * answer the bundle returns, checked against the outbox.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runContext } from '../../src/app/context';
import { sendNowReport, type SendReport } from '../../src/app/reminders/sendReport';
import { t } from '../../src/core/i18n';
import { callAsScriptRun } from '../../src/local/runner/preview/scriptRun';
import { createLocalRuntime, type LocalRuntimeOptions } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { memoryEnv } from '../support/memoryEnv';
import { invoice, writeWorkbook } from '../e2e/reminders.fixture';

// Wednesday 02.12.2026: three clients with overdue invoices, one email each, and the AM digest.
const TODAY = '2026-12-02';
const DOCS = [1, 2, 3].map((n) => invoice(`С-${n}`, `Клиент ${n}`, '01.12.2026', `c${n}@client.example`));

async function runtimeWith(options: Partial<LocalRuntimeOptions>) {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-send-'));
  const file = await writeWorkbook(dir, 'docs', { docs: DOCS });
  return createLocalRuntime({ file, outDir: join(dir, 'out'), today: TODAY, distDir: DIST, ...options });
}

/** The Send button's call, through google.script.run's rules. */
function pressSend(runtime: Awaited<ReturnType<typeof runtimeWith>>): SendReport {
  const reply = callAsScriptRun(runtime, 'sendReminders', []);
  if ('error' in reply) throw new Error(reply.error);
  return reply.result as SendReport;
}

const sentCount = (runtime: Awaited<ReturnType<typeof runtimeWith>>) =>
  runtime.sent().filter((record) => record.kind === 'sent').length;

describe('the Send button’s answer', () => {
  it('says "sent" with the number of emails that really left', async () => {
    const runtime = await runtimeWith({ mode: 'send' });
    const report = pressSend(runtime);
    expect(report).toMatchObject({ status: 'sent', failed: 0, waitingForQuota: 0 });
    expect(report.sent).toBe(sentCount(runtime));
    expect(report.sent).toBeGreaterThanOrEqual(3);
  });

  it('says what waits for the quota', async () => {
    const runtime = await runtimeWith({ mode: 'send', dailyQuota: 2 });
    const report = pressSend(runtime);
    expect(report.status).toBe('quota');
    expect(report.waitingForQuota).toBeGreaterThan(0);
    expect(report.sent).toBe(sentCount(runtime));
  });

  it('says "failed" when the mail service refuses, and counts nothing as sent that did not go', async () => {
    const runtime = await runtimeWith({ mode: 'send', mailFailAfter: 0 });
    const report = pressSend(runtime);
    expect(report.status).toBe('failed');
    expect(report.failed).toBeGreaterThan(0);
    expect(report.sent).toBe(0);
    expect(sentCount(runtime)).toBe(0);
  });

  it('says nothing went in preview mode', async () => {
    const runtime = await runtimeWith({});
    const report = pressSend(runtime);
    expect(report).toMatchObject({ status: 'nothing', sent: 0 });
    expect(report.message).toMatch(/^Предпросмотр/);
    expect(sentCount(runtime)).toBe(0);
  });

  it('gives the menu item the same sentence in an alert', async () => {
    const runtime = await runtimeWith({ mode: 'send', dailyQuota: 2 });
    runtime.call('sendRemindersNow');
    const alert = runtime.ui.alerts.at(-1)?.prompt ?? '';
    const again = await runtimeWith({ mode: 'send', dailyQuota: 2 });
    expect(alert).toBe(pressSend(again).message);
  });
});

describe('a Send pressed while another run holds the document', () => {
  it('answers "busy", sends nothing and throws nothing', () => {
    const env = memoryEnv({ now: '2026-12-02T09:00:00+03:00', settings: { mode: 'send' } });
    env.lock.heldElsewhere = true;
    expect(sendNowReport(env, runContext(env, 'sidebar'))).toEqual({
      status: 'busy',
      sent: 0,
      drafts: 0,
      waitingForQuota: 0,
      failed: 0,
      unknownStatus: 0,
      message: t('ru', 'error.busy'),
    });
    // Without the lock it must not even read the workbook.
    expect(env.workbook.calls).toEqual({});
    expect(env.mailer.outbox).toEqual([]);
  });
});
