import type { MessageKey, MessageParams } from './i18n';

/**
 * A problem the user can fix. It carries an i18n key, never a sentence, so the
 * entry layer can show it in the user's language; anything that is not a
 * UserError is treated as a bug (logged, shown as a short apology).
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
