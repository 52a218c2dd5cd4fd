import { formatDate } from '../../src/local/utilities';

const instant = new Date('2026-12-07T06:05:09.000Z');

describe('Utilities.formatDate with SimpleDateFormat patterns and IANA zones', () => {
  it.each([
    ['Europe/Moscow', 'yyyy-MM-dd', '2026-12-07'],
    ['Europe/Moscow', 'dd.MM.yyyy HH:mm:ss', '07.12.2026 09:05:09'],
    ['Europe/Moscow', 'dd.MM.yy', '07.12.26'],
    ['Europe/Moscow', 'EEE, d MMM yyyy', 'Mon, 7 Dec 2026'],
    ['Europe/Moscow', 'EEEE', 'Monday'],
    ['Europe/Moscow', 'Z', '+0300'],
    ['Europe/Moscow', 'XXX', '+03:00'],
    ['America/New_York', 'yyyy-MM-dd HH:mm Z', '2026-12-07 01:05 -0500'],
    ['America/New_York', "yyyy-MM-dd'T'HH:mm:ssXXX", '2026-12-07T01:05:09-05:00'],
    ['Asia/Kolkata', 'HH:mm XXX', '11:35 +05:30'],
    ['UTC', 'HH:mm X', '06:05 Z'],
    ['Europe/Moscow', "'week of' dd.MM, h:mm a", 'week of 07.12, 9:05 AM'],
  ])('in %s, "%s" gives %s', (zone, pattern, expected) => {
    expect(formatDate(instant, zone, pattern)).toBe(expected);
  });

  it('follows daylight saving time of the zone', () => {
    expect(formatDate(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin', 'HH:mm Z')).toBe('14:00 +0200');
    expect(formatDate(new Date('2026-01-01T12:00:00Z'), 'Europe/Berlin', 'HH:mm Z')).toBe('13:00 +0100');
  });

  it('rejects a letter SimpleDateFormat does not know', () => {
    expect(() => formatDate(instant, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
});
