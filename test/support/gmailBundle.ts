/**
 * The opt-in Gmail build on the local services: test/globalSetup.mjs builds it once into
 * build/gmail-dist/ (`--with-gmail`); a run loads that bundle with the run's `inbox/` (`.eml`
 * files dropped there by `test/support/inboxMail.ts`) and the local Drive, and saves like a
 * trigger run. The outbox is read back with mailparser, threading headers included.
 */
import { simpleParser, type AddressObject } from 'mailparser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createLocalRuntime,
  type LocalRuntime,
  type LocalRuntimeOptions,
} from '../../src/local/runner/runtime';
import { ROOT } from './bundle';

export const GMAIL_DIST = join(ROOT, 'build', 'gmail-dist');

export interface GmailRun {
  result: string;
  /** Messages sent (not drafts) by this run. */
  sent: number;
  runtime: LocalRuntime;
}

/** One daily run of the Gmail bundle (`mode` default `send`), saved next to the output. */
export async function gmailDailyRun(options: LocalRuntimeOptions): Promise<GmailRun> {
  const runtime = await createLocalRuntime({ mode: 'send', distDir: GMAIL_DIST, ...options });
  const result = String(runtime.call('dailyRun'));
  await runtime.save();
  return { result, sent: runtime.sent().filter((record) => record.kind === 'sent').length, runtime };
}

export interface ThreadedMail {
  file: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  messageId: string;
  inReplyTo?: string;
  references: string[];
  attachments: { filename: string; contentType: string; size: number }[];
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((object) => object.value.map((entry) => entry.address ?? ''));
}

/** Every `.eml` of `<outDir>/<folder>` in file order, parsed by mailparser. */
export async function readThreadedMail(outDir: string, folder = 'outbox'): Promise<ThreadedMail[]> {
  const dir = join(outDir, folder);
  if (!existsSync(dir)) return [];
  const mails: ThreadedMail[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort()) {
    const parsed = await simpleParser(readFileSync(join(dir, file)));
    const references = parsed.references ?? [];
    mails.push({
      file,
      to: addresses(parsed.to),
      cc: addresses(parsed.cc),
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      messageId: parsed.messageId ?? '',
      inReplyTo: parsed.inReplyTo,
      references: Array.isArray(references) ? references : [references],
      attachments: parsed.attachments.map((part) => ({
        filename: part.filename ?? '',
        contentType: part.contentType,
        size: part.size,
      })),
    });
  }
  return mails;
}
