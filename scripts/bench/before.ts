/**
 * Issue 16's figures on the round's base `a03384b`, measured with this harness at large size (the full
 * run before the issue's work), keyed by the target they belong to: the before/after table is written
 * from them and this run's measurement.
 */
export const BASE_COMMIT = 'a03384b';

export const BEFORE: Readonly<Record<string, string>> = {
  'recalculate ≤ 55 calls': '192 (first run; 779k cells read, 290k written)',
  'daily run ≤ 70 calls besides the sends': '1,022 (548 emails in 55 batches)',
  'a Monday adds ≤ 10 calls': '13 (estimate)',
  'an uncached sidebar open ≤ 40 calls':
    '80 (`getFormOptions` 69 / 955k cells read, `getDashboard` 80 / 939k)',
  'a cached sidebar open ≤ 10 calls': '80 (no cache: as the first open)',
  '3,000 emails due in a day: no execution over 5 min, all sent exactly once within the day':
    '1 execution, stopped at 6 min; 920 of 3,041 sent, 0 duplicates',
  'log cells read per run the same on day 365 as on day 30': 'day 31: 39k, day 366: 440k (11×)',
  'core at 10× ≤ 3 s, growth ≤ 10.5× from 1×': '9.0 s CPU, 10.5× from 0.86 s (heap 894 MB, GC 23 %)',
  'emails ≤ 0.35× the competent peer’s for the same day': '548 / 1,773 = 0.31×',
  'calls constant in size (the rule that fails the bench)': 'passed',
};
