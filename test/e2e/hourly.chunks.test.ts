/**
 * A day with more emails than one execution can send, on the local clock model: the hourly
 * trigger's executions stay under 5 minutes each and, between them, send every email of the day
 * exactly once.
 */
import { dayOf } from './hourly.fixture';

it('a 40-second budget splits 300 reminders over hourly executions; the quiet ones cost a few calls', async () => {
  const { executions, toClients, sent } = await dayOf(300, { sendBudgetSeconds: 40 });

  const working = executions.filter((execution) => execution.calls > 10);
  expect(working.length).toBeGreaterThanOrEqual(3);
  for (const execution of working) expect(execution.ms).toBeLessThan(60_000);
  expect(toClients.size).toBe(300);
  expect([...toClients.values()].every((count) => count === 1)).toBe(true);
  // Before 9:00 and after the day is done an execution reads the day state and stops.
  const quiet = executions.filter((execution) => execution.calls <= 10);
  expect(quiet.length).toBe(24 - working.length);
  expect(Math.max(...quiet.map((execution) => execution.calls))).toBeLessThanOrEqual(8);
  // The AM's digest went once, after the last reminder.
  const digests = sent.filter((mail) => mail.to.includes('anna@agency.example'));
  expect(digests).toHaveLength(1);
}, 300_000);
