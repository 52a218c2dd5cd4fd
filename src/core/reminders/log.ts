/**
 * The owned log sheet `Журнал`: one row per email the add-on decided to send.
 * Its result words are fixed (not translated), like the owned sheet names, so
 * that a log written in one language is still read right after a switch.
 *
 * A row's result is its state: `отправляется` (written ahead, durable before the
 * email goes), then `отправлено`; or `не отправлено: квота` / `не отправлено…`
 * (still due: the next run plans it again and updates this same row);
 * `ошибка, попытка N из 3: …` (the mail service refused it: retried by the next
 * runs, twice at most, then it waits for a person); `статус неизвестен…` (a run
 * died between the write-ahead and the result: reported, never re-sent).
 */
import { isDate, type CellValue } from '../types';
import type { PlannedMessage } from './types';

export const LOG_HEADER = ['Время', 'Вид', 'Ключ', 'Получатели', 'Тема', 'Результат', 'Пункты'];
export const LOG_COLUMNS = {
  time: 0,
  kind: 1,
  key: 2,
  recipients: 3,
  subject: 4,
  result: 5,
  items: 6,
} as const;

export const RESULT = {
  pending: 'отправляется',
  sent: 'отправлено',
  draft: 'черновик',
  skipped: 'пропущено',
  unknown: 'статус неизвестен — проверьте «Отправленные»',
  quota: 'не отправлено: квота',
  notSent: 'не отправлено',
  error: 'ошибка',
  /** Gmail build: a client's reply paused their reminders (a `reply` row). */
  replyPause: 'пауза: клиент ответил',
  /** Gmail build: the AM resumed the reminders a reply paused. */
  resumed: 'возобновлено',
  /** Gmail build: a reminder held because the client replied (still due: it goes once the pause ends). */
  held: 'не отправлено: клиент ответил',
  /** Gmail build: a reminder went, but a Drive file could not be attached (an `attachment` row). */
  attachmentMissing: 'без вложения',
} as const;

/**
 * Lines of the items column that are no item key: the Gmail thread a row's email went in
 * (`thread:…`) and, for a reply, the address of that thread in Gmail (`link:…`). Older logs have
 * none; a version that does not know them reads them as item keys no plan ever asks for.
 */
const THREAD_LINE = 'thread:';
const LINK_LINE = 'link:';

/** The first try and two retries; then the message waits for a person. */
export const MAX_ATTEMPTS = 3;

/** How many times the mail service refused this row's message, or 0 when the row is no failure. */
export function failedAttempts(result: string): number {
  if (!result.startsWith(RESULT.error)) return 0;
  const match = /^ошибка, попытка (\d+) из \d+/.exec(result);
  return match ? Number(match[1]) : 1;
}

/** The result of the `attempt`-th refusal; the last one says that a person must decide. */
export function failedResult(attempt: number, reason: string): string {
  const oneLine = reason.replace(/[\r\n]+/g, ' ').trim();
  const waits = attempt >= MAX_ATTEMPTS ? ' — больше не повторяем, нужно решение человека' : '';
  return `${RESULT.error}, попытка ${attempt} из ${MAX_ATTEMPTS}${waits}: ${oneLine}`;
}

/** Rows whose message is still due: deferred by the quota, not attempted, or refused and retried. */
export function isOpen(result: string): boolean {
  if (result === RESULT.quota || result.startsWith(RESULT.notSent)) return true;
  const attempts = failedAttempts(result);
  return attempts > 0 && attempts < MAX_ATTEMPTS;
}

export function isUnknown(result: string): boolean {
  return result.startsWith('статус неизвестен');
}

export interface LogEntry {
  /** 1-based sheet row. */
  row: number;
  time: string;
  kind: string;
  key: string;
  recipients: string;
  subject: string;
  result: string;
  itemKeys: string[];
  /** Gmail build: the thread the row's email went in (or the reply came in). */
  threadId?: string;
  /** Gmail build: the thread's address in Gmail, on a reply row. */
  link?: string;
}

/** A key in a row with one of these results is never sent again. */
export function isDone(result: string): boolean {
  return (
    result === RESULT.pending ||
    result === RESULT.sent ||
    result === RESULT.draft ||
    result === RESULT.skipped ||
    isUnknown(result) ||
    failedAttempts(result) >= MAX_ATTEMPTS
  );
}

/** Log rows from the sheet's values (header first); rows without a key are ignored. */
export function readLog(values: readonly CellValue[][] | null): LogEntry[] {
  return readLogRows((values ?? []).slice(1), 2);
}

