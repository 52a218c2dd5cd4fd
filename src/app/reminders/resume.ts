/**
 * «Возобновить» in the reminders sidebar (the Gmail build): the AM has read the client's reply and
 * wants the reminders to go on before the pause ends by itself. The client's pausing reply rows in
 * `Журнал` become `возобновлено`, under the document lock; the held reminder goes with the next run.
 */
import { t } from '../../core/i18n';
import { isPausingReply } from '../../core/mail/pause';
import { RESULT } from '../../core/reminders/log';
import type { RunContext } from '../context';
import { RUN_WAIT_MS, withDocumentLock } from '../lock';
import type { AppEnv } from '../ports';
import { openLog } from './logStore';
import { LogWriter } from './logWriter';

/** Resumes the client whose reply is logged under `key` (`reply:…`); says so, or that the pause is over. */
export function resumeReplyPause(env: AppEnv, ctx: RunContext, key: unknown): string {
  if (typeof key !== 'string' || !key.startsWith('reply:') || key.length > 500)
    return t(ctx.lang, 'mail.resumeUnknown');
  return withDocumentLock(env, { waitMs: RUN_WAIT_MS }, () => {
    // It writes to the log: a move a killed run left half-done is finished first.
    const view = openLog(env, ctx, { documents: [] }, 'recover');
    const reply = view.entries.find((entry) => entry.key === key && isPausingReply(entry));
    if (!reply) return t(ctx.lang, 'mail.resumeUnknown');
    const log = new LogWriter(env, view);
    // Every reply of that client that still pauses it: the AM resumes the client, not one message.
    for (const entry of view.entries)
      if (isPausingReply(entry) && entry.recipients === reply.recipients)
        log.setResult(entry.row, RESULT.resumed);
    log.commit();
    return t(ctx.lang, 'mail.resumed');
  });
}
