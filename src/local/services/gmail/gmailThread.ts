/**
 * Threads, messages and drafts of the local mailbox (`store.ts`): drafts and messages go through the one postbox
 * of the mail services (quota, checks, fault hooks, `.eml` files written whole), every message
 * gets a `Message-ID`, a reply carries `In-Reply-To` and `References`, threads live in the state
 * file, and what came in is read from `inbox/`. Each method as Google documents it:
 * https://developers.google.com/apps-script/reference/gmail/gmail-app,
 * https://developers.google.com/apps-script/reference/gmail/gmail-thread,
 * https://developers.google.com/apps-script/reference/gmail/gmail-message,
 * https://developers.google.com/apps-script/reference/gmail/gmail-draft.
 */
import { readFileSync } from 'node:fs';
import type { CallCounter } from '../counters';
import { LocalBlob } from '../drive/driveApp';
import type { Emulates } from '../emulates';
import type { Postbox, SentRecord } from '../mail/postbox';
import { addresses } from '../mail/message';
import type { GmailStore, MailboxMessage } from './store';

/** "The subject line for the reply draft (up to 250 characters)" (GmailThread.createDraftReplyAll). */
export const MAX_REPLY_SUBJECT = 250;

/** The options Google documents; attachments are checked to be blobs of this runtime. */
export type Options = Omit<GoogleAppsScript.Gmail.GmailAdvancedOptions, 'attachments'> & {
  subject?: string;
  attachments?: unknown[];
};

export interface GmailParts {
  postbox: Postbox;
  mailbox: GmailStore;
  counter: CallCounter;
  now: () => Date;
  makeDate: (ms: number) => Date;
  /** A draft's HTML part and attachments until it is sent (by Message-ID; this run's drafts). */
  draftContent: Map<string, { html?: string; attachments: LocalBlob[] }>;
}

function blobsOf(options: Options | undefined): LocalBlob[] {
  return (options?.attachments ?? []).map((source) => {
    if (!(source instanceof LocalBlob)) throw new Error('Invalid argument: attachments');
    return source;
  });
}

/** Sends or drafts through the postbox, then keeps the message in its thread. */
export function deliver(
  parts: GmailParts,
  kind: SentRecord['kind'],
  request: { to: string; subject: string; body: string; options?: Options },
  thread: { threadId: string; inReplyTo?: string; references: string[] } | null,
  /** The draft this send turns into a message: it keeps the draft's id, and the draft is gone. */
  sending?: MailboxMessage,
): MailboxMessage {
  const { options } = request;
  const blobs = blobsOf(options);
  const record = parts.postbox.deliver(
    { ...options, to: request.to, subject: request.subject, body: request.body },
    kind,
    'GmailApp',
    {
      messageId: sending?.messageId,
      inReplyTo: thread?.inReplyTo,
      references: thread?.references,
      attachments: blobs.map((blob) => ({
        filename: blob.fileName,
        contentType: blob.mimeType,
        content: blob.content,
      })),
    },
  );
  const draftId = kind === 'draft' ? `r-${record.messageId.slice(1, 17)}` : undefined;
  if (kind === 'draft')
    parts.draftContent.set(record.messageId, {
      html: options?.htmlBody,
      attachments: blobs,
    });
  if (sending?.draftId) parts.mailbox.removeDraft(sending.draftId);
  return parts.mailbox.add({
    threadId: thread?.threadId ?? '',
    messageId: record.messageId,
    inReplyTo: thread?.inReplyTo,
    references: thread?.references ?? [],
    from: record.name ? `${record.name} <${record.from}>` : record.from,
    to: record.to.join(', '),
    cc: record.cc.join(', '),
    bcc: record.bcc.join(', '),
    replyTo: record.replyTo ?? '',
    date: Date.parse(record.date),
    subject: record.subject,
    plainBody: record.body,
    draftId,
    file: record.file,
  });
}

export class LocalGmailMessage implements Emulates<GoogleAppsScript.Gmail.GmailMessage> {
  constructor(
    private readonly parts: GmailParts,
    readonly message: MailboxMessage,
  ) {}

  private count(method: string): void {
    this.parts.counter.count(`GmailMessage.${method}`);
  }

  getId(): string {
    this.count('getId');
    return this.message.id;
  }

  /** The From header as written: `Name <address>` or the address. */
  getFrom(): string {
    this.count('getFrom');
    return this.message.from;
  }

  getTo(): string {
    this.count('getTo');
    return this.message.to;
  }

  getCc(): string {
    this.count('getCc');
    return this.message.cc;
  }

  getReplyTo(): string {
    this.count('getReplyTo');
    return this.message.replyTo;
  }

  getDate(): Date {
    this.count('getDate');
    return this.parts.makeDate(this.message.date);
  }

  getSubject(): string {
    this.count('getSubject');
    return this.message.subject;
  }

  getPlainBody(): string {
    this.count('getPlainBody');
    return this.message.plainBody;
  }

