import fc from 'fast-check';
import {
  fitSectionsToMailLimits,
  fitToMailLimits,
  MAX_BODY_BYTES,
  utf8Bytes,
} from '../../../src/core/reminders/limits';
import { sectionsBlock, type DigestSection } from '../../../src/core/reminders/sections';
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

describe('a digest in sections shortened to the mail limits', () => {
  const render = (_values: Record<string, string>, sections: readonly DigestSection[]) => {
    const block = sectionsBlock(sections);
    return { body: `Доброе утро!\n${block.plain}`, htmlBody: block.html };
  };
  const andMore = (count: number) => `и ещё ${count}`;
  const section = (heading: string, count: number, width: number): DigestSection => ({
    level: 2,
    heading,
    items: Array.from({ length: count }, (_, i) => ({ key: null, text: `${i} ${'ж'.repeat(width)}` })),
  });

  it('keeps a digest that fits as it is', () => {
    const sections = [section('СТОП — 2 счёта', 2, 50), section('Просрочено — 3 счёта', 3, 50)];
    expect(fitSectionsToMailLimits({}, sections, render, andMore).sections).toEqual(sections);
  });

  it('keeps every heading and the most severe lines of each section, each with its own "и ещё N"', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 20, max: 400 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (shapes) => {
          const sections = shapes.map(([count, width], n) => section(`Раздел ${n}`, count, width));
          const fitted = fitSectionsToMailLimits({}, sections, render, andMore).sections;
          const rendered = render({}, fitted);
          const bytes = utf8Bytes(rendered.body) + utf8Bytes(rendered.htmlBody);
          const kept = fitted.map((s) =>
            s.items.at(-1)?.text.startsWith('и ещё') ? s.items.length - 1 : s.items.length,
          );
          return (
            bytes < MAX_BODY_BYTES &&
            fitted.map((s) => s.heading).join() === sections.map((s) => s.heading).join() &&
            fitted.every((s, n) => {
              const cut = sections[n].items.length - kept[n];
              const prefix = s.items
                .slice(0, kept[n])
                .every((item, i) => item.text === sections[n].items[i].text);
              return prefix && (cut === 0 || s.items.at(-1)?.text === andMore(cut));
            }) &&
            // One cap for all: a cut section shows at least as many lines as any other shows.
            fitted.every((s, n) => kept[n] === sections[n].items.length || kept.every((k) => k <= kept[n]))
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
