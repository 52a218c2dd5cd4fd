/**
 * Utilities, Session and Logger as Apps Script documents them. `formatDate`
 * implements the Java SimpleDateFormat letters with real IANA zones.
 */
import { randomUUID } from 'node:crypto';
import { MONTHS_EN } from '../core/calendar';
import type { CallCounter } from './counters';
import { DEFAULT_TIME_ZONE, instantToWallClock, isValidTimeZone, zoneOffsetMs } from './time';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, '0');
}

function offsetText(offsetMs: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (offsetMs === 0 && style !== 'Z') return 'Z';
  const minutes = Math.round(Math.abs(offsetMs) / 60000);
  const sign = offsetMs < 0 ? '-' : '+';
  const hh = pad(Math.floor(minutes / 60), 2);
  const mm = pad(minutes % 60, 2);
  if (style === 'X') return `${sign}${hh}${minutes % 60 ? mm : ''}`;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

function field(letter: string, count: number, wall: Date, offsetMs: number): string {
  const hours = wall.getUTCHours();
  switch (letter) {
    case 'y':
    case 'Y':
      return count === 2 ? pad(wall.getUTCFullYear() % 100, 2) : pad(wall.getUTCFullYear(), count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS_EN[wall.getUTCMonth()];
      if (count === 3) return MONTHS_EN[wall.getUTCMonth()].slice(0, 3);
      return pad(wall.getUTCMonth() + 1, count);
    case 'd':
      return pad(wall.getUTCDate(), count);
    case 'D': {
      const start = Date.UTC(wall.getUTCFullYear(), 0, 1);
      return pad(Math.floor((wall.getTime() - start) / 86400000) + 1, count);
    }
    case 'E':
      return count >= 4 ? WEEKDAYS[wall.getUTCDay()] : WEEKDAYS[wall.getUTCDay()].slice(0, 3);
    case 'u':
      return pad(wall.getUTCDay() === 0 ? 7 : wall.getUTCDay(), count);
    case 'a':
      return hours < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(hours, count);
    case 'k':
      return pad(hours === 0 ? 24 : hours, count);
    case 'K':
      return pad(hours % 12, count);
    case 'h':
      return pad(hours % 12 === 0 ? 12 : hours % 12, count);
    case 'm':
      return pad(wall.getUTCMinutes(), count);
    case 's':
      return pad(wall.getUTCSeconds(), count);
    case 'S':
      return pad(wall.getUTCMilliseconds(), Math.max(count, 3)).slice(0, Math.max(count, 3));
    case 'Z':
      return offsetText(offsetMs, 'Z');
    case 'X':
      return offsetText(offsetMs, count === 1 ? 'X' : count === 2 ? 'XX' : 'XXX');
    case 'z':
      return `GMT${offsetText(offsetMs, 'XXX').replace('Z', '+00:00')}`;
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** `Utilities.formatDate(date, timeZone, pattern)` with SimpleDateFormat letters. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const instant = date.getTime();
  const wall = new Date(instantToWallClock(instant, zone));
  const offsetMs = zoneOffsetMs(instant, zone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end === -1 ? pattern.length : end;
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count += 1;
      out += field(ch, count, wall, offsetMs);
      i += count;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** A synchronous sleep that does not spin the CPU. */
export function sleepSync(ms: number): void {
  if (ms <= 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export interface SessionOptions {
  activeUser: string;
  timeZone: () => string;
  locale: () => string;
}

export function createUtilities(counter: CallCounter, makeDate: (ms: number) => Date) {
  return {
    formatDate(date: Date, timeZone: string, format: string): string {
      counter.count('Utilities.formatDate');
      return formatDate(date, timeZone, format);
    },
    sleep(milliseconds: number): void {
      counter.count('Utilities.sleep');
      sleepSync(milliseconds);
    },
    getUuid(): string {
      counter.count('Utilities.getUuid');
      return randomUUID();
    },
    /** Kept for code that parses dates through Utilities; returns a Date of the bundle's realm. */
    parseDate(text: string): Date {
      counter.count('Utilities.parseDate');
      return makeDate(Date.parse(text));
    },
  };
}

function user(email: string, counter: CallCounter, name: string) {
  return {
    getEmail(): string {
      counter.count(`${name}.getEmail`);
      return email;
    },
  };
}

export function createSession(counter: CallCounter, options: SessionOptions) {
  return {
    getScriptTimeZone(): string {
      counter.count('Session.getScriptTimeZone');
      return options.timeZone() || DEFAULT_TIME_ZONE;
    },
    getActiveUser() {
      counter.count('Session.getActiveUser');
      return user(options.activeUser, counter, 'User');
    },
    getEffectiveUser() {
      counter.count('Session.getEffectiveUser');
      return user(options.activeUser, counter, 'User');
    },
    getActiveUserLocale(): string {
      counter.count('Session.getActiveUserLocale');
      return options.locale().split('_')[0];
    },
    getTemporaryActiveUserKey(): string {
      counter.count('Session.getTemporaryActiveUserKey');
      return Buffer.from(options.activeUser).toString('base64url');
    },
  };
}

export interface LogSink {
  lines: string[];
  echo: boolean;
}

export function createLogger(counter: CallCounter, sink: LogSink) {
  const logger = {
    log(format: unknown, ...values: unknown[]) {
      counter.count('Logger.log');
      let text = String(format);
      for (const value of values) text = text.replace(/%s/, String(value));
      sink.lines.push(text);
      if (sink.echo) process.stderr.write(`${text}\n`);
      return logger;
    },
    getLog(): string {
      counter.count('Logger.getLog');
      return sink.lines.join('\n');
    },
    clear(): void {
      counter.count('Logger.clear');
      sink.lines.length = 0;
    },
  };
  return logger;
}
