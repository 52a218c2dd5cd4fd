/**
 * What the AM hears about messages that did not go: earlier ones whose fate
 * is unknown or that the mail service refused (told once, each with the key
 * that marks it told), and today's that wait for the quota or were rejected.
 */
import { t } from '../../i18n';
import { ATTACHMENT_KIND, failedAttempts, MAX_ATTEMPTS, noticeKey, type LogEntry } from '../log';

const ATTACHMENT_REASONS = ['not-found', 'no-access', 'not-convertible', 'too-large'] as const;
import { mailFailureReason } from '../limits';
import type { MessageItem } from '../types';
import { ownerKey, unique } from './phrases';
import type { DigestLine, NoticesByOwner, OwnedMessage, PlanInput } from './types';

function noticeText(entry: LogEntry, input: PlanInput): string {
  const { lang } = input;
  if (entry.kind === ATTACHMENT_KIND) {
    // `без вложения: <file id>: <reason>` (the reason is one of the port's words).
    const [, file = '', reason = ''] = /^[^:]*:\s*([^:]*):\s*(.*)$/.exec(entry.result) ?? [];
    const known = ATTACHMENT_REASONS.find((word) => word === reason.trim());
    return t(lang, 'mail.attachment.notice', {
      subject: entry.subject,
      to: entry.recipients,
      file: file.trim(),
      reason: known ? t(lang, `mail.attachment.${known}`) : reason.trim(),
    });
  }
  const attempts = failedAttempts(entry.result);
  const params = { subject: entry.subject, to: entry.recipients, time: entry.time };
  if (attempts === 0) return t(lang, 'digest.unknown', params);
  const raw = entry.result.replace(/^[^:]*:\s*/, '');
  const known = mailFailureReason(raw);
  const reason = known ? t(lang, known) : raw;
  return attempts >= MAX_ATTEMPTS
    ? t(lang, 'digest.failedFinal', { ...params, reason, attempts })
    : t(lang, 'digest.failed', { ...params, reason, attempt: attempts, max: MAX_ATTEMPTS });
}

/** News about earlier messages for the AMs cc'd on them, else for the head. */
export function interruptedNotices(input: PlanInput): NoticesByOwner {
  const notices = new Map<string, MessageItem[]>();
  if (input.interrupted.length === 0) return notices;
  const managers = unique(input.documents.map((doc) => doc.managerEmail));
  for (const entry of input.interrupted) {
    const key = noticeKey(entry);
    if (input.done.has(key)) continue;
    const text = noticeText(entry, input);
    const recipients = entry.recipients.split(',').map(ownerKey);
    const told = managers.filter((am) => recipients.includes(am.toLowerCase()));
    const owners = told.length > 0 ? told : unique([input.settings.headEmail]);
    for (const owner of owners) {
      const lines = notices.get(owner.toLowerCase()) ?? [];
      if (!lines.some((line) => line.key === key)) lines.push({ key, text });
      notices.set(owner.toLowerCase(), lines);
    }
  }
  return notices;
}

/** A line for each AM of a message that waits for tomorrow's quota or cannot be sent. */
export function unsentLines(messages: readonly OwnedMessage[], input: PlanInput): DigestLine[] {
  const lines: DigestLine[] = [];
  for (const { message, owners } of messages) {
    const params = { subject: message.subject, to: message.to.join(', ') };
    for (const owner of owners) {
      if (message.status === 'quota')
        lines.push({ owner, section: 'mail', severity: [], text: t(input.lang, 'digest.quota', params) });
      if (message.status === 'rejected')
        lines.push({
          owner,
          section: 'mail',
          severity: [],
          text: t(input.lang, 'digest.rejected', { ...params, problem: message.problem ?? '' }),
        });
    }
  }
  return lines;
}
