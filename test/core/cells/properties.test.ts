import fc from 'fast-check';
import {
  formatMoney,
  parseDay,
  parseEmails,
  parseFlag,
  parseLoadCell,
  parseMoney,
  parseNumber,
  type DateContext,
} from '../../../src/core/cells';
import type { CellValue } from '../../../src/core/types';

const ctx: DateContext = { timeZone: 'Europe/Moscow', referenceDay: '2026-12-07' };

/** Any value a cell can hold, with strings biased towards digits, separators and currency marks. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789 ,.-()%₽$€руб.чh\u00a0'.split('')) }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
);

describe('cell parsers on arbitrary input', () => {
  it('never throw and always return a value or a problem', () => {
    fc.assert(
      fc.property(cellValue, fc.constantFrom('General', '0%', '0.00', '@'), (value, format) => {
        for (const parsed of [
          parseMoney(value),
          parseNumber(value),
          parseDay(value, ctx),
          parseLoadCell(value, format, 40),
          parseEmails(value),
          parseFlag(value),
        ]) {
          expect(typeof parsed.ok).toBe('boolean');
          if (!parsed.ok) expect(typeof parsed.problem.raw).toBe('string');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('money round trip', () => {
  it('parses back every formatted amount of kopecks exactly, in both languages', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.constantFrom(null, 'RUB', 'USD', 'EUR', 'KZT'),
        fc.constantFrom('ru' as const, 'en' as const),
        (minor, currency, lang) => {
          const parsed = parseMoney(formatMoney(minor, currency, lang));
          expect(parsed).toEqual({ ok: true, value: { minor, currency: currency ?? 'RUB' } });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads any two-decimal number cell as exact kopecks', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (minor) => {
        expect(parseMoney(minor / 100)).toEqual({ ok: true, value: { minor, currency: null } });
      }),
    );
  });
});
