/**
 * The owned log sheet `Журнал`: one row per email the add-on decided to send.
 * Its result words are fixed (not translated), like the owned sheet names, so
 * that a log written in one language is still read right after a switch.
 */
import type { CellValue } from '../types';
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
} as const;

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
}

/** A key in a row with one of these results is never sent again. */
export function isDone(result: string): boolean {
  return (
    result === RESULT.pending ||
    result === RESULT.sent ||
    result === RESULT.draft ||
    result === RESULT.skipped ||
    result.startsWith('статус неизвестен')
  );
}

/** Log rows from the sheet's values (header first); rows without a key are ignored. */
export function readLog(values: readonly CellValue[][] | null): LogEntry[] {
  const entries: LogEntry[] = [];
  (values ?? []).forEach((row, index) => {
    if (index === 0) return;
    const text = (col: number) => {
      const value = row[col];
      return value === undefined || value === null ? '' : String(value).trim();
    };
    const key = text(LOG_COLUMNS.key);
    if (!key) return;
    entries.push({
      row: index + 1,
      time: text(LOG_COLUMNS.time),
      kind: text(LOG_COLUMNS.kind),
      key,
      recipients: text(LOG_COLUMNS.recipients),
      subject: text(LOG_COLUMNS.subject),
      result: text(LOG_COLUMNS.result),
      // Item keys hold spaces (client names), so a cell lists one key per line.
      itemKeys: text(LOG_COLUMNS.items)
        .split(/\r?\n/)
        .map((key) => key.trim())
        .filter(Boolean),
    });
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

export function logRow(time: string, message: PlannedMessage, result: string): CellValue[] {
  return [
    time,
    message.kind,
    message.key,
    [...message.to, ...message.cc].join(', '),
    message.subject,
    result,
    message.items
      .map((item) => item.key)
      .filter((key): key is string => key !== null)
      .join('\n'),
  ];
}
