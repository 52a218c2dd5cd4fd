import type { DraftInThread, IncomingMail, Mailbox, SentInThread } from '../app/ports';

/** Set by the build: true only in the opt-in Gmail build that declares the restricted Gmail scope. */
declare const __WITH_GMAIL__: boolean;

const NOT_BUILT = 'The mailbox needs the Gmail build';

/** The mailbox over GmailApp and DriveApp; in the default build it is unavailable. */
export class GasMailbox implements Mailbox {
  available(): boolean {
    return typeof __WITH_GMAIL__ !== 'undefined' && __WITH_GMAIL__;
  }

  startThread(): SentInThread {
    throw new Error(NOT_BUILT);
  }

  replyInThread(): SentInThread | null {
    throw new Error(NOT_BUILT);
  }

  draft(): DraftInThread {
    throw new Error(NOT_BUILT);
  }

  incoming(): IncomingMail[] {
    throw new Error(NOT_BUILT);
  }
}
