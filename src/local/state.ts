/**
 * What the local runtime persists next to the output workbook, in place of
 * Google's servers: the three property stores, the installed triggers and the
 * day's used mail quota. One JSON file, written atomically so that a second
 * process never reads half of it.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export type LocalTriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

/** A time-driven schedule as the builder recorded it (only the parts that were set). */
export interface LocalSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  /** `MONDAY` … `SUNDAY`. */
  weekDay?: string;
  monthDay?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  /** ISO instant of a one-off trigger (`at`, `after`). */
  at?: string;
}

export interface LocalTrigger {
  id: string;
  handler: string;
  eventType: LocalTriggerEventType;
  /** `CLOCK` or `SPREADSHEETS`. */
  source: string;
  sourceId?: string;
  schedule?: LocalSchedule;
}

export interface LocalState {
  document: Record<string, string>;
  script: Record<string, string>;
  user: Record<string, string>;
  triggers: LocalTrigger[];
  /** Recipients already sent to on `day` (a calendar day of the run). */
  mailQuota: { day: string; used: number };
}

export function emptyState(): LocalState {
  return { document: {}, script: {}, user: {}, triggers: [], mailQuota: { day: '', used: 0 } };
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

function triggerList(value: unknown): LocalTrigger[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is LocalTrigger =>
      isPlain(entry) && typeof entry.id === 'string' && typeof entry.handler === 'string',
  );
}

/** The state from parsed JSON; anything missing or malformed falls back to empty, key by key. */
export function parseState(json: unknown): LocalState {
  if (!isPlain(json)) return emptyState();
  const quota = isPlain(json.mailQuota) ? json.mailQuota : {};
  return {
    document: stringRecord(json.document),
    script: stringRecord(json.script),
    user: stringRecord(json.user),
    triggers: triggerList(json.triggers),
    mailQuota: {
      day: typeof quota.day === 'string' ? quota.day : '',
      used: typeof quota.used === 'number' && quota.used >= 0 ? quota.used : 0,
    },
  };
}

/** The state stored at `path`, or an empty one when the file does not exist. */
export function loadState(path: string): LocalState {
  if (!existsSync(path)) return emptyState();
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseState(json);
}

/** Writes through a temporary file and a rename, so readers see the old or the new state, never half. */
export function saveState(
  path: string,
  state: LocalState,
  write: (path: string, content: string) => void = (file, content) => writeFileSync(file, content),
): void {
  const temporary = `${path}.${process.pid}.tmp`;
  write(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, path);
}

/**
 * Replaces the content of `target` with `source` in place: the services hold
 * a reference to one state object, so a reload must not swap the object.
 */
export function assignState(target: LocalState, source: LocalState): void {
  const copy = parseState(JSON.parse(JSON.stringify(source)));
  target.document = copy.document;
  target.script = copy.script;
  target.user = copy.user;
  target.triggers = copy.triggers;
  target.mailQuota = copy.mailQuota;
}
