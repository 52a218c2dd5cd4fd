/**
 * The one submit flow of every form: check in the page with the shared
 * validation (messages next to fields, nothing sent), then send, show
 * progress on the button, and show the server's answer — its own field
 * messages, its sentence, or its error.
 */
import type { FormResult } from '../../app/forms/result';
import type { UiTexts } from '../../core/i18n/messages/ui';
import type { FieldErrors } from '../../core/forms/fieldErrors';
import { h, render } from './dom';
import { showFieldErrors } from './form';
import { busy, errorText, showStatus, tr, translateErrors } from './page';

export interface SubmitFlow<I> {
  form: HTMLFormElement;
  texts: UiTexts;
  collect: () => I;
  check: (input: I) => FieldErrors;
  send: (input: I) => Promise<FormResult>;
  onSaved?: () => void;
  /**
   * A sentence to confirm before sending (a date far from today), or null: the first submit shows
   * it and sends nothing, a second submit of the same input sends.
   */
  warn?: (input: I) => string | null;
  /** Lists every field error at the top of the form too: for a page longer than the screen. */
  summary?: boolean;
}

/**
 * Makes the errors seen on a long page: the sections holding them open, a summary at the top
 * naming each field (a click goes to it), and the first wrong field scrolled into view.
 */
function revealErrors(form: HTMLFormElement, errors: Record<string, string>, summary: boolean): void {
  const wrong = Array.from(form.querySelectorAll<HTMLElement>('.invalid'));
  for (const control of wrong) {
    for (let node = control.parentElement; node && node !== form; node = node.parentElement)
      if (node instanceof HTMLDetailsElement) node.open = true;
  }
  let box = form.querySelector<HTMLElement>('#errors-summary');
  if (summary) {
    if (!box) {
      box = h('div', { id: 'errors-summary', className: 'errors-summary', role: 'alert' });
      form.querySelector('h1')?.after(box);
    }
    const items = Array.from(form.querySelectorAll<HTMLElement>('[data-error-for]'))
      .filter((slot) => slot.textContent)
      .map((slot) => {
        const control = slot.previousElementSibling as HTMLElement | null;
        const label = control?.id ? form.querySelector(`label[for="${control.id}"]`)?.textContent : null;
        const go = h(
          'button',
          { type: 'button', className: 'link' },
          `${label ?? ''} — ${slot.textContent ?? ''}`,
        );
        go.addEventListener('click', () => {
          control?.scrollIntoView({ block: 'center' });
          control?.focus();
        });
        return h('li', {}, go);
      });
    const general = errors.form ?? errors.mapping;
    render(box, items.length > 0 ? h('ul', {}, items) : null, general ? h('p', {}, general) : null);
    box.hidden = items.length === 0 && !general;
  }
  const first = wrong[0] ?? (box && !box.hidden ? box : null);
  first?.scrollIntoView({ block: 'center' });
  if (first && first !== box) first.focus();
}

function clearSummary(form: HTMLFormElement): void {
  const box = form.querySelector<HTMLElement>('#errors-summary');
  if (box) box.hidden = true;
}

export function wireSubmit<I>(flow: SubmitFlow<I>): void {
  let confirmed: string | null = null;
  flow.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = flow.form.querySelector<HTMLButtonElement>('button[type="submit"]');
    const input = flow.collect();
    const local = translateErrors(flow.texts, flow.check(input));
    if (showFieldErrors(flow.form, local)) {
      showStatus(local.form ?? tr(flow.texts, 'ui.fixErrors'), 'error');
      revealErrors(flow.form, local, flow.summary ?? false);
      return;
    }
    clearSummary(flow.form);
    const warning = flow.warn?.(input) ?? null;
    if (warning !== null && warning !== confirmed) {
      confirmed = warning;
      showStatus(warning, 'warning');
      return;
    }
    confirmed = null;
    showStatus('', 'info');
    const send = (): Promise<FormResult> => flow.send(input);
    (button ? busy(button, send) : send())
      .then((result) => {
        if (result.ok) {
          showFieldErrors(flow.form, {});
          showStatus(result.message, 'ok');
          flow.onSaved?.();
        } else {
          showFieldErrors(flow.form, result.errors);
          showStatus(result.errors.form ?? result.errors.row ?? tr(flow.texts, 'ui.fixErrors'), 'error');
          revealErrors(flow.form, result.errors, flow.summary ?? false);
        }
      })
      .catch((error: unknown) => showStatus(errorText(error), 'error'));
  });
}
