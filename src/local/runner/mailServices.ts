/**
 * The mail services of one local document: MailApp and GmailApp into `DIR/outbox/` and
 * `DIR/drafts/`, the mail that came in from `DIR/inbox/`, and DriveApp over `drive/` beside the
 * input workbook (or the runtime's `driveDir`).
 */
import { dirname, join } from 'node:path';
import type { CallCounter } from '../services/counters';
import type { Faults } from '../services/faults';
import { readInbox } from '../services/gmail/inbox';
import { heartbeat } from '../services/lockFile';
import { createMailServices, type LocalMailServices } from '../services/mail/mail';
import type { LocalState } from '../services/state';
import type { SharedDocument } from './sharedDocument';

/** The runtime's options the mail services take. */
export interface MailOptions {
  /** The input workbook: the local Drive is `drive/` beside it unless `driveDir` says otherwise. */
  file: string;
  driveDir?: string;
  dailyQuota?: number;
  mailFailAfter?: number;
  /** The sender. */
  activeUser: string;
}

export async function mailServicesFor(
  options: MailOptions,
  parts: {
    outDir: string;
    state: LocalState;
    clock: { today(): string; nowMs(): number };
    counter: CallCounter;
    faults: Faults;
    makeDate: (ms: number) => Date;
    log: { lines: string[] };
  },
  shared: SharedDocument,
): Promise<LocalMailServices & { unreadInbox: string[] }> {
  // The mail that came in: `.eml` files dropped into `DIR/inbox/`, read before the bundle runs.
  const inbox = await readInbox(join(parts.outDir, 'inbox'), parts.clock.nowMs());
  for (const problem of inbox.problems) parts.log.lines.push(`inbox/${problem}: not read as a message`);
  const unreadInbox = inbox.problems.map((problem) => problem.split(': ')[0]);
  const mail = createMailServices(
    {
      outDir: parts.outDir,
      state: parts.state,
      today: () => parts.clock.today(),
      counter: parts.counter,
      dailyQuota: options.dailyQuota,
      failAfter: options.mailFailAfter,
      activeUser: options.activeUser,
      now: () => new Date(parts.clock.nowMs()),
      faults: parts.faults,
      blocked: () => {
        const failure = shared.storageFailure();
        return failure
          ? `Nothing more is sent: the run's state could not be saved (${failure.message})`
          : null;
      },
      onDelivered: heartbeat,
    },
    {
      inbox: inbox.messages,
      driveDir: options.driveDir ?? join(dirname(options.file), 'drive'),
      makeDate: parts.makeDate,
    },
  );
  return Object.assign(mail, { unreadInbox });
}
