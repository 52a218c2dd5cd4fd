/**
 * Russia's production calendar (производственный календарь) for a five-day
 * week, as data: the days off that fall on weekdays, the Saturdays made
 * working days, and the shortened pre-holiday days (one hour less).
 *
 * Sources:
 * - Трудовой кодекс РФ, ст. 112 (нерабочие праздничные дни: 1–8 января,
 *   23 февраля, 8 марта, 1 мая, 9 мая, 12 июня, 4 ноября; a holiday on a
 *   weekend moves the day off to the next working day, except 1–8 January)
 *   and ст. 95 (the working day before a holiday is one hour shorter).
 * - 2025: Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе
 *   выходных дней в 2025 году»: 4 января → 2 мая, 5 января → 31 декабря,
 *   23 февраля → 8 мая, 8 марта → 13 июня, суббота 1 ноября → 3 ноября
 *   (247 working days; shortened 7 March, 30 April, 11 June, 1 November).
 * - 2026: Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе
 *   выходных дней в 2026 году»: 3 января → 9 января, 4 января → 31 декабря;
 *   by ст. 112 8 марта (Sun) → 9 марта, 9 мая (Sat) → 11 мая (247 working
 *   days; shortened 30 April, 8 May, 11 June, 3 November).
 * - 2027: ст. 112 and ст. 95 only — the government decree on the transfers
 *   of 2027 (where Saturday 2 and Sunday 3 January go) is not in this table
 *   yet. Add its days in the `Календарь` sheet until it is.
 */
import type { CalendarDay } from '../types';

export interface ProductionYear {
  year: number;
  /** The act the year follows, as named in the guide and the summary sheet. */
  source: string;
  /** Non-working days on Monday–Friday: public holidays and the days off moved onto weekdays. */
  daysOff: readonly CalendarDay[];
  /** Saturdays or Sundays that are working days by a transfer. */
  workingWeekends: readonly CalendarDay[];
  /** Working days one hour shorter, before a public holiday. */
  shortened: readonly CalendarDay[];
}

export const PRODUCTION_CALENDAR: readonly ProductionYear[] = [
  {
    year: 2025,
    source: 'Постановление Правительства РФ от 04.10.2024 № 1335',
    daysOff: [
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-06',
      '2025-01-07',
      '2025-01-08',
      '2025-05-01',
      '2025-05-02',
      '2025-05-08',
      '2025-05-09',
      '2025-06-12',
      '2025-06-13',
      '2025-11-03',
      '2025-11-04',
      '2025-12-31',
    ],
    workingWeekends: ['2025-11-01'],
    shortened: ['2025-03-07', '2025-04-30', '2025-06-11', '2025-11-01'],
  },
  {
    year: 2026,
    source: 'Постановление Правительства РФ от 24.09.2025 № 1466',
    daysOff: [
      '2026-01-01',
      '2026-01-02',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-02-23',
      '2026-03-09',
      '2026-05-01',
      '2026-05-11',
      '2026-06-12',
      '2026-11-04',
      '2026-12-31',
    ],
    workingWeekends: [],
    shortened: ['2026-04-30', '2026-05-08', '2026-06-11', '2026-11-03'],
  },
  {
    year: 2027,
    source: 'Трудовой кодекс РФ, ст. 95 и 112 (постановление о переносах 2027 года не внесено)',
    daysOff: [
      '2027-01-01',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
      '2027-02-23',
      '2027-03-08',
      '2027-05-03',
      '2027-05-10',
      '2027-06-14',
      '2027-11-04',
    ],
    workingWeekends: [],
    shortened: ['2027-02-22', '2027-04-30', '2027-06-11', '2027-11-03', '2027-12-31'],
  },
];
