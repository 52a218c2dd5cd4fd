/**
 * RFC 5322 messages from nodemailer's MIME builder, made synchronous.
 * `MailApp.sendEmail` returns only when the message is gone, and the bundle's
 * code is synchronous, but the builder works on streams. A worker thread
 * builds the message while this thread waits on a shared flag (Atomics.wait),
 * then takes the result off the message port.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** The subset of nodemailer's mail options the local mail services use. */
export interface ComposeInput {
  from: { name: string; address: string } | string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  /** ISO instant for the Date header. */
  date: string;
  headers?: Record<string, string>;
  /** The RFC 5322 `Message-ID`, with angle brackets. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /** MIME parts after the body. */
  attachments?: { filename: string; contentType: string; content: Uint8Array }[];
}

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const MailComposer = require(workerData.composerPath);
workerData.port.on('message', ({ signal, mail }) => {
  const finish = (reply) => {
    workerData.port.postMessage(reply);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  try {
    // Attachment bytes arrive as Uint8Array (structured clone); the composer wants Buffers.
    const attachments = (mail.attachments || []).map((part) => ({ ...part, content: Buffer.from(part.content) }));
    const root = new MailComposer({ ...mail, attachments, date: new Date(mail.date) }).compile();
    // The outbox is the sender's copy, like Gmail's Sent folder: it shows Bcc.
    root.keepBcc = true;
    root.build((error, message) =>
      finish(error ? { error: String(error && error.message) } : { message }),
    );
  } catch (error) {
    finish({ error: String(error && error.message) });
  }
});
`;

const TIMEOUT_MS = 30_000;

let channel: { worker: Worker; port: MessagePort } | undefined;

function composerChannel(): { worker: Worker; port: MessagePort } {
  if (channel) return channel;
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, composerPath: require.resolve('nodemailer/lib/mail-composer') },
    transferList: [port2],
  });
  // An idle composer must not keep the CLI or a test process alive.
  worker.unref();
  port1.unref();
  channel = { worker, port: port1 };
  return channel;
}

/** The complete message (headers and body, CRLF line ends) as bytes. */
export function composeMessageSync(input: ComposeInput): Buffer {
  const { port } = composerChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  port.postMessage({ signal, mail: input });
  if (Atomics.wait(signal, 0, 0, TIMEOUT_MS) === 'timed-out') throw new Error('Mail composer did not answer');
  const reply = receiveMessageOnPort(port)?.message as { message?: Uint8Array; error?: string } | undefined;
  if (!reply?.message) throw new Error(`Mail composer failed: ${reply?.error ?? 'no reply'}`);
  return Buffer.from(reply.message);
}

/** Stops the composer thread (tests that want a clean exit; the CLI lets it die with the process). */
export async function closeComposer(): Promise<void> {
  const current = channel;
  channel = undefined;
  if (current) {
    current.port.close();
    await current.worker.terminate();
  }
}
