/**
 * The one submit flow of every form: check in the page with the shared
 * validation (messages next to fields, nothing sent), then send, show
 * progress on the button, and show the server's answer — its own field
 * messages, its sentence, or its error.
 */
import type { FormResult } from '../../app/forms/result';
import type { UiTexts } from '../../core/i18n/messages/ui';
import type { FieldErrors } from '../../core/forms/fieldErrors';
import { showFieldErrors } from './form';
import { busy, errorText, showStatus, tr, translateErrors } from './page';

export interface SubmitFlow<I> {
  form: HTMLFormElement;
  texts: UiTexts;
  collect: () => I;
  check: (input: I) => FieldErrors;
  send: (input: I) => Promise<FormResult>;
  onSaved?: () => void;
}

export function wireSubmit<I>(flow: SubmitFlow<I>): void {
  flow.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = flow.form.querySelector<HTMLButtonElement>('button[type="submit"]');
    const input = flow.collect();
    const local = translateErrors(flow.texts, flow.check(input));
    if (showFieldErrors(flow.form, local)) {
      showStatus(local.form ?? tr(flow.texts, 'ui.fixErrors'), 'error');
      return;
    }
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
        }
      })
      .catch((error: unknown) => showStatus(errorText(error), 'error'));
  });
}
