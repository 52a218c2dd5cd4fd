import fc from 'fast-check';
import { fitToMailLimits, MAX_BODY_BYTES, utf8Bytes } from '../../../src/core/reminders/limits';
import type { MessageItem } from '../../../src/core/reminders/types';

describe('UTF-8 length of a body', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['Счёт', 8],
    ['€', 3],
    ['😀', 4],
    ['a\ud800b', 5],
  ])('%j is %d bytes', (text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
  });

  it('agrees with Node’s encoder on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        (text) => utf8Bytes(text) === Buffer.byteLength(text, 'utf8'),
      ),
    );
  });
});

describe('an internal message shortened to the mail limits', () => {
  const render = (_values: Record<string, string>, lines: readonly string[]) => {
    const body = `Здравствуйте!\n${lines.join('\n')}`;
    return { body, htmlBody: `<ul>${lines.map((line) => `<li>${line}</li>`).join('')}</ul>` };
  };
  const size = (lines: readonly MessageItem[]) => {
    const rendered = render(
      {},
      lines.map((line) => line.text),
    );
    return utf8Bytes(rendered.body) + utf8Bytes(rendered.htmlBody);
  };
  const andMore = (count: number) => `и ещё ${count}`;
  const items = (count: number, text: (i: number) => string): MessageItem[] =>
    Array.from({ length: count }, (_, i) => ({ key: null, text: text(i) }));

  it('keeps a message that fits as it is', () => {
    const lines = items(10, (i) => `строка ${i}`);
    expect(fitToMailLimits({}, lines, render, andMore).items).toEqual(lines);
  });

  it('keeps the longest prefix that fits, then one line "и ещё N"', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 500, max: 6000 }),
        fc.integer({ min: 20, max: 300 }),
        fc.integer({ min: 0, max: 200 }),
        (count, base, spread) => {
          const lines = items(count, (i) => 'ж'.repeat(base + ((i * 7919) % (spread + 1))));
          const fitted = fitToMailLimits({}, lines, render, andMore).items;
          const budget = 180 * 1024;
          if (size(lines) <= budget) return fitted.length === count;
          const kept = fitted.length - 1;
          const next = [...lines.slice(0, kept + 1), { key: null, text: andMore(count - kept - 1) }];
          return (
            size(fitted) <= budget &&
            size(fitted) < MAX_BODY_BYTES &&
            fitted[kept].text === andMore(count - kept) &&
            (kept === count - 1 || size(next) > budget)
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
