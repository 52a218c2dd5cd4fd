/**
 * MailApp's per-message limits, so the planner never builds an internal
 * message the service would refuse, and the AM reads a refusal in words
 * (https://developers.google.com/apps-script/guides/services/quotas, "Current
 * limitations": email recipients per message 50, email body size 200 KB).
 */
import type { MessageKey } from '../i18n';
import { escapeHtml } from './escapeHtml';
import type { DigestSection } from './sections';
import type { MessageItem } from './types';

export const RECIPIENTS_PER_MESSAGE = 50;
/** Google counts the body in kilobytes; the plain and HTML parts are counted together (stricter). */
export const MAX_BODY_BYTES = 200 * 1024;
/** What the planner aims at, leaving room for headers and MIME encoding. */
const BODY_BUDGET_BYTES = 180 * 1024;
/** An internal line longer than this (a client name pasted with a whole contract) is cut. */
const MAX_LINE_CHARS = 500;
const MAX_VALUE_CHARS = 200;

/** UTF-8 length without TextEncoder (Apps Script's V8 has none); a lone surrogate counts 3, as U+FFFD would. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      const pair = next >= 0xdc00 && next <= 0xdfff;
      bytes += pair ? 4 : 3;
      if (pair) i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The largest `count` in `[0, last]` for which `fits(count)` holds, `fits` being true up to some
 * count and false after it (0 when none fits). Starts at `guess` and gallops from there, so a good
 * guess costs two or three probes instead of a bisection's log₂(last).
 */
function largestFitting(last: number, fits: (count: number) => boolean, guess: number): number {
  let low = 0;
  let high = last;
  const start = Math.min(Math.max(Math.round(guess), 0), last);
  if (fits(start)) {
    low = start;
    for (let step = 1; low + step <= high; step *= 2) {
      if (!fits(low + step)) {
        high = low + step - 1;
        break;
      }
      low += step;
    }
  } else {
    high = start - 1;
    for (let step = 1, failed = start; ; step *= 2) {
      const probe = failed - step;
      if (probe <= low) break;
      if (fits(probe)) {
        low = probe;
        break;
      }
      failed = probe;
      high = failed - 1;
    }
  }
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface Rendered {
  body: string;
  htmlBody: string;
}

/**
 * An internal message that fits: over-long lines and placeholder values are cut, and when the
 * body is still too large, the last items give way to one line "и ещё N" (those items stay due).
 */
export function fitToMailLimits(
  values: Record<string, string>,
  items: readonly MessageItem[],
  render: (values: Record<string, string>, lines: readonly string[]) => Rendered,
  andMore: (count: number) => string,
): { values: Record<string, string>; items: MessageItem[] } {
  const clippedValues = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, clip(value, MAX_VALUE_CHARS)]),
  );
  const clipped = items.map((item) => ({ ...item, text: clip(item.text, MAX_LINE_CHARS) }));
  const size = (list: readonly MessageItem[]) => {
    const rendered = render(
      clippedValues,
      list.map((item) => item.text),
    );
    return utf8Bytes(rendered.body) + utf8Bytes(rendered.htmlBody);
  };
  const full = size(clipped);
  if (full <= BODY_BUDGET_BYTES) return { values: clippedValues, items: clipped };
  // The largest prefix that fits with its "and N more" line. Each probe renders the whole
  // message, so the search starts where the lines' own sizes say the budget runs out.
  const withMore = (count: number) => [
    ...clipped.slice(0, count),
    { key: null, text: andMore(clipped.length - count) },
  ];
  const fits = (count: number) => size(withMore(count)) <= BODY_BUDGET_BYTES;
  const lineBytes = clipped.map((item) => utf8Bytes(item.text) + 1);
  const perByte = full / lineBytes.reduce((sum, bytes) => sum + bytes, 0);
  let guess = 0;
  for (
    let used = 0;
    guess < clipped.length && (used + lineBytes[guess]) * perByte <= BODY_BUDGET_BYTES;
    guess++
  )
    used += lineBytes[guess];
  return { values: clippedValues, items: withMore(largestFitting(clipped.length - 1, fits, guess - 1)) };
}

/** What one line adds to a digest: `• text` and a line break in the plain part, `<li>text</li>` in the HTML. */
function lineBytes(text: string): number {
  return utf8Bytes(text) + 3 + utf8Bytes(escapeHtml(text)) + 9;
}

