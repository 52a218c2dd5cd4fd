/**
 * MailApp's per-message limits, so the planner never builds an internal
 * message the service would refuse, and the AM reads a refusal in words
 * (https://developers.google.com/apps-script/guides/services/quotas, "Current
 * limitations": email recipients per message 50, email body size 200 KB).
 */
import type { MessageKey } from '../i18n';
import type { MessageItem } from './types';

export const RECIPIENTS_PER_MESSAGE = 50;
/** Google counts the body in kilobytes; the plain and HTML parts are counted together (stricter). */
export const MAX_BODY_BYTES = 200 * 1024;
/** What the planner aims at, leaving room for headers and MIME encoding. */
const BODY_BUDGET_BYTES = 180 * 1024;
/** An internal line longer than this (a client name pasted with a whole contract) is cut. */
const MAX_LINE_CHARS = 500;
const MAX_VALUE_CHARS = 200;

/** UTF-8 length without TextEncoder (Apps Script's V8 has none). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
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
  if (size(clipped) <= BODY_BUDGET_BYTES) return { values: clippedValues, items: clipped };
  // The largest prefix that fits with its "and N more" line, found by halving.
  let low = 0;
  let high = clipped.length - 1;
  const withMore = (count: number) => [
    ...clipped.slice(0, count),
    { key: null, text: andMore(clipped.length - count) },
  ];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (size(withMore(middle)) <= BODY_BUDGET_BYTES) low = middle;
    else high = middle - 1;
  }
  return { values: clippedValues, items: withMore(low) };
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