  /** The whole RFC 5322 message, as the `.eml` holds it. */
  getRawContent(): string {
    this.count('getRawContent');
    return readFileSync(this.message.file, 'utf8');
  }

  isDraft(): boolean {
    this.count('isDraft');
    return this.message.draftId !== undefined;
  }

  getThread(): LocalGmailThread {
    this.count('getThread');
    return new LocalGmailThread(this.parts, this.message.threadId);
  }

  /**
   * "Creates a draft message replying to the sender of this message (using the reply-to
   * address) and all recipients": To is the reply-to (else the sender) and this message's To,
   * Cc its Cc, without the user's own address (as Gmail's reply-all); the options' `cc` and
   * `bcc` are added (the reference does not say whether they add or replace: added here, and
   * the add-on passes every address it needs either way). The subject is the options' (at most
   * 250 characters) or `Re: ` and this message's; `In-Reply-To` names this message and
   * `References` its references and itself.
   */
  createDraftReplyAll(body: string, options?: Options): LocalGmailDraft {
    this.count('createDraftReplyAll');
    const user = this.parts.postbox.sender.toLowerCase();
    const reply = [this.message.replyTo || this.message.from, this.message.to].join(',');
    const to = [...new Set(addresses(reply).map((a) => a.toLowerCase()))].filter((a) => a !== user);
    const cc = [
      ...new Set([...addresses(this.message.cc), ...addresses(options?.cc)].map((a) => a.toLowerCase())),
    ].filter((a) => a !== user && !to.includes(a));
    const subject = options?.subject ?? `Re: ${this.message.subject}`;
    if (subject.length > MAX_REPLY_SUBJECT) throw new Error('Invalid argument: subject');
    const message = deliver(
      this.parts,
      'draft',
      { to: to.join(','), subject, body, options: { ...options, cc: cc.join(',') } },
      {
        threadId: this.message.threadId,
        inReplyTo: this.message.messageId,
        references: [...this.message.references, this.message.messageId],
      },
    );
    return new LocalGmailDraft(this.parts, message);
  }
}

export class LocalGmailThread implements Emulates<GoogleAppsScript.Gmail.GmailThread> {
  constructor(
    private readonly parts: GmailParts,
    readonly threadId: string,
  ) {}

  getId(): string {
    this.parts.counter.count('GmailThread.getId');
    return this.threadId;
  }

  /** Gmail's web address of the thread. */
  getPermalink(): string {
    this.parts.counter.count('GmailThread.getPermalink');
    return `https://mail.google.com/mail/u/0/#all/${this.threadId}`;
  }

  /** Every message of the thread, oldest first, drafts included (they are messages in Gmail). */
  getMessages(): LocalGmailMessage[] {
    this.parts.counter.count('GmailThread.getMessages');
    return this.parts.mailbox.thread(this.threadId).map((m) => new LocalGmailMessage(this.parts, m));
  }
}

export class LocalGmailDraft implements Emulates<GoogleAppsScript.Gmail.GmailDraft> {
  private sent = false;

  constructor(
    private readonly parts: GmailParts,
    private readonly draft: MailboxMessage,
  ) {}

  /** "Deletes this draft message": from drafts/ and the state; a sent or deleted draft is gone. */
  deleteDraft(): void {
    this.parts.counter.count('GmailDraft.deleteDraft');
    if (this.sent) throw new Error('Draft not found: it was sent or deleted already');
    this.sent = true;
    this.parts.draftContent.delete(this.draft.messageId);
    this.parts.mailbox.removeDraft(this.draft.draftId ?? '');
    this.parts.postbox.discardDraftFile(this.draft.file);
  }

  getMessage(): LocalGmailMessage {
    this.parts.counter.count('GmailDraft.getMessage');
    return new LocalGmailMessage(this.parts, this.draft);
  }

  /**
   * "Sends this draft email message": the message goes to outbox/ against the daily quota, with
   * the fault hooks of every send, keeps the draft's thread and headers, and the draft is gone
   * (from the state and from drafts/). A sent draft cannot be sent again.
   */
  send(): LocalGmailMessage {
    this.parts.counter.count('GmailDraft.send');
    if (this.sent) throw new Error('Draft not found: it was sent already');
    const draft = this.draft;
    const options: Options = { cc: draft.cc, bcc: draft.bcc, replyTo: draft.replyTo || undefined };
    const name = /^(.*?)\s*<[^>]+>$/.exec(draft.from)?.[1];
    const content = this.parts.draftContent.get(draft.messageId);
    const message = deliver(
      this.parts,
      'sent',
      {
        to: draft.to,
        subject: draft.subject,
        body: draft.plainBody,
        options: {
          ...options,
          name: name || undefined,
          htmlBody: content?.html,
          attachments: content?.attachments,
        },
      },
      { threadId: draft.threadId, inReplyTo: draft.inReplyTo, references: draft.references },
      draft,
    );
    this.sent = true;
    this.parts.draftContent.delete(draft.messageId);
    this.parts.postbox.discardDraftFile(draft.file);
    return new LocalGmailMessage(this.parts, message);
  }
}
