/**
 * What every sidebar does the same way: a loading line, an error box that
 * shows the server's sentence, buttons that show progress, and translation
 * of the catalog the server sent.
 */
import type { UiKey, UiTexts } from '../../core/i18n/messages/ui';
import type { FieldErrors } from '../../core/forms/fieldErrors';
import { fill } from '../../core/i18n/translate';
import { byId, h, render } from './dom';

export function tr(texts: UiTexts, key: UiKey, params: Record<string, string | number> = {}): string {
  return fill(texts[key] ?? key, params);
}

/** Field errors from the shared validation, translated with the page's catalog. */
export function translateErrors(texts: UiTexts, errors: FieldErrors): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors))
    result[field] = tr(texts, error.key, error.params ?? {});
  return result;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Shows a status line under the form: `ok` green, otherwise red. */
export function showStatus(message: string, kind: 'ok' | 'error' | 'info' | 'warning'): void {
  const box = byId('status');
  box.className = `status ${kind}`;
  box.textContent = message;
  box.hidden = message === '';
}

/** Loads the page data, showing a loading line and any failure as the server's sentence. */
export function start<T>(load: () => Promise<T>, show: (data: T) => void): void {
  const root = byId('app');
  render(root, h('p', { className: 'muted', id: 'loading' }, '…'));
  load()
    .then((data) => {
      render(root);
      show(data);
    })
    .catch((error: unknown) => {
      render(root, h('p', { className: 'error', role: 'alert' }, errorText(error)));
    });
}

/** Disables the button and shows "…" on it while `work` runs. */
export async function busy<T>(button: HTMLButtonElement, work: () => Promise<T>): Promise<T> {
  const label = button.textContent ?? '';
  button.disabled = true;
  button.textContent = `${label}…`;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

/** The page's language, for screen readers and hyphenation. */
export function setLang(lang: string): void {
  document.documentElement.lang = lang;
}
