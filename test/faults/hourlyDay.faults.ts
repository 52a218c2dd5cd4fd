/**
 * 1,200 emails due in one day (`npm run test:faults`; a few minutes on a shared machine): on the
 * local clock model one execution would pass Apps Script's 6 minutes at about 1,150 emails; the
 * hourly trigger's executions stay under 5 minutes and send each email once within the day.
 */
import { dayOf, longest } from '../e2e/hourly.fixture';

it('sends 1,200 client reminders in one day exactly once, no execution over 5 minutes', async () => {
  const { executions, toClients } = await dayOf(1200);

  expect(executions.filter((execution) => execution.killed)).toEqual([]);
  expect(longest(executions)).toBeLessThanOrEqual(5 * 60_000);
  expect(toClients.size).toBe(1200);
  expect([...toClients.values()].every((count) => count === 1)).toBe(true);
}, 600_000);
