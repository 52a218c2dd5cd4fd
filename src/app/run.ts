import { isUserError } from '../core/errors';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import type { Logger } from './ports';

/**
 * Turns any failure into a sentence in the user's language: a UserError says
 * what to fix; anything else is logged with its stack and shown as a short
 * apology. Never lets a stack trace reach the user.
 */
export function userMessageFor(error: unknown, lang: Lang, logger: Logger, context: string): string {
  if (isUserError(error)) return t(lang, error.key, error.params);
  logger.error(`${context} failed`, {
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return t(lang, 'error.unexpected');
}