/**
 * Where a digest's cap likely lies: `base` (its size without any line) plus what the lines a cap
 * keeps and each section's "и ещё N" add. Only the search's first probe: the search itself
 * measures real renderings, so a wrong estimate costs probes, never a different digest.
 */
function capEstimate(
  sections: readonly DigestSection[],
  base: number,
  andMore: (count: number) => string,
  longest: number,
): number {
  // Per section, the bytes of its first i lines (prefix sums).
  const heads = sections.map((section) => {
    const head = new Array<number>(section.items.length + 1).fill(0);
    section.items.forEach((item, i) => (head[i + 1] = head[i] + lineBytes(item.text)));
    return head;
  });
  const estimate = (cap: number) =>
    sections.reduce((bytes, section, s) => {
      const dropped = section.items.length - cap;
      return (
        bytes +
        heads[s][Math.min(cap, section.items.length)] +
        (dropped > 0 ? lineBytes(andMore(dropped)) : 0)
      );
    }, base);
  let low = 0;
  let high = longest;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (estimate(middle) <= BODY_BUDGET_BYTES) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * A digest in sections that fits: every section keeps its heading and totals (they count all its
 * lines), and when the body is too large, each section shows at most the same number of its most
 * severe lines, the rest said as its own "и ещё N".
 */
export function fitSectionsToMailLimits(
  values: Record<string, string>,
  sections: readonly DigestSection[],
  render: (values: Record<string, string>, sections: readonly DigestSection[]) => Rendered,
  andMore: (count: number) => string,
): { values: Record<string, string>; sections: DigestSection[] } {
  const clippedValues = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, clip(value, MAX_VALUE_CHARS)]),
  );
  const clipped = sections.map((section) => ({
    ...section,
    heading: clip(section.heading, MAX_LINE_CHARS),
    items: section.items.map((item) => ({ ...item, text: clip(item.text, MAX_LINE_CHARS) })),
  }));
  const longest = Math.max(0, ...clipped.map((section) => section.items.length));
  // One list per cap, so the digest measured at the cap chosen is the very one returned.
  const cappedAt = new Map<number, DigestSection[]>();
  const capped = (cap: number): DigestSection[] => {
    let list = cappedAt.get(cap);
    if (!list) {
      list =
        cap >= longest
          ? clipped
          : clipped.map((section) =>
              section.items.length <= cap
                ? section
                : {
                    ...section,
                    items: [
                      ...section.items.slice(0, cap),
                      { key: null, text: andMore(section.items.length - cap) },
                    ],
                  },
            );
      cappedAt.set(cap, list);
    }
    return list;
  };
  const size = (list: readonly DigestSection[]) => {
    const rendered = render(clippedValues, list);
    return utf8Bytes(rendered.body) + utf8Bytes(rendered.htmlBody);
  };
  const fits = (cap: number) => size(capped(cap)) <= BODY_BUDGET_BYTES;
  if (longest === 0) return { values: clippedValues, sections: clipped };
  // Every probe renders the whole digest. Lines that fit the budget on their own: the whole digest
  // is measured first (it usually fits); else the first probe is where their sizes say it runs out.
  // At least what the lines add (a UTF-16 unit is at least one byte, escaping only lengthens).
  const lines = clipped.reduce(
    (bytes, section) => section.items.reduce((sum, item) => sum + 2 * item.text.length + 12, bytes),
    0,
  );
  let guess = longest;
  if (lines > BODY_BUDGET_BYTES) {
    const bare = capped(0);
    const moreLines = bare.reduce(
      (bytes, section, s) => (clipped[s].items.length > 0 ? bytes + lineBytes(section.items[0].text) : bytes),
      0,
    );
    guess = capEstimate(clipped, size(bare) - moreLines, andMore, longest);
  }
  // The largest cap that fits; `longest` keeps every line (the digest as it came).
  return { values: clippedValues, sections: capped(largestFitting(longest, fits, guess)) };
}

/** The i18n key that explains a refusal by the mail service, or null for one we do not know. */
export function mailFailureReason(message: string): MessageKey | null {
  if (/recipients per message/i.test(message)) return 'mailError.tooManyRecipients';
  if (/body size/i.test(message)) return 'mailError.bodyTooLarge';
  if (/invalid email|invalid argument/i.test(message)) return 'mailError.invalidAddress';
  if (/too many times for one day/i.test(message)) return 'mailError.quota';
  if (/server error/i.test(message)) return 'mailError.service';
  return null;
}
