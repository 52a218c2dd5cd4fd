/**
 * One day of the installed trigger on the local clock model (the benchmark's cost per call moves
 * the bundle's clock; an execution past 6 minutes is stopped as Apps Script stops it): a workbook
 * of `count` overdue clients, every execution of the day, and the emails each client got.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callMs, MS_PER_CELL } from '../../scripts/bench/cost';
import { addDays } from '../../src/core/calendar';
import { runClockedDay } from '../../src/local/runner/clockModel';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { dayAtHour } from '../../src/local/services/time';
import { DIST } from '../support/bundle';
import { invoice, writeWorkbook, type Doc } from './reminders.fixture';

const TODAY = '2026-12-08';
const ZONE = 'Europe/Moscow';
/** The benchmark's cost model: one cost model for the bench and this test. */
const COST = { callMs, cellMs: MS_PER_CELL };

function clients(count: number): Doc[] {
  const docs: Doc[] = [];
  for (let n = 1; n <= count; n += 1)
    docs.push(invoice(`С-${n}`, `Клиент ${n}`, '25.11.2026', `c${n}@client.example`));
  return docs;
}

export async function dayOf(count: number, settings: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-hourly-'));
  const file = await writeWorkbook(join(dir, 'in'), 'agency', {
    docs: clients(count),
    settings: { mode: 'send', reminders: { dailyHour: 9, ...settings } },
  });
  const runtime = await createLocalRuntime({
    file,
    outDir: join(dir, 'out'),
    today: TODAY,
    distDir: DIST,
    mode: 'send',
    dailyQuota: 10_000,
  });
  runtime.call('installTriggers');
  const executions = runClockedDay(
    runtime,
    COST,
    dayAtHour(TODAY, 0, ZONE),
    dayAtHour(addDays(TODAY, 1), 0, ZONE),
  );
  const sent = runtime.sent().filter((record) => record.kind === 'sent');
  const toClients = new Map<string, number>();
  for (const mail of sent)
    for (const to of mail.to)
      if (to.endsWith('@client.example')) toClients.set(to, (toClients.get(to) ?? 0) + 1);
  return { executions, sent, toClients };
}

export const longest = (executions: { ms: number }[]) =>
  Math.max(...executions.map((execution) => execution.ms));
