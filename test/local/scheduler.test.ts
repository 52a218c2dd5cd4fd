import { clockFirings, minuteOf } from '../../src/local/runner/scheduler';
import type { LocalSchedule, StoredTrigger } from '../../src/local/services/state';
import { isoWeekday } from '../../src/local/runner/clock';
import { dayAtHour, dayOf, instantToWallClock } from '../../src/local/services/time';

function clock(schedule: LocalSchedule, id = '1234567890'): StoredTrigger {
  return { id, handler: 'dailyRun', eventType: 'CLOCK', source: 'CLOCK', schedule };
}

/** `YYYY-MM-DD HH:MM` of an instant in a zone. */
function local(ms: number, zone: string): string {
  return new Date(instantToWallClock(ms, zone)).toISOString().slice(0, 16).replace('T', ' ');
}

const utc = (iso: string) => Date.parse(iso);

describe('when clock triggers fire', () => {
  it.each(['Asia/Yekaterinburg', 'America/Los_Angeles', 'Europe/Moscow'])(
    'fires a daily 9 o’clock trigger at 9 in its zone %s, every day, at a minute kept from day to day',
    (zone) => {
      const trigger = clock({ everyDays: 1, atHour: 9, timeZone: zone });
      const firings = clockFirings(
        [trigger],
        utc('2026-12-05T00:00:00Z'),
        utc('2026-12-12T00:00:00Z'),
        'Europe/Moscow',
      );
      const minute = String(minuteOf(trigger)).padStart(2, '0');
      expect(firings.length).toBeGreaterThanOrEqual(6);
      for (const firing of firings) expect(local(firing.atMs, zone).slice(11)).toBe(`09:${minute}`);
    },
  );

  it('fires a trigger recorded without a zone in the script zone', () => {
    const [firing] = clockFirings(
      [clock({ everyDays: 1, atHour: 9, nearMinute: 0 })],
      utc('2026-12-07T00:00:00Z'),
      utc('2026-12-08T00:00:00Z'),
      'Europe/Moscow',
    );
    expect(new Date(firing.atMs).toISOString()).toBe('2026-12-07T06:00:00.000Z');
  });

  it('fires a Monday trigger on the Monday of its zone, even when UTC says Sunday or Tuesday', () => {
    for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      const firings = clockFirings(
        [clock({ everyWeeks: 1, weekDay: 'MONDAY', atHour: 1, timeZone: zone })],
        utc('2026-11-28T00:00:00Z'),
        utc('2026-12-12T00:00:00Z'),
        'Europe/Moscow',
      );
      expect(firings.map((firing) => isoWeekday(dayOf(firing.atMs, zone)))).toEqual([1, 1]);
    }
  });

  it('keeps the local hour across a DST change', () => {
    const zone = 'America/Los_Angeles';
    const firings = clockFirings(
      [clock({ everyDays: 1, atHour: 9, nearMinute: 5, timeZone: zone })],
      dayAtHour('2026-03-07', 0, zone),
      dayAtHour('2026-03-10', 0, zone),
      'Europe/Moscow',
    );
    expect(firings.map((firing) => local(firing.atMs, zone))).toEqual([
      '2026-03-07 09:05',
      '2026-03-08 09:05',
      '2026-03-09 09:05',
    ]);
    // Eight hours behind UTC before the change, seven after.
    expect(new Date(firings[0].atMs).getUTCHours()).toBe(17);
    expect(new Date(firings[2].atMs).getUTCHours()).toBe(16);
  });

  it('fires an every-6-hours trigger four times a day, with a daily one in time order', () => {
    const firings = clockFirings(
      [
        clock({ everyHours: 6, timeZone: 'UTC', nearMinute: 0 }, 'a'),
        clock({ everyDays: 1, atHour: 7, nearMinute: 30, timeZone: 'UTC' }, 'b'),
      ],
      utc('2026-12-07T00:00:00Z'),
      utc('2026-12-08T00:00:00Z'),
      'Europe/Moscow',
    );
    expect(firings.map((firing) => new Date(firing.atMs).toISOString().slice(11, 16))).toEqual([
      '00:00',
      '06:00',
      '07:30',
      '12:00',
      '18:00',
    ]);
  });

  it('fires an hourly trigger once an hour of elapsed time, 25 times on a day the clocks go back', () => {
    const zone = 'America/Los_Angeles';
    const firings = clockFirings(
      [clock({ everyHours: 1, timeZone: zone, nearMinute: 17 })],
      dayAtHour('2026-11-01', 0, zone),
      dayAtHour('2026-11-02', 0, zone),
      zone,
    );
    expect(firings).toHaveLength(25);
    const gaps = firings.slice(1).map((firing, i) => firing.atMs - firings[i].atMs);
    expect(new Set(gaps)).toEqual(new Set([3_600_000]));
    expect(new Set(firings.map((firing) => local(firing.atMs, zone).slice(14, 16)))).toEqual(new Set(['17']));
  });
});
