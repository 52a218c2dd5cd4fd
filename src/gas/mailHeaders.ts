import type { MailMessage } from '../app/ports';

function assertSingleLine(label: string, value: string): void {
  // Header injection guard: no field that becomes a mail header may carry a line break.
  if (/[\r\n]/.test(value)) throw new Error(`${label} contains a line break`);
}

/** Throws before anything is sent when a field that becomes a header holds a line break. */
export function checkHeaders(message: MailMessage): void {
  assertSingleLine('subject', message.subject);
  for (const address of [...message.to, ...(message.cc ?? []), ...(message.bcc ?? [])])
    assertSingleLine('address', address);
  if (message.replyTo) assertSingleLine('replyTo', message.replyTo);
  if (message.name) assertSingleLine('name', message.name);
}
