/**
 * A client hears from us at most once in the cadence window (SPEC §4, default 3 days): a stage
 * that falls due inside the window waits and joins the next email; nothing is dropped.
 */
import { addDays, daysBetween } from '../../../src/core/calendar';
import type { PlannedMessage } from '../../../src/core/reminders/types';
import type { Settings } from '../../../src/core/settings';
import { invoice, plan, settings } from './planFixture';

interface Sent {
  day: string;
  message: PlannedMessage;
}

/** Every working day's run from `from` to `to`, each seeing what the runs before it logged. */
function simulate(
  from: string,
  to: string,
  documents: ReturnType<typeof invoice>[],
  patch: Partial<Settings['reminders']> = {},
): Sent[] {
  const done = new Set<string>();
  const sent: Sent[] = [];
  const withWindow = settings();
  withWindow.reminders = { ...withWindow.reminders, ...patch };
  for (let day = from; daysBetween(day, to) >= 0; day = addDays(day, 1)) {
    for (const message of plan(day, documents, { done, settings: withWindow }).messages) {
      if (message.kind !== 'client' || message.status !== 'ready') continue;
      sent.push({ day, message });
      done.add(message.key);
      for (const item of message.items) if (item.key) done.add(item.key);
    }
  }
  return sent;
}

const pixel = (number: string, dueDate: string) =>
  invoice({ number, counterparty: 'ООО Пиксель', dueDate, clientEmails: ['pay@pixel.example'] });
const granite = invoice({
  number: '77',
  counterparty: 'Гранит',
  dueDate: '2026-12-07',
  clientEmails: ['fin@granite.example'],
});

describe('the cadence window (3 days by default)', () => {
  it('never writes to a client on two days in a row: a stage due the next day waits for the window', () => {
    // С-1110 is 7 days overdue on Monday 07.12 and starts its next stage on 08.12; С-1138 is due soon.
    const sent = simulate('2026-12-07', '2026-12-31', [
      pixel('С-1110', '2026-11-30'),
      pixel('С-1138', '2026-12-10'),
    ]);
    const days = sent.map((s) => s.day);
    for (let i = 1; i < days.length; i += 1)
      expect(daysBetween(days[i - 1], days[i])).toBeGreaterThanOrEqual(3);
    expect(days[0]).toBe('2026-12-07');
    expect(sent[0].message.items.map((item) => item.key)).toHaveLength(2);
    // The stage of 08.12 is not lost: it goes when the window has passed, on 10.12.
    expect(days[1]).toBe('2026-12-10');
    expect(sent[1].message.items.some((item) => item.key?.includes('stage2'))).toBe(true);
  });

  it('lets due-today and the first overdue day merge: one email, then the next after the window', () => {
    const sent = simulate('2026-12-07', '2026-12-14', [granite]);
    expect(sent.map((s) => s.day)).toEqual(['2026-12-07', '2026-12-10']);
    expect(sent[1].message.items[0].key).toMatch(/:stage1$/);
  });

  it('holds no other client: each recipient set has its own window', () => {
    const sent = simulate('2026-12-07', '2026-12-08', [pixel('С-1110', '2026-11-30'), granite]);
    expect(sent.map((s) => `${s.day} ${s.message.to.join(',')}`)).toEqual([
      '2026-12-07 pay@pixel.example',
      '2026-12-07 fin@granite.example',
    ]);
  });

  it('keeps the old cadence when the window is 0', () => {
    const sent = simulate('2026-12-07', '2026-12-08', [pixel('С-1110', '2026-11-30')], {
      cadenceWindowDays: 0,
    });
    expect(sent.map((s) => s.day)).toEqual(['2026-12-07', '2026-12-08']);
  });

  it('sends a held item at the latest stage only (one catch-up, never one email per missed stage)', () => {
    const sent = simulate('2026-12-07', '2026-12-31', [pixel('С-1110', '2026-11-30')], {
      cadenceWindowDays: 10,
    });
    const stages = sent.map((s) => String(s.message.items[0].key).replace(/^.*:/, ''));
    expect(new Set(stages).size).toBe(stages.length);
    const days = sent.map((s) => s.day);
    for (let i = 1; i < days.length; i += 1)
      expect(daysBetween(days[i - 1], days[i])).toBeGreaterThanOrEqual(10);
  });
});

describe('the worked example of the guide (due Tue 15.12.2026, default settings)', () => {
  it('sends on 14.12, 17.12 (day 1 waits for the window), 23.12, 29.12 (the escalation, day 14) and 11.01; day 28 would be a day later, so STOP comes first', () => {
    const romashka = invoice({ number: '45', counterparty: 'Ромашка', dueDate: '2026-12-15' });
    const sent = simulate('2026-12-10', '2027-01-20', [romashka]);
    expect(sent.map((s) => s.day)).toEqual([
      '2026-12-14',
      '2026-12-17',
      '2026-12-23',
      '2026-12-29',
      '2027-01-11',
    ]);
  });
});
