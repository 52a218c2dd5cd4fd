/** The run's clock: the hour a `--today` run happens at, and a fixed "now" inside the vm. */
import * as vm from 'node:vm';

/** Hour of the day a `--today` run happens at, like the daily trigger. */
export const RUN_HOUR = 9;

/** True when `day` is a valid `YYYY-MM-DD` calendar day. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** ISO weekday of a calendar day (1 = Monday). */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * Replaces the context's `Date` so that `new Date()` and `Date.now()` inside
 * the vm see `nowMs`; returns a setter that moves that "now" (the scheduler
 * fires each trigger at its own instant). The replacement shares the prototype
 * of the context's own Date, so every date it makes is an ordinary Date of that realm.
 */
export function fixContextClock(context: vm.Context, nowMs: number): (nowMs: number) => void {
  const install = vm.runInContext(
    `(function (start) {
      var RealDate = Date;
      var fixed = start;
      function FixedDate() {
        if (!new.target) return new RealDate(fixed).toString();
        var args = arguments.length === 0 ? [fixed] : Array.prototype.slice.call(arguments);
        return Reflect.construct(RealDate, args, new.target);
      }
      FixedDate.prototype = RealDate.prototype;
      FixedDate.now = function () { return fixed; };
      FixedDate.UTC = RealDate.UTC;
      FixedDate.parse = RealDate.parse;
      Object.defineProperty(globalThis, 'Date', { value: FixedDate, writable: true, configurable: true });
      return function (next) { fixed = next; };
    })`,
    context,
  ) as (start: number) => (next: number) => void;
  return install(nowMs);
}

/** Makes Dates of the context's realm (its original constructor, unaffected by a fixed clock). */
export type DateFactory = (ms: number) => Date;

export function contextDateFactory(context: vm.Context): DateFactory {
  const RealDate = vm.runInContext('Date', context) as DateConstructor;
  return (ms: number) => new RealDate(ms);
}
