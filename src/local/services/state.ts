/**
 * What the local services keep in place of Google's servers: the document's properties, the
 * installed triggers and the day's used mail quota. The runner stores it as one JSON file next
 * to the output workbook (`runner/stateFile.ts`).
 */

/**
 * A time-driven schedule (only the parts that were set): what the builder records (every few
 * days at an hour, in a zone), and the weekly one an older version of the add-on installed, which
 * may still be stored and must still fire until the add-on replaces it.
 */
export interface LocalSchedule {
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  /** `MONDAY` … `SUNDAY`. */
  weekDay?: string;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
}

export interface StoredTrigger {
  id: string;
  handler: string;
  /** `CLOCK` for the add-on's; a stored trigger of another kind (`ON_EDIT`) is kept as it is. */
  eventType: string;
  source: string;
  sourceId?: string;
  schedule?: LocalSchedule;
}

/**
 * A message the local Gmail keeps between runs: every one the user sent or drafted through
 * GmailApp (messages dropped into `inbox/` are read from there on each run instead).
 */
export interface StoredGmailMessage {
  /** Gmail's message id (hex). */
  id: string;
  /** Gmail's thread id: the id of the thread's first message, as Gmail gives it. */
  threadId: string;
  /** The RFC 5322 `Message-ID`, with its angle brackets. */
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  /** ISO instant. */
  date: string;
  subject: string;
  plainBody: string;
  /** A draft not sent yet; its draft id. */
  draftId?: string;
  /** The `.eml` file, relative to the output directory. */
  file: string;
}

export interface LocalState {
  document: Record<string, string>;
  /** The user properties of the one local user. */
  user: Record<string, string>;
  triggers: StoredTrigger[];
  /** Recipients already sent to on `day` (a calendar day of the run). */
  mailQuota: { day: string; used: number };
  /** What the user sent and drafted through GmailApp, in order. */
  gmail: StoredGmailMessage[];
}

export function emptyState(): LocalState {
  return { document: {}, user: {}, triggers: [], mailQuota: { day: '', used: 0 }, gmail: [] };
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isPlain(value)) return {};
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) if (typeof entry === 'string') result[key] = entry;
  return result;
}

function triggerList(value: unknown): StoredTrigger[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is StoredTrigger =>
      isPlain(entry) && typeof entry.id === 'string' && typeof entry.handler === 'string',
  );
}

function gmailList(value: unknown): StoredGmailMessage[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is StoredGmailMessage =>
      isPlain(entry) &&
      ['id', 'threadId', 'messageId', 'from', 'date', 'subject', 'file'].every(
        (key) => typeof entry[key] === 'string',
      ),
  );
}

/** The state from parsed JSON; anything missing or malformed falls back to empty, key by key. */
export function parseState(json: unknown): LocalState {
  if (!isPlain(json)) return emptyState();
  const quota = isPlain(json.mailQuota) ? json.mailQuota : {};
  return {
    document: stringRecord(json.document),
    user: stringRecord(json.user),
    triggers: triggerList(json.triggers),
    mailQuota: {
      day: typeof quota.day === 'string' ? quota.day : '',
      used: typeof quota.used === 'number' && quota.used >= 0 ? quota.used : 0,
    },
    gmail: gmailList(json.gmail),
  };
}

/**
 * Replaces the content of `target` with `source` in place: the services hold
 * a reference to one state object, so a reload must not swap the object.
 */
export function assignState(target: LocalState, source: LocalState): void {
  const copy = parseState(JSON.parse(JSON.stringify(source)));
  target.document = copy.document;
  target.user = copy.user;
  target.triggers = copy.triggers;
  target.mailQuota = copy.mailQuota;
  target.gmail = copy.gmail;
}
