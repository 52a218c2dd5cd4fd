/**
 * The `inbox/` folder beside `outbox/`: `.eml` files a test or a person drops there (client
 * replies, auto-replies, out-of-office notes, delivery failures) are the mail that came in, read
 * with mailparser before the run (GmailApp's calls are synchronous, the parser is not). A file
 * that is not a readable message is left out and named in `problems`, never fatal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';

export interface InboxMessage {
  messageId: string;
  inReplyTo?: string;
  references: string[];
  /** A delivery failure's returned message (its `message/rfc822` or headers part): its Message-ID. */
  returnedMessageIds: string[];
  from: string;
  to: string;
  cc: string;
  replyTo: string;
  /** Epoch milliseconds. */
  date: number;
  subject: string;
  plainBody: string;
  /** Absolute path of the `.eml`. */
  file: string;
}

export interface Inbox {
  messages: InboxMessage[];
  /** `file: reason` for each file that could not be read as a message. */
  problems: string[];
}

/** `Name <address>, address`: the header's addresses as written, without quotes around names. */
function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value])
    .flatMap((object) => object.value)
    .map((entry) => (entry.name ? `${entry.name} <${entry.address ?? ''}>` : (entry.address ?? '')))
    .join(', ');
}

const MESSAGE_ID_HEADER = /^message-id:\s*(<[^>\s]+>)/im;

function returnedMessageIds(parsed: ParsedMail): string[] {
  return parsed.attachments
    .filter((part) => ['message/rfc822', 'text/rfc822-headers'].includes(part.contentType))
    .map((part) => MESSAGE_ID_HEADER.exec(part.content.toString('utf8'))?.[1])
    .filter((id): id is string => Boolean(id));
}

async function readMessage(file: string, fileDate: number): Promise<InboxMessage> {
  const raw = readFileSync(file);
  const parsed = await simpleParser(raw, { skipImageLinks: true });
  if (!parsed.from) throw new Error('no From header');
  const references = parsed.references
    ? Array.isArray(parsed.references)
      ? parsed.references
      : parsed.references.split(/\s+/).filter(Boolean)
    : [];
  return {
    // A message without one still needs an id that stays the same from run to run.
    messageId: parsed.messageId ?? `<inbox-${file.split(/[\\/]/).pop()}@localhost>`,
    inReplyTo: parsed.inReplyTo,
    references,
    returnedMessageIds: returnedMessageIds(parsed),
    from: addressText(parsed.from),
    to: addressText(parsed.to),
    cc: addressText(parsed.cc),
    replyTo: addressText(parsed.replyTo),
    date: parsed.date?.getTime() ?? fileDate,
    subject: parsed.subject ?? '',
    plainBody: parsed.text ?? '',
    file,
  };
}

/** Every `.eml` in `dir` (none when it does not exist), in name order. */
export async function readInbox(dir: string, now: number): Promise<Inbox> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.eml'));
  } catch {
    return { messages: [], problems: [] };
  }
  const messages: InboxMessage[] = [];
  const problems: string[] = [];
  for (const name of names.sort()) {
    try {
      messages.push(await readMessage(join(dir, name), now));
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return { messages, problems };
}
