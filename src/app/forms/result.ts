/** What a form submission returns to its sidebar: a sentence, or a message per field. */
import type { FieldErrors } from '../../core/forms/fieldErrors';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/types';

export type FormResult = { ok: true; message: string } | { ok: false; errors: Record<string, string> };

/** Field errors in the user's language, keyed by the form field they belong next to. */
export function refused(errors: FieldErrors, lang: Lang): FormResult {
  const messages: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors)) messages[field] = t(lang, error.key, error.params);
  return { ok: false, errors: messages };
}
