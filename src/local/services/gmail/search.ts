/**
 * Gmail's search language, the subset the add-on uses
 * (https://support.google.com/mail/answer/7190): `from:` (`me`, an address or part of the
 * sender's name or address, or a group `from:(a OR b)`), `after:`/`before:` (`YYYY/MM/DD`),
 * `newer_than:`/`older_than:` (`3d`, `2m`, `1y`), `in:anywhere`, `OR`, `-` (not), `( )` and `{ }`
 * (any of). Gmail reads anything else as words to look for; locally an operator or a word
 * outside this subset throws, the stricter choice, so a query the add-on relies on is one this
 * runtime really evaluates. Dates of `after:` and `before:` are midnight Pacific time
 * (Gmail's own reference zone when no other is given; stated nowhere, so the stricter fixed
 * UTC−8 is used).
 */
import type { MailboxMessage } from './store';

export type MessagePredicate = (message: MailboxMessage) => boolean;

export interface SearchContext {
  /** The user's address (`from:me`). */
  user: string;
  /** "Now" for `newer_than:`, epoch ms. */
  now: number;
}

const PACIFIC_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

function unsupported(what: string): Error {
  return new Error(`Gmail search: ${what} is not supported by the local runtime`);
}

function tokenize(query: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*([(){}]|-(?=[\w({])|[^\s(){}]+:\([^)]*\)|"[^"]*"|[^\s(){}]+)/gy;
  let match: RegExpExecArray | null;
  let position = 0;
  while ((match = pattern.exec(query)) !== null) {
    tokens.push(match[1]);
    position = pattern.lastIndex;
  }
  if (query.slice(position).trim() !== '') throw unsupported(`"${query.slice(position).trim()}"`);
  return tokens;
}

function dayStart(value: string, operator: string): number {
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (!match) throw unsupported(`${operator}${value} (a date is YYYY/MM/DD)`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + PACIFIC_OFFSET_MS;
}

function age(value: string, operator: string): number {
  const match = /^(\d+)([dmy])$/.exec(value);
  if (!match) throw unsupported(`${operator}${value} (an age is like 3d, 2m, 1y)`);
  const days = { d: 1, m: 31, y: 366 }[match[2] as 'd' | 'm' | 'y'];
  return Number(match[1]) * days * DAY_MS;
}

function addressOf(text: string): string {
  return (/<([^>]+)>/.exec(text)?.[1] ?? text).trim().toLowerCase();
}

function fromMatches(value: string, context: SearchContext): MessagePredicate {
  const term = value.toLowerCase();
  if (term === 'me') return (message) => addressOf(message.from) === context.user.toLowerCase();
  return (message) => message.from.toLowerCase().includes(term);
}

function operator(token: string, context: SearchContext): MessagePredicate {
  const match = /^([a-z_]+):(.*)$/i.exec(token);
  if (!match) throw unsupported(`the word "${token}" (only operators are evaluated)`);
  const [, name, value] = match;
  const lower = name.toLowerCase();
  if (lower === 'from') {
    const group = /^\((.*)\)$/.exec(value);
    if (!group) return fromMatches(value, context);
    const terms = group[1].split(/\s+/).filter((term) => term !== '' && term !== 'OR');
    if (terms.length === 0 || group[1].split(/\s+/).some((term) => term === 'AND')) throw unsupported(token);
    const tests = terms.map((term) => fromMatches(term, context));
    return (message) => tests.some((test) => test(message));
  }
  if (lower === 'after') {
    const start = dayStart(value, 'after:');
    return (message) => message.date >= start;
  }
  if (lower === 'before') {
    const end = dayStart(value, 'before:');
    return (message) => message.date < end;
  }
  if (lower === 'newer_than') {
    const span = age(value, 'newer_than:');
    return (message) => message.date > context.now - span;
  }
  if (lower === 'older_than') {
    const span = age(value, 'older_than:');
    return (message) => message.date < context.now - span;
  }
  // No spam or trash locally: every message is "anywhere".
  if (lower === 'in' && value.toLowerCase() === 'anywhere') return () => true;
  throw unsupported(`the operator ${name}:`);
}

/** A query as a test of one message (Gmail returns the threads with a matching message). */
export function parseQuery(query: string, context: SearchContext): MessagePredicate {
  const tokens = tokenize(query);
  let at = 0;
  const peek = (): string | undefined => tokens[at];

  function sequence(end: string | undefined): MessagePredicate[] {
    const parts: MessagePredicate[] = [];
    while (at < tokens.length && peek() !== end) parts.push(alternatives(end));
    if (end !== undefined) {
      if (peek() !== end) throw unsupported(`an unclosed "${end === ')' ? '(' : '{'}"`);
      at += 1;
    }
    return parts;
  }

  function alternatives(end: string | undefined): MessagePredicate {
    const options = [unary(end)];
    while (peek() === 'OR') {
      at += 1;
      options.push(unary(end));
    }
    return options.length === 1 ? options[0] : (message) => options.some((test) => test(message));
  }

  function unary(end: string | undefined): MessagePredicate {
    const token = peek();
    if (token === undefined || token === end || token === 'OR') throw unsupported(`"${query}"`);
    at += 1;
    if (token === '-') {
      const inner = unary(end);
      return (message) => !inner(message);
    }
    if (token === '(') {
      const all = sequence(')');
      return (message) => all.every((test) => test(message));
    }
    if (token === '{') {
      const any = sequence('}');
      return (message) => any.some((test) => test(message));
    }
    if (token === ')' || token === '}') throw unsupported(`an unopened "${token}"`);
    return operator(token, context);
  }

  const all = sequence(undefined);
  if (all.length === 0) throw unsupported('an empty query');
  return (message) => all.every((test) => test(message));
}
