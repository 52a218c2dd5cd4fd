/**
 * CacheService's document and user caches, as far as the add-on uses them (`getAll`, `putAll`),
 * in memory for one runtime, with the limits Google documents
 * (https://developers.google.com/apps-script/reference/cache/cache): keys of at most 250
 * characters, at most 100 KB per value, values are strings, an entry lives 600 s unless
 * `putAll` says otherwise and at most 21,600 s (6 hours), at most 1,000 entries. A cache is best
 * effort — "the cache may evict an item before it expires" — so a value may be gone at any time:
 * `evictAll` drops everything and `evict` one key (a test's way to say so), and a new process
 * starts empty.
 * Where the reference is silent the stricter choice: an expiration outside 1–21,600 s, a value
 * that is not a string, or a key that is not a non-empty string is refused (Google's typed
 * signatures take Strings and an Integer); a `putAll` with any entry over a limit keeps none of
 * them; a `putAll` of more entries than the cache holds is refused.
 * https://developers.google.com/apps-script/reference/cache/cache-service
 */
import type { CallCounter } from './counters';
import type { Emulates } from './emulates';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21_600;
export const CACHE_MAX_ENTRIES = 1000;
/** What Apps Script says of a key or a value over its limit. */
export const TOO_LARGE = (what: 'key' | 'value') => `Argument too large: ${what}`;

interface Entry {
  value: string;
  expiresAtMs: number;
}

function invalid(message: string): Error {
  return new Error(`Invalid argument: ${message}`);
}

function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key === '') throw invalid('key');
  if (key.length > CACHE_KEY_LIMIT) throw new Error(TOO_LARGE('key'));
  return key;
}

export class LocalCache implements Emulates<GoogleAppsScript.Cache.Cache> {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly counter: CallCounter,
    private readonly nowMs: () => number,
  ) {}

  /** The pairs found, as an object; a key with no live entry is absent from it. */
  getAll(keys: string[]): Record<string, string> {
    this.counter.count('Cache.getAll');
    if (!Array.isArray(keys)) throw invalid('keys (an array of strings)');
    const found: Record<string, string> = {};
    for (const key of keys.map(checkKey)) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      if (entry.expiresAtMs <= this.nowMs()) this.entries.delete(key);
      else found[key] = entry.value;
    }
    return found;
  }

  putAll(values: Record<string, string>, expirationInSeconds: number = CACHE_DEFAULT_SECONDS): void {
    this.counter.count('Cache.putAll');
    if (typeof values !== 'object' || values === null) throw invalid('values (an object of strings)');
    const pairs = Object.entries(values as Record<string, unknown>);
    if (pairs.length > CACHE_MAX_ENTRIES) throw invalid(`values (${pairs.length} entries)`);
    for (const [key, value] of pairs) {
      checkKey(key);
      if (typeof value !== 'string') throw invalid('value (a cache holds strings)');
      if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT_BYTES) throw new Error(TOO_LARGE('value'));
    }
    const seconds = expirationInSeconds;
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > CACHE_MAX_SECONDS)
      throw invalid(`expirationInSeconds(${seconds})`);
    for (const [key, value] of pairs as [string, string][]) {
      this.entries.delete(key);
      // Past the cap the oldest entry goes first (Google names the cap, not which item it drops).
      if (this.entries.size >= CACHE_MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value ?? '');
      this.entries.set(key, { value, expiresAtMs: this.nowMs() + seconds * 1000 });
    }
  }

  /** Best-effort eviction: everything gone, as Google may do at any time. Not an Apps Script method. */
  evictAll(): void {
    this.entries.clear();
  }

  /** One entry gone before its time (a cache may drop any item). Not an Apps Script method. */
  evict(key: string): void {
    this.entries.delete(key);
  }

  /** The keys held now, oldest first. Not an Apps Script method. */
  keys(): string[] {
    return [...this.entries.keys()];
  }
}

export class LocalCacheService implements Emulates<GoogleAppsScript.Cache.CacheService> {
  readonly document: LocalCache;
  /** The one local user's cache (a local runtime has one person at the keyboard). */
  readonly user: LocalCache;

  constructor(
    private readonly counter: CallCounter,
    nowMs: () => number,
  ) {
    this.document = new LocalCache(counter, nowMs);
    this.user = new LocalCache(counter, nowMs);
  }

  /** The cache of this document and script; a local runtime always has its document. */
  getDocumentCache(): LocalCache {
    this.counter.count('CacheService.getDocumentCache');
    return this.document;
  }

  /** The cache of the current user and script, private to that user. */
  getUserCache(): LocalCache {
    this.counter.count('CacheService.getUserCache');
    return this.user;
  }
}
