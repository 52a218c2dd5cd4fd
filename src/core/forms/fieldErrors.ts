/**
 * Validation results shared by the sidebar (shown next to each field before
 * sending) and the server (checked again, since the page is never trusted).
 * Errors carry i18n keys, not sentences, so both sides show them in the
 * user's language. The keys are those of the UI catalog, the one the server
 * sends to every page, so the page and the server show the same sentence.
 */
import type { UiKey } from '../i18n/messages/ui';
import type { MessageParams } from '../i18n/translate';

export interface FieldError {
  key: UiKey;
  params?: MessageParams;
}

export type FieldErrors = Record<string, FieldError>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Longest text accepted from any form field: a cell is not a document. */
export const MAX_TEXT = 200;

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** A trimmed string, or null when the value is not a string at all (a malformed call). */
export function text(value: unknown): string | null {
  return typeof value === 'string' ? value.trim() : null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a required or optional single-line text: the form field, and the
 * same rule for every value a sidebar sends.
 */
export function checkText(
  errors: FieldErrors,
  field: string,
  value: unknown,
  { required = false, max = MAX_TEXT }: { required?: boolean; max?: number } = {},
): string {
  const s = text(value);
  if (s === null) {
    errors[field] = { key: 'forms.error.malformed' };
    return '';
  }
  if (required && s === '') errors[field] = { key: 'forms.error.required' };
  else if (s.length > max) errors[field] = { key: 'forms.error.tooLong', params: { max } };
  else if (/[\r\n]/.test(s)) errors[field] = { key: 'forms.error.lineBreak' };
  return s;
}