/** Log rows from values of consecutive sheet rows, the first of them sheet row `firstRow`. */
export function readLogRows(values: readonly CellValue[][], firstRow: number): LogEntry[] {
  const entries: LogEntry[] = [];
  values.forEach((row, index) => {
    const text = (col: number) => {
      const value = row[col];
      return value === undefined || value === null ? '' : String(value).trim();
    };
    const key = text(LOG_COLUMNS.key);
    if (!key) return;
    // The add-on writes its times as text; a person (or Sheets, on a cell that lost its text
    // format) may have made one a date: it is still the same instant.
    const time = row[LOG_COLUMNS.time];
    // Item keys hold spaces (client names), so a cell lists one key per line.
    const lines = text(LOG_COLUMNS.items)
      .split(/\r?\n/)
      .map((key) => key.trim())
      .filter(Boolean);
    const entry: LogEntry = {
      row: firstRow + index,
      time: isDate(time) ? time.toISOString() : text(LOG_COLUMNS.time),
      kind: text(LOG_COLUMNS.kind),
      key,
      recipients: text(LOG_COLUMNS.recipients),
      subject: text(LOG_COLUMNS.subject),
      result: text(LOG_COLUMNS.result),
      itemKeys: lines.filter((line) => !line.startsWith(THREAD_LINE) && !line.startsWith(LINK_LINE)),
    };
    const thread = lines.find((line) => line.startsWith(THREAD_LINE));
    if (thread) entry.threadId = thread.slice(THREAD_LINE.length);
    const link = lines.find((line) => line.startsWith(LINK_LINE));
    if (link) entry.link = link.slice(LINK_LINE.length);
    entries.push(entry);
  });
  return entries;
}

/** Message and item keys that must not be sent again. */
export function doneKeys(entries: readonly LogEntry[]): Set<string> {
  const done = new Set<string>();
  for (const entry of entries) {
    if (!isDone(entry.result)) continue;
    done.add(entry.key);
    for (const item of entry.itemKeys) done.add(item);
  }
  return done;
}

/**
 * Rows still `pending`: a run was killed between the write-ahead and the
 * result. Whether they went out is unknown, so they are never re-sent and are
 * reported instead. Only meaningful while holding the lock (no run is live).
 */
export function interruptedEntries(entries: readonly LogEntry[]): LogEntry[] {
  return entries.filter((entry) => entry.result === RESULT.pending);
}

/** The kind of a log row that says a reminder went without one of its Drive files (the Gmail build). */
export const ATTACHMENT_KIND = 'attachment';

/**
 * Rows the AM must hear about: interrupted (pending, unknown), refused by the mail service, and
 * (the Gmail build) a reminder that went without its attachment.
 */
export function unresolvedEntries(entries: readonly LogEntry[]): LogEntry[] {
  return entries.filter(
    (entry) =>
      entry.result === RESULT.pending ||
      isUnknown(entry.result) ||
      failedAttempts(entry.result) > 0 ||
      entry.kind === ATTACHMENT_KIND,
  );
}

/**
 * The item key that marks a row's state as told to the AM: a digest that lists it carries this
 * key, so once that digest is sent, the same news is not repeated.
 */
export function noticeKey(entry: Pick<LogEntry, 'key' | 'result'>): string {
  const attempts = failedAttempts(entry.result);
  return `notice:${entry.key}:${attempts > 0 ? `failed${attempts}` : 'unknown'}`;
}

/**
 * What identifies "the same message" across runs, so a message that is still due keeps its one
 * log row: its item keys (a client reminder, a STOP alert), else its kind and recipients.
 */
export function carryKeys(message: {
  kind: string;
  key: string;
  items: readonly { key: string | null }[];
}): string[] {
  const items = message.items.map((item) => item.key).filter((key): key is string => key !== null);
  // A digest's items are notices that change from run to run: the digest itself is the identity.
  if (items.length > 0 && !message.kind.startsWith('digest')) return items.map((key) => `item:${key}`);
  // A message key is `kind:recipients:day` (a follow-up digest adds `#n`): without the day.
  return [`message:${message.key.replace(/:\d{4}-\d{2}-\d{2}(?:#\d+)?$/, '')}`];
}

export function entryCarryKeys(entry: LogEntry): string[] {
  return carryKeys({
    kind: entry.kind,
    key: entry.key,
    items: entry.itemKeys.map((key) => ({ key })),
  });
}

/** The items cell: one item key per line, then the thread's lines when the email went in one. */
export function itemsCell(
  itemKeys: readonly (string | null)[],
  thread?: { threadId?: string | null; link?: string | null },
): string {
  const lines = itemKeys.filter((key): key is string => key !== null);
  if (thread?.threadId) lines.push(`${THREAD_LINE}${thread.threadId}`);
  if (thread?.link) lines.push(`${LINK_LINE}${thread.link}`);
  return lines.join('\n');
}

export function logRow(
  time: string,
  message: PlannedMessage,
  result: string,
  threadId?: string,
): CellValue[] {
  return [
    time,
    message.kind,
    message.key,
    [...message.to, ...message.cc].join(', '),
    message.subject,
    result,
    itemsCell(
      message.items.map((item) => item.key),
      { threadId },
    ),
  ];
}
