/**
 * A message read back from the mailbox, as the core needs it: plain data, the same shape the
 * Mailbox port returns (src/app/mailbox.ts `IncomingMail`), so the rules here are table tests.
 */
export interface IncomingMessage {
  threadId: string;
  messageId: string;
  permalink: string;
  /** The sender's address only, lower case. */
  from: string;
  /** ISO instant. */
  date: string;
  subject: string;
  /** The start of the plain body. */
  text: string;
  /** Classifying headers, names in lower case (`auto-submitted`, `precedence`, `content-type`…). */
  headers: Readonly<Record<string, string>>;
}

/** What a message in the mailbox is to the reminders. */
export type IncomingKind = 'reply' | 'autoReply' | 'bounce';
