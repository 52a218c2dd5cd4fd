import type { MessageKey, MessageParams } from '../../../core/i18n';

/** A failure the user fixes by changing the command line or the input; exit code 2. */
export class InputError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}
